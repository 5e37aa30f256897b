using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Integration;

/// <summary>Row-level security as the application role sees it: fail closed, one tenant at a time.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class TenantIsolationTests(DatabaseFixture database)
{
    private static async Task<(Guid A, Guid B, Guid OfficeA, Guid OfficeB)> TwoTenantsAsync(SqlSession sql)
    {
        var a = await sql.NewOrganisationAsync("Tenant A");
        var b = await sql.NewOrganisationAsync("Tenant B");
        var officeA = await sql.InsertAsync("public.offices", new { org_id = a, name = "Sydney", state = "NSW", postcode = "2000" });
        var officeB = await sql.InsertAsync("public.offices", new { org_id = b, name = "Perth", state = "WA", postcode = "6000", timezone = "Australia/Perth" });
        return (a, b, officeA, officeB);
    }

    [Fact]
    public async Task without_a_tenant_the_app_sees_zero_rows_and_cannot_write()
    {
        await using var sql = await database.BeginAsync();
        var (a, _, _, _) = await TwoTenantsAsync(sql);
        await sql.AsAppWithoutTenantAsync();

        Assert.Equal(0, await sql.ScalarAsync<long>("select count(*) from public.offices"));
        Assert.Equal(0, await sql.ScalarAsync<long>("select count(*) from public.organisations"));
        var error = await sql.RejectsAsync("insert into public.offices (org_id, name) values (@a, 'Sneaky')", new { a });
        Assert.Equal("42501", error.SqlState);
        Assert.Contains("row-level security", error.MessageText);
    }

    [Fact]
    public async Task a_tenant_set_locally_is_gone_in_the_next_transaction_without_a_uuid_error()
    {
        var settings = await database.CloneAsync();
        await using var connection = new Npgsql.NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        Guid org;
        await using (var arrange = new Npgsql.NpgsqlCommand(
            "with o as (insert into public.organisations (name, slug) values ('Local', 'local') returning id) insert into public.offices (org_id, name) select id, 'Hobart' from o returning org_id", connection))
            org = (Guid)(await arrange.ExecuteScalarAsync())!;
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await using var set = new Npgsql.NpgsqlCommand("set local role finnest_app; select set_config('app.org_id', @org, true)", connection, tx);
            set.Parameters.AddWithValue("org", org.ToString());
            await set.ExecuteNonQueryAsync();
            // Within the transaction the tenant sees its office...
            await using var count = new Npgsql.NpgsqlCommand("select count(*) from public.offices", connection, tx);
            Assert.Equal(1L, await count.ExecuteScalarAsync());
            await tx.CommitAsync();
        }
        // After SET LOCAL ends, current_setting returns '' rather than null: the helper must treat it as "no tenant".
        await using var next = new Npgsql.NpgsqlCommand("set role finnest_app; select count(*) from public.offices", connection);
        Assert.Equal(0L, await next.ExecuteScalarAsync());
        await using var tenant = new Npgsql.NpgsqlCommand("select finnest.current_org_id() is null", connection);
        Assert.Equal(true, await tenant.ExecuteScalarAsync());
    }

    [Fact]
    public async Task a_tenant_cannot_read_update_soft_delete_or_insert_another_tenants_rows()
    {
        await using var sql = await database.BeginAsync();
        var (a, b, officeA, officeB) = await TwoTenantsAsync(sql);
        await sql.AsTenantAsync(a);

        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from public.offices"));
        Assert.Equal(0, await sql.ScalarAsync<long>("select count(*) from public.offices where id = @officeB", new { officeB }));
        Assert.Equal(0, await sql.ExecuteAsync("update public.offices set name = 'Hijacked' where id = @officeB", new { officeB }));
        Assert.Equal(0, await sql.ExecuteAsync("update public.offices set deleted_at = now() where id = @officeB", new { officeB }));
        Assert.Equal(1, await sql.ExecuteAsync("update public.offices set name = 'Sydney CBD' where id = @officeA", new { officeA }));
        var insert = await sql.RejectsAsync("insert into public.offices (org_id, name) values (@b, 'Planted')", new { b });
        Assert.Equal("42501", insert.SqlState);
        Assert.Equal("new row violates row-level security policy for table \"offices\"", insert.MessageText);
        var move = await sql.RejectsAsync("update public.offices set org_id = @b where id = @officeA", new { b, officeA });
        Assert.Equal("42501", move.SqlState);
        Assert.Equal("new row violates row-level security policy for table \"offices\"", move.MessageText);

        await sql.AsSuperuserAsync();
        Assert.Equal("Perth", await sql.ScalarAsync<string>("select name from public.offices where id = @officeB", new { officeB }));
        Assert.Null(await sql.ScalarAsync<DateTime?>("select deleted_at from public.offices where id = @officeB", new { officeB }));
    }

    [Fact]
    public async Task a_reference_to_another_tenants_row_is_rejected_by_the_composite_foreign_key()
    {
        await using var sql = await database.BeginAsync();
        var (a, _, _, officeB) = await TwoTenantsAsync(sql);
        // Even the superuser, who bypasses RLS, cannot link tenant A's user to tenant B's office.
        var error = await sql.RejectsAsync(
            "insert into public.users (org_id, email, first_name, last_name, kind, primary_office_id) values (@a, 'x@a.com.au', 'X', 'Y', 'staff', @officeB)",
            new { a, officeB });
        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_users__primary_office_id", error.ConstraintName);
    }

    [Fact]
    public async Task the_app_can_soft_delete_but_never_hard_delete()
    {
        await using var sql = await database.BeginAsync();
        var (a, _, officeA, _) = await TwoTenantsAsync(sql);
        await sql.AsTenantAsync(a);

        Assert.Equal(1, await sql.ExecuteAsync("update public.offices set deleted_at = now() where id = @officeA", new { officeA }));
        var delete = await sql.RejectsAsync("delete from public.offices where id = @officeA", new { officeA });
        Assert.Equal("42501", delete.SqlState);
        Assert.Equal("permission denied for table offices", delete.MessageText);
        var truncate = await sql.RejectsAsync("truncate public.offices");
        Assert.Equal("42501", truncate.SqlState);
        Assert.Equal("permission denied for table offices", truncate.MessageText);
    }

    [Fact]
    public async Task a_business_key_can_be_reused_after_a_soft_delete_but_not_while_live()
    {
        await using var sql = await database.BeginAsync();
        var (a, _, _, _) = await TwoTenantsAsync(sql);
        await sql.AsTenantAsync(a);
        var tag = await sql.InsertAsync("public.tags", new { org_id = a, name = "forklift" });
        var duplicate = await sql.RejectsAsync("insert into public.tags (org_id, name) values (@a, 'forklift')", new { a });
        Assert.Equal("23505", duplicate.SqlState);
        Assert.Equal("uq_tags__org_id_name", duplicate.ConstraintName);
        await sql.ExecuteAsync("update public.tags set deleted_at = now() where id = @tag", new { tag });
        await sql.InsertAsync("public.tags", new { org_id = a, name = "forklift" });
    }

    [Fact]
    public async Task an_invalid_abn_is_rejected_and_a_valid_one_accepted()
    {
        await using var sql = await database.BeginAsync();
        var bad = await sql.RejectsAsync("insert into public.organisations (name, slug, abn) values ('Bad', 'bad-abn', '51824753557')");
        Assert.Equal("ck_organisations__abn_checksum", bad.ConstraintName);
        await sql.InsertAsync("public.organisations", new { name = "Good", slug = "good-abn", abn = "51824753556" });
    }

    [Fact]
    public async Task updated_at_follows_every_update()
    {
        await using var sql = await database.BeginAsync();
        var (_, _, officeA, _) = await TwoTenantsAsync(sql);
        await sql.ExecuteAsync("update public.offices set updated_at = '2000-01-01', name = 'Renamed' where id = @officeA", new { officeA });
        Assert.True(await sql.ScalarAsync<bool>("select updated_at = now() from public.offices where id = @officeA", new { officeA }));
    }
}
