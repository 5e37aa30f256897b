using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.Engine.Catalog;
using Finnest.Database.Schema;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The schema registry end to end: a migration written after the registry's own registers its
/// tables in the same transaction, and its derived Down takes the rows away with the tables.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SchemaRegistryTests(DatabaseFixture database)
{
    private const long ProbeVersion = 209912310100;

    /// <summary>A later migration as a team would write it: a tenant table and a log, Down derived.</summary>
    private sealed class Probe : Migration
    {
        public override void Up(SchemaBuilder db)
        {
            db.TenantTable("people.registry_probes", "Probe rows of a registry test.", t =>
            {
                t.SoftRef("site_id", "clients.sites");
                t.Encrypted("secret_encrypted");
            });
            db.AppendOnlyLog("people.registry_probe_log", "Probe log of a registry test.", t => t.Text("what").NotNull());
        }

        public override void Down(SchemaBuilder db) => db.DropWhatUpCreated(Up);
    }

    private static MigrationRunner Runner(NpgsqlConnectionStringBuilder settings)
    {
        var real = FinnestMigrations.Catalog();
        var probe = new MigrationInfo(new Probe(), new MigrationAttribute(ProbeVersion, "registry probe"));
        return new MigrationRunner(new MigrationCatalog([.. real.Migrations, probe], real.Repeatables), settings, new RunnerOptions(), _ => { });
    }

    [Fact]
    public async Task a_later_migration_registers_its_tables_and_its_derived_down_removes_them_again()
    {
        var settings = await database.CloneAsync();
        await Runner(settings).UpAsync();

        await using (var c = new NpgsqlConnection(settings.ConnectionString))
        {
            var tables = (await SchemaCatalog.ReadAsync(c)).ToDictionary(t => t.QualifiedName);
            var probes = tables["people.registry_probes"];
            Assert.Equal(TableKind.Tenant, probes.Kind);
            Assert.Equal(ProbeVersion, probes.RegisteredBy);
            Assert.Equal([new SoftReference("site_id", "clients.sites")], probes.SoftReferences);
            Assert.Equal(["secret_encrypted"], probes.SensitiveColumns);
            var log = tables["people.registry_probe_log"];
            Assert.Equal(TableKind.AppendOnlyLog, log.Kind);
            Assert.Equal(new PartitionSpec("inserted_at"), log.Partition);
            Assert.True((await SchemaCatalog.FindGapsAsync(c)).IsEmpty);
        }

        await Runner(settings).DownAsync(null, 1);

        await using (var c = new NpgsqlConnection(settings.ConnectionString))
        {
            Assert.True((await SchemaCatalog.FindGapsAsync(c)).IsEmpty);
            Assert.Equal(0, await c.ExecuteScalarAsync<long>(
                "select (select count(*) from finnest.registered_tables where table_name like 'people.registry_probe%') " +
                "+ (select count(*) from finnest.soft_references where table_name like 'people.registry_probe%') " +
                "+ (select count(*) from finnest.sensitive_columns where table_name like 'people.registry_probe%') " +
                "+ (select count(*) from finnest.partitioned_tables where parent_table like 'people.registry_probe%')"));
        }
    }

    [Fact]
    public async Task the_registry_rejects_a_kind_it_does_not_know()
    {
        await using var sql = await database.BeginAsync();
        var e = await sql.RejectsAsync("insert into finnest.registered_tables (table_name, kind, registered_by) values ('people.views', 'view', 1)");
        Assert.Equal("ck_registered_tables__kind", e.ConstraintName);
    }

    [Fact]
    public async Task a_partition_spec_must_belong_to_a_registered_table()
    {
        await using var sql = await database.BeginAsync();
        var e = await sql.RejectsAsync("insert into finnest.partitioned_tables (parent_table, partition_column) values ('people.unregistered_log', 'inserted_at')");
        Assert.Equal("fk_partitioned_tables__parent_table", e.ConstraintName);
    }

    [Fact]
    public async Task reading_a_database_migrated_only_as_far_as_before_the_registry_says_to_migrate_further()
    {
        var settings = await database.CloneAsync();
        var before = FinnestMigrations.Catalog().Migrations.Last(m => m.Version < SchemaRegistry.Version).Version;
        await Runner(settings).DownAsync(before, null);
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        var e = await Assert.ThrowsAsync<SchemaRegistryMissingException>(() => SchemaCatalog.ReadAsync(c));
        Assert.Contains($"run migrate up to {SchemaRegistry.Version}", e.Message);
    }
}
