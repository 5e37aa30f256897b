using System.CommandLine;
using System.Diagnostics;
using Finnest.Database.Engine;
using Finnest.Database.FileImport;
using Finnest.Database.FileImport.Kinds;
using Spectre.Console;

namespace Finnest.Database.Cli;

/// <summary>
/// <c>import employees|clients|sites FILE --org SLUG</c>: a new client's spreadsheet into Finnest, validated row by
/// row, written as the tenant in one transaction (docs/import/README.md has the columns and rules).
/// Exit 0: written (or a clean dry run); 2: bad input (file, kind, organisation, option, no TFN key);
/// 3: cannot connect, or the login may not act as finnest_app; 4: invalid rows, nothing written.
/// </summary>
public static class ImportCommands
{
    private static readonly Option<string> Org = new("--org") { Description = "Slug of the organisation (tenant) the rows belong to", Required = true };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Validate and count inserts, updates and unchanged rows, then roll back: nothing is written" };
    private static readonly Option<bool> SkipInvalid = new("--skip-invalid") { Description = "Write the valid rows and report the rest (default: write nothing unless every row is valid)" };
    private static readonly Option<string?> Report = new("--report") { Description = "Also write the problems (row, column, problem) to this CSV file" };

    public static Command Create()
    {
        var group = Verb.Group("import", "Import a new client's employees, clients or sites from a .csv or .xlsx file",
            KindVerb("employees", "Workers into people.employees (keyed by employee_number, else email)"),
            KindVerb("clients", "Host employers into clients.clients (keyed by ABN)"),
            KindVerb("sites", "Client workplaces into clients.sites (keyed by client and site name)"));
        // "import contractors x.csv --org y" would otherwise be four parse errors; it is one: an unknown kind.
        group.TreatUnmatchedTokensAsErrors = false;
        var help = group.Action;
        group.SetAction(async (parse, ct) => parse.UnmatchedTokens.Count == 0
            ? help is System.CommandLine.Invocation.SynchronousCommandLineAction s ? s.Invoke(parse) : 0
            : (int)await Verb.RunAsync(() => throw new EngineException(Failure.BadInput,
                $"unknown kind '{parse.UnmatchedTokens[0]}': import employees, clients or sites")));
        return group;
    }

    private static Command KindVerb(string kind, string description)
    {
        var file = new Argument<string>("FILE") { Description = ".csv (UTF-8) or .xlsx; the first row names the columns" };
        return Verb.Create(kind, description, (parse, ct) => RunAsync(kind, parse.GetValue(file)!, parse, ct), file, Org, DryRun, SkipInvalid, Report);
    }

    private static async Task<ExitCode> RunAsync(string kind, string path, ParseResult parse, CancellationToken ct)
    {
        // The file is checked before any connection: a wrong file never costs a login.
        var importFile = ImportFile.Read(kind, path);
        var reportPath = parse.GetValue(Report);
        if (reportPath is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(reportPath))))
            throw new EngineException(Failure.BadInput, $"--report {reportPath}: no such directory");
        if (importFile.Map.IgnoredHeaders.Count > 0)
            Output.Info($"import: not imported (no such {kind} column): {string.Join(", ", importFile.Map.IgnoredHeaders.Select(h => $"'{h}'"))}");

        var settings = await ConnectionResolver.ResolveAsync(parse);
        settings.ApplicationName = "finnest-import";
        settings.MaxAutoPrepare = 16;   // the row statements repeat: parse and plan each shape once
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        var options = new ImportOptions(parse.GetValue(Org)!, parse.GetValue(DryRun), parse.GetValue(SkipInvalid));
        var outcome = await WithProgressAsync(importFile.Sheet.Rows.Count, progress => new FileImporter(connection).RunAsync(importFile, options, progress, ct));

        if (outcome.Encryption is not null) Output.Info($"import: {outcome.Encryption}");
        if (reportPath is not null) ProblemReport.Write(reportPath, outcome.Problems);
        if (outcome.Problems.Count > 0)
        {
            var problems = new Table().AddColumns("row", "column", "problem");
            foreach (var p in outcome.Problems) problems.AddRow(p.Row.ToString(), Markup.Escape(p.Column), Markup.Escape(p.Problem));
            Output.Out.Write(problems);
        }
        var verb = outcome.Written ? "" : "would be ";
        var summary = new Table().AddColumns("file", "organisation", "rows", $"{verb}inserted", $"{verb}updated", "unchanged", "invalid");
        summary.AddRow(Markup.Escape(outcome.FileName), Markup.Escape(outcome.Organisation), outcome.RowsRead.ToString(),
            outcome.Inserted.ToString(), outcome.Updated.ToString(), outcome.Unchanged.ToString(), outcome.InvalidRows.ToString());
        Output.Out.Write(summary);

        if (outcome.DryRun)
        {
            Output.Info($"import: dry run, nothing written{(outcome.InvalidRows > 0 && !options.SkipInvalid ? $"; {outcome.InvalidRows} invalid rows would stop the import" : "")}");
            return outcome.InvalidRows > 0 && !options.SkipInvalid ? ExitCode.ValidationFailed : ExitCode.Ok;
        }
        if (!outcome.Written)
            throw new EngineException(Failure.ValidationFailed,
                $"{outcome.InvalidRows} of {outcome.RowsRead} rows are invalid: nothing written (fix them, or pass --skip-invalid to import the {outcome.RowsRead - outcome.InvalidRows} valid rows)");
        Output.Info($"import: written in one transaction, batch '{outcome.Batch}'{(outcome.InvalidRows > 0 ? $"; {outcome.InvalidRows} invalid rows skipped" : "")}");
        return ExitCode.Ok;
    }

    /// <summary>A progress bar on a terminal; a plain line every second when stderr is piped (rows, rows/s, ETA).</summary>
    private static async Task<T> WithProgressAsync<T>(int total, Func<IProgress<ImportProgress>, Task<T>> run)
    {
        if (!Console.IsErrorRedirected)
            return await Output.Err.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("import rows", maxValue: Math.Max(total, 1));
                return await run(new RowProgress(p => task.Value = p.Done));
            });
        Stopwatch? clock = null;    // from the first row written: reading, validating and connecting are not the rate
        var last = TimeSpan.Zero;
        return await run(new RowProgress(p =>
        {
            clock ??= Stopwatch.StartNew();
            if (clock.Elapsed - last < TimeSpan.FromSeconds(1) && p.Done < p.Total) return;
            last = clock.Elapsed;
            var rate = p.Done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            Output.Info($"import: {p.Done}/{p.Total} rows, {rate:0} rows/s, ETA {TimeSpan.FromSeconds((p.Total - p.Done) / Math.Max(rate, 1)):mm\\:ss}");
        }));
    }

    /// <summary>Reports on the caller's thread (System.Progress would post to the thread pool and race the output).</summary>
    private sealed class RowProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
