using Finnest.Database;
using Dapper;
using Finnest.Database.Cli;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>The real CLI as a DBA or a pipeline runs it: exit codes, one-line errors, no passwords, no stack traces.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CliTests(DatabaseFixture database)
{
    private static void AssertOneCleanErrorLine(CliResult result, ExitCode expected)
    {
        Assert.True((int)expected == result.ExitCode, $"exit {result.ExitCode}, expected {(int)expected}: {result.All}");
        var errors = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:")).ToList();
        Assert.Single(errors);
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain("Exception", result.All);
        Assert.DoesNotContain(TestCluster.Password, result.All);
    }

    [Fact]
    public async Task a_malformed_url_is_bad_input()
    {
        var result = await CliProcess.RunAsync("migrate", "up", "--connection", "postgres://user:pw@:notaport/db");
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
    }

    [Fact]
    public async Task a_malformed_keyword_string_is_bad_input_and_does_not_echo_the_password()
    {
        var result = await CliProcess.RunAsync("migrate", "status", "--connection", $"Host=x;Password={TestCluster.Password};Wibble=1");
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
    }

    [Fact]
    public async Task an_unreachable_host_is_a_connection_failure()
    {
        var result = await CliProcess.RunAsync("migrate", "up", "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=pw;Timeout=3", "--lock-wait", "1");
        AssertOneCleanErrorLine(result, ExitCode.ConnectionFailed);
        Assert.Contains("127.0.0.1:1", result.StdErr);
    }

    [Fact]
    public async Task a_wrong_password_is_a_connection_failure_that_never_prints_the_password()
    {
        var settings = database.Cluster.Settings("postgres");
        var url = $"postgres://{settings.Username}:definitely-wrong-secret@{settings.Host}:{settings.Port}/postgres";
        var result = await CliProcess.RunAsync("migrate", "status", "--connection", url);
        AssertOneCleanErrorLine(result, ExitCode.ConnectionFailed);
        Assert.Contains("password authentication failed", result.StdErr);
        Assert.DoesNotContain("definitely-wrong-secret", result.All);
    }

    [Fact]
    public async Task an_unknown_target_version_is_bad_input_and_changes_nothing()
    {
        var settings = await database.EmptyAsync();
        var result = await CliProcess.RunAsync("migrate", "up", "--to", "123", "--connection", database.Cluster.ServerUrl(settings.Database!));
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        Assert.Null(await c.ExecuteScalarAsync<string>("select to_regclass('finnest.schema_history')::text"));
    }

    [Fact]
    public async Task down_past_version_zero_is_bad_input()
    {
        var settings = await database.CloneAsync();
        var result = await CliProcess.RunAsync("migrate", "down", "--steps", "9999", "--connection", database.Cluster.ServerUrl(settings.Database!));
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
    }

    [Fact]
    public async Task checksum_drift_is_a_validation_failure()
    {
        var settings = await database.CloneAsync();
        await using (var c = new NpgsqlConnection(settings.ConnectionString))
            await c.ExecuteAsync("insert into finnest.schema_history (version, kind, description, checksum, execution_ms, success) select version, 'versioned', description, 'changed', 0, true from finnest.schema_history where kind = 'versioned' order by version limit 1");
        var url = database.Cluster.ServerUrl(settings.Database!);
        AssertOneCleanErrorLine(await CliProcess.RunAsync("migrate", "up", "--connection", url), ExitCode.ValidationFailed);
        var validate = await CliProcess.RunAsync("migrate", "validate", "--connection", url);
        Assert.Equal((int)ExitCode.ValidationFailed, validate.ExitCode);
    }

    [Fact]
    public async Task a_held_lock_past_lock_wait_names_the_holder()
    {
        var settings = await database.CloneAsync();
        await using var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { ApplicationName = "nightly-deploy" }.ConnectionString);
        await holder.OpenAsync();
        await holder.ExecuteAsync("select pg_advisory_lock(@Key)", new { AdvisoryLock.Key });
        var result = await CliProcess.RunAsync("migrate", "up", "--lock-wait", "1", "--connection", database.Cluster.ServerUrl(settings.Database!));
        AssertOneCleanErrorLine(result, ExitCode.LockNotAcquired);
        Assert.Contains("nightly-deploy", result.StdErr);
        Assert.Contains($"pid {holder.ProcessID}", result.StdErr);
    }

    [Fact]
    public async Task a_migration_failing_half_way_is_rolled_back_and_leaves_history_at_the_previous_version()
    {
        var settings = await database.EmptyAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        var first = FinnestMigrations.Catalog().Migrations[0].Version;
        Assert.Equal(0, (await CliProcess.RunAsync("migrate", "up", "--to", first.ToString(), "--connection", url)).ExitCode);
        // Someone created a table the next migration creates: it fails after creating public.organisations.
        await using (var c = new NpgsqlConnection(settings.ConnectionString))
            await c.ExecuteAsync("create table public.offices (legacy_id int)");

        var refused = await CliProcess.RunAsync("migrate", "up", "--connection", url);
        AssertOneCleanErrorLine(refused, ExitCode.ValidationFailed);
        Assert.Contains("public.offices", refused.StdErr);

        var result = await CliProcess.RunAsync("migrate", "up", "--allow-drift", "--connection", url);

        AssertOneCleanErrorLine(result, ExitCode.MigrationFailed);
        Assert.Contains("proceeding over drift (--allow-drift): table public.offices: added", result.StdErr);
        Assert.Contains("rolled back", result.StdErr);
        await using var check = new NpgsqlConnection(settings.ConnectionString);
        Assert.Null(await check.ExecuteScalarAsync<string>("select to_regclass('public.organisations')::text"));
        Assert.Equal([first], (await check.QueryAsync<long>("select version from finnest.schema_history where kind = 'versioned'")).ToList());
    }

    [Theory]
    [InlineData("migrate", "up", "--to", "next-tuesday")]
    [InlineData("migrate", "baseline", "--version", "v1")]
    [InlineData("migrate", "script", "--from", "12x")]
    public async Task a_malformed_version_is_bad_input_in_plain_words(params string[] args)
    {
        var result = await CliProcess.RunAsync(args);
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
        Assert.Contains("is not a migration version", result.StdErr);
        Assert.DoesNotContain("System.", result.StdErr);
    }

    [Fact]
    public async Task restoring_a_partition_that_is_not_archived_is_bad_input()
    {
        var settings = await database.CloneAsync();
        var result = await CliProcess.RunAsync("partitions", "restore", "domain_events_p1999_01", "--connection", database.Cluster.ServerUrl(settings.Database!));
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
        Assert.Contains("archive.domain_events_p1999_01 does not exist", result.StdErr);
    }

    [Theory]
    [InlineData("migrate", "up", "--frobnicate")]
    [InlineData("migrate", "upp")]
    [InlineData("frobnicate")]
    public async Task an_unknown_verb_or_option_is_bad_input_in_one_line(params string[] args)
    {
        var result = await CliProcess.RunAsync(args);
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
        Assert.Contains(args[^1], result.StdErr);
    }

    [Fact]
    public async Task a_login_without_privileges_is_refused_with_exit_3_naming_the_privilege()
    {
        var settings = await database.CloneAsync();
        var login = $"nopriv_{Guid.NewGuid():N}"[..20];
        await database.Cluster.ExecuteOnServerAsync($"create role {login} login password 'nopriv-secret'");
        var url = $"postgres://{login}:nopriv-secret@{settings.Host}:{settings.Port}/{settings.Database}";

        foreach (var verb in new[] { "up", "validate" })
        {
            var result = await CliProcess.RunAsync("migrate", verb, "--connection", url);
            AssertOneCleanErrorLine(result, ExitCode.ConnectionFailed);
            Assert.Contains("lacks a privilege", result.StdErr);
            Assert.Contains("permission denied", result.StdErr);
            Assert.DoesNotContain("nopriv-secret", result.All);
        }
    }

    [Fact]
    public async Task schema_export_to_an_unwritable_place_is_bad_input_in_one_line()
    {
        var settings = await database.CloneAsync();
        var result = await CliProcess.RunAsync("schema", "export", "--output", "/proc/x", "--connection", database.Cluster.ServerUrl(settings.Database!));
        AssertOneCleanErrorLine(result, ExitCode.BadInput);
        Assert.Contains("cannot write to /proc/x", result.StdErr);
    }

    [Fact]
    public async Task partitions_archive_accepts_as_of_as_documented_and_still_never_takes_the_current_month()
    {
        var settings = await database.CloneAsync();
        var result = await CliProcess.RunAsync("partitions", "archive", "--older-than", "1", "--as-of", "2030-06-01", "--dry-run",
            "--connection", database.Cluster.ServerUrl(settings.Database!));
        Assert.True(result.ExitCode == 0, result.All);
        Assert.DoesNotContain($"_p{DateTime.UtcNow:yyyy_MM}", result.StdOut);
    }

    [Fact]
    public async Task four_concurrent_runners_apply_each_migration_exactly_once()
    {
        var settings = await database.EmptyAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        var processes = Enumerable.Range(0, 4).Select(_ => CliProcess.Start(null, "migrate", "up", "--lock-wait", "300", "--connection", url)).ToList();
        var results = await Task.WhenAll(processes.Select(CliProcess.CompleteAsync));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.All));
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        var counts = (await c.QueryAsync<(long Version, long Count)>(
            "select version, count(*) from finnest.schema_history where kind = 'versioned' group by version")).ToList();
        Assert.Equal(FinnestMigrations.Catalog().Migrations.Count, counts.Count);
        Assert.All(counts, row => Assert.Equal(1, row.Count));
        Assert.Equal(3, results.Count(r => r.StdOut.Contains("nothing to do")));
    }

    [Fact]
    public async Task status_json_lists_every_migration_as_applied()
    {
        var settings = await database.CloneAsync();
        var result = await CliProcess.RunAsync("migrate", "status", "--json", "--connection", database.Cluster.ServerUrl(settings.Database!));
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        var states = json.RootElement.EnumerateArray().Select(e => e.GetProperty("state").GetString()).ToList();
        Assert.Equal(FinnestMigrations.Catalog().Migrations.Count, states.Count);
        Assert.All(states, s => Assert.Equal("applied", s));
    }

    [Fact]
    public async Task script_prints_sql_without_any_database()
    {
        var result = await CliProcess.RunAsync(new Dictionary<string, string> { ["FINNEST_DATABASE_URL"] = "postgres://nobody@127.0.0.1:1/none" },
            "migrate", "script");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("create table public.organisations", result.StdOut);
        Assert.Contains("create or replace function finnest.audit_row()", result.StdOut);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public async Task a_verb_group_without_a_verb_prints_help()
    {
        var result = await CliProcess.RunAsync("migrate");
        Assert.Equal(0, result.ExitCode);
        // Each verb listed on a line of its own under Commands, with its description.
        foreach (var verb in new[] { "up", "down", "status", "validate", "script", "baseline" })
            Assert.Matches($@"(?m)^\s+{verb}\s+\S", result.StdOut);
    }
}
