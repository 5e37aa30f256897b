namespace Finnest.Database.V2.Contract;

/// <summary>
/// Windows-1252, the "latin1" MySQL actually writes. Written out here because the invariant-globalisation
/// runtime ships no code pages: bytes 0x80–0x9F are the typographic characters (€, curly quotes, dashes),
/// every other byte is the Unicode code point of the same number (as in ISO-8859-1).
/// </summary>
public static class Cp1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly Dictionary<char, byte> Reverse = Enumerable.Range(0, 256)
        .ToDictionary(b => Decode((byte)b), b => (byte)b);

    public static char Decode(byte b) => b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = Decode(bytes[i]);
        return new string(chars);
    }

    /// <summary>The cp1252 bytes of <paramref name="text"/>, or null when a character has none.</summary>
    public static byte[]? TryEncode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (!Reverse.TryGetValue(text[i], out var b)) return null;
            bytes[i] = b;
        }
        return bytes;
    }
}
