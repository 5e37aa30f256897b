using Finnest.Database.Engine;
using Spectre.Console;

namespace Finnest.Database.Cli.Migrate;

/// <summary>The table printed at the end of a run.</summary>
public static class Summary
{
    public static void Print(IReadOnlyList<AppliedStep> steps, string whenEmpty)
    {
        if (steps.Count == 0)
        {
            Output.Out.MarkupLine($"[green]{Markup.Escape(whenEmpty)}[/]");
            return;
        }
        var table = new Table().AddColumns("version", "migration", "action");
        table.AddColumn(new TableColumn("ms").RightAligned());
        foreach (var s in steps)
            table.AddRow(s.Version?.ToString() ?? "", Markup.Escape(s.Name), s.Action, s.ElapsedMs.ToString());
        Output.Out.Write(table);
        Output.Out.MarkupLine($"[green]{steps.Count} step(s) done in {steps.Sum(s => s.ElapsedMs)} ms[/]");
    }
}
