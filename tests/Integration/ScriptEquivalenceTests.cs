using System.Text.Json;
using Finnest.Database.Cli;
using Finnest.Database.LocalDatabase;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Integration;

/// <summary><c>migrate script</c> is what <c>migrate up</c> runs: applied with psql, it yields the same database, journal included.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ScriptEquivalenceTests(DatabaseFixture database)
{
    [Fact]
    public async Task the_script_applied_with_psql_gives_a_database_that_status_validate_and_pg_dump_cannot_tell_from_up()
    {
        var script = await CliProcess.RunAsync("migrate", "script");
        Assert.True(script.ExitCode == 0, script.StdErr);
        var file = Path.Combine(Path.GetTempPath(), $"finnest-script-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(file, script.StdOut);
        var settings = await database.EmptyAsync();
        try
        {
            var psql = await ProcessRunner.RunAsync(PgTools.Psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file], TimeSpan.FromMinutes(5),
                asPostgresUser: false, PgTools.ClientEnvironment(settings));
            Assert.True(psql.ExitCode == 0, psql.Output);
        }
        finally
        {
            File.Delete(file);
        }
        var url = database.Cluster.ServerUrl(settings.Database!);

        var status = await CliProcess.RunAsync("migrate", "status", "--json", "--connection", url);
        Assert.True(status.ExitCode == 0, status.All);
        using (var json = JsonDocument.Parse(status.StdOut))
        {
            var states = json.RootElement.EnumerateArray().Select(e => e.GetProperty("state").GetString()).ToList();
            Assert.Equal(FinnestMigrations.Catalog().Migrations.Count, states.Count);
            Assert.All(states, s => Assert.Equal("applied", s));
        }
        var validate = await CliProcess.RunAsync("migrate", "validate", "--connection", url);
        Assert.True(validate.ExitCode == 0, validate.All);
        var up = await CliProcess.RunAsync("migrate", "up", "--connection", url);
        Assert.Contains("nothing to do", up.StdOut);

        var reference = await database.CloneAsync();
        await PartitionWindows.AlignAsync(database.Cluster, reference, settings);
        var byUp = await SchemaDump.TakeAsync(reference);
        var byScript = await SchemaDump.TakeAsync(settings);
        Assert.True(byUp == byScript, SchemaDump.Diff(byUp, byScript));
    }

    [Fact]
    public async Task the_script_carries_the_runners_wrapping_and_the_timeouts_it_is_given()
    {
        var script = (await CliProcess.RunAsync("migrate", "script", "--lock-timeout", "7", "--statement-timeout", "90")).StdOut;
        var first = FinnestMigrations.Catalog().Migrations[1];
        var section = script[script.IndexOf($"-- {first.Version} {first.Name}", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("commit;", StringComparison.Ordinal)];
        Assert.StartsWith($"-- {first.Version} {first.Name} (checksum {first.Checksum})\nbegin;\nset local lock_timeout = 7000;\nset local statement_timeout = 90000;\nset local role finnest_owner;\n", section);
        Assert.Contains($"reset role;\ninsert into finnest.schema_history (version, kind, description, script, checksum, execution_ms, success) values ({first.Version}, 'versioned'", section);
        Assert.Contains("select pg_advisory_lock(", script);
        Assert.Contains("insert into finnest.schema_history (version, kind, description, script, checksum, execution_ms, success) values (null, 'repeatable'", script);
        Assert.Contains("insert into finnest.schema_fingerprint", script);
    }
}
