using Dapper;
using Npgsql;

namespace Finnest.Database.Docs;

public sealed record ColumnDoc(string Name, string Type, bool Nullable, string? Default, string? Comment);
public sealed record ConstraintDoc(string Name, string Kind, string Definition);
public sealed record IndexDoc(string Name, string Definition);
public sealed record ReferenceDoc(string Column, string Target, bool Enforced);
public sealed record TableDoc(string Schema, string Name, string Kind, string? Comment, bool RowLevelSecurity,
    IReadOnlyList<ColumnDoc> Columns, IReadOnlyList<ConstraintDoc> Constraints, IReadOnlyList<IndexDoc> Indexes,
    IReadOnlyList<ReferenceDoc> References, IReadOnlyList<string> Triggers);

/// <summary>
/// Reads the documented shape of every domain table from pg_catalog: what application teams read
/// in docs/schema. Partitions are left out (their names move with the calendar).
/// </summary>
public static class SchemaCatalog
{
    public static readonly string[] Schemas =
    [
        "public", "people", "recruit", "onboard", "roster", "timekeep", "reach", "pulse", "payroll", "clients", "safety",
        "assets", "quotes", "learn", "benefits", "compliance", "fatigue", "clearance", "performance", "events", "agents",
    ];

    public static async Task<IReadOnlyList<TableDoc>> ReadAsync(NpgsqlConnection connection)
    {
        var tables = (await connection.QueryAsync<(long Oid, string Schema, string Name, bool Partitioned, bool HasOrg, string? Comment, bool Rls)>(
            """
            select c.oid::bigint, n.nspname, c.relname, c.relkind = 'p',
                   exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id'),
                   obj_description(c.oid, 'pg_class'), c.relrowsecurity
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = any(@Schemas) and c.relkind in ('r', 'p') and not c.relispartition
            order by n.nspname, c.relname
            """, new { Schemas })).ToList();
        var columns = (await connection.QueryAsync<(long Oid, string Name, string Type, bool NotNull, string? Default, string? Comment)>(
            """
            select a.attrelid::bigint, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), col_description(a.attrelid, a.attnum)
            from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where a.attrelid = any(@Oids::oid[]) and a.attnum > 0 and not a.attisdropped
            order by a.attrelid, a.attnum
            """, new { Oids = tables.Select(t => t.Oid).ToArray() })).ToLookup(c => c.Oid);
        var constraints = (await connection.QueryAsync<(long Oid, string Name, string Kind, string Definition, string? Target, string[]? Columns)>(
            """
            select con.conrelid::bigint, con.conname, con.contype::text, pg_get_constraintdef(con.oid),
                   case when con.contype = 'f' then con.confrelid::regclass::text end,
                   array(select attname::text from pg_attribute where attrelid = con.conrelid and attnum = any(con.conkey) order by array_position(con.conkey, attnum))
            from pg_constraint con where con.conrelid = any(@Oids::oid[]) and con.conparentid = 0
            order by con.conrelid, con.contype, con.conname
            """, new { Oids = tables.Select(t => t.Oid).ToArray() })).ToLookup(c => c.Oid);
        var indexes = (await connection.QueryAsync<(long Oid, string Name, string Definition)>(
            """
            select i.indrelid::bigint, c.relname, pg_get_indexdef(i.indexrelid)
            from pg_index i join pg_class c on c.oid = i.indexrelid
            where i.indrelid = any(@Oids::oid[]) order by 1, 2
            """, new { Oids = tables.Select(t => t.Oid).ToArray() })).ToLookup(i => i.Oid);
        var triggers = (await connection.QueryAsync<(long Oid, string Name)>(
            "select tgrelid::bigint, tgname from pg_trigger where tgrelid = any(@Oids::oid[]) and not tgisinternal order by 1, 2",
            new { Oids = tables.Select(t => t.Oid).ToArray() })).ToLookup(t => t.Oid, t => t.Name);

        return tables.Select(t =>
        {
            var kind = t.Partitioned ? "append-only log" : t.HasOrg ? "tenant" : t.Schema == "public" && t.Name == "organisations" ? "tenant root" : "reference";
            var cols = columns[t.Oid].Select(c => new ColumnDoc(c.Name, c.Type, !c.NotNull, c.Default, c.Comment)).ToList();
            var refs = constraints[t.Oid].Where(c => c.Kind == "f")
                .Select(c => new ReferenceDoc(string.Join(", ", (c.Columns ?? []).Where(x => x != "org_id" || c.Columns!.Length == 1)), Qualify(c.Target!), true))
                .Concat(cols.Where(c => c.Comment?.StartsWith("Soft reference to ") == true)
                    .Select(c => new ReferenceDoc(c.Name, c.Comment!["Soft reference to ".Length..].Split(' ')[0], false)))
                .ToList();
            return new TableDoc(t.Schema, t.Name, kind, t.Comment, t.Rls, cols,
                constraints[t.Oid].Select(c => new ConstraintDoc(c.Name, KindName(c.Kind), c.Definition)).ToList(),
                indexes[t.Oid].Select(i => new IndexDoc(i.Name, i.Definition)).ToList(), refs, triggers[t.Oid].ToList());
        }).ToList();
    }

    private static string Qualify(string regclass) => regclass.Contains('.') ? regclass : "public." + regclass;

    private static string KindName(string kind) => kind switch
    {
        "p" => "primary key",
        "f" => "foreign key",
        "u" => "unique",
        "c" => "check",
        "x" => "exclusion",
        _ => kind,
    };
}
