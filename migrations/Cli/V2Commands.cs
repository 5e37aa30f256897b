using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Finnest.Database.Engine;
using Finnest.Database.V2;
using Finnest.Database.V2.Audit;
using Finnest.Database.V2.Contract;
using Finnest.Database.V2.Import;
using Finnest.Database.V2.Sample;
using Finnest.Database.V2.Staging;
using Npgsql;
using Spectre.Console;

namespace Finnest.Database.Cli;

/// <summary>
/// <c>v2 sample|stage|audit|review apply|import|reconcile</c>: the v2 → Finnest migration toolkit (migrations/V2).
/// Exit codes: 2 bad input (missing directory, bad extract file, unknown encoding or phase, payroll without a
/// boundary, bad decisions file), 4 reconciliation does not balance, 6 an import batch failed (rolled back).
/// </summary>
public static class V2Commands
{
    private static readonly Option<DateOnly?> AsOf = new("--as-of") { Description = "Date tiers and staleness are measured from (yyyy-MM-dd; default today, UTC)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Machine-readable result on stdout" };
    private static readonly Option<string> Org = new("--org") { Description = "Slug of the Finnest organisation v2 becomes", DefaultValueFactory = _ => "asg-central" };

    private static readonly Option<string> SampleOutput = new("--output") { Description = "Directory to write the extract to", Required = true };
    private static readonly Option<int> Scale = new("--scale") { Description = "Size multiplier (1: 100 normal candidates, 400 punches)", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> RandomSeed = new("--random-seed") { Description = "Same seed, scale and as-of date: the same files", DefaultValueFactory = _ => 20261204 };
    private static readonly Option<int> ExtraPunches = new("--extra-punches") { Description = "Additional actatek punches (for benchmarks)", DefaultValueFactory = _ => 0 };

    private static readonly Option<string> Source = new("--source") { Description = "Extract directory: <database>/<table>.txt per the contract (docs/v2/extract-contract.md)", Required = true };
    private static readonly Option<string> EncodingOption = new("--encoding") { Description = "utf8 (invalid bytes read as cp1252 and reported) or cp1252/latin1", DefaultValueFactory = _ => "utf8" };
    private static readonly Option<string?> Tables = new("--tables") { Description = "Only these tables, comma-separated (e.g. actatek.terminals,actatek.punches)" };

    private static readonly Option<string> AuditOutput = new("--output") { Description = "Directory for one CSV of flagged rows per check", DefaultValueFactory = _ => "v2-audit" };
    private static readonly Argument<string> DecisionsFile = new("file") { Description = "CSV of decisions: the audit CSV columns with decision, value and reviewer filled in" };

    private static readonly Option<string> PhaseOption = new("--phase") { Description = $"One of {string.Join(", ", Phases.Order)}, or all (payroll only with --pay-cycle-boundary)", Required = true };
    private static readonly Option<string> TierOption = new("--tier") { Description = "all, hot (last 6 months), warm (6–24 months) or cold (older), by business date", DefaultValueFactory = _ => "all" };
    private static readonly Option<int> BatchSize = new("--batch-size") { Description = "Rows per batch; each batch is one transaction", DefaultValueFactory = _ => 5000 };
    private static readonly Option<DateOnly?> Boundary = new("--pay-cycle-boundary") { Description = "Monday that starts the pay period the payroll phase moves at" };
    private static readonly Option<string> OrgName = new("--org-name") { Description = "Display name when the foundation phase creates the organisation", DefaultValueFactory = _ => "ASG Central" };

    public static Command Create() => Verb.Group("v2", "Move data from ASG Central v2: sample, stage, audit, review, import, reconcile",
        Verb.Create("sample", "Write a synthetic v2 extract with every audit problem planted in known numbers", Sample, SampleOutput, Scale, RandomSeed, AsOf, ExtraPunches),
        Verb.Create("stage", "Load an extract directory into the v2 staging tables (binary COPY, all files or none)", Stage, Source, EncodingOption, Tables),
        Verb.Create("audit", "Run the seven data-quality checks on the staged extract and queue the findings for review", Audit, AuditOutput, AsOf, Json),
        Verb.Group("review", "Reviewers' decisions on audit findings",
            Verb.Create("apply", "Record the decisions of a CSV file (all rows or none)", ReviewApply, DecisionsFile)),
        Verb.Create("import", "Import phases in dependency order, in resumable batches", Import, PhaseOption, Org, OrgName, TierOption, BatchSize, AsOf, Boundary),
        Verb.Create("reconcile", "Check read = inserted + updated + unchanged + merged + quarantined + skipped for every source table", Reconcile, Org, Json));

    private static DateOnly Today(ParseResult parse) => parse.GetValue(AsOf) ?? DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<NpgsqlConnection> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var settings = await ConnectionResolver.ResolveAsync(parse);
        settings.ApplicationName = "finnest-v2";
        settings.CommandTimeout = 0;   // a batch is bounded by --batch-size, not by a clock
        return await ConnectionSettings.OpenAsync(settings, ct);
    }

    private static Task<ExitCode> Sample(ParseResult parse, CancellationToken ct)
    {
        var scale = parse.GetValue(Scale);
        if (scale < 1) throw new EngineException(Failure.BadInput, "--scale must be at least 1");
        var output = parse.GetValue(SampleOutput)!;
        var counts = new SampleExtractWriter(new SampleOptions(scale, parse.GetValue(RandomSeed), Today(parse), Math.Max(0, parse.GetValue(ExtraPunches)))).Write(output);
        var table = new Table().AddColumns("table", "rows");
        foreach (var (name, rows) in counts) table.AddRow(name, rows.ToString());
        Output.Out.Write(table);
        Output.Info($"wrote {counts.Values.Sum()} rows to {output}");
        return Task.FromResult(ExitCode.Ok);
    }

    private static async Task<ExitCode> Stage(ParseResult parse, CancellationToken ct)
    {
        if (!MysqlTabFormat.TryParseEncoding(parse.GetValue(EncodingOption)!, out var encoding))
            throw new EngineException(Failure.BadInput, $"--encoding '{parse.GetValue(EncodingOption)}' is not one of utf8, cp1252 (latin1)");
        var source = parse.GetValue(Source)!;
        if (!Directory.Exists(source)) throw new EngineException(Failure.BadInput, $"source directory '{source}' does not exist");
        var only = parse.GetValue(Tables)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var connection = await OpenAsync(parse, ct);
        await Guard.RequireMigratedAsync(connection, ct);
        try
        {
            var files = await new ExtractStager(connection, encoding, Output.Info).StageAsync(source, only, ct);
            var table = new Table().AddColumns("table", "rows", "re-encoded fields", "sha256");
            foreach (var f in files) table.AddRow(f.SourceTable, f.Rows.ToString(), f.EncodingIssues.ToString(), f.Sha256[..12]);
            Output.Out.Write(table);
            return ExitCode.Ok;
        }
        catch (BadExtractException e)
        {
            foreach (var problem in e.Problems) Output.Error(problem);
            Output.Info("nothing was staged");
            return ExitCode.BadInput;
        }
    }

    private static async Task<ExitCode> Audit(ParseResult parse, CancellationToken ct)
    {
        await using var connection = await OpenAsync(parse, ct);
        var results = await new Auditor(connection).RunAsync(Today(parse), parse.GetValue(AuditOutput)!, ct);
        if (parse.GetValue(Json))
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(results.Select(r => new { check = r.Check, rule = r.Rule, count = r.Count, action = r.Action, csv = r.CsvFile })));
            return ExitCode.Ok;
        }
        var table = new Table().AddColumns("check", "rule", "flagged", "action", "rows in");
        foreach (var r in results) table.AddRow(Markup.Escape(r.Check), Markup.Escape(r.Rule), r.Count.ToString(), Markup.Escape(r.Action), Markup.Escape(r.CsvFile));
        Output.Out.Write(table);
        return ExitCode.Ok;
    }

    private static async Task<ExitCode> ReviewApply(ParseResult parse, CancellationToken ct)
    {
        var file = parse.GetValue(DecisionsFile)!;
        if (!File.Exists(file)) throw new EngineException(Failure.BadInput, $"decisions file '{file}' does not exist");
        await using var connection = await OpenAsync(parse, ct);
        var applied = await new ReviewDecisions(connection).ApplyAsync(file, ct);
        Output.Out.WriteLine($"recorded {applied} decisions");
        return ExitCode.Ok;
    }

    private static async Task<ExitCode> Import(ParseResult parse, CancellationToken ct)
    {
        var phase = parse.GetValue(PhaseOption)!;
        string[] phases = phase == "all" ? [.. Phases.Order.Where(p => p != "payroll" || parse.GetValue(Boundary) is not null)]
            : Phases.Order.Contains(phase) ? [phase]
            : throw new EngineException(Failure.BadInput, $"--phase '{phase}' is not one of {string.Join(", ", Phases.Order)}, all");
        if (!Enum.TryParse<Tier>(parse.GetValue(TierOption), ignoreCase: true, out var tier) || !Enum.IsDefined(tier))
            throw new EngineException(Failure.BadInput, $"--tier '{parse.GetValue(TierOption)}' is not one of all, hot, warm, cold");
        var batchSize = parse.GetValue(BatchSize);
        if (batchSize is < 1 or > 1_000_000) throw new EngineException(Failure.BadInput, "--batch-size must be between 1 and 1000000");
        if (phase == "payroll" && parse.GetValue(Boundary) is null)
            throw new EngineException(Failure.BadInput, "the payroll phase runs only at a pay-cycle boundary: pass --pay-cycle-boundary DATE (a Monday that starts a pay period)");
        if (phase == "all" && parse.GetValue(Boundary) is null) Output.Info("payroll is left out: it runs only with --pay-cycle-boundary");

        await using var connection = await OpenAsync(parse, ct);
        var options = new ImportOptions(parse.GetValue(Org)!, parse.GetValue(OrgName)!, batchSize, tier, Today(parse), parse.GetValue(Boundary));
        var reporter = new ProgressLines();
        if (phases.Contains("payroll"))
        {
            Importer.RequireMondayBoundary(options.PayCycleBoundary);
            await SealSensitiveValuesAsync(connection, ct);
        }
        var outcomes = await new Importer(connection, options, reporter.Report, Output.Info).RunAsync(phases, ct);
        Output.Out.Write(OutcomeTable(outcomes));
        return ExitCode.Ok;
    }

    /// <summary>Staged fields Finnest keeps only encrypted are sealed, with the key an import of TFNs would use, before payroll writes them.</summary>
    private static async Task SealSensitiveValuesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await Guard.RequireStagedAsync(connection, ct);
        var key = await FileImport.TfnKey.ChooseAsync(connection, ct);
        var sealedValues = await SensitiveValues.SealAsync(connection, key.Encryption, ct);
        if (sealedValues > 0) Output.Info($"sealed {sealedValues} sensitive values: {key.Description}");
    }

    private static async Task<ExitCode> Reconcile(ParseResult parse, CancellationToken ct)
    {
        await using var connection = await OpenAsync(parse, ct);
        var result = await Reconciler.RunAsync(connection, parse.GetValue(Org)!, ct);
        if (parse.GetValue(Json))
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                balanced = result.Balanced,
                tables = result.Tables.Select(t => new
                {
                    phase = t.Phase, tier = t.Tier, run = t.RunId, source = t.Outcome.Source, target = t.Outcome.Target, staged = t.Staged, read = t.Outcome.Read,
                    inserted = t.Outcome.Inserted, updated = t.Outcome.Updated, unchanged = t.Outcome.Unchanged, merged = t.Outcome.Merged,
                    quarantined = t.Outcome.Quarantined, skipped = t.Outcome.Skipped, vanished = t.Vanished, balanced = t.Balanced,
                }),
                validations = result.Validations.Select(v => new { name = v.Name, source = v.Source, target = v.Target, matches = v.Matches }),
            }));
        }
        else
        {
            var table = new Table().AddColumns("phase", "tier", "source table", "staged", "read", "inserted", "updated", "unchanged", "merged", "quarantined", "skipped", "vanished", "balanced");
            foreach (var t in result.Tables)
                table.AddRow(t.Phase, t.Tier, t.Outcome.Source, t.Staged.ToString(), t.Outcome.Read.ToString(), t.Outcome.Inserted.ToString(), t.Outcome.Updated.ToString(),
                    t.Outcome.Unchanged.ToString(), t.Outcome.Merged.ToString(), t.Outcome.Quarantined.ToString(),
                    Markup.Escape(string.Join("; ", t.Outcome.Skipped.Select(s => $"{s.Value} {s.Key}"))), t.Vanished.ToString(), t.Balanced ? "yes" : "NO");
            Output.Out.Write(table);
            var checks = new Table().AddColumns("validation", "source", "target", "matches");
            foreach (var v in result.Validations) checks.AddRow(Markup.Escape(v.Name), Markup.Escape(v.Source), Markup.Escape(v.Target), v.Matches ? "yes" : "NO");
            Output.Out.Write(checks);
        }
        if (result.Tables.Count == 0) throw new EngineException(Failure.ValidationFailed, $"nothing to reconcile: no completed v2 import for organisation '{parse.GetValue(Org)}'");
        if (!result.Balanced) throw new EngineException(Failure.ValidationFailed, "reconciliation does not balance (rows marked NO above)");
        return ExitCode.Ok;
    }

    private static Table OutcomeTable(IEnumerable<TableOutcome> rows)
    {
        var table = new Table().AddColumns("source table", "target", "read", "inserted", "updated", "unchanged", "merged", "quarantined", "skipped");
        foreach (var o in rows)
            table.AddRow(o.Source, o.Target, o.Read.ToString(), o.Inserted.ToString(), o.Updated.ToString(), o.Unchanged.ToString(), o.Merged.ToString(), o.Quarantined.ToString(),
                Markup.Escape(string.Join("; ", o.Skipped.Select(s => $"{s.Value} {s.Key}"))));
        return table;
    }

    /// <summary>Progress on stderr: one plain line per table at most every second, and when a table completes.</summary>
    private sealed class ProgressLines
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();
        private string _table = "";

        public void Report(ImportProgress p)
        {
            var finished = p.Done >= p.Total;
            if (!finished && p.Source == _table && _since.Elapsed < TimeSpan.FromSeconds(1)) return;
            _table = p.Source;
            _since.Restart();
            var eta = finished ? "done" : p.Eta is { } e ? $"ETA {e:hh\\:mm\\:ss}" : "ETA unknown";
            Output.Info($"{p.Phase}: {p.Source} {p.Done}/{p.Total} rows, {p.RowsPerSecond:0} rows/s, {eta}");
        }
    }
}
