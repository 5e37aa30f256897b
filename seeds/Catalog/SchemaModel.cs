namespace Finnest.Database.Seeds.Catalog;

/// <summary>
/// One column as the seeder needs it: its type (pg_type name, array element for arrays) and its limits, and the table it
/// softly references when the data dictionary says so ("Soft reference to schema.table": a uuid with no foreign key).
/// </summary>
public sealed record ColumnInfo(string Name, string TypeName, string FormattedType, bool NotNull, bool HasDefault, int? Length, int? Precision, int? Scale,
    string? SoftTarget = null)
{
    public bool IsArray => TypeName.StartsWith('_');
    public string ElementType => IsArray ? TypeName[1..] : TypeName;
}

/// <summary>A foreign key. Tenant references are composite (org_id, x_id); references to reference tables are single.</summary>
public sealed record ForeignKey(IReadOnlyList<string> Columns, string Target, IReadOnlyList<string> TargetColumns)
{
    /// <summary>The column that carries the parent's id (the one that is not org_id).</summary>
    public string IdColumn => Columns.Count == 1 ? Columns[0] : Columns.First(c => c != "org_id");
}

/// <summary>A CHECK constraint: its boolean expression as PostgreSQL prints it, and the columns it reads.</summary>
public sealed record CheckInfo(string Name, string Expression, IReadOnlyList<string> Columns);

/// <summary>An exclusion constraint over a period: equal keys may not have overlapping [Start, End).</summary>
public sealed record ExclusionInfo(IReadOnlyList<string> EqualColumns, string Start, string End, bool DateRange);

public sealed record TableInfo(
    string Name,
    bool IsTenant,
    bool IsPartitioned,
    string? PartitionColumn,
    IReadOnlyList<ColumnInfo> Columns,
    IReadOnlyList<ForeignKey> ForeignKeys,
    IReadOnlyList<CheckInfo> Checks,
    IReadOnlyList<IReadOnlyList<string>> UniqueKeys,
    IReadOnlyList<ExclusionInfo> Exclusions)
{
    public string Schema => Name.Split('.')[0];
    public string ShortName => Name.Split('.')[1];
    public ColumnInfo? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
    public override string ToString() => Name;
}
