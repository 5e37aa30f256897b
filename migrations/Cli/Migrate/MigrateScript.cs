using System.CommandLine;
using Finnest.Database.Engine;

namespace Finnest.Database.Cli.Migrate;

/// <summary><c>migrate script [--from V] [--to V]</c>: prints the SQL for review; connects to nothing.</summary>
public static class MigrateScript
{
    private static readonly Option<long?> From = CommonOptions.VersionOption("--from", "Start after this version (default: from the beginning)");
    private static readonly Option<long?> To = CommonOptions.VersionOption("--to", "End with this version (default: the newest)");

    public static Command Create() => Verb.Create("script", "Print the SQL of migrations in (--from, --to] and the repeatable scripts; touches no database", (parse, _) =>
    {
        Console.Out.Write(MigrationRunner.Script(CliHost.Catalog(), parse.GetValue(From), parse.GetValue(To)));
        return Task.FromResult(ExitCode.Ok);
    }, From, To);
}
