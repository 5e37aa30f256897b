using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Writing;

/// <summary>
/// The monthly partitions (finnest.create_month_partition) a batch of a partitioned log falls in, created just before
/// the batch is copied (by <see cref="BatchSavepoint"/>, in the round trip that sets its savepoint), so no row lands
/// in a default partition and no empty month is created. Each partition costs the database tens of milliseconds (a
/// table and one index per index of the parent), so only the months the rows need are asked for, all of a batch's
/// in one call, and each at most once per run.
/// </summary>
public sealed class Partitions
{
    /// <summary>Parameters @table (the parent) and @months (date[]).</summary>
    public const string CreateSql = "select count(*) from unnest(@months) m, finnest.create_month_partition(@table, m)";

    private readonly HashSet<(string Table, DateOnly Month)> _ensured = [];

    /// <summary>The months of <paramref name="rows"/> not asked for yet (null when none), counted as asked for from now on.</summary>
    public DateOnly[]? Needed(TableInfo table, IEnumerable<object?[]> rows)
    {
        if (!table.IsPartitioned || table.PartitionColumn is null) return null;
        var column = table.Columns.ToList().FindIndex(c => c.Name == table.PartitionColumn);
        var months = rows.Select(r => r[column]).OfType<DateTime>()
            .Select(at => new DateOnly(at.Year, at.Month, 1))
            .Where(month => !_ensured.Contains((table.Name, month))).Distinct().Order().ToArray();
        foreach (var month in months) _ensured.Add((table.Name, month));
        return months.Length == 0 ? null : months;
    }
}
