using System.Security.Cryptography;
using System.Text;

namespace Finnest.Database.Engine;

public static class Checksum
{
    /// <summary>SHA-256 (lower-case hex) of text normalised to LF line endings without a BOM.</summary>
    public static string Of(string text)
    {
        var normalised = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
