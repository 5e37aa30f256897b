using Finnest.Database;
using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.Schema;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

[Collection(DatabaseCollection.Name)]
public sealed class MigrationLifecycleTests(DatabaseFixture database)
{
    private static MigrationRunner Runner(NpgsqlConnectionStringBuilder settings, MigrationCatalog? catalog = null, RunnerOptions? options = null) =>
        new(catalog ?? FinnestMigrations.Catalog(), settings, options ?? new RunnerOptions(), _ => { });

    private static async Task<T> ScalarAsync<T>(NpgsqlConnectionStringBuilder settings, string sql)
    {
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        return (await c.ExecuteScalarAsync<T>(sql))!;
    }

    [Fact]
    public async Task up_then_down_to_zero_then_up_restores_an_identical_catalog()
    {
        var settings = await database.CloneAsync();
        await PartitionWindows.AlignAsync(database.Cluster, settings);
        var before = await CatalogSnapshot.TakeAsync(settings);

        await Runner(settings).DownAsync(0, null);
        var empty = await CatalogSnapshot.TakeAsync(settings);
        Assert.DoesNotContain(empty, l => l.StartsWith("relation public.organisations"));
        Assert.Equal(0, await ScalarAsync<long>(settings, "select count(*) from pg_namespace where nspname in ('people', 'events', 'archive')"));

        await Runner(settings).UpAsync();
        await PartitionWindows.AlignAsync(database.Cluster, settings);
        var after = await CatalogSnapshot.TakeAsync(settings);
        Assert.True(before.SequenceEqual(after), CatalogSnapshot.Diff(before, after));
    }

    [Fact]
    public async Task down_one_step_at_a_time_then_up_restores_an_identical_catalog()
    {
        var settings = await database.CloneAsync();
        await PartitionWindows.AlignAsync(database.Cluster, settings);
        var before = await CatalogSnapshot.TakeAsync(settings);
        var count = FinnestMigrations.Catalog().Migrations.Count;
        for (var i = 0; i < count; i++) await Runner(settings).DownAsync(null, 1);
        await Runner(settings).UpAsync();
        await PartitionWindows.AlignAsync(database.Cluster, settings);
        var after = await CatalogSnapshot.TakeAsync(settings);
        Assert.True(before.SequenceEqual(after), CatalogSnapshot.Diff(before, after));
    }

    [Fact]
    public async Task running_up_again_applies_nothing_and_writes_no_history()
    {
        var settings = await database.CloneAsync();
        var rows = await ScalarAsync<long>(settings, "select count(*) from finnest.schema_history");
        var steps = await Runner(settings).UpAsync();
        Assert.Empty(steps);
        Assert.Equal(rows, await ScalarAsync<long>(settings, "select count(*) from finnest.schema_history"));
    }

    [Fact]
    public async Task every_migration_is_recorded_once_with_its_checksum()
    {
        var settings = await database.CloneAsync();
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        var rows = (await c.QueryAsync<(long Version, string Checksum)>(
            "select version, checksum from finnest.schema_history where kind = 'versioned' and success")).ToList();
        var catalog = FinnestMigrations.Catalog();
        Assert.Equal(catalog.Migrations.Select(m => (m.Version, m.Checksum)).Order(), rows.Order());
    }

    [Fact]
    public async Task a_migration_failing_half_way_leaves_the_previous_version_intact_and_history_unchanged()
    {
        var settings = await database.CloneAsync();
        var before = await CatalogSnapshot.TakeAsync(settings);
        var history = await ScalarAsync<long>(settings, "select count(*) from finnest.schema_history");
        var real = FinnestMigrations.Catalog();
        var failing = new MigrationInfo(new FailingHalfWay(), new MigrationAttribute(209912312359, "fails half way"));
        var catalog = new MigrationCatalog([.. real.Migrations, failing], real.Repeatables);

        var e = await Assert.ThrowsAsync<EngineException>(() => Runner(settings, catalog).UpAsync());

        Assert.Equal(Failure.StepFailed, e.Failure);
        Assert.Contains("209912312359", e.Message);
        Assert.Contains("statement 2 of 3", e.Message);
        Assert.Contains("rolled back", e.Message);
        Assert.Equal(history, await ScalarAsync<long>(settings, "select count(*) from finnest.schema_history"));
        var after = await CatalogSnapshot.TakeAsync(settings);
        Assert.True(before.SequenceEqual(after), CatalogSnapshot.Diff(before, after));
    }

    private sealed class FailingHalfWay : Migration
    {
        public override void Up(SchemaBuilder db)
        {
            db.Sql("create table public.half_way (id int);");
            db.Sql("insert into public.half_way values ('not a number');");
            db.Sql("create table public.never (id int);");
        }

        public override void Down(SchemaBuilder db) => db.Sql("drop table public.half_way;");
    }

    [Fact]
    public async Task an_applied_migration_whose_checksum_changed_is_refused()
    {
        var settings = await database.CloneAsync();
        var version = FinnestMigrations.Catalog().Migrations[1].Version;
        await using (var c = new NpgsqlConnection(settings.ConnectionString))
            await c.ExecuteAsync("insert into finnest.schema_history (version, kind, description, checksum, execution_ms, success) values (@version, 'versioned', 'edited', 'deadbeef', 0, true)", new { version });

        var e = await Assert.ThrowsAsync<EngineException>(() => Runner(settings).UpAsync());
        Assert.Equal(Failure.ValidationFailed, e.Failure);
        Assert.Contains($"checksum of {version}", e.Message);
        Assert.Contains(await Runner(settings).ValidateAsync(), p => p.Message.Contains("checksum"));
    }

    [Fact]
    public async Task a_pending_migration_older_than_an_applied_one_is_refused_unless_marked_out_of_order()
    {
        var settings = await database.CloneAsync();
        var real = FinnestMigrations.Catalog();
        var late = new MigrationInfo(new Harmless(), new MigrationAttribute(202601010001, "hotfix from an old branch"));
        var e = await Assert.ThrowsAsync<EngineException>(() => Runner(settings, new MigrationCatalog([.. real.Migrations, late], real.Repeatables)).UpAsync());
        Assert.Equal(Failure.ValidationFailed, e.Failure);
        Assert.Contains("older than applied", e.Message);

        var allowed = new MigrationInfo(new Harmless(), new MigrationAttribute(202601010001, "hotfix") { AllowOutOfOrder = true });
        var steps = await Runner(settings, new MigrationCatalog([.. real.Migrations, allowed], real.Repeatables)).UpAsync();
        Assert.Contains(steps, s => s.Version == 202601010001);
    }

    private sealed class Harmless : Migration
    {
        public override void Up(SchemaBuilder db) => db.Sql("comment on schema archive is 'touched by a hotfix';");
        public override void Down(SchemaBuilder db) => db.Sql("comment on schema archive is null;");
    }

    [Fact]
    public async Task only_a_changed_repeatable_script_is_applied_again_when_no_migration_ran()
    {
        var settings = await database.CloneAsync();
        var real = FinnestMigrations.Catalog();
        var edited = real.Repeatables.Select(r => r.Name == "triggers/set_updated_at.sql" ? r with { Sql = r.Sql + "\n-- edited\n" } : r).ToList();

        var steps = await Runner(settings, new MigrationCatalog(real.Migrations, edited)).UpAsync();

        Assert.Equal(["triggers/set_updated_at.sql", "catalog fingerprint"], steps.Select(s => s.Name));
    }

    [Theory]
    [InlineData("update finnest.schema_history set checksum = 'x'")]
    [InlineData("delete from finnest.schema_history")]
    [InlineData("truncate finnest.schema_history")]
    public async Task history_is_append_only(string statement)
    {
        var settings = await database.CloneAsync();
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        var e = await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync(statement));
        Assert.Contains("append-only", e.MessageText);
    }

    [Fact]
    public async Task an_applied_migration_missing_from_the_code_is_reported()
    {
        var settings = await database.CloneAsync();
        var real = FinnestMigrations.Catalog();
        var fewer = new MigrationCatalog(real.Migrations.Take(real.Migrations.Count - 1).ToList(), real.Repeatables);
        var problems = await Runner(settings, fewer).ValidateAsync();
        Assert.Contains(problems, p => p.Message.Contains("missing from the code"));
    }

    [Fact]
    public async Task down_past_version_zero_is_refused_and_changes_nothing()
    {
        var settings = await database.CloneAsync();
        var count = FinnestMigrations.Catalog().Migrations.Count;
        var e = await Assert.ThrowsAsync<EngineException>(() => Runner(settings).DownAsync(null, count + 1));
        Assert.Equal(Failure.BadInput, e.Failure);
        Assert.Equal(count, (await Runner(settings).StatusAsync()).Count(s => s.State == MigrationState.Applied));
    }

    [Fact]
    public async Task up_to_a_target_stops_there_and_status_lists_the_rest_as_pending()
    {
        var settings = await database.EmptyAsync();
        var catalog = FinnestMigrations.Catalog();
        var target = catalog.Migrations[1].Version;
        await Runner(settings).UpAsync(target);
        var status = await Runner(settings).StatusAsync();
        Assert.All(status.Where(s => s.Version <= target), s => Assert.Equal(MigrationState.Applied, s.State));
        Assert.All(status.Where(s => s.Version > target), s => Assert.Equal(MigrationState.Pending, s.State));
    }

    [Fact]
    public async Task baseline_adopts_an_existing_database_without_running_migrations()
    {
        var settings = await database.EmptyAsync();
        var version = FinnestMigrations.Catalog().Migrations[0].Version;
        await Runner(settings).BaselineAsync(version);
        var status = await Runner(settings).StatusAsync();
        Assert.Equal(MigrationState.Baselined, status.Single(s => s.Version == version).State);
        Assert.Equal(0, await ScalarAsync<long>(settings, "select count(*) from pg_namespace where nspname = 'people'"));
        var e = await Assert.ThrowsAsync<EngineException>(() => Runner(settings).BaselineAsync(version));
        Assert.Equal(Failure.BadInput, e.Failure);
    }

    [Fact]
    public async Task a_held_lock_times_out_naming_its_holder()
    {
        var settings = await database.CloneAsync();
        var holderSettings = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { ApplicationName = "the-other-runner" };
        await using var holder = new NpgsqlConnection(holderSettings.ConnectionString);
        await holder.OpenAsync();
        await holder.ExecuteAsync("select pg_advisory_lock(@Key)", new { AdvisoryLock.Key });
        var pid = holder.ProcessID;

        var e = await Assert.ThrowsAsync<EngineException>(() =>
            Runner(settings, options: new RunnerOptions { LockWait = TimeSpan.FromSeconds(1) }).UpAsync());

        Assert.Equal(Failure.LockNotAcquired, e.Failure);
        Assert.Contains($"pid {pid}", e.Message);
        Assert.Contains("the-other-runner", e.Message);
    }

    [Fact]
    public async Task a_migration_blocked_by_a_table_lock_gives_up_after_lock_timeout_and_its_retries()
    {
        var settings = await database.CloneAsync();
        await using var blocker = new NpgsqlConnection(settings.ConnectionString);
        await blocker.OpenAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        // A writer's open transaction: reads (the drift check) pass, ALTER TABLE must wait.
        await blocker.ExecuteAsync("lock table public.tags in row exclusive mode", transaction: tx);

        var real = FinnestMigrations.Catalog();
        var alter = new MigrationInfo(new AltersTags(), new MigrationAttribute(209912312359, "alter tags"));
        var options = new RunnerOptions { LockTimeout = TimeSpan.FromMilliseconds(200), LockRetries = 1 };
        var e = await Assert.ThrowsAsync<EngineException>(() => Runner(settings, new MigrationCatalog([.. real.Migrations, alter], real.Repeatables), options).UpAsync());

        Assert.Equal(Failure.StepFailed, e.Failure);
        Assert.Contains("55P03", e.Message);
    }

    internal sealed class AltersTags : Migration
    {
        public override void Up(SchemaBuilder db) => db.Sql("alter table public.tags add column extra text;");
        public override void Down(SchemaBuilder db) => db.Sql("alter table public.tags drop column extra;");
    }

    [Fact]
    public async Task a_non_transactional_migration_runs_create_index_concurrently()
    {
        var settings = await database.CloneAsync();
        var real = FinnestMigrations.Catalog();
        var cic = new MigrationInfo(new ConcurrentIndex(), new MigrationAttribute(209912312359, "concurrent index") { TransactionBehavior = TransactionBehavior.None });
        await Runner(settings, new MigrationCatalog([.. real.Migrations, cic], real.Repeatables)).UpAsync();
        Assert.True(await ScalarAsync<bool>(settings, "select indisvalid from pg_index where indexrelid = 'public.ix_tags__org_id_colour'::regclass"));
    }

    private sealed class ConcurrentIndex : Migration
    {
        public override void Up(SchemaBuilder db) => db.Sql("create index concurrently ix_tags__org_id_colour on public.tags (org_id, colour)");
        public override void Down(SchemaBuilder db) => db.Sql("drop index concurrently public.ix_tags__org_id_colour");
    }

    [Fact]
    public async Task a_failed_non_transactional_migration_reports_the_invalid_index_it_left()
    {
        var settings = await database.CloneAsync();
        await using (var c = new NpgsqlConnection(settings.ConnectionString))
            await c.ExecuteAsync("""
                set session_replication_role = replica;
                insert into public.organisations (id, name, slug) values ('00000000-0000-0000-0000-000000000001', 'a', 'a');
                insert into public.tags (org_id, name) values ('00000000-0000-0000-0000-000000000001', 'dup'), ('00000000-0000-0000-0000-000000000001', 'dup2');
                update public.tags set colour = '#000000';
                """);
        var real = FinnestMigrations.Catalog();
        var cic = new MigrationInfo(new UniqueConcurrentIndex(), new MigrationAttribute(209912312359, "unique concurrent index") { TransactionBehavior = TransactionBehavior.None });
        var e = await Assert.ThrowsAsync<EngineException>(() => Runner(settings, new MigrationCatalog([.. real.Migrations, cic], real.Repeatables)).UpAsync());
        Assert.Equal(Failure.StepFailed, e.Failure);
        Assert.Contains("public.uq_tags__org_id_colour", e.Message);
    }

    private sealed class UniqueConcurrentIndex : Migration
    {
        public override void Up(SchemaBuilder db) => db.Sql("create unique index concurrently uq_tags__org_id_colour on public.tags (org_id, colour)");
        public override void Down(SchemaBuilder db) => db.Sql("drop index concurrently public.uq_tags__org_id_colour");
    }
}
