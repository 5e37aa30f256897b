using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// Every *_encrypted column accepts only the FieldEncryption envelope (version 0x01, 12-byte
/// nonce, 16-byte tag, at least one byte of ciphertext): clear bytes cannot be stored by mistake.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class EncryptedColumnTests(DatabaseFixture database)
{
    [Fact]
    public async Task a_tax_file_number_stored_in_clear_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into people.employees (org_id, first_name, last_name, employment_type, tax_file_number_encrypted) values (@org, 'Ada', 'Lovelace', 'full_time', convert_to('123456782', 'UTF8'))",
            new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_employees__tax_file_number_encrypted_envelope", error.ConstraintName);
    }

    [Fact]
    public async Task a_value_encrypted_with_field_encryption_is_accepted()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var sealedTfn = FieldEncryption.Development.Encrypt("123456782");

        var employee = await sql.InsertAsync("people.employees", new
        {
            org_id = org, first_name = "Ada", last_name = "Lovelace", employment_type = "full_time", tax_file_number_encrypted = sealedTfn,
        });

        var stored = await sql.ScalarAsync<byte[]>("select tax_file_number_encrypted from people.employees where id = @employee", new { employee });
        Assert.Equal("123456782", FieldEncryption.Development.Decrypt(stored!));
    }

    [Theory]
    [InlineData(0x00, 30)] // the older seeder format: nonce first, no version byte
    [InlineData(0x01, 29)] // a header with no ciphertext
    [InlineData(0x02, 40)] // an unknown version
    public async Task a_value_that_is_not_a_version_1_envelope_is_rejected(byte first, int length)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var value = new byte[length];
        value[0] = first;
        for (var i = 1; i < length; i++) value[i] = (byte)(i * 7);

        var error = await sql.RejectsAsync(
            "insert into people.employees (org_id, first_name, last_name, employment_type, tax_file_number_encrypted) values (@org, 'Ada', 'Lovelace', 'full_time', @value)",
            new { org, value });

        Assert.Equal("ck_employees__tax_file_number_encrypted_envelope", error.ConstraintName);
    }

    [Fact]
    public async Task every_encrypted_column_has_an_envelope_check_and_says_so_in_its_comment()
    {
        await using var sql = await database.BeginAsync();

        var columns = await sql.QueryAsync<(string Table, string Relation, string Column, string? Comment)>(
            """
            select c.relnamespace::regnamespace::text || '.' || c.relname, c.relname::text, a.attname::text, col_description(c.oid, a.attnum)
            from pg_attribute a join pg_class c on c.oid = a.attrelid
            where a.attname like '%\_encrypted' and a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p')
              and not c.relispartition and c.relnamespace::regnamespace::text not in ('archive', 'pg_catalog', 'information_schema')
            order by 1, 3
            """);
        var checks = (await sql.QueryAsync<(string Name, string Definition)>(
            "select conname::text, pg_get_constraintdef(oid) from pg_constraint where contype = 'c' and conname like '%\\_envelope'"))
            .ToDictionary(k => k.Name, k => k.Definition);

        Assert.True(columns.Count >= 7, $"found {columns.Count} encrypted columns");
        Assert.Empty(columns.Where(c => !(checks.TryGetValue($"ck_{c.Relation}__{c.Column}_envelope", out var definition)
                                          && definition == $"CHECK (finnest.is_field_envelope({c.Column}))")).Select(c => $"{c.Table}.{c.Column}"));
        Assert.Empty(columns.Where(c => c.Comment is null || !c.Comment.Contains("Envelope (FieldEncryption v1)")).Select(c => $"{c.Table}.{c.Column}"));
    }
}
