namespace Finnest.Database.Schema;

/// <summary>A column of another domain's table that a column points at without a foreign key.</summary>
public sealed record SoftReference(string Column, string Target);

/// <summary>A UNIQUE constraint, kept as its column list so nothing has to read it back out of SQL.</summary>
public sealed record UniqueKey(string Name, IReadOnlyList<string> Columns);

/// <summary>How an append-only log is partitioned: monthly ranges on one timestamptz column.</summary>
public sealed record PartitionSpec(string Column);

/// <summary>
/// What the builder knows about one table once its migration has described it: the facts the
/// schema registry (finnest.registered_tables and its detail tables) stores for every table, so the
/// docs, the convention tests, drift detection and the seeder never guess them from the catalog.
/// </summary>
public sealed record TableModel(
    string Schema,
    string Name,
    TableKind Kind,
    string Description,
    IReadOnlyList<SoftReference> SoftReferences,
    IReadOnlyList<string> SensitiveColumns,
    IReadOnlyList<UniqueKey> UniqueKeys,
    PartitionSpec? Partition)
{
    public string QualifiedName => $"{Schema}.{Name}";
}
