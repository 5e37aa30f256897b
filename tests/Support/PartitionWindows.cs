using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// <c>migrate up</c> partitions the logs for the month it runs in and the months ahead, so two databases
/// migrated either side of a month's end (the template at the start of a run, a fresh database minutes
/// later) differ by design. Tests that compare two catalogs first give both the window of every month
/// from the earliest one this run may have used to the server's current month: both then hold the same
/// contiguous run of partitions, and what still differs is a real difference. A database without a window
/// of its own (a run that skipped its partitions) fails here rather than being filled in.
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
            // Alignment must not hide a run that skipped its partitions: each database already holds a window of
            // its own (the month it was migrated in and the months ahead, so at least months_ahead + 1 per log).
            await using (var windowless = new NpgsqlCommand("""
                select coalesce(string_agg(cfg.parent_table, ', '), '')
                from finnest.partitioned_tables cfg
                where (select count(*) from pg_catalog.pg_inherits i join pg_catalog.pg_class c on c.oid = i.inhrelid
                       where i.inhparent = cfg.parent_table::regclass and c.relname ~ '_p[0-9]{4}_[0-9]{2}$') < cfg.months_ahead + 1
                """, connection))
            {
                var missing = (string)(await windowless.ExecuteScalarAsync())!;
                Assert.True(missing == "", $"{settings.Database}: no partition window of its own for {missing}");
            }
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
