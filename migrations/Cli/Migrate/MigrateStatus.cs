using System.CommandLine;
using System.Text.Json;
using Finnest.Database.Engine;
using Spectre.Console;

namespace Finnest.Database.Cli.Migrate;

/// <summary><c>migrate status [--json]</c>: every migration and whether it is applied.</summary>
public static class MigrateStatus
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print machine-readable JSON" };

    public static Command Create() => Verb.Create("status", "List every migration with its state", async (parse, ct) =>
    {
        var settings = await ConnectionResolver.ResolveAsync(parse);
        var runner = new MigrationRunner(CliHost.Catalog(), settings, CommonOptions.RunnerOptions(parse), Output.Info);
        var status = await runner.StatusAsync(ct);
        if (parse.GetValue(Json))
        {
            var rows = status.Select(s => new
            {
                version = s.Version,
                description = s.Description,
                state = JsonNamingPolicy.SnakeCaseLower.ConvertName(s.State.ToString()),
                applied_at = s.AppliedAt,
                applied_by = s.AppliedBy,
            });
            Console.Out.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
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
            Output.Out.Write(table);
            var pending = status.Count(s => s.State == MigrationState.Pending);
            Output.Out.MarkupLine($"{status.Count - pending} applied, {pending} pending");
        }
        return status.Any(s => s.State is MigrationState.ChecksumMismatch or MigrationState.MissingFromCode)
            ? ExitCode.ValidationFailed : ExitCode.Ok;
    }, Json);
}
