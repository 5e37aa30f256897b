using Dapper;
using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// A text rendering of everything the migrations create (schemas, tables, columns, constraints,
/// indexes, triggers, policies, functions, grants, comments), for comparing two databases. The
/// runner's own history table and its guard are left out: they are not what migrations build.
/// </summary>
public static class CatalogSnapshot
{
    private const string Query = """
        with rels as (
            select c.oid, n.nspname, c.relname, c.relkind
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp%'
              and not (n.nspname = 'finnest' and c.relname like 'schema_history%')
        )
        select 'schema ' || nspname || ' owner=' || pg_get_userbyid(nspowner) || ' acl=' || coalesce(nspacl::text, '')
               || ' comment=' || coalesce(obj_description(oid, 'pg_namespace'), '')
        from pg_namespace where nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and nspname not like 'pg_temp%'
        union all
        select 'relation ' || r.nspname || '.' || r.relname || ' kind=' || r.relkind::text || ' owner=' || pg_get_userbyid(c.relowner)
               || ' rls=' || c.relrowsecurity || '/' || c.relforcerowsecurity || ' acl=' || coalesce(c.relacl::text, '')
               || ' comment=' || coalesce(obj_description(r.oid, 'pg_class'), '')
               || ' partition=' || coalesce(pg_get_expr(c.relpartbound, c.oid), '')
        from rels r join pg_class c on c.oid = r.oid
        union all
        select 'column ' || r.nspname || '.' || r.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || ' notnull=' || a.attnotnull || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
               || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text
               || ' comment=' || coalesce(col_description(r.oid, a.attnum), '')
        from rels r join pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where r.relkind in ('r', 'p', 'v')
        union all
        select 'constraint ' || r.nspname || '.' || r.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
               || ' deferrable=' || con.condeferrable
        from rels r join pg_constraint con on con.conrelid = r.oid
        union all
        select 'index ' || pg_get_indexdef(i.indexrelid) from rels r join pg_index i on i.indrelid = r.oid
        union all
        select 'trigger ' || pg_get_triggerdef(t.oid) from rels r join pg_trigger t on t.tgrelid = r.oid and not t.tgisinternal
        union all
        select 'policy ' || r.nspname || '.' || r.relname || ' ' || p.polname || ' ' || p.polcmd::text || ' '
               || coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' / ' || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')
        from rels r join pg_policy p on p.polrelid = r.oid
        union all
        select 'function ' || p.oid::regprocedure::text || ' owner=' || pg_get_userbyid(p.proowner) || ' definer=' || p.prosecdef
               || ' config=' || coalesce(p.proconfig::text, '') || ' acl=' || coalesce(p.proacl::text, '') || ' body=' || md5(p.prosrc)
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
          and p.oid::regprocedure::text <> 'finnest.refuse_history_rewrite()' -- the runner's, like schema_history, not a migration's
        union all
        select 'extension ' || extname from pg_extension
        order by 1
        """;

    public static async Task<IReadOnlyList<string>> TakeAsync(NpgsqlConnectionStringBuilder settings)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        return (await connection.QueryAsync<string>(Query)).ToList();
    }

    /// <summary>The lines only in <paramref name="a"/> (prefixed -) and only in <paramref name="b"/> (prefixed +).</summary>
    public static string Diff(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var onlyA = a.Except(b).Select(l => "- " + l);
        var onlyB = b.Except(a).Select(l => "+ " + l);
        return string.Join("\n", onlyA.Concat(onlyB).Take(40));
    }
}
