using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The audit write path as of V202612110100 (triggers/audit_statement.sql): one plan for every
/// statement size, leaner queries on tables without sensitive columns, and old/new rows stored
/// with lz4. Each keeps what the log says.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class AuditPlanAndStorageTests(DatabaseFixture database)
{
    private static Task<IReadOnlyList<(string Name, string Operation, string? Changed, Guid RowId, Guid Org)>> TagEntriesAsync(SqlSession sql, Guid org) =>
        sql.QueryAsync<(string, string, string?, Guid, Guid)>(
            """
            select coalesce(new_row, old_row) ->> 'name', operation, array_to_string(changed_columns, ','), row_id, org_id
            from public.audit_log where org_id = @org and table_name = 'public.tags'
            order by 1, case operation when 'insert' then 1 when 'update' then 2 when 'soft_delete' then 3 when 'restore' then 4 else 5 end
            """, new { org });

    [Fact]
    public async Task a_bulk_update_after_single_row_updates_in_the_same_session_still_pairs_old_and_new_rows_by_hash_join()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.ExecuteAsync(
            "insert into public.tags (org_id, name) select @org, 't' || g from generate_series(1, 200) as g", new { org });
        var plans = new List<string>();
        sql.Connection.Notice += (_, e) => plans.Add(e.Notice.MessageText + "\n" + e.Notice.Detail);
        await sql.AsTenantAsync(org);
        // More single-row statements than PL/pgSQL plans individually before it keeps one plan for the session.
        for (var i = 1; i <= 8; i++)
            await sql.ExecuteAsync("update public.tags set colour = '#000000' where name = @name", new { name = $"t{i}" });

        await sql.AsSuperuserAsync();
        await sql.ExecuteAsync(
            """
            load 'auto_explain';
            set local auto_explain.log_min_duration = 0;
            set local auto_explain.log_nested_statements = on;
            set local auto_explain.log_level = notice;
            set local client_min_messages = notice;
            """);
        await sql.AsTenantAsync(org);
        Assert.Equal(200, await sql.ExecuteAsync("update public.tags set description = 'bulk'"));

        var auditPlan = Assert.Single(plans, p => p.Contains("insert into public.audit_log") && p.Contains("new_rows"));
        Assert.Contains("Hash Join", auditPlan);
        Assert.DoesNotContain("Nested Loop", auditPlan);
        await sql.AsSuperuserAsync();
        Assert.Equal(200, await sql.ScalarAsync<long>(
            "select count(*) from public.audit_log where org_id = @org and operation = 'update' and changed_columns = '{description}'", new { org }));
    }

    [Fact]
    public async Task on_a_table_without_sensitive_columns_every_kind_of_multi_row_statement_writes_one_entry_per_changed_row()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await sql.ExecuteAsync("insert into public.tags (org_id, name, colour) select @org, 't' || g, '#000000' from generate_series(1, 4) as g", new { org });
        // t1 and t2 really change; t3 and t4 get their own colour again (only updated_at moves): no entry.
        await sql.ExecuteAsync("update public.tags set colour = case when name in ('t1', 't2') then '#ffffff' else colour end");
        await sql.ExecuteAsync("update public.tags set deleted_at = now() where name in ('t2', 't3')");
        await sql.ExecuteAsync("update public.tags set deleted_at = null where name = 't3'");
        await sql.AsSuperuserAsync();
        await sql.ExecuteAsync("delete from public.tags where org_id = @org and name = 't4'", new { org });

        var ids = (await sql.QueryAsync<(string Name, Guid Id)>("select name, id from public.tags where org_id = @org", new { org })).ToDictionary(t => t.Name, t => t.Id);
        var entries = await TagEntriesAsync(sql, org);
        (string, string, string?)[] expected =
        [
            ("t1", "insert", null), ("t1", "update", "colour"),
            ("t2", "insert", null), ("t2", "update", "colour"), ("t2", "soft_delete", "deleted_at"),
            ("t3", "insert", null), ("t3", "soft_delete", "deleted_at"), ("t3", "restore", "deleted_at"),
            ("t4", "insert", null), ("t4", "delete", null),
        ];
        Assert.Equal(expected, entries.Select(e => (e.Name, e.Operation, e.Changed)));
        Assert.All(entries, e => Assert.Equal(org, e.Org));
        Assert.All(entries.Where(e => e.Name != "t4"), e => Assert.Equal(ids[e.Name], e.RowId));
    }

    [Fact]
    public async Task organisations_are_audited_as_their_own_tenant_by_the_queries_for_tables_without_sensitive_columns()
    {
        await using var sql = await database.BeginAsync();
        var slugs = new[] { $"a-{Guid.NewGuid():N}"[..20], $"b-{Guid.NewGuid():N}"[..20] };
        await sql.ExecuteAsync("insert into public.organisations (name, slug) select s, s from unnest(@slugs) as s", new { slugs });
        await sql.ExecuteAsync("update public.organisations set name = name || ' renamed' where slug = any(@slugs)", new { slugs });

        var entries = await sql.QueryAsync<(Guid Org, Guid RowId, Guid Id, string Operation, string? Changed)>(
            """
            select a.org_id, a.row_id, o.id, a.operation, array_to_string(a.changed_columns, ',')
            from public.audit_log as a join public.organisations as o on o.id = a.row_id
            where a.table_name = 'public.organisations' and o.slug = any(@slugs)
            order by o.slug, a.operation
            """, new { slugs });
        Assert.Equal(["insert:", "update:name", "insert:", "update:name"], entries.Select(e => $"{e.Operation}:{e.Changed}"));
        Assert.All(entries, e => Assert.Equal(e.Id, e.Org));
    }

    [Fact]
    public async Task old_and_new_rows_are_compressed_with_lz4_on_the_log_its_partitions_and_a_partition_created_later()
    {
        await using var sql = await database.BeginAsync();
        await sql.ExecuteAsync("select * from finnest.create_month_partition('public.audit_log', date '2031-05-01')");

        var methods = await sql.QueryAsync<(string Table, string Column, string Method)>(
            """
            select c.relname, a.attname, a.attcompression::text
            from pg_class c join pg_attribute a on a.attrelid = c.oid
            where a.attname in ('old_row', 'new_row')
              and (c.oid = 'public.audit_log'::regclass or c.oid in (select inhrelid from pg_inherits where inhparent = 'public.audit_log'::regclass))
            """);
        Assert.Contains(methods, m => m.Table == "audit_log_p2031_05");
        Assert.Contains(methods, m => m.Table == "audit_log_default");
        Assert.All(methods, m => Assert.Equal("l", m.Method));
    }

    [Fact]
    public async Task an_entry_past_the_toast_threshold_is_stored_with_lz4_and_reads_back_exactly_as_the_row_was()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        // About 4 kB of metadata per document: the entry of an update carries two of them.
        await sql.ExecuteAsync(
            """
            insert into public.tags (org_id, name, metadata)
            select @org, 'wide', jsonb_object_agg('key_' || g, 'a note about the shift pattern of crew ' || g) from generate_series(1, 80) as g
            """, new { org });
        var before = await sql.ScalarAsync<string>("select to_jsonb(t)::text from public.tags as t where name = 'wide'");
        await sql.ExecuteAsync("update public.tags set description = 'now described' where name = 'wide'");
        var after = await sql.ScalarAsync<string>("select to_jsonb(t)::text from public.tags as t where name = 'wide'");
        await sql.AsSuperuserAsync();

        var stored = await sql.QueryAsync<(string? OldMethod, string? NewMethod, bool OldSame, bool NewSame)>(
            """
            select pg_column_compression(old_row), pg_column_compression(new_row), old_row = @before::jsonb, new_row = @after::jsonb
            from public.audit_log where org_id = @org and operation = 'update'
            """, new { org, before, after });
        Assert.Equal([("lz4", "lz4", true, true)], stored);
    }
}
