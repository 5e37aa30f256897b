using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The statement-level audit triggers (triggers/audit_statement.sql) keep the promises of the
/// row-level audit for statements of many rows: one entry per changed row, operations, changed
/// columns, redaction, and the actor the session claims with whether it belongs to the tenant.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class AuditSetBasedTests(DatabaseFixture database)
{
    private const string Employees = "people.employees";

    /// <summary>
    /// Inserts <paramref name="count"/> employees in one statement; every third has no tax file number, the others
    /// a 30-byte value shaped like the encrypted envelope (version byte 0x01) that the column's check requires.
    /// </summary>
    private static Task<int> InsertEmployeesAsync(SqlSession sql, Guid org, int count, string updatedAt = "now()") => sql.ExecuteAsync(
        $"""
        insert into people.employees (org_id, employee_number, first_name, last_name, employment_type, tax_file_number_encrypted, updated_at)
        select @org, 'E' || g, 'First' || g, 'Last' || g, 'casual', case when g % 3 = 0 then null else decode('01' || repeat('02', 29), 'hex') end, {updatedAt}
        from generate_series(1, @count) as g
        """, new { org, count });

    private static Task<IReadOnlyList<(string Operation, Guid RowId, string? OldTfn, string? NewTfn, string[]? Changed, Guid? Actor, bool? Verified)>> EntriesAsync(
        SqlSession sql, Guid org, string operation) =>
        sql.QueryAsync<(string, Guid, string?, string?, string[]?, Guid?, bool?)>(
            """
            select operation, row_id, old_row ->> 'tax_file_number_encrypted', new_row ->> 'tax_file_number_encrypted',
                   changed_columns, actor_id, actor_verified
            from public.audit_log where org_id = @org and table_name = 'people.employees' and operation = @operation
            """, new { org, operation });

    private static async Task<Guid> UserOfAsync(SqlSession sql, Guid org) =>
        await sql.InsertAsync("public.users", new { org_id = org, email = $"{Guid.NewGuid():N}@example.com", first_name = "Ada", last_name = "Audit", kind = "staff" });

    [Fact]
    public async Task an_insert_select_of_many_rows_writes_one_redacted_insert_entry_per_row()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var user = await UserOfAsync(sql, org);
        await sql.AsTenantAsync(org, user);

        Assert.Equal(300, await InsertEmployeesAsync(sql, org, 300));

        var entries = await EntriesAsync(sql, org, "insert");
        var ids = await sql.QueryAsync<Guid>("select id from people.employees");
        Assert.Equal(ids.Order(), entries.Select(e => e.RowId).Order());
        Assert.All(entries, e => Assert.Equal((user, true, (string?)null, (string[]?)null), (e.Actor!.Value, e.Verified!.Value, e.OldTfn, e.Changed)));
        Assert.Equal(200, entries.Count(e => e.NewTfn == "[redacted]"));
        Assert.Equal(100, entries.Count(e => e.NewTfn is null));
        // The envelope's bytes in clear (0x01 then 0x02s); a short pattern such as 0102 also turns up in random uuids.
        Assert.Equal(0, await sql.ScalarAsync<long>("select count(*) from public.audit_log where org_id = @org and (new_row::text like '%0102020202020202%' or old_row::text like '%0102020202020202%')", new { org }));
    }

    [Fact]
    public async Task an_update_audits_only_the_rows_it_really_changed_with_their_changed_columns()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        // updated_at in the past, so that set_updated_at changes it on every row the update touches.
        await InsertEmployeesAsync(sql, org, 30, "timestamptz '2020-01-01'");
        await sql.AsTenantAsync(org, await UserOfAsync(sql, org));

        var touched = await sql.ExecuteAsync(
            """
            update people.employees set
                last_name = case when employee_number in ('E1', 'E2', 'E3', 'E4') then 'Changed' else last_name end,
                tax_file_number_encrypted = case when employee_number = 'E1' then decode('01' || repeat('09', 29), 'hex') else tax_file_number_encrypted end
            """);

        Assert.Equal(30, touched);
        Assert.Equal(30, await sql.ScalarAsync<long>("select count(*) from people.employees where updated_at > '2020-01-01'"));
        var entries = await EntriesAsync(sql, org, "update");
        Assert.Equal(4, entries.Count);
        var byNumber = (await sql.QueryAsync<(Guid Id, string Number)>("select id, employee_number from people.employees")).ToDictionary(r => r.Id, r => r.Number);
        Assert.Equal(["E1", "E2", "E3", "E4"], entries.Select(e => byNumber[e.RowId]).Order());
        var first = entries.Single(e => byNumber[e.RowId] == "E1");
        Assert.Equal(["last_name", "tax_file_number_encrypted"], first.Changed!);
        Assert.Equal(("[redacted]", "[redacted]"), (first.OldTfn, first.NewTfn));
        Assert.All(entries.Where(e => e != first), e => Assert.Equal(["last_name"], e.Changed!));
        Assert.Equal(4, await sql.ScalarAsync<long>(
            "select count(*) from public.audit_log where org_id = @org and operation = 'update' and old_row ->> 'last_name' like 'Last%' and new_row ->> 'last_name' = 'Changed'", new { org }));
    }

    [Fact]
    public async Task soft_deleting_restoring_and_deleting_many_rows_writes_one_entry_of_the_right_kind_per_row()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await InsertEmployeesAsync(sql, org, 40);
        await sql.AsTenantAsync(org, await UserOfAsync(sql, org));

        Assert.Equal(25, await sql.ExecuteAsync("update people.employees set deleted_at = now() where substr(employee_number, 2)::int <= 25"));
        Assert.Equal(10, await sql.ExecuteAsync("update people.employees set deleted_at = null where substr(employee_number, 2)::int <= 10"));
        await sql.AsSuperuserAsync();
        await sql.ExecuteAsync("select set_config('app.user_id', '', true)");
        Assert.Equal(15, await sql.ExecuteAsync("delete from people.employees where org_id = @org and deleted_at is not null", new { org }));

        var softDeletes = await EntriesAsync(sql, org, "soft_delete");
        Assert.Equal(25, softDeletes.Count);
        Assert.All(softDeletes, e => Assert.Equal(["deleted_at"], e.Changed!));
        Assert.Equal(10, (await EntriesAsync(sql, org, "restore")).Count);
        var deletes = await EntriesAsync(sql, org, "delete");
        Assert.Equal(15, deletes.Count);
        Assert.All(deletes, e => Assert.Null(e.NewTfn));
        Assert.Contains(deletes, e => e.OldTfn == "[redacted]");
        // Run by the superuser with no app.user_id: no actor claimed.
        Assert.All(deletes, e => Assert.Equal((null, null), (e.Actor, e.Verified)));
    }

    [Fact]
    public async Task every_sensitive_column_holding_a_value_is_redacted_and_a_null_one_stays_null()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var builder = new Finnest.Database.Schema.SchemaBuilder();
        builder.TenantTable("public.redaction_pair_probe", "Test table.", t =>
        {
            t.Encrypted("tfn_encrypted");
            t.Text("medical_details").Sensitive();
            t.Text("visible");
        });
        foreach (var statement in builder.Statements) await sql.ExecuteAsync(statement);

        await sql.ExecuteAsync(
            "insert into public.redaction_pair_probe (org_id, tfn_encrypted, medical_details, visible) select @org, '\\x01'::bytea, case when g = 1 then 'asthma' end, 'v' || g from generate_series(1, 2) as g",
            new { org });
        await sql.ExecuteAsync("update public.redaction_pair_probe set medical_details = 'none', visible = 'w'");

        var logged = await sql.QueryAsync<string>(
            "select operation || ':' || coalesce(old_row ->> 'medical_details', '-') || ':' || coalesce(new_row ->> 'medical_details', '-') || ':' || coalesce(new_row ->> 'tfn_encrypted', '-') || ':' || (new_row ->> 'visible') from public.audit_log where table_name = 'public.redaction_pair_probe' order by 1");
        Assert.Equal(["insert:-:-:[redacted]:v2", "insert:-:[redacted]:[redacted]:v1", "update:-:[redacted]:[redacted]:w", "update:[redacted]:[redacted]:[redacted]:w"], logged);
    }

    [Fact]
    public async Task a_forged_or_foreign_actor_is_recorded_as_unverified()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        var ownUser = await UserOfAsync(sql, org);
        var foreignUser = await UserOfAsync(sql, other);
        var unknownUser = Guid.NewGuid();

        foreach (var (claim, tag) in new[] { (ownUser.ToString(), "own"), (foreignUser.ToString(), "foreign"), (unknownUser.ToString(), "unknown"), ("root", "garbage"), ("", "none") })
        {
            await sql.ExecuteAsync("set local role finnest_app; select set_config('app.org_id', @org, true), set_config('app.user_id', @claim, true)",
                new { org = org.ToString(), claim });
            await sql.InsertAsync("public.tags", new { org_id = org, name = tag });
            await sql.AsSuperuserAsync();
        }

        var logged = (await sql.QueryAsync<(string Tag, Guid? Actor, bool? Verified)>(
                "select new_row ->> 'name', actor_id, actor_verified from public.audit_log where org_id = @org and table_name = 'public.tags'", new { org }))
            .ToDictionary(r => r.Tag, r => (r.Actor, r.Verified));
        Assert.Equal((ownUser, true), logged["own"]);
        Assert.Equal((foreignUser, false), logged["foreign"]);
        Assert.Equal((unknownUser, false), logged["unknown"]);
        Assert.Equal((null, false), logged["garbage"]);
        Assert.Equal((null, null), logged["none"]);
    }

    [Fact]
    public async Task an_upsert_audits_its_inserted_rows_as_inserts_and_its_updated_rows_as_updates()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await sql.ExecuteAsync("insert into public.feature_flags (org_id, key) values (@org, 'roster.auto_fill')", new { org });

        await sql.ExecuteAsync(
            """
            insert into public.feature_flags (org_id, key, enabled) values (@org, 'roster.auto_fill', true), (@org, 'pay.fast', true)
            on conflict (org_id, key) where deleted_at is null do update set enabled = excluded.enabled
            """, new { org });

        var entries = await sql.QueryAsync<(string Operation, string Key, string Changed)>(
            "select operation, new_row ->> 'key', coalesce(array_to_string(changed_columns, ','), '') from public.audit_log where org_id = @org and table_name = 'public.feature_flags' order by operation, new_row ->> 'key'", new { org });
        Assert.Equal([("insert", "pay.fast", ""), ("insert", "roster.auto_fill", ""), ("update", "roster.auto_fill", "enabled")], entries);
    }

    [Fact]
    public async Task changing_a_row_id_is_refused_because_the_audit_pairs_rows_by_id()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var tag = await sql.InsertAsync("public.tags", new { org_id = org, name = "stable" });

        var error = await sql.RejectsAsync("update public.tags set id = gen_random_uuid() where id = @tag", new { tag });

        Assert.Contains("public.tags: id is immutable", error.MessageText);
        Assert.Equal("23000", error.SqlState);
    }

    [Fact]
    public async Task the_app_cannot_call_the_audit_function_or_write_the_new_column()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var forged = await sql.RejectsAsync(
            "insert into public.audit_log (org_id, table_name, operation, row_id, actor_role, actor_verified, transaction_id) values (@org, 'public.tags', 'insert', gen_random_uuid(), 'x', true, 1)", new { org });
        Assert.Equal("42501", forged.SqlState);
        Assert.Contains("permission denied for table audit_log", forged.MessageText);
        Assert.Contains("permission denied for table audit_log", (await sql.RejectsAsync("update public.audit_log set actor_verified = true")).MessageText);
    }
}
