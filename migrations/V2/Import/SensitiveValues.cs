using Finnest.Database.Engine;
using Finnest.Database.V2.Contract;
using Npgsql;

namespace Finnest.Database.V2.Import;

/// <summary>
/// Seals the staged fields that Finnest stores only as <c>*_encrypted</c> columns. The imports are set-based SQL,
/// and AES-GCM with the application's key is not available in SQL, so before a phase that writes such a column
/// the clear values are read here, sealed with <see cref="FieldEncryption"/> and kept in v2.sealed_values
/// (keyed by the staged row's hash, so only new or changed rows are sealed again). The TableImport reads the
/// envelope from there; a row without one is quarantined rather than written in clear.
/// </summary>
public static class SensitiveValues
{
    /// <summary>Staged columns sealed before the payroll phase: the digits of the value are what is sealed.</summary>
    public static readonly IReadOnlyList<(string SourceTable, string Column)> Columns =
    [
        ("admin_central.super_fund_details", "account_no"),
        ("admin_central.pay_details", "tfn"),
        ("admin_central.pay_details", "account_no"),
    ];

    /// <summary>Seals every staged value that has no envelope for its current row hash. Returns how many were sealed.</summary>
    public static async Task<int> SealAsync(NpgsqlConnection connection, FieldEncryption encryption, CancellationToken ct)
    {
        var sealedCount = 0;
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var role = new NpgsqlCommand("set local role finnest_owner", connection, transaction))
            await role.ExecuteNonQueryAsync(ct);
        foreach (var (source, column) in Columns)
        {
            var ids = new List<long>();
            var hashes = new List<string>();
            var envelopes = new List<byte[]>();
            await using (var read = new NpgsqlCommand($"""
                select s.legacy_id, s.row_hash, regexp_replace(s.{column}, '[^0-9]', '', 'g')
                from {ExtractContract.Get(source).StagingTable} s
                where regexp_replace(s.{column}, '[^0-9]', '', 'g') <> ''
                  and not exists (select from v2.sealed_values v where v.source_table = @source and v.column_name = @column and v.legacy_id = s.legacy_id and v.row_hash = s.row_hash)
                """, connection, transaction))
            {
                read.Parameters.AddWithValue("source", source);
                read.Parameters.AddWithValue("column", column);
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    ids.Add(reader.GetInt64(0));
                    hashes.Add(reader.GetString(1));
                    envelopes.Add(encryption.Encrypt(reader.GetString(2)));
                }
            }
            await using var write = new NpgsqlCommand("""
                insert into v2.sealed_values (source_table, legacy_id, column_name, row_hash, envelope)
                select @source, v.legacy_id, @column, v.row_hash, v.envelope from unnest(@ids, @hashes, @envelopes) as v(legacy_id, row_hash, envelope)
                on conflict on constraint pk_sealed_values do update set row_hash = excluded.row_hash, envelope = excluded.envelope, sealed_at = now()
                """, connection, transaction);
            write.Parameters.AddWithValue("source", source);
            write.Parameters.AddWithValue("column", column);
            write.Parameters.AddWithValue("ids", ids.ToArray());
            write.Parameters.AddWithValue("hashes", hashes.ToArray());
            write.Parameters.AddWithValue("envelopes", envelopes.ToArray());
            sealedCount += await write.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return sealedCount;
    }
}
