using System.CommandLine;
using Finnest.Database.Engine;

namespace Finnest.Database.Cli.Migrate;

/// <summary><c>migrate down (--to V | --steps N)</c>: undoes applied migrations, newest first.</summary>
public static class MigrateDown
{
    private static readonly Option<long?> To = CommonOptions.VersionOption("--to", "Undo every migration above this version (0: all of them)");
    private static readonly Option<int?> Steps = new("--steps") { Description = "Undo this many of the newest applied migrations" };

    public static Command Create() => Verb.Create("down", "Undo applied migrations: --to VERSION or --steps N", async (parse, ct) =>
    {
        var settings = await ConnectionResolver.ResolveAsync(parse);
        var runner = new MigrationRunner(CliHost.Catalog(), settings, CommonOptions.RunnerOptions(parse), Output.Info);
        var steps = await runner.DownAsync(parse.GetValue(To), parse.GetValue(Steps), ct);
        Summary.Print(steps, "nothing to do: no applied migration is above the target");
        return ExitCode.Ok;
    }, To, Steps);
}
