using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The cheaper audit write path (triggers/audit_statement.sql as of V202612060100): changed columns
/// sorted without a subquery for one or two columns, redaction of a table's single sensitive column
/// by jsonb, no JIT, and an audit log without a per-row foreign key to organisations. Each keeps
/// the meaning the log had before.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class AuditWritePathTests(DatabaseFixture database)
{
    private static Task<int> InsertEmployeesAsync(SqlSession sql, Guid org, int count) => sql.ExecuteAsync(
        """
        insert into people.employees (org_id, employee_number, first_name, last_name, phone, employment_type, tax_file_number_encrypted)
        select @org, 'E' || g, 'First' || g, 'Last' || g, '+61400000' || lpad(g::text, 3, '0'), 'casual',
               case when g % 2 = 0 then null else decode('01' || repeat('03', 29), 'hex') end
        from generate_series(1, @count) as g
        """, new { org, count });

    private static Task<IReadOnlyList<(string Number, string Changed)>> ChangedColumnsAsync(SqlSession sql, Guid org) =>
        sql.QueryAsync<(string, string)>(
            """
            select new_row ->> 'employee_number', array_to_string(changed_columns, ',')
            from public.audit_log where org_id = @org and table_name = 'people.employees' and operation = 'update'
            order by 1
            """, new { org });

    [Fact]
    public async Task changed_columns_are_listed_alphabetically_whether_one_two_or_three_changed()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await InsertEmployeesAsync(sql, org, 4);
        await sql.AsTenantAsync(org);

        // "phone" is shorter than "last_name", so hstore lists it first: the log must not.
        await sql.ExecuteAsync(
            """
            update people.employees set
                phone = case when employee_number in ('E2', 'E3') then '+61499999999' else phone end,
                last_name = case when employee_number in ('E1', 'E2', 'E3') then 'Changed' else last_name end,
                first_name = case when employee_number = 'E3' then 'Changed' else first_name end
            """);

        Assert.Equal([("E1", "last_name"), ("E2", "last_name,phone"), ("E3", "first_name,last_name,phone")], await ChangedColumnsAsync(sql, org));
    }

    [Fact]
    public async Task a_single_sensitive_column_is_redacted_when_it_holds_a_value_and_stays_json_null_when_it_does_not()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await InsertEmployeesAsync(sql, org, 4);
        // E1 keeps its value, E2 gains one, E3 loses it, E4 stays without: only last_name changes on E1 and E4.
        await sql.ExecuteAsync(
            """
            update people.employees set
                last_name = 'Changed',
                tax_file_number_encrypted = case employee_number when 'E2' then decode('01' || repeat('04', 29), 'hex')
                                                                 when 'E3' then null else tax_file_number_encrypted end
            """);

        var logged = await sql.QueryAsync<(string Number, string Old, string New, string Changed)>(
            """
            select new_row ->> 'employee_number', jsonb_typeof(old_row -> 'tax_file_number_encrypted') || ':' || coalesce(old_row ->> 'tax_file_number_encrypted', '-'),
                   jsonb_typeof(new_row -> 'tax_file_number_encrypted') || ':' || coalesce(new_row ->> 'tax_file_number_encrypted', '-'),
                   array_to_string(changed_columns, ',')
            from public.audit_log where org_id = @org and operation = 'update' order by 1
            """, new { org });
        Assert.Equal(
            [
                ("E1", "string:[redacted]", "string:[redacted]", "last_name"),
                ("E2", "null:-", "string:[redacted]", "last_name,tax_file_number_encrypted"),
                ("E3", "string:[redacted]", "null:-", "last_name,tax_file_number_encrypted"),
                ("E4", "null:-", "null:-", "last_name"),
            ], logged);
        Assert.Equal(0, await sql.ScalarAsync<long>(
            "select count(*) from public.audit_log where org_id = @org and (old_row::text like '%\\\\x01%' or new_row::text like '%\\\\x01%')", new { org }));
    }

    [Fact]
    public async Task without_the_foreign_key_the_app_still_cannot_put_an_audit_entry_in_another_tenants_log()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        const string OthersLog = "select count(*) from public.audit_log where org_id = @other";
        var before = await sql.ScalarAsync<long>(OthersLog, new { other });
        await sql.AsTenantAsync(org);

        var direct = await sql.RejectsAsync(
            "insert into public.audit_log (org_id, table_name, operation, row_id, actor_role, transaction_id) values (@other, 'public.tags', 'insert', gen_random_uuid(), 'x', 1)",
            new { other });
        Assert.Equal(("42501", "permission denied for table audit_log"), (direct.SqlState, direct.MessageText));

        // Through the trigger: a row for another tenant never gets written, so neither does its entry.
        var viaRow = await sql.RejectsAsync("insert into public.tags (org_id, name) values (@other, 'foreign')", new { other });
        Assert.Equal(("42501", "new row violates row-level security policy for table \"tags\""), (viaRow.SqlState, viaRow.MessageText));

        await sql.AsSuperuserAsync();
        Assert.Equal(before, await sql.ScalarAsync<long>(OthersLog, new { other }));
        Assert.Null(await sql.ScalarAsync<string>(
            "select conname from pg_constraint where conrelid = 'public.audit_log'::regclass and contype = 'f'"));
    }

    [Fact]
    public async Task every_audit_entry_names_an_organisation_that_existed_when_it_was_written()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await InsertEmployeesAsync(sql, org, 20);
        await sql.ExecuteAsync("update people.employees set deleted_at = now()");
        await sql.AsSuperuserAsync();

        Assert.Equal(0, await sql.ScalarAsync<long>(
            "select count(*) from public.audit_log as a where not exists (select from public.organisations as o where o.id = a.org_id)"));
        Assert.Equal(40, await sql.ScalarAsync<long>("select count(*) from public.audit_log where org_id = @org and table_name = 'people.employees'", new { org }));
    }

    [Fact]
    public async Task the_audit_function_never_jit_compiles_even_when_the_session_asks_for_it_on_every_query()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await InsertEmployeesAsync(sql, org, 50);
        await sql.AsTenantAsync(org);
        await sql.ExecuteAsync("set local jit = on; set local jit_above_cost = 0");

        // The function's own setting wins inside it, whatever the session chose.
        Assert.Contains("jit=off", await sql.ScalarAsync<string[]>("select proconfig from pg_proc where oid = 'finnest.audit_statement()'::regprocedure") ?? []);
        Assert.Equal(50, await sql.ExecuteAsync("update people.employees set last_name = last_name || '!'"));
        Assert.Equal(50, await sql.ScalarAsync<long>("select count(*) from public.audit_log where org_id = @org and operation = 'update'", new { org }));
    }
}
