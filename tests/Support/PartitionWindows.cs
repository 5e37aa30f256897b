using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// <c>migrate up</c> partitions the logs for the month it runs in and the months ahead, so two databases
/// migrated either side of a month's end (the template at the start of a run, a fresh database minutes
/// later) differ by design. Tests that compare two catalogs first give both the window of every month
/// from the earliest one this run may have used to the server's current month: both then hold the same
/// contiguous run of partitions, and what still differs is a real difference.
/// </summary>
public static class PartitionWindows
{
    public static async Task AlignAsync(TestCluster cluster, params NpgsqlConnectionStringBuilder[] databases)
    {
        foreach (var settings in databases)
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync();
            // A database taken down below the partition machinery has no windows to align.
            await using (var exists = new NpgsqlCommand("select to_regprocedure('finnest.maintain_partitions(date, integer, text, boolean)') is not null", connection))
                if (!(bool)(await exists.ExecuteScalarAsync())!) continue;
            await using var maintain = new NpgsqlCommand("""
                select count(*)
                from generate_series(date_trunc('month', @since::date), date_trunc('month', now() at time zone 'utc'), interval '1 month') as month,
                     lateral finnest.maintain_partitions(month::date) as created
                """, connection);
            maintain.Parameters.AddWithValue("since", cluster.EarliestWindowMonth);
            await maintain.ExecuteNonQueryAsync();
        }
    }
}
