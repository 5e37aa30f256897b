using System.Text.Json;
using Dapper;
using Npgsql;

namespace Finnest.Database.Engine.Drift;

/// <summary>One difference between the live catalog and the fingerprint recorded by the last run.</summary>
public sealed record DriftItem(string Object, string Change)
{
    public override string ToString() => $"{Object}: {Change}";
}

/// <summary>
/// What the runner manages, object by object (kind + identity → properties), recorded in
/// finnest.schema_fingerprint after every run and compared with the live catalog by validate and up.
/// Covered: schemas, tables, views, sequences (owner, RLS enabled/forced, grants), columns (type,
/// nullability, default, identity, generated, grants), constraints, indexes, triggers (definition and
/// enabled state), policies (command, roles, expressions), functions (definition hash, owner,
/// security definer, grants), extensions. Not covered: comments, data, types/domains, objects of
/// extensions, the runner's own journal, and partitions (created and archived on purpose by
/// maintenance): their UPDATE/DELETE/TRUNCATE protection is checked by rule instead.
/// </summary>
public static class CatalogFingerprint
{
    public const string Table = "finnest.schema_fingerprint";

    /// <summary>Rows of (object, properties as jsonb) for the live catalog.</summary>
    public const string LiveQuery = """
        with ns as (
            select oid, nspname, nspowner, nspacl from pg_catalog.pg_namespace
            where nspname !~ '^pg_' and nspname <> 'information_schema'
        ),
        ext as (select objid, classid from pg_catalog.pg_depend where deptype = 'e'),
        rel as (
            select c.oid, n.nspname || '.' || c.relname as name, c.relkind, c.relowner, c.relrowsecurity, c.relforcerowsecurity, c.relacl
            from pg_catalog.pg_class c join ns n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and not c.relispartition and n.nspname <> 'archive'
              and not (n.nspname = 'finnest' and c.relname in ('schema_history', 'schema_history_installed_rank_seq', 'schema_fingerprint'))
              and not exists (select from ext where ext.classid = 'pg_catalog.pg_class'::regclass and ext.objid = c.oid)
        )
        select 'schema ' || nspname as object,
               jsonb_build_object('owner', pg_catalog.pg_get_userbyid(nspowner), 'grants', coalesce(nspacl::text, '')) as props
        from ns
        union all
        select case relkind when 'v' then 'view ' when 'm' then 'view ' when 'S' then 'sequence ' else 'table ' end || name,
               jsonb_build_object('owner', pg_catalog.pg_get_userbyid(relowner), 'row level security', relrowsecurity,
                                  'forced row level security', relforcerowsecurity, 'grants', coalesce(relacl::text, ''))
        from rel
        union all
        select 'column ' || r.name || '.' || a.attname,
               jsonb_build_object('type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'not null', a.attnotnull,
                                  'default', coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), ''), 'identity', a.attidentity::text,
                                  'generated', a.attgenerated::text, 'grants', coalesce(a.attacl::text, ''))
        from rel r join pg_catalog.pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
        left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where r.relkind <> 'S'
        union all
        select 'constraint ' || r.name || '.' || con.conname,
               jsonb_build_object('definition', pg_catalog.pg_get_constraintdef(con.oid), 'deferrable', con.condeferrable)
        from rel r join pg_catalog.pg_constraint con on con.conrelid = r.oid
        where con.conparentid = 0
        union all
        select 'index ' || n.nspname || '.' || ic.relname, jsonb_build_object('definition', pg_catalog.pg_get_indexdef(i.indexrelid))
        from rel r join pg_catalog.pg_index i on i.indrelid = r.oid
        join pg_catalog.pg_class ic on ic.oid = i.indexrelid join pg_catalog.pg_namespace n on n.oid = ic.relnamespace
        union all
        select 'trigger ' || r.name || '.' || t.tgname,
               jsonb_build_object('definition', pg_catalog.pg_get_triggerdef(t.oid),
                                  'enabled', case t.tgenabled when 'O' then 'yes' when 'D' then 'disabled' when 'R' then 'replica only' else 'always' end)
        from rel r join pg_catalog.pg_trigger t on t.tgrelid = r.oid and not t.tgisinternal and t.tgparentid = 0
        union all
        select 'policy ' || r.name || '.' || p.polname,
               jsonb_build_object('command', p.polcmd::text, 'permissive', p.polpermissive,
                                  'roles', (select coalesce(string_agg(case when x = 0 then 'public' else pg_catalog.pg_get_userbyid(x) end, ',' order by 1), '') from unnest(p.polroles) x),
                                  'using', coalesce(pg_catalog.pg_get_expr(p.polqual, p.polrelid), ''),
                                  'with check', coalesce(pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), ''))
        from rel r join pg_catalog.pg_policy p on p.polrelid = r.oid
        union all
        select 'function ' || p.oid::regprocedure::text,
               jsonb_build_object('definition', md5(pg_catalog.pg_get_functiondef(p.oid)), 'owner', pg_catalog.pg_get_userbyid(p.proowner),
                                  'security definer', p.prosecdef, 'grants', coalesce(p.proacl::text, ''))
        from pg_catalog.pg_proc p join ns n on n.oid = p.pronamespace
        where p.prokind in ('f', 'p')
          and not exists (select from ext where ext.classid = 'pg_catalog.pg_proc'::regclass and ext.objid = p.oid)
          and not (n.nspname = 'finnest' and p.proname = 'refuse_history_rewrite')
        union all
        select 'extension ' || e.extname, jsonb_build_object('version', e.extversion, 'schema', e.extnamespace::regnamespace::text)
        from pg_catalog.pg_extension e where e.extname <> 'plpgsql'
        """;

    /// <summary>
    /// Records the live catalog as the expected one, stamped with the journal position it belongs
    /// to. The table is created as finnest_owner (who owns it; finnest_migrator may read and replace
    /// it); the row is written as the login, which reads the journal.
    /// </summary>
    public static IReadOnlyList<string> RecordStatements =>
    [
        "set local role finnest_owner;",
        $"""
        create table if not exists {Table} (
            history_rank bigint not null,
            recorded_at timestamptz not null default now(),
            objects jsonb not null
        );
        """,
        $"comment on table {Table} is 'What the migration runner expects the catalog to be (written after every run, compared by migrate validate). One row; replaced by each run.';",
        $"grant select, insert, delete on {Table} to finnest_migrator;",
        "reset role;",
        $"delete from {Table};",
        $"""
        insert into {Table} (history_rank, objects)
        select (select coalesce(max(installed_rank), 0) from finnest.schema_history), jsonb_object_agg(f.object, f.props)
        from ({LiveQuery}) f;
        """,
    ];

    /// <summary>Every partition of a registered log (attached or archived) whose immutability triggers are missing or not enabled.</summary>
    private const string UnprotectedPartitions = """
        select n.nspname || '.' || c.relname as partition, t.name as trigger,
               case when tg.oid is null then 'missing' else 'disabled' end as state
        from finnest.partitioned_tables cfg
        join pg_catalog.pg_class c on c.relkind = 'r'
             and (c.relname = split_part(cfg.parent_table, '.', 2) || '_default'
                  or c.relname ~ ('^' || split_part(cfg.parent_table, '.', 2) || '_p[0-9]{4}_[0-9]{2}$'))
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace and n.nspname in (split_part(cfg.parent_table, '.', 1), 'archive')
        cross join (values ('block_update_delete'), ('block_truncate')) as t(name)
        left join pg_catalog.pg_trigger tg on tg.tgrelid = c.oid and tg.tgname = t.name
        where tg.oid is null or tg.tgenabled not in ('O', 'A')
        order by 1, 2
        """;

    public sealed record Recorded(long HistoryRank, DateTime RecordedAt, IReadOnlyDictionary<string, JsonElement> Objects);

    /// <summary>The fingerprint recorded by the last run, or null when none was (a database migrated before drift detection).</summary>
    public static async Task<Recorded?> ReadRecordedAsync(NpgsqlConnection connection)
    {
        if (!await connection.ExecuteScalarAsync<bool>($"select to_regclass('{Table}') is not null")) return null;
        var row = await connection.QueryFirstOrDefaultAsync<(long Rank, DateTime At, string Objects)>(
            $"select history_rank, recorded_at, objects::text from {Table} order by recorded_at desc limit 1");
        return row.Objects is null ? null : new Recorded(row.Rank, row.At, Parse(row.Objects));
    }

    public static async Task<IReadOnlyDictionary<string, JsonElement>> ReadLiveAsync(NpgsqlConnection connection) =>
        Parse(await connection.ExecuteScalarAsync<string>($"select coalesce(jsonb_object_agg(f.object, f.props), '{{}}')::text from ({LiveQuery}) f") ?? "{}");

    private static IReadOnlyDictionary<string, JsonElement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    /// <summary>Every difference between the recorded fingerprint and the live catalog, plus partitions that lost their protection.</summary>
    public static async Task<IReadOnlyList<DriftItem>> CompareAsync(NpgsqlConnection connection, Recorded recorded)
    {
        var live = await ReadLiveAsync(connection);
        var drift = Compare(recorded.Objects, live).ToList();
        if (await connection.ExecuteScalarAsync<bool>("select to_regclass('finnest.partitioned_tables') is not null"))
            foreach (var p in await connection.QueryAsync<(string Partition, string Trigger, string State)>(UnprotectedPartitions))
                drift.Add(new DriftItem($"trigger {p.Partition}.{p.Trigger}", $"{p.State}: the append-only partition can be changed"));
        return drift;
    }

    public static IEnumerable<DriftItem> Compare(IReadOnlyDictionary<string, JsonElement> recorded, IReadOnlyDictionary<string, JsonElement> live)
    {
        foreach (var (name, was) in recorded.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (!live.TryGetValue(name, out var now))
            {
                yield return new DriftItem(name, "dropped");
                continue;
            }
            var changes = was.EnumerateObject()
                .Select(p => (p.Name, Was: Text(p.Value), Now: now.TryGetProperty(p.Name, out var v) ? Text(v) : "(none)"))
                .Where(c => c.Was != c.Now)
                .Select(c => c.Name == "definition" && name.StartsWith("function ") ? "definition changed" : $"{c.Name} was '{Short(c.Was)}', now '{Short(c.Now)}'")
                .ToList();
            if (changes.Count > 0) yield return new DriftItem(name, string.Join("; ", changes));
        }
        foreach (var name in live.Keys.Where(k => !recorded.ContainsKey(k)).Order(StringComparer.Ordinal))
            yield return new DriftItem(name, "added");
    }

    private static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();

    private static string Short(string s) => s.Length <= 160 ? s : s[..157] + "...";
}
