using CsvHelper;

namespace Finnest.Database.V2.Audit;

/// <summary>
/// The CSV dialect of the audit's flagged-row files and the reviewers' decisions files (RFC 4180 through
/// CsvHelper: comma-separated, quoted when needed, quotes doubled). One place, so what the audit writes is
/// what <c>v2 review apply</c> reads back, including a spreadsheet's re-save of it.
/// </summary>
internal static class AuditCsv
{
    private static readonly CsvReaderOptions ReadOptions = new()
    {
        HasHeader = false,                   // the header is read as a record, so a missing column can be named
        Separator = ',',
        MalformedData = CsvMalformedDataHandling.Recover,   // a stray quote inside a field is kept as text
        FieldCountMismatch = CsvFieldCountHandling.Allow,   // a short row means empty trailing fields
        TrackLineNumbers = true,             // errors name the line a decision starts on
    };

    // Details quote v2 text (names typed by anyone): never let a spreadsheet run one as a formula.
    private static readonly CsvWriterOptions WriteOptions = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>Records of the file, each with the line it starts on (a quoted field may span lines).</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader text)
    {
        using var csv = CsvReader.Create(text, ReadOptions);
        while (csv.Read())
        {
            var fields = new List<string>(csv.FieldCount);
            for (var i = 0; i < csv.FieldCount; i++) fields.Add(csv.GetString(i) ?? "");
            yield return ((int)csv.LineNumber, fields);
        }
    }

    /// <summary>Writes the header and one record per row (null as an empty field).</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, WriteOptions);
        csv.WriteRecord([.. header]);
        foreach (var row in rows)
            csv.WriteRecord(row.Select(f => Convert.ToString(f, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
    }
}
