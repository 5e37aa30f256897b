using System.CommandLine;
using Spectre.Console;
using Finnest.Database.Docs;
using Finnest.Database.Engine;
using Finnest.Database.LocalDatabase;

namespace Finnest.Database.Cli;

/// <summary><c>schema export [--output DIR]</c>: regenerates docs/schema from a migrated database.</summary>
public static class SchemaExportCommand
{
    private static readonly Option<string> OutputDirectory = new("--output", "-o")
    {
        Description = "Directory to write dictionary.md, erd/*.md, catalog.json and schema.sql into",
        DefaultValueFactory = _ => "docs/schema",
    };

    public static Command Create() => Verb.Group("schema", "Documentation generated from the live catalog",
        Verb.Create("export", "Write the data dictionary, ERDs, catalog.json and schema.sql (pg_dump) of a migrated database", async (parse, ct) =>
        {
            var settings = await ConnectionResolver.ResolveAsync(parse);
            await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
            var tables = await TableDoc.ReadAllAsync(connection, ct);
            if (tables.Count == 0)
                throw new FinnestException(ExitCode.ValidationFailed, "the database has no Finnest tables: run migrate up first");
            var directory = parse.GetValue(OutputDirectory)!;
            var written = (await SchemaDocumentWriter.WriteAsync(tables, directory)).ToList();

            var schemaSql = Path.Combine(directory, "schema.sql");
            var environment = new Dictionary<string, string>();
            if (!string.IsNullOrEmpty(settings.Password)) environment["PGPASSWORD"] = settings.Password;
            var dump = await ProcessRunner.RunAsync(Path.Combine(LocalCluster.FindBinDirectory(), "pg_dump"),
                ["--schema-only", "--no-owner", "--no-privileges", "--exclude-table=*.*_p[0-9][0-9][0-9][0-9]_[0-9][0-9]",
                 "-h", settings.Host!, "-p", settings.Port.ToString(), "-U", settings.Username ?? "postgres", "-d", settings.Database!, "-f", Path.GetFullPath(schemaSql)],
                TimeSpan.FromMinutes(2), asPostgresUser: false, environment);
            if (dump.ExitCode != 0)
                throw new FinnestException(ExitCode.Unexpected, $"pg_dump failed: {dump.Output.Split('\n')[0]}");
            // pg_dump 15.14+ brackets its output in \restrict with a random key: drop those lines so the
            // committed file changes only when the schema does.
            var lines = (await File.ReadAllLinesAsync(schemaSql, ct)).Where(l => !l.StartsWith("\\restrict ") && !l.StartsWith("\\unrestrict "));
            await File.WriteAllTextAsync(schemaSql, string.Join("\n", lines) + "\n", ct);
            written.Add(schemaSql);
            foreach (var file in written) Output.Out.WriteLine(file);
            Output.Info($"{tables.Count} tables in {tables.Select(t => t.Schema).Distinct().Count()} schemas documented");
            return ExitCode.Ok;
        }, OutputDirectory));
}
