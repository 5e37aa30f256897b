using System.CommandLine;
using Finnest.Database.Docs;
using Finnest.Database.Engine;
using Finnest.Database.LocalDatabase;
using Spectre.Console;

namespace Finnest.Database.Cli.Schema;

/// <summary><c>schema export [--output DIR]</c>: regenerates docs/schema from a migrated database.</summary>
public static class SchemaCommands
{
    private static readonly Option<string> OutputDirectory = new("--output", "-o")
    {
        Description = "Directory to write dictionary.md, erd/*.md, catalog.json and schema.sql into",
        DefaultValueFactory = _ => "docs/schema",
    };

    public static Command Create() => Verb.Group("schema", "Documentation generated from the live catalog",
        Verb.Create("export", "Write the data dictionary, ERDs, catalog.json and schema.sql (pg_dump) of a migrated database", async (parse, ct) =>
        {
            var settings = await ConnectionResolver.ResolveAsync(parse, "finnest-schema-export");
            var directory = parse.GetValue(OutputDirectory)!;
            await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
            var tables = await TableDoc.ReadAllAsync(connection, ct);
            if (tables.Count == 0)
                throw new CliException(ExitCode.ValidationFailed, "the database has no Finnest tables: run migrate up first");
            var written = await Writing(directory, () => SchemaDocumentWriter.WriteAsync(tables, directory));
            var schemaSql = Path.Combine(directory, "schema.sql");
            await DumpSchemaAsync(settings, schemaSql, ct);
            written = [.. written, schemaSql];
            foreach (var file in written) Output.Out.WriteLine(file);
            Output.Info($"{tables.Count} tables in {tables.Select(t => t.Schema).Distinct().Count()} schemas documented");
            return ExitCode.Ok;
        }, OutputDirectory));

    /// <summary>pg_dump --schema-only of the same server (libpq environment: host, port, user, database, SSL mode, password).</summary>
    private static async Task DumpSchemaAsync(Npgsql.NpgsqlConnectionStringBuilder settings, string schemaSql, CancellationToken ct)
    {
        var dump = await ProcessRunner.RunAsync(PgTools.PgDump,
            ["--schema-only", "--no-owner", "--no-privileges", "--exclude-table=*.*_p[0-9][0-9][0-9][0-9]_[0-9][0-9]", "-f", Path.GetFullPath(schemaSql)],
            TimeSpan.FromMinutes(2), asPostgresUser: false, PgTools.ClientEnvironment(settings));
        if (dump.ExitCode != 0)
            throw new CliException(ExitCode.ConnectionFailed, $"pg_dump failed: {dump.Output.Split('\n')[0]}");
        // pg_dump 15.14+ brackets its output in \restrict with a random key: drop those lines so the
        // committed file changes only when the schema does.
        await Writing(schemaSql, async () =>
        {
            var lines = (await File.ReadAllLinesAsync(schemaSql, ct)).Where(l => !l.StartsWith("\\restrict ") && !l.StartsWith("\\unrestrict "));
            await File.WriteAllTextAsync(schemaSql, string.Join("\n", lines) + "\n", ct);
            return 0;
        });
    }

    /// <summary>An output path that cannot be written is the caller's input, said in one line.</summary>
    private static async Task<T> Writing<T>(string path, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.BadInput, $"cannot write to {path}: {e.Message.Split('\n')[0]}");
        }
    }
}
