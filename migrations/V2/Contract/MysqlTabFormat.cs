using System.Text;

namespace Finnest.Database.V2.Contract;

/// <summary>How the text of an extract file is decoded.</summary>
public enum ExtractEncoding
{
    /// <summary>UTF-8; a field that is not valid UTF-8 is decoded as cp1252 (v2's latin1 tables) and reported.</summary>
    Utf8,
    /// <summary>Every byte is cp1252 (MySQL's latin1).</summary>
    Cp1252,
}

/// <summary>A field decoded from the extract: its text (null for \N) and what was wrong with its bytes, if anything.</summary>
public readonly record struct DecodedField(string? Value, string? EncodingIssue);

/// <summary>
/// The text format of <c>mysqldump --tab</c> and <c>SELECT … INTO OUTFILE</c> with their defaults: fields
/// separated by tab, lines by LF, backslash escapes (\t \n \r \0 \b \Z \\, and a backslash before a literal
/// tab or newline), <c>\N</c> for null. The contract adds one header line naming the columns.
/// </summary>
public static class MysqlTabFormat
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static bool TryParseEncoding(string name, out ExtractEncoding encoding)
    {
        switch (name.ToLowerInvariant())
        {
            case "utf8" or "utf-8" or "utf8mb4": encoding = ExtractEncoding.Utf8; return true;
            case "cp1252" or "latin1" or "windows-1252": encoding = ExtractEncoding.Cp1252; return true;
            default: encoding = default; return false;
        }
    }

    public static string Name(ExtractEncoding encoding) => encoding == ExtractEncoding.Utf8 ? "utf8" : "cp1252";

    /// <summary>
    /// Reads lines of raw (still escaped) fields. Each line is a list of byte arrays, one per field, unescaped;
    /// a null entry is \N.
    /// </summary>
    public static IEnumerable<List<byte[]?>> ReadLines(Stream stream)
    {
        var input = new BufferedStream(stream, 1 << 16);
        var fields = new List<byte[]?>();
        var field = new List<byte>(64);
        var escapedOnlyN = false;   // the field so far is exactly the escape \N
        var any = false;
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            any = true;
            if (b == '\\')
            {
                var next = input.ReadByte();
                if (next < 0) { field.Add((byte)'\\'); break; }
                if (next == 'N' && field.Count == 0 && !escapedOnlyN) { escapedOnlyN = true; continue; }
                field.Add(next switch
                {
                    '0' => 0, 'b' => 8, 'n' => 10, 'r' => 13, 't' => 9, 'Z' => 26,
                    _ => (byte)next,   // \\, a literal tab or newline, anything else: the byte itself
                });
                continue;
            }
            if (b == '\t' || b == '\n')
            {
                fields.Add(escapedOnlyN && field.Count == 0 ? null : field.ToArray());
                field.Clear();
                escapedOnlyN = false;
                if (b == '\n')
                {
                    yield return fields;
                    fields = [];
                    any = false;
                }
                continue;
            }
            if (escapedOnlyN) { field.AddRange("\\N"u8.ToArray()); escapedOnlyN = false; }
            field.Add((byte)b);
        }
        if (any)
        {
            fields.Add(escapedOnlyN && field.Count == 0 ? null : field.ToArray());
            yield return fields;
        }
    }

    /// <summary>Decodes one field. Under UTF-8, invalid bytes fall back to cp1252 and double-encoded text is repaired, each reported.</summary>
    public static DecodedField Decode(byte[]? bytes, ExtractEncoding encoding)
    {
        if (bytes is null) return new(null, null);
        if (encoding == ExtractEncoding.Cp1252) return new(Cp1252.Decode(bytes), null);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new(Cp1252.Decode(bytes), "invalid_utf8");
        }
        return TryRepairDoubleEncoding(text) is { } repaired ? new(repaired, "double_encoded") : new(text, null);
    }

    /// <summary>
    /// UTF-8 that was once read as cp1252 and written back as UTF-8 ("RenÃ©e"): its characters encode back to
    /// cp1252 bytes that are themselves valid UTF-8 with fewer characters. Plain accented text never passes both tests.
    /// </summary>
    public static string? TryRepairDoubleEncoding(string text)
    {
        var hasHigh = false;
        foreach (var c in text) if (c >= '\u0080') { hasHigh = true; break; }
        if (!hasHigh) return null;
        var bytes = Cp1252.TryEncode(text);
        if (bytes is null) return null;
        try
        {
            var repaired = StrictUtf8.GetString(bytes);
            return repaired.Length < text.Length ? repaired : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Writes one line: fields escaped, null as \N. Raw byte fields are written as they are (to plant bad encodings).</summary>
    public static void WriteLine(Stream output, IReadOnlyList<object?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) output.WriteByte((byte)'\t');
            switch (fields[i])
            {
                case null: output.Write("\\N"u8); break;
                case byte[] raw: WriteEscaped(output, raw); break;
                case var value: WriteEscaped(output, Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!)); break;
            }
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteEscaped(Stream output, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'\\': output.Write("\\\\"u8); break;
                case (byte)'\t': output.Write("\\t"u8); break;
                case (byte)'\n': output.Write("\\n"u8); break;
                case 0: output.Write("\\0"u8); break;
                default: output.WriteByte(b); break;
            }
        }
    }
}
