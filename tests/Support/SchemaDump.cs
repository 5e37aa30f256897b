using Finnest.Database.Cli;
using Finnest.Database.LocalDatabase;
using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary><c>pg_dump --schema-only</c> of a test database, without pg_dump's random \restrict lines: equal text means an equal schema.</summary>
public static class SchemaDump
{
    public static async Task<string> TakeAsync(NpgsqlConnectionStringBuilder settings)
    {
        var file = Path.Combine(Path.GetTempPath(), $"finnest-dump-{Guid.NewGuid():N}.sql");
        try
        {
            var result = await ProcessRunner.RunAsync(PgTools.PgDump, ["--schema-only", "-f", file], TimeSpan.FromMinutes(2),
                asPostgresUser: false, PgTools.ClientEnvironment(settings));
            Assert.True(result.ExitCode == 0, $"pg_dump failed: {result.Output}");
            var lines = (await File.ReadAllLinesAsync(file)).Where(l => !l.StartsWith("\\restrict ") && !l.StartsWith("\\unrestrict "));
            return string.Join("\n", lines);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// <c>migrate up</c> partitions the logs for the month it runs in and the months ahead, so two
    /// databases migrated either side of a month's end differ by design. Before they are compared,
    /// each gets the window of every month from <paramref name="since"/> to the server's current month:
    /// both then hold the same contiguous run of partitions, and what still differs is a real difference.
    /// <paramref name="since"/> must be no later than the month either database was migrated in.
    /// </summary>
    public static async Task AlignPartitionWindowsAsync(NpgsqlConnectionStringBuilder settings, DateOnly since)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var maintain = new NpgsqlCommand("""
            select count(*)
            from generate_series(date_trunc('month', @since::date), date_trunc('month', now() at time zone 'utc'), interval '1 month') as month,
                 lateral finnest.maintain_partitions(month::date) as created
            """, connection);
        maintain.Parameters.AddWithValue("since", since);
        await maintain.ExecuteNonQueryAsync();
    }

    /// <summary>The first differing lines of two dumps, for a readable assertion message.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var onlyA = a.Except(b).Take(15).Select(l => "- " + l);
        var onlyB = b.Except(a).Take(15).Select(l => "+ " + l);
        return string.Join("\n", onlyA.Concat(onlyB));
    }
}
