using System.Text;

namespace Finnest.Database.V2.Audit;

/// <summary>
/// RFC 4180 CSV for the audit's flagged-row files and the reviewers' decisions files: comma-separated, fields
/// quoted when they hold a comma, quote or line break, quotes doubled. Small enough not to need a library.
/// </summary>
public static class SimpleCsv
{
    public static string Line(IEnumerable<object?> fields) =>
        string.Join(",", fields.Select(f => Quote(Convert.ToString(f, System.Globalization.CultureInfo.InvariantCulture) ?? "")));

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;

    /// <summary>Records of the file with the line each starts on.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (start, fields);
                    fields = [];
                    any = false;
                    start = ++line;
                    break;
                default: field.Append((char)c); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
