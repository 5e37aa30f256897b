using System.Text;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// Everything random in a seed comes from here, keyed by (random seed, table, organisation, ordinal), so the
/// same options give the same rows in any order of generation, and ids are stable across runs.
/// </summary>
public static class Deterministic
{
    /// <summary>A stable 64-bit hash of a text (FNV-1a; string.GetHashCode changes per process).</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }

    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>A UUID version 8 (custom, RFC 9562) from a stream key and an ordinal.</summary>
    public static Guid Uuid(ulong stream, long ordinal)
    {
        var high = Mix(stream ^ Mix((ulong)ordinal));
        var low = Mix(high ^ 0xD1B54A32D192ED03UL ^ (ulong)ordinal);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, high);
        BitConverter.TryWriteBytes(bytes[8..], low);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);   // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);   // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A System.Random whose sequence depends only on the key (the seeded constructor is stable across runtimes).</summary>
    public static Random Random(ulong key) => new((int)(Mix(key) & 0x7FFFFFFF));

    /// <summary>A 12-byte AES-GCM nonce for the ordinal-th encrypted value of a stream: unique per value, never random.</summary>
    public static byte[] Nonce(ulong stream, long ordinal)
    {
        var nonce = new byte[12];
        BitConverter.TryWriteBytes(nonce, Mix(stream ^ 0xA0761D6478BD642FUL) ^ (ulong)ordinal);
        BitConverter.TryWriteBytes(nonce.AsSpan(8), (uint)(Mix(stream) >> 32));
        return nonce;
    }
}
