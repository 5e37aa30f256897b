using Finnest.Database;
using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Tests.Engine;

public sealed class MigrationCatalogTests
{
    private sealed class Plain(params string[] sql) : Migration
    {
        public override void Up(SchemaBuilder db)
        {
            foreach (var s in sql) db.Sql(s);
        }

        public override void Down(SchemaBuilder db) => db.Irreversible("test migration");
    }

    private static MigrationInfo Info(long version, TransactionBehavior behavior, params string[] sql) =>
        new(new Plain(sql), new MigrationAttribute(version, "test") { TransactionBehavior = behavior });

    [Fact]
    public void the_real_catalog_has_no_static_problems()
    {
        var catalog = FinnestMigrations.Catalog();
        Assert.Empty(catalog.StaticProblems());
        Assert.NotEmpty(catalog.Migrations);
    }

    [Fact]
    public void every_migration_class_is_named_after_its_version_and_has_a_down()
    {
        foreach (var m in FinnestMigrations.Catalog().Migrations)
        {
            Assert.StartsWith($"V{m.Version}_", m.Name);
            Assert.Matches(@"^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])[0-5]\d$", m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // A down either undoes something or says, with a reason, that the migration is forward-only.
            try
            {
                Assert.True(m.DownStatements().Count > 0, $"{m.Name}: Down renders no SQL; undo something or call db.Irreversible(\"why\")");
            }
            catch (IrreversibleMigrationException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message), $"{m.Name}: forward-only without a reason");
            }
        }
    }

    [Fact]
    public void duplicate_versions_are_reported()
    {
        var catalog = new MigrationCatalog([Info(202601010000, TransactionBehavior.Default, "select 1"), Info(202601010000, TransactionBehavior.Default, "select 2")], []);
        Assert.Contains(catalog.StaticProblems(), p => p.StartsWith("duplicate version 202601010000"));
    }

    [Fact]
    public void create_index_concurrently_inside_a_transactional_migration_is_reported()
    {
        var catalog = new MigrationCatalog([Info(202601010000, TransactionBehavior.Default, "create index concurrently ix_a on t (a)")], []);
        Assert.Contains(catalog.StaticProblems(), p => p.Contains("refuses there"));
    }

    [Fact]
    public void create_index_concurrently_is_fine_in_a_non_transactional_migration()
    {
        var catalog = new MigrationCatalog([Info(202601010000, TransactionBehavior.None, "create index concurrently ix_a on t (a)")], []);
        Assert.Empty(catalog.StaticProblems());
    }

    [Fact]
    public void checksum_is_sha256_of_the_generated_sql_and_ignores_line_ending_style()
    {
        var lf = Info(202601010000, TransactionBehavior.Default, "select 1;\nselect 2;");
        var crlf = Info(202601010000, TransactionBehavior.Default, "select 1;\r\nselect 2;");
        Assert.Equal(lf.Checksum, crlf.Checksum);
        // sha256sum of the 19 bytes "select 1;\nselect 2;", computed outside .NET.
        Assert.Equal("b1a668cc8f385c71b9d64504067d5145d91dcf27d37d8201c08c65a20268cab9", lf.Checksum);
        Assert.NotEqual(lf.Checksum, Info(202601010000, TransactionBehavior.Default, "select 1;").Checksum);
    }

    [Fact]
    public void every_sql_file_in_triggers_and_partitions_is_embedded()
    {
        var root = RepositoryRoot();
        var onDisk = new[] { "triggers", "partitions" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.sql").Select(f => $"{folder}/{Path.GetFileName(f)}"))
            .Order().ToList();
        var embedded = FinnestMigrations.Catalog().Repeatables.Select(r => r.Name).Order().ToList();
        Assert.NotEmpty(onDisk);
        Assert.Equal(onDisk, embedded);
    }

    [Fact]
    public void repeatable_scripts_apply_trigger_functions_before_partition_maintenance()
    {
        var names = FinnestMigrations.Catalog().Repeatables.Select(r => r.Name).ToList();
        Assert.True(names.FindLastIndex(n => n.StartsWith("triggers/")) < names.FindIndex(n => n.StartsWith("partitions/")));
    }

    [Fact]
    public void script_prints_each_migration_in_a_transaction_as_the_owner()
    {
        var catalog = new MigrationCatalog([Info(202601010000, TransactionBehavior.Default, "create table a ();")], []);
        var script = MigrationRunner.Script(catalog, null, null);
        Assert.Contains("begin;\nset local lock_timeout = 5000;\nset local statement_timeout = 600000;\nset local role finnest_owner;\ncreate table a ();\nreset role;\n" +
                        "insert into finnest.schema_history (version, kind, description, script, checksum, execution_ms, success) values (202601010000, 'versioned',", script);
    }

    [Fact]
    public void script_with_an_unknown_version_is_bad_input()
    {
        var e = Assert.Throws<EngineException>(() => MigrationRunner.Script(FinnestMigrations.Catalog(), null, 1));
        Assert.Equal(Failure.BadInput, e.Failure);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Finnest.Database.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
