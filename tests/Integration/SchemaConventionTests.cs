using Dapper;
using Finnest.Database.Engine.Catalog;
using Finnest.Database.Schema;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// docs/design/CONVENTIONS.md checked on the live catalog for every table in every domain schema,
/// so a table added later cannot skip a rule. A table's kind is the one the schema registry
/// records (written by the builder), never guessed from its columns; the shape each kind implies is
/// what these tests check. Each test lists every offender, not just the first.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SchemaConventionTests(DatabaseFixture database)
{
    private static readonly string[] DomainSchemas = [.. Schema.DomainSchemas.All];

    /// <summary>A registered table and the facts of its live shape the rules below look at.</summary>
    private sealed record TableInfo(CatalogTable Table)
    {
        public string Name => Table.Name;
        public string Qualified => Table.QualifiedName;
        public string? Comment => Table.Comment;
        public bool Rls => Table.RowLevelSecurity;
        public bool ForceRls => Table.ForceRowLevelSecurity;
        public bool Partitioned => Table.Kind == TableKind.AppendOnlyLog;
        public bool IsTenantRoot => Table.Kind == TableKind.TenantRoot;
        public bool IsTenant => Table.Kind == TableKind.Tenant;
        public bool IsReference => Table.Kind == TableKind.Reference;
        public bool HasOrgId => Has("org_id");
        public bool HasDeletedAt => Has("deleted_at");
        public bool HasUpdatedAt => Has("updated_at");
        public bool Has(string column) => Table.Columns.Any(c => c.Name == column);
    }

    private async Task<(NpgsqlConnection Connection, IReadOnlyList<TableInfo> Tables)> TablesAsync()
    {
        var connection = new NpgsqlConnection(database.Cluster.Settings(TestCluster.SharedDatabase).ConnectionString);
        await connection.OpenAsync();
        var tables = (await SchemaCatalog.ReadAsync(connection)).Select(t => new TableInfo(t)).ToList();
        return (connection, tables);
    }

    [Fact]
    public async Task every_table_in_a_domain_schema_has_a_registry_row_and_every_row_a_table()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        var gaps = await SchemaCatalog.FindGapsAsync(c);
        AssertNone(gaps.Unregistered, "table without a row in finnest.registered_tables (create tables with the builder)");
        AssertNone(gaps.Missing, "registry row without a table");
        Assert.True(tables.Count >= 190, $"{tables.Count} registered tables");
    }

    [Fact]
    public async Task a_table_created_outside_the_builder_is_reported_as_unregistered()
    {
        await using var sql = await database.BeginAsync();
        await sql.ExecuteAsync("create table people.made_by_hand (id uuid primary key)");
        var gaps = await SchemaCatalog.FindGapsAsync(sql.Connection);
        Assert.Equal(["people.made_by_hand"], gaps.Unregistered);
    }

    [Fact]
    public async Task every_table_has_the_shape_of_its_registered_kind()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        var partitioned = (await c.QueryAsync<string>(
            "select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'p'")).ToHashSet();
        AssertNone(tables.Where(t => t.IsTenant && !(t.HasOrgId && !partitioned.Contains(t.Qualified))).Select(t => t.Qualified),
            "registered as tenant but without org_id, or partitioned");
        AssertNone(tables.Where(t => (t.IsReference || t.IsTenantRoot) && t.HasOrgId).Select(t => t.Qualified),
            "registered as reference or tenant root but has org_id");
        AssertNone(tables.Where(t => t.Partitioned != partitioned.Contains(t.Qualified) || t.Partitioned != (t.Table.Partition is not null)).Select(t => t.Qualified),
            "append-only log kind, partitioning and partition spec (finnest.partitioned_tables) disagree");
    }

    [Fact]
    public async Task every_soft_reference_is_an_indexed_uuid_column_pointing_at_a_registered_table_of_another_schema()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        var registered = tables.Select(t => t.Qualified).ToHashSet();
        var softRefs = tables.SelectMany(t => t.Table.SoftReferences.Select(r => (t, r))).ToList();
        Assert.True(softRefs.Count > 100, $"{softRefs.Count} soft references registered");
        var indexed = (await c.QueryAsync<(string Table, string[] Columns)>(
            """
            select n.nspname || '.' || t.relname,
                   array(select coalesce(a.attname::text, '(expression)') from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
                         left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.ord)
            from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
            """)).ToLookup(i => i.Table, i => i.Columns);
        AssertNone(softRefs.Where(x => x.t.Table.Columns.SingleOrDefault(col => col.Name == x.r.Column)?.Type != "uuid")
            .Select(x => $"{x.t.Qualified}.{x.r.Column}"), "soft reference that is not a uuid column of its table");
        AssertNone(softRefs.Where(x => !registered.Contains(x.r.Target)).Select(x => $"{x.t.Qualified}.{x.r.Column} -> {x.r.Target}"),
            "soft reference to a table the registry does not know");
        AssertNone(softRefs.Where(x => !indexed[x.t.Qualified].Any(i => i.Take(x.t.HasOrgId ? 2 : 1).SequenceEqual(x.t.HasOrgId ? ["org_id", x.r.Column] : [x.r.Column])))
            .Select(x => $"{x.t.Qualified}.{x.r.Column}"), "soft reference without an index leading with it");
    }

    [Fact]
    public async Task the_audit_trigger_redacts_exactly_the_registered_sensitive_columns()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        // pg_trigger.tgargs holds the arguments, each ended by a zero byte. Each of the three statement-level
        // audit triggers (insert, update, delete) must redact the same, registered columns.
        var auditArgs = (await c.QueryAsync<(string Table, string Trigger, byte[] Args)>(
            """
            select n.nspname || '.' || t.relname, tg.tgname, tg.tgargs
            from pg_trigger tg join pg_class t on t.oid = tg.tgrelid join pg_namespace n on n.oid = t.relnamespace
            where tg.tgname in ('audit_insert', 'audit_update', 'audit_delete') and not tg.tgisinternal
            """)).ToLookup(a => a.Table, a => (a.Trigger, Args: System.Text.Encoding.UTF8.GetString(a.Args).TrimEnd('\0').Split('\0', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains(tables, t => t.Table.SensitiveColumns.Count > 0);
        string[] auditTriggers = ["audit_insert", "audit_update", "audit_delete"];
        AssertNone(tables.Where(t => t.IsTenant || t.IsTenantRoot)
                .SelectMany(t => auditTriggers.Select(name => (t, name, args: auditArgs[t.Qualified].Where(a => a.Trigger == name).Select(a => a.Args).FirstOrDefault())))
                .Where(x => x.args is null || !x.t.Table.SensitiveColumns.Order().SequenceEqual(x.args.Order()))
                .Select(x => $"{x.t.Qualified} {x.name}: registry [{string.Join(", ", x.t.Table.SensitiveColumns)}], trigger [{(x.args is null ? "missing" : string.Join(", ", x.args))}]"),
            "audit trigger arguments differ from finnest.sensitive_columns");
    }


    private static void AssertNone(IEnumerable<string> offenders, string rule)
    {
        var list = offenders.ToList();
        Assert.True(list.Count == 0, $"{rule}:\n  {string.Join("\n  ", list)}");
    }

    [Fact]
    public async Task every_table_has_a_uuid_id_primary_key_named_pk_table()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        var keys = (await c.QueryAsync<(string Table, string Name, string Def)>(
            """
            select n.nspname || '.' || t.relname, con.conname, pg_get_constraintdef(con.oid)
            from pg_constraint con join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
            where con.contype = 'p'
            """)).ToDictionary(k => k.Table);
        var idTypes = (await c.QueryAsync<(string Table, string Type, string? Default)>(
            """
            select n.nspname || '.' || t.relname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid)
            from pg_attribute a join pg_class t on t.oid = a.attrelid join pg_namespace n on n.oid = t.relnamespace
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where a.attname = 'id'
            """)).ToDictionary(k => k.Table);
        AssertNone(tables.Where(t => !keys.TryGetValue(t.Qualified, out var k) || k.Name != $"pk_{t.Name}" ||
                                     !(k.Def == "PRIMARY KEY (id)" || (t.Partitioned && k.Def.StartsWith("PRIMARY KEY (id, "))))
            .Select(t => t.Qualified), "primary key is not pk_<table> on (id) (or (id, partition column) when partitioned)");
        AssertNone(tables.Where(t => !idTypes.TryGetValue(t.Qualified, out var id) || id.Type != "uuid" || id.Default != "gen_random_uuid()")
            .Select(t => t.Qualified), "id is not uuid default gen_random_uuid()");
    }

    [Fact]
    public async Task every_table_has_a_comment_and_standard_timestamps()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        AssertNone(tables.Where(t => string.IsNullOrWhiteSpace(t.Comment)).Select(t => t.Qualified), "table without a comment");
        AssertNone(tables.Where(t => !t.Partitioned && (!t.HasUpdatedAt || !t.HasDeletedAt)).Select(t => t.Qualified),
            "non-log table without updated_at and deleted_at");
        AssertNone(tables.Where(t => t.Partitioned && t.HasDeletedAt).Select(t => t.Qualified), "append-only log with deleted_at");
        var missingInserted = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname from pg_class t join pg_namespace n on n.oid = t.relnamespace
            where n.nspname = any(@DomainSchemas) and t.relkind in ('r', 'p') and not t.relispartition
              and not exists (select from pg_attribute a where a.attrelid = t.oid and a.attname = 'inserted_at'
                              and a.atttypid = 'timestamptz'::regtype and a.attnotnull)
            """, new { DomainSchemas });
        AssertNone(missingInserted, "table without inserted_at timestamptz not null");
    }

    [Fact]
    public async Task every_table_with_org_id_is_tenant_isolated_by_forced_row_level_security()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        var policies = (await c.QueryAsync<(string Table, string Name, string Cmd, string? Qual, string? Check)>(
            """
            select n.nspname || '.' || t.relname, p.polname, p.polcmd::text, pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
            from pg_policy p join pg_class t on t.oid = p.polrelid join pg_namespace n on n.oid = t.relnamespace
            """)).ToLookup(p => p.Table);
        var isolated = tables.Where(t => t.HasOrgId || t.IsTenantRoot).ToList();
        AssertNone(isolated.Where(t => !t.Rls || !t.ForceRls).Select(t => t.Qualified), "RLS not enabled and forced");
        AssertNone(isolated.Where(t =>
        {
            var column = t.IsTenantRoot ? "id" : "org_id";
            var expected = $"({column} = ( SELECT finnest.current_org_id() AS current_org_id))";
            var list = policies[t.Qualified].ToList();
            return list.Count != 1 || list[0].Name != "tenant_isolation" || list[0].Cmd != "*" || list[0].Qual != expected || list[0].Check != expected;
        }).Select(t => t.Qualified), "not exactly one tenant_isolation policy FOR ALL on the tenant column");

        var orgColumns = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname from pg_attribute a join pg_class t on t.oid = a.attrelid join pg_namespace n on n.oid = t.relnamespace
            where a.attname = 'org_id' and t.relkind in ('r', 'p') and not t.relispartition and n.nspname = any(@DomainSchemas)
              -- the audit log copies org_id from rows that passed their own foreign key (V202612060100)
              and (t.oid <> 'public.audit_log'::regclass or a.atttypid <> 'uuid'::regtype or not a.attnotnull)
              and (not a.attnotnull or a.atttypid <> 'uuid'::regtype or not exists (
                   select from pg_constraint f where f.conrelid = t.oid and f.contype = 'f' and f.conname = 'fk_' || t.relname || '__org_id'
                   and f.confrelid = 'public.organisations'::regclass))
            """, new { DomainSchemas });
        AssertNone(orgColumns, "org_id is not uuid not null with fk_<table>__org_id to public.organisations");
    }

    [Fact]
    public async Task every_tenant_table_has_unique_org_id_id_for_composite_references()
    {
        var (c, tables) = await TablesAsync();
        await using var _ = c;
        var uniques = (await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname from pg_constraint con join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
            where con.contype = 'u' and pg_get_constraintdef(con.oid) = 'UNIQUE (org_id, id)' and con.conname = 'uq_' || t.relname || '__org_id_id'
            """)).ToHashSet();
        AssertNone(tables.Where(t => t.IsTenant && !uniques.Contains(t.Qualified)).Select(t => t.Qualified), "tenant table without uq_<table>__org_id_id");
    }

    [Fact]
    public async Task every_unique_key_on_a_tenant_table_leads_with_org_id()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var offenders = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || ' ' || ic.relname
            from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
            join pg_class ic on ic.oid = i.indexrelid
            where i.indisunique and not i.indisprimary and n.nspname = any(@DomainSchemas) and not t.relispartition
              and exists (select from pg_attribute a where a.attrelid = t.oid and a.attname = 'org_id')
              and t.oid <> 'public.organisations'::regclass
              and (i.indkey[0] = 0 or (select attname from pg_attribute where attrelid = t.oid and attnum = i.indkey[0]) <> 'org_id')
            """, new { DomainSchemas });
        AssertNone(offenders, "unique index on a tenant table not led by org_id (leaks existence across tenants)");
    }

    [Fact]
    public async Task every_foreign_key_is_indexed_by_its_leading_columns()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var offenders = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || ' ' || con.conname
            from pg_constraint con join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
            where con.contype = 'f' and n.nspname = any(@DomainSchemas) and not t.relispartition and con.conparentid = 0
              and not exists (
                  select from pg_index i where i.indrelid = t.oid
                  and (i.indkey::int2[])[0:array_length(con.conkey, 1) - 1] = con.conkey)
            """, new { DomainSchemas });
        AssertNone(offenders, "foreign key whose columns do not lead any index");
    }

    [Fact]
    public async Task foreign_keys_reach_only_the_own_schema_public_or_compliance_reference_data()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var offenders = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || ' ' || con.conname || ' -> ' || fn.nspname || '.' || ft.relname
            from pg_constraint con
            join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
            join pg_class ft on ft.oid = con.confrelid join pg_namespace fn on fn.oid = ft.relnamespace
            where con.contype = 'f' and n.nspname = any(@DomainSchemas) and not t.relispartition
              and fn.nspname <> n.nspname and fn.nspname not in ('public', 'compliance')
            """, new { DomainSchemas });
        AssertNone(offenders, "foreign key into another domain schema (use a soft reference)");

        var tenantCompliance = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || ' ' || con.conname
            from pg_constraint con
            join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
            join pg_class ft on ft.oid = con.confrelid join pg_namespace fn on fn.oid = ft.relnamespace
            where con.contype = 'f' and n.nspname <> 'compliance' and fn.nspname = 'compliance'
              and exists (select from pg_attribute a where a.attrelid = ft.oid and a.attname = 'org_id')
            """);
        AssertNone(tenantCompliance, "foreign key from another schema into a compliance tenant table (only reference data is shared)");
    }

    [Fact]
    public async Task references_between_tenant_tables_are_composite_with_org_id()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var offenders = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || ' ' || con.conname
            from pg_constraint con
            join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
            join pg_class ft on ft.oid = con.confrelid
            where con.contype = 'f' and n.nspname = any(@DomainSchemas) and not t.relispartition and con.conparentid = 0
              and exists (select from pg_attribute a where a.attrelid = ft.oid and a.attname = 'org_id')
              and exists (select from pg_attribute a where a.attrelid = t.oid and a.attname = 'org_id')
              and (select attname from pg_attribute where attrelid = t.oid and attnum = con.conkey[1]) <> 'org_id'
            """, new { DomainSchemas });
        AssertNone(offenders, "tenant-to-tenant foreign key without org_id (allows a cross-tenant reference)");
    }

    [Fact]
    public async Task every_table_has_its_triggers()
    {
        var (c, tables) = await TablesAsync();
        await using var _2 = c;
        var triggers = (await c.QueryAsync<(string Table, string Name)>(
            """
            select n.nspname || '.' || t.relname, tg.tgname from pg_trigger tg join pg_class t on t.oid = tg.tgrelid
            join pg_namespace n on n.oid = t.relnamespace where not tg.tgisinternal
            """)).ToLookup(t => t.Table, t => t.Name);
        AssertNone(tables.Where(t => t.HasUpdatedAt && !triggers[t.Qualified].Contains("set_updated_at")).Select(t => t.Qualified), "missing set_updated_at");
        string[] auditTriggers = ["audit_insert", "audit_update", "audit_delete"];
        AssertNone(tables.Where(t => (t.IsTenant || t.IsTenantRoot) && !auditTriggers.All(triggers[t.Qualified].Contains)).Select(t => t.Qualified),
            "tenant table missing its statement-level audit triggers (audit_insert, audit_update, audit_delete)");
        AssertNone(tables.Where(t => triggers[t.Qualified].Contains("audit_row")).Select(t => t.Qualified), "tenant table still audited row by row (audit_row)");
        AssertNone(tables.Where(t => t.Partitioned && !(triggers[t.Qualified].Contains("block_update_delete") && triggers[t.Qualified].Contains("block_truncate")))
            .Select(t => t.Qualified), "append-only log missing block_update_delete or block_truncate");

        var partitionsWithoutTruncateGuard = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relispartition and c.relkind = 'r' and n.nspname = any(@DomainSchemas)
              and not exists (select from pg_trigger tg where tg.tgrelid = c.oid and tg.tgname = 'block_truncate')
            """, new { DomainSchemas });
        AssertNone(partitionsWithoutTruncateGuard, "partition without block_truncate");
    }

    [Fact]
    public async Task every_tenant_table_has_a_soft_delete_partial_index()
    {
        var (c, tables) = await TablesAsync();
        await using var _2 = c;
        var withPartial = (await c.QueryAsync<string>(
            """
            select distinct n.nspname || '.' || t.relname from pg_index i join pg_class t on t.oid = i.indrelid
            join pg_namespace n on n.oid = t.relnamespace
            where pg_get_expr(i.indpred, i.indrelid) like '%deleted_at IS NULL%'
            """)).ToHashSet();
        AssertNone(tables.Where(t => t.IsTenant && !withPartial.Contains(t.Qualified)).Select(t => t.Qualified), "tenant table without a WHERE deleted_at IS NULL index");
    }

    [Fact]
    public async Task the_app_role_never_deletes_or_truncates_and_reads_reference_data_only()
    {
        var (c, tables) = await TablesAsync();
        await using var _2 = c;
        var grants = (await c.QueryAsync<(string Table, string Privilege)>(
            """
            select n.nspname || '.' || t.relname, p.privilege_type
            from pg_class t join pg_namespace n on n.oid = t.relnamespace,
                 lateral aclexplode(coalesce(t.relacl, acldefault('r', t.relowner))) p
            where p.grantee = 'finnest_app'::regrole and t.relkind in ('r', 'p')
            """)).ToLookup(g => g.Table, g => g.Privilege);
        AssertNone(grants.Where(g => g.Contains("DELETE") || g.Contains("TRUNCATE")).Select(g => g.Key), "finnest_app may DELETE or TRUNCATE");
        AssertNone(tables.Where(t => t.IsReference && grants[t.Qualified].Any(p => p != "SELECT")).Select(t => t.Qualified), "finnest_app may write reference data");
        AssertNone(tables.Where(t => !grants[t.Qualified].Contains("SELECT")).Select(t => t.Qualified), "finnest_app cannot read");
        var partitionGrants = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname from pg_class t join pg_namespace n on n.oid = t.relnamespace,
                 lateral aclexplode(t.relacl) p
            where t.relispartition and p.grantee in ('finnest_app'::regrole, 'finnest_readonly'::regrole)
            """);
        AssertNone(partitionGrants, "a partition is directly accessible to the app or readonly role (bypasses the parent's RLS)");
    }

    [Fact]
    public async Task the_app_role_owns_nothing_and_cannot_bypass_rls()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        Assert.False(await c.ExecuteScalarAsync<bool>("select rolsuper or rolbypassrls from pg_roles where rolname = 'finnest_app'"));
        Assert.False(await c.ExecuteScalarAsync<bool>("select pg_has_role('finnest_app', 'finnest_owner', 'member')"));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from pg_class where relowner = 'finnest_app'::regrole"));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>(
            "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = any(@DomainSchemas) and c.relowner <> 'finnest_owner'::regrole",
            new { DomainSchemas }));
    }

    [Fact]
    public async Task constraint_and_index_names_follow_the_naming_convention()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var constraints = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || ' ' || con.conname
            from pg_constraint con join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
            where n.nspname = any(@DomainSchemas) and not t.relispartition and con.contype in ('p', 'f', 'u', 'c', 'x')
              and con.conname !~ ('^(pk_' || t.relname || '$|(fk|uq|ck|ex)_' || t.relname || '__)')
              and left(con.conname, 63) = con.conname
              and not (con.contype = 'f' and con.conparentid <> 0)
            """, new { DomainSchemas });
        AssertNone(constraints, "constraint not named pk_<table>, fk_/uq_/ck_/ex_<table>__…");
        var indexes = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || ' ' || ic.relname
            from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace join pg_class ic on ic.oid = i.indexrelid
            where n.nspname = any(@DomainSchemas) and not t.relispartition
              and ic.relname !~ ('^(pk_' || t.relname || '$|(ix|uq|ex)_' || t.relname || '__)')
            """, new { DomainSchemas });
        AssertNone(indexes, "index not named ix_/uq_<table>__…");
    }

    [Fact]
    public async Task every_status_and_type_column_has_a_value_set()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var offenders = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || t.relname || '.' || a.attname
            from pg_attribute a join pg_class t on t.oid = a.attrelid join pg_namespace n on n.oid = t.relnamespace
            where n.nspname = any(@DomainSchemas) and t.relkind in ('r', 'p') and not t.relispartition and a.attnum > 0 and not a.attisdropped
              and a.atttypid = 'text'::regtype and (a.attname = 'status' or a.attname like '%\_status' or a.attname like '%\_type' or a.attname = 'kind')
              and not exists (select from pg_constraint con where con.conrelid = t.oid and con.contype = 'c' and a.attnum = any(con.conkey))
            """, new { DomainSchemas });
        AssertNone(offenders, "text status/type column without a CHECK value set");
    }

    [Fact]
    public async Task no_view_runs_with_its_owners_rights()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var offenders = await c.QueryAsync<string>(
            """
            select n.nspname || '.' || v.relname from pg_class v join pg_namespace n on n.oid = v.relnamespace
            where v.relkind = 'v' and n.nspname = any(@DomainSchemas)
              and not coalesce('security_invoker=true' = any(v.reloptions), false)
            """, new { DomainSchemas });
        AssertNone(offenders, "view without security_invoker = true");
    }

    [Fact]
    public async Task security_definer_functions_pin_their_search_path()
    {
        var (c, _) = await TablesAsync();
        await using var _2 = c;
        var offenders = await c.QueryAsync<string>(
            """
            select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where p.prosecdef and n.nspname not in ('pg_catalog', 'information_schema')
              and not exists (select from unnest(p.proconfig) s where s like 'search_path=%')
            """);
        AssertNone(offenders, "security definer function without a pinned search_path");
        var publicExecute = await c.QueryAsync<string>(
            """
            select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace,
                 lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
            where p.prosecdef and n.nspname not in ('pg_catalog', 'information_schema') and a.grantee = 0 and a.privilege_type = 'EXECUTE'
            """);
        AssertNone(publicExecute, "security definer function executable by PUBLIC");
    }
}
