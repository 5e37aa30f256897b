using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Tests.Engine;

/// <summary>
/// Every migration's generated Up SQL is committed beside its code (V…_Name.sql next to V…_Name.cs):
/// the text its checksum is taken of. A builder change that alters an applied migration's SQL shows
/// up here, and in review as a diff, instead of as a checksum failure in production.
/// </summary>
public sealed class ApprovedSqlTests
{
    public const string AcceptVariable = "FINNEST_ACCEPT_SQL";
    public const string AcceptCommand = $"{AcceptVariable}=1 dotnet test tests --filter ApprovedSql";

    [Fact]
    public void every_migration_generates_exactly_its_committed_sql()
    {
        var versions = Path.Combine(MigrationCatalogTests.RepositoryRoot(), "migrations", "Versions");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var problems = ApprovedSql.Check(FinnestMigrations.Catalog().Migrations, versions, accept);
        Assert.True(problems.Count == 0,
            $"{problems.Count} migration(s) generate SQL that differs from the committed file:\n{string.Join("\n", problems)}\n" +
            $"If the change is intended (a new migration, or a builder change that must not touch applied ones), accept it with:\n  {AcceptCommand}");
    }

    [Fact]
    public void the_approval_check_fails_on_changed_or_missing_sql_and_passes_after_accepting()
    {
        var directory = Directory.CreateTempSubdirectory("approved-sql-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "Demo"));
            File.WriteAllText(Path.Combine(directory, "Demo", "V209901010000_Demo.cs"), "// code");
            var original = Info(new V209901010000_Demo("create table demo.a (id int);"));
            Assert.Equal(["V209901010000_Demo: no committed SQL file (Demo/V209901010000_Demo.sql)"], ApprovedSql.Check([original], directory, accept: false));

            Assert.Empty(ApprovedSql.Check([original], directory, accept: true));
            Assert.Empty(ApprovedSql.Check([original], directory, accept: false));

            var changed = Info(new V209901010000_Demo("create table demo.a (id bigint);"));
            var problems = ApprovedSql.Check([changed], directory, accept: false);
            Assert.Single(problems);
            Assert.Contains("line 1", problems[0]);
            Assert.Contains("(id bigint)", problems[0]);

            Assert.Empty(ApprovedSql.Check([changed], directory, accept: true));
            Assert.Empty(ApprovedSql.Check([changed], directory, accept: false));
            Assert.Equal("create table demo.a (id bigint);\n", File.ReadAllText(Path.Combine(directory, "Demo", "V209901010000_Demo.sql")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static MigrationInfo Info(Migration m) => new(m, new MigrationAttribute(209901010000, "demo"));

    private sealed class V209901010000_Demo(string sql) : Migration
    {
        public override void Up(SchemaBuilder db) => db.Sql(sql);
        public override void Down(SchemaBuilder db) => db.Sql("drop table demo.a;");
    }
}

/// <summary>Compares (or, accepting, writes) the committed SQL file of each migration.</summary>
public static class ApprovedSql
{
    /// <summary>The text a migration's checksum is taken of, as committed: statements joined by a newline, with a final newline.</summary>
    public static string Text(MigrationInfo m) => string.Join("\n", m.UpStatements) + "\n";

    public static IReadOnlyList<string> Check(IEnumerable<MigrationInfo> migrations, string versionsDirectory, bool accept)
    {
        var problems = new List<string>();
        foreach (var m in migrations)
        {
            var code = Directory.EnumerateFiles(versionsDirectory, m.Name + ".cs", SearchOption.AllDirectories).FirstOrDefault();
            if (code is null)
            {
                problems.Add($"{m.Name}: no {m.Name}.cs under {versionsDirectory}");
                continue;
            }
            var file = Path.ChangeExtension(code, ".sql");
            var expected = Text(m);
            var committed = File.Exists(file) ? File.ReadAllText(file).Replace("\r\n", "\n") : null;
            if (committed == expected) continue;
            if (accept)
            {
                File.WriteAllText(file, expected);
                continue;
            }
            problems.Add(committed is null
                ? $"{m.Name}: no committed SQL file ({Path.GetRelativePath(versionsDirectory, file)})"
                : $"{m.Name}: {FirstDifference(committed, expected)}");
        }
        return problems;
    }

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var was = i < a.Length ? a[i] : "(end of file)";
            var now = i < b.Length ? b[i] : "(end of file)";
            if (was != now) return $"line {i + 1} committed '{was.Trim()}', generated '{now.Trim()}'";
        }
        return "line endings differ";
    }
}
