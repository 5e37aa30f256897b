using System.CommandLine;
using Finnest.Database.Engine;

namespace Finnest.Database.Cli.Migrate;

/// <summary><c>migrate baseline --version V</c>: adopts a database whose schema already matches V.</summary>
public static class MigrateBaseline
{
    private static readonly Option<long?> Version = CommonOptions.VersionOption("--version", "Record migrations up to this version as applied, without running them");

    static MigrateBaseline() => Version.Required = true;

    public static Command Create() => Verb.Create("baseline", "Adopt an existing database: mark migrations up to --version as applied", async (parse, ct) =>
    {
        var settings = await ConnectionResolver.ResolveAsync(parse);
        var runner = new MigrationRunner(CliHost.Catalog(), settings, CommonOptions.RunnerOptions(parse), Output.Info);
        Summary.Print(await runner.BaselineAsync(parse.GetValue(Version)!.Value, ct), "nothing baselined");
        return ExitCode.Ok;
    }, Version);
}
