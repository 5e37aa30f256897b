namespace Finnest.Database.Schema;

/// <summary>
/// The schema registry: what the builder knows about each table (its kind, soft references,
/// redacted columns; the partition spec stays in finnest.partitioned_tables), stored in schema
/// finnest so the docs, convention tests, drift detection and seeder read it instead of guessing.
/// Migration <see cref="Version"/> creates it and fills it for every older table; from then on the
/// builder writes a table's rows in the migration that creates the table, and deletes them with it.
/// </summary>
public static class SchemaRegistry
{
    /// <summary>The migration that creates the registry (Versions/Infrastructure/V202612010100_SchemaRegistry.cs).</summary>
    public const long Version = 202612010100;

    /// <summary>Whether a migration of <paramref name="version"/> writes its tables' registry rows itself.</summary>
    public static bool WrittenBy(long? version) => version > Version;

    /// <summary>Rows for <paramref name="tables"/>, each recorded as created by the migration of the paired version.</summary>
    public static IEnumerable<string> InsertSql(IEnumerable<(TableModel Table, long Version)> tables)
    {
        var list = tables.ToList();
        if (list.Count == 0) yield break;
        yield return Insert("finnest.registered_tables (table_name, kind, registered_by)",
            list.Select(t => $"({SqlNames.Literal(t.Table.QualifiedName)}, {SqlNames.Literal(t.Table.Kind.RegistryName())}, {t.Version})"));
        var softRefs = list.SelectMany(t => t.Table.SoftReferences.Select(r =>
            $"({SqlNames.Literal(t.Table.QualifiedName)}, {SqlNames.Literal(r.Column)}, {SqlNames.Literal(r.Target)})")).ToList();
        if (softRefs.Count > 0) yield return Insert("finnest.soft_references (table_name, column_name, target_table)", softRefs);
        var sensitive = list.SelectMany(t => t.Table.SensitiveColumns.Select(c =>
            $"({SqlNames.Literal(t.Table.QualifiedName)}, {SqlNames.Literal(c)})")).ToList();
        if (sensitive.Count > 0) yield return Insert("finnest.sensitive_columns (table_name, column_name)", sensitive);
    }

    /// <summary>Removes a table's rows (the detail rows and the partition spec follow by ON DELETE CASCADE).</summary>
    public static string DeleteSql(string qualifiedName) =>
        $"delete from finnest.registered_tables where table_name = {SqlNames.Literal(qualifiedName)};";

    private static string Insert(string target, IEnumerable<string> rows) =>
        $"insert into {target} values\n    {string.Join(",\n    ", rows)};";
}
