using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The README's division of work on a server where nothing of Finnest exists yet: a superuser's
/// first run creates the roles, then logins that are members of finnest_migrator (and nothing
/// else) run every migrate verb, and logins of finnest_maintenance every partition verb.
/// </summary>
public sealed class MigratorLoginTests
{
    [Fact]
    public async Task after_a_superusers_first_run_a_migrator_login_runs_every_migrate_verb_and_a_maintenance_login_every_partition_verb()
    {
        await using var fresh = await FreshCluster.StartAsync();
        await using (var admin = new NpgsqlConnection(fresh.Superuser("postgres").ConnectionString))
        {
            await admin.OpenAsync();
            await admin.ExecuteAsync("create database finnest");
        }
        var superuser = fresh.Superuser("finnest");

        // The superuser applies everything but the newest migrations, so that the migrator has new ones to apply.
        var (firstRunTo, newer) = SplitForASecondRun(FinnestMigrations.Catalog());
        ExpectOk(await CliProcess.RunAsync("migrate", "up", "--to", firstRunTo.ToString(), "--connection", fresh.SuperuserUrl("finnest")));

        var migrator = await TestLogins.CreateAsync(superuser, "finnest_migrator");
        var maintenance = await TestLogins.CreateAsync(superuser, "finnest_maintenance");

        var up = await CliProcess.RunAsync("migrate", "up", "--connection", migrator.Url);
        ExpectOk(up);
        foreach (var version in newer) Assert.Contains($"applied: {version} ", up.StdErr);
        ExpectOk(await CliProcess.RunAsync("migrate", "status", "--connection", migrator.Url));
        ExpectOk(await CliProcess.RunAsync("migrate", "validate", "--connection", migrator.Url));
        var down = await CliProcess.RunAsync("migrate", "down", "--steps", "1", "--connection", migrator.Url);
        ExpectOk(down);
        Assert.Contains($"undone: {newer[^1]} ", down.StdErr);
        ExpectOk(await CliProcess.RunAsync("migrate", "up", "--connection", migrator.Url));
        var script = await CliProcess.RunAsync("migrate", "script", "--from", firstRunTo.ToString(), "--connection", migrator.Url);
        ExpectOk(script);
        Assert.Contains($"-- {newer[^1]} ", script.StdOut);

        await using (var c = new NpgsqlConnection(superuser.ConnectionString))
        {
            await c.OpenAsync();
            var migratorRows = await c.QueryAsync<(long? Version, string Kind)>(
                "select version, kind from finnest.schema_history where applied_by = @name and version is not null order by installed_rank", new { name = migrator.Name });
            Assert.Equal(
                newer.Select(v => ((long?)v, "versioned")).Append((newer[^1], "undo")).Append((newer[^1], "versioned")),
                migratorRows);
            // Every object of the runner belongs to finnest_owner, whoever created it.
            Assert.Empty(await c.QueryAsync<string>(
                """
                select relname from pg_class where relnamespace = 'finnest'::regnamespace and relkind in ('r', 'p') and relowner <> 'finnest_owner'::regrole
                union all select proname from pg_proc where pronamespace = 'finnest'::regnamespace and proowner <> 'finnest_owner'::regrole
                """));
        }

        // Only months that have ended by the server's clock can be archived: the maintenance login first
        // creates the partitions of two months ago (as maintain did then), archives them, brings one back.
        var today = TestClock.Iso(TestClock.Today);
        var twoMonthsAgo = TestClock.MonthStart(-2);
        ExpectOk(await CliProcess.RunAsync("partitions", "maintain", "--as-of", TestClock.Iso(twoMonthsAgo), "--months-ahead", "0", "--connection", maintenance.Url));
        ExpectOk(await CliProcess.RunAsync("partitions", "maintain", "--as-of", today, "--connection", maintenance.Url));
        ExpectOk(await CliProcess.RunAsync("partitions", "list", "--as-of", today, "--connection", maintenance.Url));
        var ended = "audit_log_p" + TestClock.PartitionSuffix(twoMonthsAgo);
        var dryRun = await CliProcess.RunAsync("partitions", "archive", "--older-than", "1", "--as-of", today, "--dry-run", "--connection", maintenance.Url);
        ExpectOk(dryRun);
        Assert.Contains("would archive", dryRun.StdOut);
        var archive = await CliProcess.RunAsync("partitions", "archive", "--older-than", "1", "--as-of", today, "--connection", maintenance.Url);
        ExpectOk(archive);
        Assert.Contains(ended, archive.StdOut);
        ExpectOk(await CliProcess.RunAsync("partitions", "restore", ended, "--connection", maintenance.Url));
    }

    /// <summary>
    /// The newest migrations a second run can apply and undo as finnest_owner (the migrator's
    /// role), and the version the first run stops at: everything before them.
    /// </summary>
    private static (long FirstRunTo, long[] Newer) SplitForASecondRun(MigrationCatalog catalog)
    {
        var newer = catalog.Migrations.Reverse().TakeWhile(m => m.RunsAsOwner && Migrations.IsReversible(m)).Select(m => m.Version).Reverse().ToArray();
        Assert.True(newer.Length > 0, "the newest migration runs as the connecting user or is forward-only: nothing is left for a migrator login to apply and undo");
        Assert.True(newer.Length < catalog.Migrations.Count, "every migration runs as finnest_owner: none could create the roles");
        return (catalog.Migrations[catalog.Migrations.Count - newer.Length - 1].Version, newer);
    }

    internal static void ExpectOk(CliResult result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.StdErr}");
    }
}

/// <summary>The first run on a managed service, whose administrator is no superuser, on the shared test server.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ManagedServerFirstRunTests(DatabaseFixture database)
{
    [Fact]
    public async Task on_a_managed_server_an_admin_without_superuser_runs_the_first_migrate_up_when_the_roles_exist()
    {
        // What a managed service's administrator has: CREATEROLE and CREATEDB, no superuser. The
        // finnest roles exist already (the test server's first run made them, as a provider would).
        var cluster = database.Cluster;
        var server = cluster.Settings("postgres");
        var admin = await TestLogins.CreateAsync(server, "finnest_owner");
        var databaseName = $"t_{TestCluster.RunId}_managed";
        await using (var c = new NpgsqlConnection(server.ConnectionString))
        {
            await c.OpenAsync();
            await c.ExecuteAsync($"alter role {admin.Name} createrole createdb");
        }
        await using (var c = await TestLogins.OpenAsync(admin))
            await c.ExecuteAsync($"create database {databaseName}");
        var url = admin.Url.Replace("/postgres", "/" + databaseName, StringComparison.Ordinal);

        MigratorLoginTests.ExpectOk(await CliProcess.RunAsync("migrate", "up", "--connection", url));

        var migrator = await TestLogins.CreateAsync(cluster.Settings(databaseName), "finnest_migrator");
        MigratorLoginTests.ExpectOk(await CliProcess.RunAsync("migrate", "down", "--steps", "1", "--connection", migrator.Url));
        MigratorLoginTests.ExpectOk(await CliProcess.RunAsync("migrate", "up", "--connection", migrator.Url));
        MigratorLoginTests.ExpectOk(await CliProcess.RunAsync("migrate", "validate", "--connection", migrator.Url));
        await using var check = new NpgsqlConnection(cluster.Settings(databaseName).ConnectionString);
        Assert.Equal("finnest_owner", await check.ExecuteScalarAsync<string>("select pg_get_userbyid(relowner) from pg_class where oid = 'finnest.schema_history'::regclass"));
    }
}
