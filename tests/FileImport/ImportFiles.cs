using System.Text;
using Finnest.Database.Seeds;
using MiniExcelLibs;

namespace Finnest.Database.Tests.FileImport;

/// <summary>Files a new client would send, written to a temporary folder: CSV by hand, .xlsx with MiniExcel.</summary>
public sealed class ImportFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("finnest-import-").FullName;
    private static readonly Random Random = new(20261130);

    public static string Tfn() { lock (Random) return AustralianIdentifiers.Tfn(Random); }

    public static string Abn() { lock (Random) return AustralianIdentifiers.Abn(Random); }

    public string PathFor(string name) => Path.Combine(_folder, name);

    /// <summary>A UTF-8 CSV; every cell quoted, as Excel does for cells holding commas.</summary>
    public string Csv(string name, string[] header, params string[][] rows)
    {
        var lines = new[] { header }.Concat(rows).Select(r => string.Join(",", r.Select(c => $"\"{c.Replace("\"", "\"\"")}\"")));
        var path = PathFor(name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    /// <summary>An .xlsx whose first sheet has the header and the rows; cells keep their type (numbers, dates, text).</summary>
    public string Xlsx(string name, string[] header, params object?[][] rows)
    {
        var path = PathFor(name);
        var sheet = rows.Select(r => header.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        MiniExcel.SaveAs(path, sheet);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
