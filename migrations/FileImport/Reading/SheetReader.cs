using System.Globalization;
using System.Text;
using CsvHelper;
using Finnest.Database.Engine;
using MiniExcelLibs;

namespace Finnest.Database.FileImport.Reading;

/// <summary>
/// Reads a .csv (CsvHelper) or .xlsx (MiniExcel, first sheet) into a <see cref="Sheet"/>. Anything that is not
/// what its name says (a missing file, a text file renamed .xlsx, an old .xls, a CSV that is not UTF-8) is bad
/// input: one line, exit 2, before any connection is made.
/// </summary>
public static class SheetReader
{
    // Every .xlsx is a zip package; an .xls (Excel 97-2003) is an OLE compound file.
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public static Sheet Read(string path)
    {
        if (!File.Exists(path)) throw BadInput($"{path}: no such file");
        var name = Path.GetFileName(path);
        var sheet = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(path, name),
            ".xlsx" => ReadXlsx(path, name),
            var other => throw BadInput($"{name}: expected a .csv or .xlsx file, not '{(other.Length == 0 ? "(no extension)" : other)}'"),
        };
        // Trailing empty lines are common in exported files; an empty row in the middle is skipped too.
        return sheet with { Rows = sheet.Rows.Where(r => !r.IsEmpty).ToList() };
    }

    private static Sheet ReadCsv(string path, string name)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,                   // the header is matched here, with aliases
            Separator = null,                    // detected: Excel in some locales saves ';'
            MalformedData = CsvMalformedDataHandling.Recover,   // a stray quote inside a field is kept as text
            TrimWhitespace = true,
        };
        var records = new List<string[]>();
        try
        {
            using var text = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            using var csv = CsvReader.Create(text, options);
            while (csv.Read())
            {
                var record = new string[csv.FieldCount];
                for (var i = 0; i < record.Length; i++) record[i] = csv.GetString(i) ?? "";
                records.Add(record);
            }
        }
        catch (DecoderFallbackException)
        {
            throw BadInput($"{name} is not UTF-8 text: save it as 'CSV UTF-8 (comma delimited)'");
        }
        catch (CsvFormatException e)
        {
            throw BadInput($"{name} is not a readable CSV file: {e.Message.Split('\n')[0]}");
        }
        if (records.Count == 0) throw BadInput($"{name} is empty: the first row must name the columns");
        var rows = records.Skip(1).Select((r, i) => new SheetRow(i + 2, r.Cast<object?>().ToList())).ToList();
        return new Sheet(name, records[0].Select(h => h.Trim()).ToList(), rows);
    }

    private static Sheet ReadXlsx(string path, string name)
    {
        var head = new byte[4];
        using (var probe = File.OpenRead(path))
            if (probe.Read(head, 0, 4) < 4 || !head.AsSpan().SequenceEqual(ZipSignature))
                throw BadInput(head.AsSpan().SequenceEqual(OleSignature)
                    ? $"{name} is an Excel 97-2003 workbook (.xls) renamed .xlsx: save it as .xlsx or .csv"
                    : $"{name} is not an .xlsx workbook (not a zip package): save it from Excel as .xlsx or .csv");
        List<IDictionary<string, object?>> cells;
        try
        {
            using var stream = File.OpenRead(path);
            cells = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or KeyNotFoundException or InvalidOperationException or NotSupportedException)
        {
            throw BadInput($"{name} is not a readable .xlsx workbook: {e.Message.Split('\n')[0]}");
        }
        if (cells.Count == 0) throw BadInput($"{name} has no rows: the first row of the first sheet must name the columns");
        // MiniExcel keys cells by column letter (A, B, … AA); every row of a sheet has the same keys, in order.
        var columns = cells[0].Keys.ToList();
        var headers = columns.Select(c => Convert.ToString(cells[0][c], CultureInfo.InvariantCulture)?.Trim() ?? "").ToList();
        var rows = cells.Skip(1).Select((r, i) => new SheetRow(i + 2, columns.Select(c => r.TryGetValue(c, out var v) ? v : null).ToList())).ToList();
        return new Sheet(name, headers, rows);
    }

    private static EngineException BadInput(string message) => new(Failure.BadInput, message);
}
