using Finnest.Database.Seeds.Catalog;
using Npgsql;

namespace Finnest.Database.Seeds.Writing;

/// <summary>
/// Creates the monthly partitions (finnest.create_month_partition) a batch of a partitioned log falls in, just before
/// the batch is copied, so no row lands in a default partition and no empty month is created. Each partition costs
/// the database tens of milliseconds (a table and one index per index of the parent), so only the months the rows
/// need are asked for, all of a batch's in one round trip, and each at most once per run.
/// </summary>
public sealed class Partitions
{
    private readonly HashSet<(string Table, DateOnly Month)> _ensured = [];

    public async Task EnsureAsync(NpgsqlConnection connection, TableInfo table, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        if (!table.IsPartitioned || table.PartitionColumn is null) return;
        var column = table.Columns.ToList().FindIndex(c => c.Name == table.PartitionColumn);
        var months = rows.Select(r => r[column]).OfType<DateTime>()
            .Select(at => new DateOnly(at.Year, at.Month, 1))
            .Where(month => !_ensured.Contains((table.Name, month))).Distinct().Order().ToArray();
        if (months.Length == 0) return;
        await using var command = new NpgsqlCommand("select count(*) from unnest(@months) m, finnest.create_month_partition(@table, m)", connection);
        command.Parameters.AddWithValue("table", table.Name);
        command.Parameters.AddWithValue("months", months);
        await command.ExecuteScalarAsync(ct);
        foreach (var month in months) _ensured.Add((table.Name, month));
    }
}
