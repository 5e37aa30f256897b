using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Integration;

[Collection(DatabaseCollection.Name)]
public sealed class AuditAndAppendOnlyTests(DatabaseFixture database)
{
    [Fact]
    public async Task insert_update_and_soft_delete_are_audited_with_actor_and_changed_columns()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var user = Guid.NewGuid();
        await sql.AsTenantAsync(org, user);
        var office = await sql.InsertAsync("public.offices", new { org_id = org, name = "Brisbane", state = "QLD" });
        await sql.ExecuteAsync("update public.offices set name = 'Brisbane North' where id = @office", new { office });
        await sql.ExecuteAsync("update public.offices set deleted_at = now() where id = @office", new { office });

        var rows = await sql.QueryAsync<(string Operation, Guid? Actor, string[]? Changed, string? NewName)>(
            "select operation, actor_id, changed_columns, new_row ->> 'name' from public.audit_log where row_id = @office order by id", new { office });
        Assert.Equal(["insert", "soft_delete", "update"], rows.Select(r => r.Operation).Order());
        Assert.All(rows, r => Assert.Equal(user, r.Actor));
        Assert.Contains(rows, r => r.Operation == "update" && r.Changed!.SequenceEqual(["name"]));
    }

    [Fact]
    public async Task the_app_can_read_its_own_audit_rows_but_not_forge_them()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await sql.InsertAsync("public.tags", new { org_id = org, name = "audited" });
        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from public.audit_log where table_name = 'public.tags'"));
        var forge = await sql.RejectsAsync(
            "insert into public.audit_log (org_id, table_name, operation, row_id, actor_role, transaction_id) values (@org, 'public.tags', 'delete', gen_random_uuid(), 'x', 1)", new { org });
        Assert.Equal("42501", forge.SqlState);
        Assert.Equal("permission denied for table audit_log", forge.MessageText);
    }

    [Fact]
    public async Task sensitive_columns_are_redacted_in_the_audit_log()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        // A throwaway tenant table with a sensitive column, built like every other one.
        var builder = new Finnest.Database.Schema.SchemaBuilder();
        builder.TenantTable("public.redaction_probe", "Test table.", t => t.Encrypted("tax_file_number_encrypted"));
        foreach (var statement in builder.Statements) await sql.ExecuteAsync(statement);
        await sql.ExecuteAsync("insert into public.redaction_probe (org_id, tax_file_number_encrypted) values (@org, '\\x0102'::bytea)", new { org });

        var logged = await sql.ScalarAsync<string>("select new_row ->> 'tax_file_number_encrypted' from public.audit_log where table_name = 'public.redaction_probe'");
        Assert.Equal("[redacted]", logged);
    }

    [Theory]
    [InlineData("events.domain_events")]
    [InlineData("public.audit_log")]
    public async Task update_delete_and_truncate_on_an_append_only_log_raise(string table)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.InsertAsync("public.tags", new { org_id = org, name = "makes an audit row" });
        await sql.ExecuteAsync("insert into events.domain_events (org_id, domain, event_type, payload) values (@org, 'people', 'EmployeeHired', '{}')", new { org });

        foreach (var statement in new[] { $"update {table} set org_id = org_id", $"delete from {table}", $"truncate {table}" })
        {
            var error = await sql.RejectsAsync(statement);
            Assert.Contains("is append-only", error.MessageText);
        }
        // Aimed at a partition directly, TRUNCATE still raises: every partition carries block_truncate.
        var partition = await sql.ScalarAsync<string>($"select tableoid::regclass::text from {table} limit 1");
        Assert.Contains("is append-only", (await sql.RejectsAsync($"truncate {partition}")).MessageText);
    }

    [Fact]
    public async Task the_app_role_has_no_rights_on_partitions_directly()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.ExecuteAsync("insert into events.domain_events (org_id, domain, event_type, payload) values (@org, 'people', 'EmployeeHired', '{}')", new { org });
        var partition = await sql.ScalarAsync<string>("select tableoid::regclass::text from events.domain_events limit 1");
        await sql.AsTenantAsync(org);
        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from events.domain_events"));
        var direct = await sql.RejectsAsync($"select * from {partition}");
        Assert.Equal("42501", direct.SqlState);
        Assert.Equal($"permission denied for table {partition!.Split('.')[1]}", direct.MessageText);
    }

    [Fact]
    public async Task events_of_another_tenant_are_invisible_to_the_app()
    {
        await using var sql = await database.BeginAsync();
        var a = await sql.NewOrganisationAsync();
        var b = await sql.NewOrganisationAsync();
        await sql.ExecuteAsync("insert into events.domain_events (org_id, domain, event_type, payload) values (@a, 'roster', 'ShiftPublished', '{}'), (@b, 'roster', 'ShiftPublished', '{}')", new { a, b });
        await sql.AsTenantAsync(a);
        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from events.domain_events"));
        var forged = await sql.RejectsAsync("insert into events.domain_events (org_id, domain, event_type, payload) values (@b, 'roster', 'Forged', '{}')", new { b });
        Assert.Equal("42501", forged.SqlState);
        Assert.Equal("new row violates row-level security policy for table \"domain_events\"", forged.MessageText);
    }
}
