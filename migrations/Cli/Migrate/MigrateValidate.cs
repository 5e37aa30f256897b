using System.CommandLine;
using Spectre.Console;
using Finnest.Database.Engine;

namespace Finnest.Database.Cli.Migrate;

/// <summary><c>migrate validate</c>: fails when the database and the code disagree.</summary>
public static class MigrateValidate
{
    public static Command Create() => Verb.Create("validate", "Check checksums, missing, duplicate and out-of-order versions, and non-transactional statements", async (parse, ct) =>
    {
        var settings = await ConnectionResolver.ResolveAsync(parse);
        var runner = new MigrationRunner(CliHost.Catalog(), settings, CommonOptions.RunnerOptions(parse), Output.Info);
        var problems = await runner.ValidateAsync(ct);
        foreach (var problem in problems) Output.Error(problem);
        if (problems.Count > 0) return ExitCode.ValidationFailed;
        Output.Out.MarkupLine("[green]valid:[/] the database matches the code");
        return ExitCode.Ok;
    });
}
