using System.Text.Json;
using Finnest.Database.Tests.Engine;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Integration;

[Collection(DatabaseCollection.Name)]
public sealed class SchemaExportTests(DatabaseFixture database) : IDisposable
{
    private readonly List<string> _outputs = [];

    /// <summary>Each test's export directory goes with the test.</summary>
    public void Dispose()
    {
        foreach (var output in _outputs.Where(Directory.Exists)) Directory.Delete(output, recursive: true);
    }

    private async Task<string> ExportAsync()
    {
        var settings = await database.CloneAsync();
        var output = Path.Combine(Path.GetTempPath(), $"finnest-docs-{Guid.NewGuid():N}");
        _outputs.Add(output);
        var result = await CliProcess.RunAsync("schema", "export", "--output", output, "--connection", database.Cluster.ServerUrl(settings.Database!));
        Assert.True(result.ExitCode == 0, result.All);
        return output;
    }

    [Fact]
    public async Task export_documents_every_table_in_the_dictionary_erds_catalog_and_schema_sql()
    {
        var output = await ExportAsync();
        var dictionary = await File.ReadAllTextAsync(Path.Combine(output, "dictionary.md"));
        var schemaSql = await File.ReadAllTextAsync(Path.Combine(output, "schema.sql"));
        foreach (var (schema, tables) in TableInventoryTests.Expected)
        {
            Assert.True(File.Exists(Path.Combine(output, "erd", $"{schema}.md")), schema);
            foreach (var table in tables)
            {
                Assert.Contains($"### {schema}.{table}\n", dictionary);
                Assert.Contains($"CREATE TABLE {schema}.{table} (", schemaSql);
            }
        }
        Assert.DoesNotContain("_p20", schemaSql.Split('\n').Where(l => l.StartsWith("CREATE TABLE")).Aggregate("", string.Concat));
        using var catalog = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "catalog.json")));
        Assert.Equal(TableInventoryTests.Expected.Values.Sum(t => t.Length), catalog.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task the_committed_docs_match_the_migrations()
    {
        var output = await ExportAsync();
        var committed = Path.Combine(MigrationCatalogTests.RepositoryRoot(), "docs", "schema");
        foreach (var file in new[] { "catalog.json", "dictionary.md" }.Concat(Directory.GetFiles(Path.Combine(output, "erd")).Select(f => Path.Combine("erd", Path.GetFileName(f)))))
        {
            var fresh = await File.ReadAllTextAsync(Path.Combine(output, file));
            var path = Path.Combine(committed, file);
            Assert.True(File.Exists(path) && fresh == await File.ReadAllTextAsync(path),
                $"docs/schema/{file} is out of date: run `dotnet run --project migrations -- schema export` after migrate up, and commit it");
        }
    }
}
