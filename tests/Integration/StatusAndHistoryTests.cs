using Finnest.Database.Cli;
using System.Text.Json;
using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.Schema;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// What `migrate status --json` says in each state a migration can be in, and its exit code; what
/// history records when migrations are undone; and the runner's lock retry and statement timeout.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class StatusAndHistoryTests(DatabaseFixture database)
{
    private static readonly MigrationCatalog Real = FinnestMigrations.Catalog();

    private static async Task<(int ExitCode, Dictionary<long, string> States)> StatusJsonAsync(DatabaseFixture database, NpgsqlConnectionStringBuilder settings)
    {
        var result = await CliProcess.RunAsync("migrate", "status", "--json", "--connection", database.Cluster.ServerUrl(settings.Database!));
        using var json = JsonDocument.Parse(result.StdOut);
        // Migrations are keyed by version; repeatable scripts owed (state "owed") have a script name and no version.
        var states = json.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("version").ValueKind == JsonValueKind.Number)
            .ToDictionary(e => e.GetProperty("version").GetInt64(), e => e.GetProperty("state").GetString()!);
        return (result.ExitCode, states);
    }

    /// <summary>Appends a history row as another version of the code would have (history is append-only).</summary>
    private static async Task AppendHistoryAsync(NpgsqlConnectionStringBuilder settings, long version, string description, string checksum)
    {
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        await c.ExecuteAsync(
            "insert into finnest.schema_history (version, kind, description, checksum, execution_ms, success) values (@version, 'versioned', @description, @checksum, 1, true)",
            new { version, description, checksum });
    }

    [Fact]
    public async Task status_json_says_applied_and_pending_and_exits_0()
    {
        var settings = await database.EmptyAsync();
        var target = Real.Migrations[2].Version;
        Assert.Equal(0, (await CliProcess.RunAsync("migrate", "up", "--to", target.ToString(), "--connection", database.Cluster.ServerUrl(settings.Database!))).ExitCode);

        var (exit, states) = await StatusJsonAsync(database, settings);

        Assert.Equal(0, exit);
        Assert.Equal(Real.Migrations.Select(m => m.Version), states.Keys.Order());
        Assert.All(states.Where(s => s.Key <= target), s => Assert.Equal("applied", s.Value));
        Assert.All(states.Where(s => s.Key > target), s => Assert.Equal("pending", s.Value));
    }

    [Fact]
    public async Task status_json_says_baselined_for_adopted_migrations_and_exits_0()
    {
        var settings = await database.EmptyAsync();
        var version = Real.Migrations[1].Version;
        Assert.Equal(0, (await CliProcess.RunAsync("migrate", "baseline", "--version", version.ToString(), "--connection", database.Cluster.ServerUrl(settings.Database!))).ExitCode);

        var (exit, states) = await StatusJsonAsync(database, settings);

        Assert.Equal(0, exit);
        Assert.All(states.Where(s => s.Key <= version), s => Assert.Equal("baselined", s.Value));
        Assert.All(states.Where(s => s.Key > version), s => Assert.Equal("pending", s.Value));
    }

    [Fact]
    public async Task status_json_says_checksum_mismatch_when_history_has_another_checksum_and_exits_4()
    {
        var settings = await database.CloneAsync();
        var edited = Real.Migrations[^1];
        await AppendHistoryAsync(settings, edited.Version, edited.Description, new string('0', 64));

        var (exit, states) = await StatusJsonAsync(database, settings);

        Assert.Equal((int)ExitCode.ValidationFailed, exit);
        Assert.Equal("checksum_mismatch", states[edited.Version]);
        Assert.Equal(Real.Migrations.Count - 1, states.Count(s => s.Value == "applied"));
    }

    [Fact]
    public async Task status_json_says_missing_from_code_for_a_version_only_history_knows_and_exits_4()
    {
        var settings = await database.CloneAsync();
        const long fromTheFuture = 209912312359;
        await AppendHistoryAsync(settings, fromTheFuture, "applied by a newer build", new string('a', 64));

        var (exit, states) = await StatusJsonAsync(database, settings);

        Assert.Equal((int)ExitCode.ValidationFailed, exit);
        Assert.Equal("missing_from_code", states[fromTheFuture]);
        Assert.Equal(Real.Migrations.Count, states.Count(s => s.Value == "applied"));
    }

    [Fact]
    public async Task down_to_a_version_leaves_the_catalog_that_up_to_it_builds_and_records_one_undo_row_per_migration_newest_first()
    {
        var target = MiddleVersionEverythingAfterIsReversible();
        var undone = Real.Migrations.Where(m => m.Version > target).Reverse().ToList();
        var wentDown = await database.CloneAsync();
        var wentUp = await database.EmptyAsync();

        var down = await CliProcess.RunAsync("migrate", "down", "--to", target.ToString(), "--connection", database.Cluster.ServerUrl(wentDown.Database!));
        Assert.True(down.ExitCode == 0, down.All);
        var up = await CliProcess.RunAsync("migrate", "up", "--to", target.ToString(), "--connection", database.Cluster.ServerUrl(wentUp.Database!));
        Assert.True(up.ExitCode == 0, up.All);

        await PartitionWindows.AlignAsync(database.Cluster, wentDown, wentUp);
        var afterDown = await CatalogSnapshot.TakeAsync(wentDown);
        var afterUp = await CatalogSnapshot.TakeAsync(wentUp);
        Assert.True(afterDown.SequenceEqual(afterUp), CatalogSnapshot.Diff(afterDown, afterUp));

        await using var c = new NpgsqlConnection(wentDown.ConnectionString);
        var undoRows = (await c.QueryAsync<(long Version, string Checksum, string AppliedBy, bool Success)>(
            "select version, checksum, applied_by, success from finnest.schema_history where kind = 'undo' order by installed_rank")).ToList();
        Assert.Equal(undone.Select(m => (m.Version, m.Checksum)), undoRows.Select(r => (r.Version, r.Checksum)));
        Assert.All(undoRows, r => Assert.True(r.Success && r.AppliedBy == wentDown.Username, $"{r.Version}: success={r.Success} by {r.AppliedBy}"));
    }

    /// <summary>A version about half way, such that every migration after it can go down.</summary>
    private static long MiddleVersionEverythingAfterIsReversible()
    {
        var reversibleTail = Real.Migrations.Reverse().TakeWhile(Migrations.IsReversible).Count();
        var index = Math.Max(Real.Migrations.Count / 2, Real.Migrations.Count - reversibleTail - 1);
        Assert.True(index < Real.Migrations.Count - 1, "no migration at the end of the catalog can go down");
        return Real.Migrations[index].Version;
    }

    [Fact]
    public async Task a_migration_that_hits_lock_timeout_is_retried_and_applied_once_the_lock_is_released()
    {
        var settings = await database.CloneAsync();
        await using var blocker = new NpgsqlConnection(settings.ConnectionString);
        await blocker.OpenAsync();
        var holding = await blocker.BeginTransactionAsync();
        // An ordinary writer's open transaction (what an uncommitted insert or update holds): the drift check
        // reads past it, the migration's ALTER TABLE queues behind it.
        await blocker.ExecuteAsync("lock table public.tags in row exclusive mode", transaction: holding);

        var log = new List<string>();
        var released = false;
        void Log(string line)
        {
            log.Add(line);
            // The first attempt gave up after lock_timeout: let go before the retry's backoff ends.
            if (!line.Contains("retrying", StringComparison.Ordinal) || released) return;
            holding.Rollback();
            released = true;
        }
        var alter = new MigrationInfo(new MigrationLifecycleTests.AltersTags(), new MigrationAttribute(209912312359, "alter tags"));
        var runner = new MigrationRunner(new MigrationCatalog([.. Real.Migrations, alter], Real.Repeatables), settings,
            new RunnerOptions { LockTimeout = TimeSpan.FromMilliseconds(300), LockRetries = 3 }, Log);

        var steps = await runner.UpAsync();

        Assert.Contains(steps, s => s.Version == alter.Version && s.Action == "applied");
        Assert.Single(log, l => l.Contains("lock_timeout", StringComparison.Ordinal) && l.Contains("retrying in 1 s (1/3)", StringComparison.Ordinal));
        Assert.StartsWith($"{alter.Version} ", log.Single(l => l.Contains("lock_timeout", StringComparison.Ordinal)));
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        Assert.Equal(1, await c.ExecuteScalarAsync<long>("select count(*) from finnest.schema_history where version = @v and kind = 'versioned'", new { v = alter.Version }));
        Assert.True(await c.ExecuteScalarAsync<bool>("select exists (select from pg_attribute where attrelid = 'public.tags'::regclass and attname = 'extra')"));
    }

    [Fact]
    public async Task the_drift_check_retries_a_table_held_by_ddl_like_a_migration_and_the_run_goes_on_once_it_is_released()
    {
        var settings = await database.CloneAsync();
        await using var blocker = new NpgsqlConnection(settings.ConnectionString);
        await blocker.OpenAsync();
        var holding = await blocker.BeginTransactionAsync();
        // Another session's DDL: even reading the table's column defaults waits for it.
        await blocker.ExecuteAsync("lock table public.tags in access exclusive mode", transaction: holding);

        var log = new List<string>();
        void Log(string line)
        {
            log.Add(line);
            if (line.Contains("retrying", StringComparison.Ordinal) && holding.Connection is not null) holding.Rollback();
        }
        var alter = new MigrationInfo(new MigrationLifecycleTests.AltersTags(), new MigrationAttribute(209912312359, "alter tags"));
        var runner = new MigrationRunner(new MigrationCatalog([.. Real.Migrations, alter], Real.Repeatables), settings,
            new RunnerOptions { LockTimeout = TimeSpan.FromMilliseconds(300), LockRetries = 3 }, Log);

        var steps = await runner.UpAsync();

        Assert.Contains(steps, s => s.Version == alter.Version && s.Action == "applied");
        var retry = Assert.Single(log, l => l.Contains("lock_timeout", StringComparison.Ordinal));
        Assert.StartsWith("checking the catalog for drift: lock_timeout after 0.3 s; retrying in 1 s (1/3)", retry);
    }

    [Fact]
    public async Task a_migration_running_past_statement_timeout_is_cancelled_rolled_back_and_not_recorded()
    {
        var settings = await database.CloneAsync();
        var slow = new MigrationInfo(new SlowMigration(), new MigrationAttribute(209912312359, "slow"));
        var runner = new MigrationRunner(new MigrationCatalog([.. Real.Migrations, slow], Real.Repeatables), settings,
            new RunnerOptions { StatementTimeout = TimeSpan.FromMilliseconds(300) }, _ => { });

        var e = await Assert.ThrowsAsync<EngineException>(() => runner.UpAsync());

        Assert.Equal(Failure.StepFailed, e.Failure);
        Assert.Contains("57014 canceling statement due to statement timeout", e.Message);
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from finnest.schema_history where version = @v", new { v = slow.Version }));
        Assert.False(await c.ExecuteScalarAsync<bool>("select exists (select from pg_attribute where attrelid = 'public.tags'::regclass and attname = 'slow')"));
    }

    private sealed class SlowMigration : Migration
    {
        public override void Up(SchemaBuilder db)
        {
            db.Sql("alter table public.tags add column slow text;");
            db.Sql("select pg_sleep(30);");
        }

        public override void Down(SchemaBuilder db) => db.Sql("alter table public.tags drop column slow;");
    }
}
