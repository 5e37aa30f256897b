namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// The domain rules of one table: how many rows an organisation gets, and a hook that sets the columns whose
/// meaning the catalog cannot tell (an employee's award classification, a shift's times, a consent's date…).
/// Columns a rule owns are never re-drawn by the generic repair.
/// </summary>
public sealed class TableRules
{
    public static TableRules None { get; } = new();

    public Func<SeedContext, int, int>? RowsPerOrganisation { get; init; }
    public Action<RowContext, int>? Row { get; init; }
    /// <summary>Called with each batch once it is written, e.g. to remember what later tables must agree with.</summary>
    public Action<SeedContext, OrgSeed, Catalog.TableInfo, IReadOnlyList<object?[]>>? AfterBatch { get; init; }
    /// <summary>SQL run once the table is written, for totals that must equal the sum of rows written later.</summary>
    public string? AfterTableSql { get; init; }

    public IReadOnlySet<string> OwnedColumns { get; init; } = new HashSet<string>();

    /// <summary>
    /// Tables the rules read rows of although no column refers to them (e.g. a tax working copies its payslip): the seed
    /// order puts them first, as it does a soft reference's target.
    /// </summary>
    public IReadOnlySet<string> ReadsTables { get; init; } = new HashSet<string>();

    public bool Owns(string column) => OwnedColumns.Contains(column);
    public void Apply(RowContext row, int index) => Row?.Invoke(row, index);
}
