using Finnest.Database.FileImport.Kinds;

namespace Finnest.Database.Tests.FileImport;

/// <summary>docs/import/README.md lists every column and alias the importer accepts, so the two cannot drift apart.</summary>
public sealed class ImportDocumentationTests
{
    [Theory]
    [InlineData("employees")]
    [InlineData("clients")]
    [InlineData("sites")]
    public void every_column_and_alias_of_a_kind_is_documented_in_its_table(string kind)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Finnest.Database.sln"))) directory = directory.Parent;
        var docs = File.ReadAllText(Path.Combine(directory.FullName, "docs", "import", "README.md"));
        var importKind = ImportKind.Create(kind);
        var section = docs[docs.IndexOf($"→ `{importKind.Table}`", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf("\n## ", 1, StringComparison.Ordinal) is var end and > 0 ? end : section.Length)];

        foreach (var field in importKind.Fields)
        {
            var row = section.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{field.Name}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/import/README.md has no row for {kind} column {field.Name}");
            Assert.All(field.Aliases, alias => Assert.Contains(alias, row));
            Assert.Equal(field.Required, row.Split('|')[3].Trim() == "yes");
        }
    }
}
