using System.Globalization;
using CsvHelper;

namespace Finnest.Database.FileImport;

/// <summary>The --report file: one line per problem (row, column, problem), header line included even when there are none.</summary>
public static class ProblemReport
{
    public static void Write(string path, IEnumerable<RowProblem> problems)
    {
        // A value quoted in a problem comes from the imported file: never let a spreadsheet run it as a formula.
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, options);
        csv.WriteRecord(["row", "column", "problem"]);
        foreach (var p in problems)
            csv.WriteRecord([p.Row.ToString(CultureInfo.InvariantCulture), p.Column, p.Problem]);
    }
}
