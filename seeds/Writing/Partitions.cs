using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Generation;
using Npgsql;

namespace Finnest.Database.Seeds.Writing;

/// <summary>
/// The monthly partitions (finnest.create_month_partition) a batch of a partitioned log falls in, created just before
/// the batch is copied (by <see cref="BatchSavepoint"/>, in the round trip that sets its savepoint), so no row lands
/// in a default partition. Each partition costs the database tens of milliseconds (a
/// table and one index per index of the parent), so only the months the rows need are asked for, all of a batch's
/// in one call, and each at most once per run. The months of the history window are created first, before any row
/// (<see cref="CreateHistoryAsync"/>): partitions created between COPYs made the COPYs after them slower (about 0.1 s of
/// a demo seed). A month of that window no row falls in (an edge month at a small scale) stays an empty partition, like
/// the months ahead that finnest.maintain_partitions creates.
/// </summary>
public sealed class Partitions
{
    /// <summary>Parameters @table (the parent) and @months (date[]).</summary>
    public const string CreateSql = "select count(*) from unnest(@months) m, finnest.create_month_partition(@table, m)";

    private readonly HashSet<(string Table, DateOnly Month)> _ensured = [];

    /// <summary>
    /// Creates, in one round trip, the partitions of every month of the history window (<see cref="SeedContext.HistoryDays"/>
    /// before the as-of day) for each log whose partition column the generic generator fills (any time in that window);
    /// a log whose domain rules set that column (clock events follow the roster) gets its months batch by batch.
    /// </summary>
    public async Task CreateHistoryAsync(NpgsqlConnection connection, IEnumerable<TableInfo> tables, SeedContext context, CancellationToken ct)
    {
        var first = DateOnly.FromDateTime(context.Now.AddDays(-context.HistoryDays));
        var last = DateOnly.FromDateTime(context.Now.AddMinutes(-1));
        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1)) months.Add(month);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var table in tables.Where(t => t.IsPartitioned && t.PartitionColumn is not null && !Generation.Domain.DomainRules.For(t.Name).Owns(t.PartitionColumn)))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(CreateSql) { Parameters = { new("table", table.Name), new("months", months.ToArray()) } });
            foreach (var month in months) _ensured.Add((table.Name, month));
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
    }

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
