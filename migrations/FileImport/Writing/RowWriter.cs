using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Finnest.Database.Engine;
using Finnest.Database.FileImport.Kinds;
using Npgsql;

namespace Finnest.Database.FileImport.Writing;

public enum RowResult { Inserted, Updated, Unchanged }

/// <summary>
/// Writes target rows as the tenant, each with its public.id_mappings row, in one statement per row.
/// An existing row is updated only where the file's value differs from what the row holds (compared in SQL,
/// TFNs after decryption); a row whose values all match is left untouched, mapping included.
/// </summary>
public sealed class RowWriter(NpgsqlConnection connection, Guid orgId, string table, string batch, string fileName, FieldEncryption? encryption)
{
    private const string LegacySystem = "csv_import";

    /// <summary>Existing csv_import mappings into the table: (legacy_table, legacy_id) → target id.</summary>
    public async Task<Dictionary<(string, long), Guid>> LoadMappingsAsync(CancellationToken ct)
    {
        var mappings = new Dictionary<(string, long), Guid>();
        await using var command = new NpgsqlCommand(
            "select legacy_table, legacy_id, target_id from public.id_mappings where legacy_system = @system and target_table = @table and deleted_at is null", connection);
        command.Parameters.AddWithValue("system", LegacySystem);
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) mappings[(reader.GetString(0), reader.GetInt64(1))] = reader.GetGuid(2);
        return mappings;
    }

    /// <summary>The mapped rows as they are now: deleted or not, and the stored envelope of an encrypted column.</summary>
    public async Task<Dictionary<Guid, (bool Deleted, byte[]? Sealed)>> LoadTargetsAsync(IReadOnlyCollection<Guid> ids, string? encryptedColumn, CancellationToken ct)
    {
        var targets = new Dictionary<Guid, (bool, byte[]?)>();
        if (ids.Count == 0) return targets;
        await using var command = new NpgsqlCommand(
            $"select id, deleted_at is not null, {encryptedColumn ?? "null::bytea"} from {table} where id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            targets[reader.GetGuid(0)] = (reader.GetBoolean(1), reader.IsDBNull(2) ? null : (byte[])reader[2]);
        return targets;
    }

    /// <summary>The statement inserting the row and its mapping; returns the new id.</summary>
    public NpgsqlBatchCommand Insert(TargetRow row)
    {
        var columns = row.Columns;
        var command = new NpgsqlBatchCommand();
        var values = columns.Select((c, i) => Bind(command.Parameters, i, c)).ToList();
        command.CommandText = $"""
            with target as (
                insert into {table} (org_id, metadata, {string.Join(", ", columns.Select(c => c.Name))})
                values (@org, @metadata::jsonb, {string.Join(", ", values)})
                returning id)
            insert into public.id_mappings (org_id, legacy_system, legacy_table, legacy_id, target_table, target_id, batch, source_checksum, metadata)
            select @org, '{LegacySystem}', @legacy_table, @legacy_id, @table, id, @batch, @checksum, @mapping_metadata::jsonb from target
            returning target_id
            """;
        AddRowParameters(command.Parameters, row);
        return command;
    }

    /// <summary>
    /// The statement updating the columns whose value differs (<paramref name="storedSecret"/>: the envelope the
    /// row holds now); it returns a row only when something changed. Null when nothing can have changed.
    /// </summary>
    public NpgsqlBatchCommand? Update(TargetRow row, Guid targetId, byte[]? storedSecret)
    {
        var columns = row.Columns.Where(c => !c.InsertOnly && (c.Mode != WriteMode.Encrypted || !SameSecret(storedSecret, (string)c.Value))).ToList();
        if (columns.Count == 0) return null;
        var command = new NpgsqlBatchCommand();
        var sets = new List<string>();
        var differs = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            var value = Bind(command.Parameters, i, c);
            var newValue = c.Mode == WriteMode.MergeObject ? $"coalesce({c.Name}, '{{}}'::jsonb) || {value}" : value;
            sets.Add($"{c.Name} = {newValue}");
            // A TFN that differs was found so by decryption above: the envelope itself always differs (random nonce).
            differs.Add(c.Mode == WriteMode.Encrypted ? "true" : $"{c.Name} is distinct from {newValue}");
        }
        command.CommandText = $"""
            with target as (
                update {table} set {string.Join(", ", sets)}, metadata = metadata || @metadata::jsonb
                where id = @id and ({string.Join(" or ", differs)})
                returning id)
            update public.id_mappings m set batch = @batch, source_checksum = @checksum, metadata = m.metadata || @mapping_metadata::jsonb
            from target
            where m.org_id = @org and m.legacy_system = '{LegacySystem}' and m.legacy_table = @legacy_table and m.legacy_id = @legacy_id and m.target_id = target.id
            returning m.target_id
            """;
        command.Parameters.AddWithValue("id", targetId);
        AddRowParameters(command.Parameters, row);
        return command;
    }

    /// <summary>The name of the savepoint each row is written in; the importer rolls back to it when the row is rejected.</summary>
    public const string Savepoint = "import_row";

    /// <summary>
    /// Sends the statements in one round trip, each inside its own savepoint, and returns whether each returned a
    /// row, in order. When the database rejects one, the statements before it stand, the rest were not run, and
    /// the exception says which (<see cref="PostgresException.BatchCommand"/>): roll back to <see cref="Savepoint"/>.
    /// </summary>
    public async Task<List<bool>> RunAsync(IReadOnlyList<NpgsqlBatchCommand> statements, Action<int, PostgresException> rejected, CancellationToken ct)
    {
        var returned = new List<bool>();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"savepoint {Savepoint}"));
            batch.BatchCommands.Add(statement);
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"release savepoint {Savepoint}"));
        }
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(ct);
            do
            {
                // Only the row statements return result sets (RETURNING); savepoint and release return none.
                returned.Add(await reader.ReadAsync(ct));
            } while (await reader.NextResultAsync(ct));
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("23") || e.SqlState.StartsWith("22"))
        {
            var failed = e.BatchCommand is { } command ? statements.ToList().IndexOf(command) : returned.Count;
            rejected(failed < 0 ? returned.Count : failed, e);
            return returned.Take(failed < 0 ? returned.Count : failed).ToList();
        }
        return returned;
    }

    private bool SameSecret(byte[]? stored, string clear)
    {
        if (stored is null || encryption is null) return false;
        try { return encryption.Decrypt(stored) == clear; }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return false;   // sealed with another key, or not an envelope: seal it again with this one
        }
    }

    /// <summary>Adds the value as @pN and returns the SQL that reads it with the column's type.</summary>
    private string Bind(NpgsqlParameterCollection parameters, int index, TargetColumn column)
    {
        var name = $"p{index}";
        var value = column.Mode == WriteMode.Encrypted
            ? (encryption ?? throw new InvalidOperationException("a TFN to write but no key chosen")).Encrypt((string)column.Value)
            : column.Value;
        parameters.AddWithValue(name, value);
        return column.Mode == WriteMode.Encrypted ? $"@{name}" : $"@{name}::{column.SqlType}";
    }

    private void AddRowParameters(NpgsqlParameterCollection parameters, TargetRow row)
    {
        parameters.AddWithValue("org", orgId);
        parameters.AddWithValue("table", table);
        parameters.AddWithValue("batch", batch);
        parameters.AddWithValue("legacy_table", row.Key.LegacyTable);
        parameters.AddWithValue("legacy_id", row.Key.LegacyId);
        parameters.AddWithValue("checksum", Checksum(row));
        parameters.AddWithValue("metadata", JsonSerializer.Serialize(new { source = LegacySystem, import_batch = batch }));
        parameters.AddWithValue("mapping_metadata", JsonSerializer.Serialize(new { file = fileName, row = row.RowNumber }));
    }

    /// <summary>SHA-256 of the row's values as imported, for tracing; a TFN counts only as present, never hashed.</summary>
    private static string Checksum(TargetRow row)
    {
        var canonical = string.Join("\n", row.Columns.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => $"{c.Name}={(c.Mode == WriteMode.Encrypted ? "(sealed)" : Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture))}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
