using System.CommandLine;
using Finnest.Database.Engine;

namespace Finnest.Database.Cli.Migrate;

/// <summary><c>migrate up [--to V]</c>: applies pending migrations, then changed repeatable scripts.</summary>
public static class MigrateUp
{
    private static readonly Option<long?> To = CommonOptions.VersionOption("--to", "Apply migrations up to and including this version");

    public static Command Create() => Verb.Create("up", "Apply pending migrations (all, or up to --to), then changed repeatable scripts", async (parse, ct) =>
    {
        var settings = await ConnectionResolver.ResolveAsync(parse);
        var runner = new MigrationRunner(CliHost.Catalog(), settings, CommonOptions.RunnerOptions(parse), Output.Info);
        Output.Info($"migrating {Engine.ConnectionSettings.Describe(settings)}");
        var steps = await runner.UpAsync(parse.GetValue(To), ct);
        Summary.Print(steps, "nothing to do: the database is up to date");
        return ExitCode.Ok;
    }, To);
}
