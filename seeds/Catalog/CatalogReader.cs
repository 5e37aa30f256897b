using System.Text.RegularExpressions;
using Npgsql;

namespace Finnest.Database.Seeds.Catalog;

/// <summary>
/// Reads what the seeder must fill from pg_catalog, so a table added by a future migration is seeded
/// (or makes the "every tenant table has rows" test fail) without anyone editing a list.
/// </summary>
public static partial class CatalogReader
{
    /// <summary>
    /// The one place that decides which tables exist for the seeder: every table in the schema registry
    /// (finnest.registered_tables, written by the migration that creates each table), so a new table cannot be
    /// forgotten. A tenant table has an org_id column; public.organisations is the tenant itself.
    /// </summary>
    public const string TablesQuery = """
        select n.nspname || '.' || c.relname as name,
               (c.relname = 'organisations' and n.nspname = 'public')
                 or exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped) as is_tenant,
               c.relkind = 'p' as is_partitioned,
               (select a.attname from pg_partitioned_table p join pg_attribute a on a.attrelid = p.partrelid and a.attnum = p.partattrs[0]
                where p.partrelid = c.oid) as partition_column
        from finnest.registered_tables as r
        join pg_class c on c.oid = to_regclass(r.table_name)
        join pg_namespace n on n.oid = c.relnamespace
        order by 1
        """;

    private const string ColumnsQuery = """
        select n.nspname || '.' || c.relname as table_name, a.attname as name, t.typname as type_name,
               format_type(a.atttypid, a.atttypmod) as formatted_type, a.attnotnull as not_null,
               (a.atthasdef or a.attidentity <> '') as has_default, a.attgenerated <> '' as generated,
               substring(col_description(a.attrelid, a.attnum) from '^Soft reference to ([a-z_]+\.[a-z_]+)') as soft_target
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_type t on t.oid = a.atttypid
        where a.attnum > 0 and not a.attisdropped and c.oid in (select to_regclass(r.table_name) from finnest.registered_tables r)
        order by 1, a.attnum
        """;

    private const string ConstraintsQuery = """
        select n.nspname || '.' || c.relname as table_name, con.conname as name, con.contype::text as kind,
               -- Foreign keys are read from their columns: deparsing ~700 of them was most of this query's time.
               case when con.contype <> 'f' then pg_get_constraintdef(con.oid) end as definition,
               array(select a.attname::text from unnest(con.conkey) with ordinality k(num, pos)
                     join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.pos) as columns,
               fn.nspname || '.' || fc.relname as target,
               array(select a.attname::text from unnest(con.confkey) with ordinality k(num, pos)
                     join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.pos) as target_columns
        from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
        left join pg_class fc on fc.oid = con.confrelid left join pg_namespace fn on fn.oid = fc.relnamespace
        where con.contype in ('c', 'f', 'x') and c.oid in (select to_regclass(r.table_name) from finnest.registered_tables r)
        order by 1, 2
        """;

    /// <summary>Unique constraints and indexes (partial ones too: seeded rows are never deleted; COALESCE(x, …) and lower(x) count as x).</summary>
    private const string UniquesQuery = """
        select n.nspname || '.' || c.relname as table_name,
               array(select a.attname::text from unnest(i.indkey) with ordinality k(num, pos)
                     join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.num order by k.pos)
               || array(select m[1] from regexp_matches(pg_get_indexdef(i.indexrelid), '(?:COALESCE|lower)\((\w+)', 'g') m) as columns
        from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
        where i.indisunique and not i.indisprimary and c.oid in (select to_regclass(r.table_name) from finnest.registered_tables r)
        """;

    /// <summary>The four catalog queries in one round trip, read without a mapper (its first use per row type costs more than the queries).</summary>
    public static async Task<IReadOnlyList<TableInfo>> ReadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands = { new(TablesQuery), new(ColumnsQuery), new(ConstraintsQuery), new(UniquesQuery) },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var tables = new List<(string Name, bool IsTenant, bool IsPartitioned, string? PartitionColumn)>();
        while (await reader.ReadAsync(ct))
            tables.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        await reader.NextResultAsync(ct);
        var columns = new List<(string Table, string Name, string TypeName, string FormattedType, bool NotNull, bool HasDefault, bool Generated, string? SoftTarget)>();
        while (await reader.ReadAsync(ct))
            columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4), reader.GetBoolean(5), reader.GetBoolean(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        await reader.NextResultAsync(ct);
        var constraints = new List<(string Table, string Name, string Kind, string? Definition, string[] Columns, string? Target, string[] TargetColumns)>();
        while (await reader.ReadAsync(ct))
            constraints.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<string[]>(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<string[]>(6)));
        await reader.NextResultAsync(ct);
        var uniques = new List<(string Table, string[] Columns)>();
        while (await reader.ReadAsync(ct)) uniques.Add((reader.GetString(0), reader.GetFieldValue<string[]>(1)));

        // Grouped once by table: ~200 tables of ~3,000 columns and ~2,000 constraints, not scanned again per table.
        var columnsOf = columns.ToLookup(c => c.Table);
        var constraintsOf = constraints.ToLookup(c => c.Table);
        var uniquesOf = uniques.ToLookup(u => u.Table);
        return tables.Select(t =>
        {
            var own = columnsOf[t.Name].ToList();
            var generated = own.Where(c => c.Generated).Select(c => c.Name).ToHashSet();
            var rules = constraintsOf[t.Name].ToList();
            return new TableInfo(
                t.Name, t.IsTenant, t.IsPartitioned, t.PartitionColumn,
                own.Where(c => !c.Generated).Select(c => ToColumn(c.Name, c.TypeName, c.FormattedType, c.NotNull, c.HasDefault) with { SoftTarget = c.SoftTarget }).ToList(),
                rules.Where(c => c.Kind == "f").Select(c => new ForeignKey(c.Columns, c.Target!, c.TargetColumns)).ToList(),
                // A check on a generated column is PostgreSQL's to satisfy: the seeder never writes those columns.
                rules.Where(c => c.Kind == "c" && !c.Columns.Any(generated.Contains)).Select(c => new CheckInfo(c.Name, CheckExpression(c.Definition!), c.Columns)).ToList(),
                uniquesOf[t.Name].Select(u => (IReadOnlyList<string>)u.Columns).ToList(),
                rules.Where(c => c.Kind == "x")
                    .Select(c => ParseExclusion(c.Definition!, own.Select(col => col.Name)))
                    .OfType<ExclusionInfo>().ToList());
        }).ToList();
    }

    private static ColumnInfo ToColumn(string name, string typeName, string formatted, bool notNull, bool hasDefault)
    {
        var size = SizeOf().Match(formatted);
        int? first = size.Success ? int.Parse(size.Groups[1].Value) : null;
        int? second = size.Success && size.Groups[2].Success ? int.Parse(size.Groups[2].Value) : null;
        return typeName is "numeric"
            ? new ColumnInfo(name, typeName, formatted, notNull, hasDefault, null, first, second)
            : new ColumnInfo(name, typeName, formatted, notNull, hasDefault, first, null, null);
    }

    /// <summary>"CHECK ((x > 0))" → "(x > 0)".</summary>
    private static string CheckExpression(string definition) =>
        definition.StartsWith("CHECK ", StringComparison.Ordinal) ? definition["CHECK ".Length..].Replace(" NOT VALID", "") : definition;

    /// <summary>EXCLUDE USING gist (org_id WITH =, employee_id WITH =, tstzrange(start_at, end_at) WITH &amp;&amp;) …</summary>
    private static ExclusionInfo? ParseExclusion(string definition, IEnumerable<string> tableColumns)
    {
        var range = RangeOf().Match(definition);
        if (!range.Success) return null;
        var keys = definition[..definition.IndexOf(range.Value, StringComparison.Ordinal)];
        var equal = tableColumns.Where(c => Regex.IsMatch(keys, $@"\b{c}\b")).ToList();
        return new ExclusionInfo(equal, range.Groups[2].Value, range.Groups[3].Value, range.Groups[1].Value == "daterange");
    }

    [GeneratedRegex(@"\((\d+)(?:,(\d+))?\)")]
    private static partial Regex SizeOf();

    [GeneratedRegex(@"(tstzrange|daterange)\((\w+), (\w+)")]
    private static partial Regex RangeOf();

}
