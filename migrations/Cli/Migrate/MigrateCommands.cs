using System.CommandLine;
using System.Text.Json;
using Finnest.Database.Engine;
using Spectre.Console;

namespace Finnest.Database.Cli.Migrate;

/// <summary><c>migrate up|down|status|validate|script|baseline</c>: thin verbs over <see cref="MigrationRunner"/>.</summary>
public static class MigrateCommands
{
    private static readonly Option<long?> UpTo = CommonOptions.VersionOption("--to", "Apply migrations up to and including this version");
    private static readonly Option<bool> AllowDrift = new("--allow-drift") { Description = "Proceed over catalog drift (each difference is named), then record the catalog as it is" };
    private static readonly Option<long?> DownTo = CommonOptions.VersionOption("--to", "Undo every migration above this version (0: all of them)");
    private static readonly Option<int?> Steps = new("--steps") { Description = "Undo this many of the newest applied migrations" };
    private static readonly Option<bool> StatusJson = new("--json") { Description = "Print machine-readable JSON" };
    private static readonly Option<bool> ValidateJson = new("--json") { Description = "Print every problem as JSON (object, problem) on stdout" };
    private static readonly Option<long?> ScriptFrom = CommonOptions.VersionOption("--from", "Start after this version (default: from an empty database)");
    private static readonly Option<long?> ScriptTo = CommonOptions.VersionOption("--to", "End with this version (default: the newest)");
    private static readonly Option<long?> BaselineVersion = CommonOptions.VersionOption("--version", "Record migrations up to this version as applied, without running them");

    static MigrateCommands() => BaselineVersion.Required = true;

    public static Command Create() => Verb.Group("migrate", "Apply, undo, check and print versioned migrations",
        Verb.Create("up", "Validate (checksums, drift), apply pending migrations (all, or up to --to), then the repeatable scripts owed", async (parse, ct) =>
        {
            var settings = await ConnectionResolver.ResolveAsync(parse);
            Output.Info($"migrating {ConnectionSettings.Describe(settings)}");
            var steps = await Runner(parse, settings, parse.GetValue(AllowDrift)).UpAsync(parse.GetValue(UpTo), ct);
            Summary.Print(steps, "nothing to do: the database is up to date");
            return ExitCode.Ok;
        }, UpTo, AllowDrift),

        Verb.Create("down", "Undo applied migrations: --to VERSION or --steps N", async (parse, ct) =>
        {
            var settings = await ConnectionResolver.ResolveAsync(parse);
            var steps = await Runner(parse, settings).DownAsync(parse.GetValue(DownTo), parse.GetValue(Steps), ct);
            Summary.Print(steps, "nothing to do: no applied migration is above the target");
            return ExitCode.Ok;
        }, DownTo, Steps),

        Verb.Create("status", "List every migration with its state, and the repeatable scripts owed", async (parse, ct) =>
        {
            var runner = Runner(parse, await ConnectionResolver.ResolveAsync(parse));
            var status = await runner.StatusAsync(ct);
            var owed = await runner.OwedScriptsAsync(ct);
            if (parse.GetValue(StatusJson)) PrintStatusJson(status, owed);
            else PrintStatusTable(status, owed);
            return status.Any(s => s.State is MigrationState.ChecksumMismatch or MigrationState.MissingFromCode)
                ? ExitCode.ValidationFailed : ExitCode.Ok;
        }, StatusJson),

        Verb.Create("validate", "Check checksums, missing, duplicate and out-of-order versions, scripts owed and catalog drift", async (parse, ct) =>
        {
            var problems = await Runner(parse, await ConnectionResolver.ResolveAsync(parse)).ValidateAsync(ct);
            if (parse.GetValue(ValidateJson))
                Console.Out.WriteLine(JsonSerializer.Serialize(problems.Select(p => new { @object = p.Object, problem = p.Message }), new JsonSerializerOptions { WriteIndented = true }));
            foreach (var problem in problems) Output.Error(problem.Message);
            if (problems.Count > 0) return ExitCode.ValidationFailed;
            if (!parse.GetValue(ValidateJson)) Output.Out.MarkupLine("[green]valid:[/] the database matches the code and the catalog matches the last run");
            return ExitCode.Ok;
        }, ValidateJson),

        Verb.Create("script", "Print exactly what migrate up runs for migrations in (--from, --to], for psql -X -v ON_ERROR_STOP=1 -f; touches no database", (parse, _) =>
        {
            Console.Out.Write(MigrationRunner.Script(CliHost.Catalog(), parse.GetValue(ScriptFrom), parse.GetValue(ScriptTo), CommonOptions.RunnerOptions(parse)));
            return Task.FromResult(ExitCode.Ok);
        }, ScriptFrom, ScriptTo),

        Verb.Create("baseline", "Adopt an existing database: mark migrations up to --version as applied", async (parse, ct) =>
        {
            var settings = await ConnectionResolver.ResolveAsync(parse);
            Summary.Print(await Runner(parse, settings).BaselineAsync(parse.GetValue(BaselineVersion)!.Value, ct), "nothing baselined");
            return ExitCode.Ok;
        }, BaselineVersion));

    private static MigrationRunner Runner(ParseResult parse, Npgsql.NpgsqlConnectionStringBuilder settings, bool allowDrift = false) =>
        new(CliHost.Catalog(), settings, CommonOptions.RunnerOptions(parse, allowDrift), Output.Info);

    private static void PrintStatusJson(IReadOnlyList<MigrationStatus> status, IReadOnlyList<string> owed)
    {
        var rows = status.Select(s => new
        {
            version = (long?)s.Version,
            script = (string?)null,
            description = s.Description,
            state = JsonNamingPolicy.SnakeCaseLower.ConvertName(s.State.ToString()),
            applied_at = s.AppliedAt,
            applied_by = s.AppliedBy,
        }).Concat(owed.Select(o => new
        {
            version = (long?)null,
            script = (string?)o,
            description = $"repeatable {o}",
            state = "owed",
            applied_at = (DateTime?)null,
            applied_by = (string?)null,
        }));
        Console.Out.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static void PrintStatusTable(IReadOnlyList<MigrationStatus> status, IReadOnlyList<string> owed)
    {
        var table = new Table().AddColumns("version", "description", "state", "applied at", "by");
        foreach (var s in status)
        {
            var colour = s.State switch
            {
                MigrationState.Applied or MigrationState.Baselined => "green",
                MigrationState.Pending => "yellow",
                _ => "red",
            };
            table.AddRow(s.Version.ToString(), Markup.Escape(s.Description), $"[{colour}]{s.State}[/]",
                s.AppliedAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'") ?? "", Markup.Escape(s.AppliedBy ?? ""));
        }
        foreach (var script in owed)
            table.AddRow("", Markup.Escape($"repeatable {script}"), "[yellow]Owed[/]", "", "");
        Output.Out.Write(table);
        var pending = status.Count(s => s.State == MigrationState.Pending);
        Output.Out.MarkupLine($"{status.Count - pending} applied, {pending} pending, {owed.Count} script(s) owed{(owed.Count > 0 ? " (migrate up applies them)" : "")}");
    }
}
