using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Infrastructure;

/// <summary>
/// Every *_encrypted column accepted any bytes, so a clear tax file number could be stored as-is
/// and look encrypted. Each now has a CHECK that its value is the envelope FieldEncryption
/// writes (documented in docs/design/encrypted-columns.md and in each column comment):
/// <c>0x01 (version: AES-256-GCM) | nonce, 12 bytes | tag, 16 bytes | ciphertext, 1 byte or more</c>,
/// so at least 30 bytes starting 0x01. The database cannot tell a good ciphertext from random
/// bytes behind a valid header, but it refuses clear text, truncated values and other formats.
/// Existing rows: the check is added NOT VALID and validated at once where every row already
/// conforms; where some do not (values written by the older seeder, nonce | tag | ciphertext with
/// no version byte), it guards new writes only and the migration says which constraint to validate
/// once those rows are re-encrypted.
/// </summary>
[Migration(202612030300, "encrypted columns accept only the FieldEncryption envelope (version byte, nonce, tag, ciphertext)")]
public sealed class V202612030300_EncryptedColumnEnvelopes : Migration
{
    /// <summary>Every column declared with TableBuilder.Encrypted, as (table, column).</summary>
    private static readonly (string Table, string Column)[] EncryptedColumns =
    [
        ("onboard.tfn_declarations", "tfn_encrypted"),
        ("onboard.super_choices", "smsf_account_number_encrypted"),
        ("onboard.bank_details", "account_number_encrypted"),
        ("people.employees", "tax_file_number_encrypted"),
        ("payroll.super_funds", "smsf_account_number_encrypted"),
        ("payroll.payments", "account_number_encrypted"),
        ("reach.channels", "credentials_encrypted"),
    ];

    private const string EnvelopeNote =
        " Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.";

    private static string ConstraintName(string table, string column) => $"ck_{SqlNames.Split(table).Table}__{column}_envelope";

    public override void Up(SchemaBuilder db)
    {
        db.Sql($"""
            create function finnest.is_field_envelope(value bytea) returns boolean
            language sql immutable parallel safe set search_path = '' as $$
                select case when value is null then true
                            when length(value) >= {FieldEncryption.HeaderLength + 1} then get_byte(value, 0) = {FieldEncryption.Version1}
                            else false end
            $$;
            """);
        db.Sql("comment on function finnest.is_field_envelope(bytea) is 'True when a value has the shape of a FieldEncryption version 1 envelope: 0x01, 12-byte nonce, 16-byte tag, at least 1 byte of ciphertext (30 bytes or more). Null passes (the column''s own NOT NULL decides).';");
        db.Sql("grant execute on function finnest.is_field_envelope(bytea) to finnest_app, finnest_readonly;");

        foreach (var (table, column) in EncryptedColumns)
        {
            var name = ConstraintName(table, column);
            db.Sql($"alter table {table} add constraint {name} check (finnest.is_field_envelope({column})) not valid;");
            db.Sql($"""
                do $$
                begin
                    if exists (select from {table} where not finnest.is_field_envelope({column})) then
                        raise notice '{table}.{column}: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table {table} validate constraint {name};';
                    else
                        alter table {table} validate constraint {name};
                    end if;
                end
                $$;
                """);
            db.Sql($"""
                do $$
                begin
                    execute format('comment on column {table}.{column} is %L',
                        coalesce(col_description('{table}'::regclass, (select attnum from pg_attribute where attrelid = '{table}'::regclass and attname = '{column}')), '')
                        || {SqlNames.Literal(EnvelopeNote)});
                end
                $$;
                """);
            db.Sql($"comment on constraint {name} on {table} is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';");
        }
    }

    public override void Down(SchemaBuilder db)
    {
        foreach (var (table, column) in EncryptedColumns)
        {
            db.Sql($"alter table {table} drop constraint {ConstraintName(table, column)};");
            db.Sql($"""
                do $$
                begin
                    execute format('comment on column {table}.{column} is %L',
                        replace(col_description('{table}'::regclass, (select attnum from pg_attribute where attrelid = '{table}'::regclass and attname = '{column}')),
                                {SqlNames.Literal(EnvelopeNote)}, ''));
                end
                $$;
                """);
        }
        db.Sql("drop function finnest.is_field_envelope(bytea);");
    }
}
