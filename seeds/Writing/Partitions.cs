using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Generation;
using Npgsql;

namespace Finnest.Database.Seeds.Writing;

/// <summary>Creates the monthly partitions the seeded history falls in (finnest.create_month_partition), so no row lands in a default partition.</summary>
public static class Partitions
{
    public static async Task PrepareAsync(NpgsqlConnection connection, IEnumerable<TableInfo> tables, SeedContext context, CancellationToken ct)
    {
        var first = DateOnly.FromDateTime(context.Now.AddDays(-context.HistoryDays - 31));
        var last = DateOnly.FromDateTime(context.Now.AddDays(Math.Max(context.Scale.RosterDays, 31)));
        foreach (var table in tables)
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            await using var command = new NpgsqlCommand("select finnest.create_month_partition(@table, @month)", connection);
            command.Parameters.AddWithValue("table", table.Name);
            command.Parameters.AddWithValue("month", month);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
