using Finnest.Database.Cli;
using Finnest.Database.LocalDatabase;
using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary><c>pg_dump --schema-only</c> of a test database, without pg_dump's random \restrict lines: equal text means an equal schema.</summary>
public static class SchemaDump
{
    public static async Task<string> TakeAsync(NpgsqlConnectionStringBuilder settings)
    {
        var file = Path.Combine(Path.GetTempPath(), $"finnest-dump-{Guid.NewGuid():N}.sql");
        try
        {
            var result = await ProcessRunner.RunAsync(PgTools.PgDump, ["--schema-only", "-f", file], TimeSpan.FromMinutes(2),
                asPostgresUser: false, PgTools.ClientEnvironment(settings));
            Assert.True(result.ExitCode == 0, $"pg_dump failed: {result.Output}");
            var lines = (await File.ReadAllLinesAsync(file)).Where(l => !l.StartsWith("\\restrict ") && !l.StartsWith("\\unrestrict "));
            return string.Join("\n", lines);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The first differing lines of two dumps, for a readable assertion message.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var onlyA = a.Except(b).Take(15).Select(l => "- " + l);
        var onlyB = b.Except(a).Take(15).Select(l => "+ " + l);
        return string.Join("\n", onlyA.Concat(onlyB));
    }
}
