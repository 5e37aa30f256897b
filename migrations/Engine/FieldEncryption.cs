using System.Security.Cryptography;
using System.Text;

namespace Finnest.Database.Engine;

/// <summary>
/// The envelope every <c>*_encrypted</c> column holds, so the database can tell an encrypted value from clear
/// text without knowing the key:
/// <code>version (1 byte: 0x01 = AES-256-GCM) | nonce (12 bytes) | tag (16 bytes) | ciphertext (1 byte or more)</code>
/// The application encrypts with the production key; the seeder and tests use <see cref="Development"/>,
/// whose key is public on purpose because the values it protects are fake.
/// </summary>
public sealed class FieldEncryption
{
    public const byte Version1 = 0x01;
    public const int NonceLength = 12;
    public const int TagLength = 16;
    public const int HeaderLength = 1 + NonceLength + TagLength;

    /// <summary>The environment variable holding the production key: 32 bytes, base64.</summary>
    public const string KeyVariable = "FINNEST_ENCRYPTION_KEY";

    private readonly byte[] _key;

    public FieldEncryption(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("an AES-256 key is 32 bytes", nameof(key));
        _key = key;
    }

    /// <summary>The development key: only for fake data (seeded or synthetic databases).</summary>
    public static FieldEncryption Development { get; } =
        new(SHA256.HashData(Encoding.UTF8.GetBytes("finnest-development-only-key")));

    /// <summary>The key named by FINNEST_ENCRYPTION_KEY, or null when it is not set.</summary>
    public static FieldEncryption? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(value)) return null;
        try { return new FieldEncryption(Convert.FromBase64String(value)); }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new FormatException($"{KeyVariable} must be 32 bytes in base64");
        }
    }

    /// <summary>Encrypts with a random nonce.</summary>
    public byte[] Encrypt(string plaintext) => Encrypt(plaintext, RandomNumberGenerator.GetBytes(NonceLength));

    /// <summary>Encrypts with the given nonce. Deterministic callers (the seeder) derive it from their random seed;
    /// a nonce must never be reused with the same key for a different plaintext.</summary>
    public byte[] Encrypt(string plaintext, ReadOnlySpan<byte> nonce)
    {
        if (nonce.Length != NonceLength) throw new ArgumentException($"the nonce is {NonceLength} bytes", nameof(nonce));
        if (plaintext.Length == 0) throw new ArgumentException("nothing to encrypt", nameof(plaintext));
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var envelope = new byte[HeaderLength + clear.Length];
        envelope[0] = Version1;
        nonce.CopyTo(envelope.AsSpan(1, NonceLength));
        using var aes = new AesGcm(_key, TagLength);
        aes.Encrypt(nonce, clear, envelope.AsSpan(HeaderLength), envelope.AsSpan(1 + NonceLength, TagLength));
        return envelope;
    }

    public string Decrypt(byte[] envelope)
    {
        if (envelope.Length <= HeaderLength || envelope[0] != Version1)
            throw new CryptographicException("not a version 1 field envelope");
        var clear = new byte[envelope.Length - HeaderLength];
        using var aes = new AesGcm(_key, TagLength);
        aes.Decrypt(envelope.AsSpan(1, NonceLength), envelope.AsSpan(HeaderLength), envelope.AsSpan(1 + NonceLength, TagLength), clear);
        return Encoding.UTF8.GetString(clear);
    }
}
