using System.Net;
using System.Security.Cryptography;
using Finnest.Database.Engine;
using Npgsql;

namespace Finnest.Database.FileImport;

/// <summary>
/// Which key seals the TFNs of an import. FINNEST_ENCRYPTION_KEY when set. Without it, the public development
/// key only for a database that looks like a development one: reached on a loopback address or a local socket
/// (the local cluster, a test cluster) and holding no TFN sealed with any other key. Anything else is refused,
/// so real TFNs are never sealed with a key anyone can read.
/// </summary>
public sealed record TfnKey(FieldEncryption Encryption, string Description)
{
    public static async Task<TfnKey> ChooseAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        FieldEncryption? configured;
        try { configured = FieldEncryption.FromEnvironment(); }
        catch (FormatException e) { throw new EngineException(Failure.BadInput, e.Message); }
        if (configured is not null) return new TfnKey(configured, $"TFNs sealed with the key in {FieldEncryption.KeyVariable}");

        var host = connection.Host ?? "";
        var where = $"{host}/{connection.Database}";
        if (!IsLocal(host))
            throw new EngineException(Failure.BadInput,
                $"{FieldEncryption.KeyVariable} is not set and {where} is not a development database (not on this machine): set the key to import TFNs");
        var foreign = await CountForeignSealsAsync(connection, ct);
        if (foreign > 0)
            throw new EngineException(Failure.BadInput,
                $"{FieldEncryption.KeyVariable} is not set and {where} is not a development database ({foreign} stored TFNs were sealed with another key): set the key to import TFNs");
        return new TfnKey(FieldEncryption.Development,
            $"TFNs sealed with the public development key: {FieldEncryption.KeyVariable} is not set and {where} looks like a development database (local, every stored TFN opens with the development key)");
    }

    private static bool IsLocal(string host) =>
        host.StartsWith('/') || host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);

    /// <summary>How many of a sample of stored TFNs the development key cannot open (read as the login, across tenants).</summary>
    private static async Task<int> CountForeignSealsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "select tax_file_number_encrypted from people.employees where tax_file_number_encrypted is not null limit 200", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var foreign = 0;
        while (await reader.ReadAsync(ct))
        {
            try { FieldEncryption.Development.Decrypt((byte[])reader[0]); }
            catch (CryptographicException) { foreign++; }
        }
        return foreign;
    }
}
