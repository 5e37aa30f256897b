using System.CommandLine;
using System.Globalization;
using Finnest.Database.Engine;
using Finnest.Database.Seeds;
using Finnest.Database.Seeds.Safety;
using Spectre.Console;

namespace Finnest.Database.Cli;

/// <summary>
/// <c>seed</c>: fills every tenant table of a migrated development database with deterministic fake data.
/// Progress per table on stderr, the summary (rows and rows/s per table) on stdout.
/// </summary>
public static class SeedCommand
{
    private static readonly Option<string> Scale = new("--scale") { Description = "demo | small | medium | large, or a number of organisations", DefaultValueFactory = _ => "demo" };
    private static readonly Option<int> RandomSeed = new("--random-seed") { Description = "Same seed and options, same rows (ids included)", DefaultValueFactory = _ => 20260401 };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "The day the data set treats as today, yyyy-MM-dd (default: today in UTC); every timestamp derives from it" };
    private static readonly Option<bool> Force = new("--force") { Description = "Seed although tenant data exists: adds the scale's organisations next to it" };
    private static readonly Option<bool> AllowNonDevelopment = new("--allow-non-development") { Description = "Seed a database that is not on this machine or whose name or comment says prod/staging/live/uat" };

    public static Command Create() => Verb.Create("seed", "Fill a migrated development database with realistic, deterministic fake data (never run against production)", async (parse, ct) =>
    {
        var scale = SeedScale.Parse(parse.GetValue(Scale)!)
                    ?? throw new CliException(ExitCode.BadInput, $"--scale must be demo, small, medium, large or a number of organisations (1 to 1000), not '{parse.GetValue(Scale)}'");
        var asOfText = parse.GetValue(AsOf);
        DateOnly asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            throw new CliException(ExitCode.BadInput, $"--as-of must be a date yyyy-MM-dd, not '{asOfText}'");
        var options = new SeedOptions
        {
            Scale = scale,
            RandomSeed = parse.GetValue(RandomSeed),
            AsOf = asOf,
            Force = parse.GetValue(Force),
            AllowNonDevelopment = parse.GetValue(AllowNonDevelopment),
        };
        var settings = await ConnectionResolver.ResolveAsync(parse, "finnest-seed");
        settings.CommandTimeout = 0;
        try { SeedGuard.CheckHost(settings, options); }
        catch (SeedRefusedException e) { throw new CliException(ExitCode.BadInput, e.Message); }
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        Output.Info($"seeding scale {scale.Name}: {scale.Organisations} organisations, {scale.EmployeesPerOrganisation} employees each, {scale.RosterDays} roster days, as of {asOf:yyyy-MM-dd}, random seed {options.RandomSeed}");
        SeedSummary summary;
        try
        {
            summary = Console.IsErrorRedirected
                ? await Seeder.RunAsync(connection, options, new ProgressLines(), ct)
                : await Output.Err.Progress().HideCompleted(true).AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(context => Seeder.RunAsync(connection, options, new ProgressBars(context), ct));
        }
        catch (SeedRefusedException e) { throw new CliException(ExitCode.BadInput, e.Message); }
        catch (SeedFailedException e) { throw new CliException(ExitCode.MigrationFailed, e.Message); }

        var rows = summary.Tables.Select(t => new[] { t.Table, t.Rows.ToString("N0"), t.Seconds.ToString("0.00"), t.RowsPerSecond.ToString("N0"), t.LeftOut == 0 ? "" : t.LeftOut.ToString("N0") })
            .Append(["total", summary.TotalRows.ToString("N0"), summary.TotalSeconds.ToString("0.00"), (summary.TotalRows / Math.Max(summary.TotalSeconds, 0.001)).ToString("N0"),
                summary.TotalLeftOut == 0 ? "" : summary.TotalLeftOut.ToString("N0")]).ToList();
        string[] headers = ["table", "rows", "seconds", "rows/s", "left out"];
        if (Console.IsOutputRedirected) WritePlain(headers, rows);
        else
        {
            var table = new Table().AddColumns(headers);
            foreach (var row in rows) table.AddRow(row);
            Output.Out.Write(table);
        }
        // Rows a CHECK refused even after repairs are not written: say which check, and one of them, per table.
        foreach (var t in summary.Tables.Where(t => t.LeftOut > 0))
            Output.Info($"left out: {t.Table}: {t.LeftOut:N0} generated rows broke {t.LeftOutBecause}");
        return ExitCode.Ok;
    }, Scale, RandomSeed, AsOf, Force, AllowNonDevelopment);

    /// <summary>
    /// Piped or redirected: the summary as plain columns (the table name left-aligned, numbers right-aligned, two spaces
    /// apart), one line per table and a last line "total", for scripts to read with awk. Rendering ~200 rows through a
    /// Spectre table cost a demo seed 50 ms.
    /// </summary>
    private static void WritePlain(string[] headers, List<string[]> rows)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        var text = new System.Text.StringBuilder().AppendLine(Line(headers));
        foreach (var row in rows) text.AppendLine(Line(row));
        Console.Out.Write(text.ToString());
    }

    /// <summary>
    /// On a terminal: a bar for the tables done so far and a bar for the table being written (rows of expected, rows/s,
    /// ETA); a finished table's bar goes away, failures stay as lines.
    /// </summary>
    private sealed class ProgressBars(ProgressContext context) : IProgress<SeedProgress>
    {
        private ProgressTask? _tables, _table;
        private string? _current;

        public void Report(SeedProgress p)
        {
            _tables ??= context.AddTask("tables", maxValue: p.TableCount);
            if (_current != p.Table)
            {
                _table?.StopTask();
                _table = context.AddTask(p.Table.EscapeMarkup(), maxValue: Math.Max(p.ExpectedRows, 1));
                _current = p.Table;
            }
            var rate = p.Seconds > 0 ? p.Rows / p.Seconds : p.Rows;
            _table!.Description = $"{p.Table.EscapeMarkup()}: {p.Rows:N0} rows, {rate:N0} rows/s";
            _table.Value = Math.Min(p.Rows, _table.MaxValue);
            if (p.Error is not null) Output.Info($"[{p.TableIndex + 1}/{p.TableCount}] failed: {p.Error}");
            if (!p.Done) return;
            _table.Value = _table.MaxValue;
            _table.StopTask();
            _tables.Value = p.TableIndex + 1;
        }
    }

    /// <summary>One line per finished table, and one every few seconds for a long one (rows, rows/s, ETA): fits a terminal and a CI log.</summary>
    private sealed class ProgressLines : IProgress<SeedProgress>
    {
        private DateTime _last = DateTime.UtcNow;

        public void Report(SeedProgress p)
        {
            if (!p.Done && DateTime.UtcNow - _last < TimeSpan.FromSeconds(3)) return;
            _last = DateTime.UtcNow;
            if (p.Error is not null) { Output.Info($"[{p.TableIndex + 1}/{p.TableCount}] failed: {p.Error}"); return; }
            var rate = p.Seconds > 0 ? p.Rows / p.Seconds : p.Rows;
            var eta = !p.Done && rate > 0 && p.ExpectedRows > p.Rows ? $", ETA {(p.ExpectedRows - p.Rows) / rate:0}s" : "";
            Output.Info($"[{p.TableIndex + 1}/{p.TableCount}] {p.Table}: {p.Rows:N0}{(p.Done ? "" : $" of {p.ExpectedRows:N0}")} rows, {rate:N0} rows/s{eta}");
        }
    }
}
