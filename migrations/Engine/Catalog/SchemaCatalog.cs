using Dapper;
using Finnest.Database.Schema;
using Npgsql;

namespace Finnest.Database.Engine.Catalog;

public sealed record CatalogColumn(string Name, string Type, bool Nullable, string? Default, string? Comment);
public sealed record CatalogConstraint(string Name, string Kind, string Definition);
public sealed record CatalogIndex(string Name, string Definition);

/// <summary>A link from a column to another table: a foreign key (enforced) or a registered soft reference.</summary>
public sealed record CatalogReference(string Column, string Target, bool Enforced);

/// <summary>
/// One table of a migrated database: its registry facts (kind, soft references, redacted columns,
/// partition spec) together with its live shape from pg_catalog.
/// </summary>
public sealed record CatalogTable(
    string Schema,
    string Name,
    TableKind Kind,
    long RegisteredBy,
    string? Comment,
    bool RowLevelSecurity,
    bool ForceRowLevelSecurity,
    IReadOnlyList<CatalogColumn> Columns,
    IReadOnlyList<CatalogConstraint> Constraints,
    IReadOnlyList<CatalogIndex> Indexes,
    IReadOnlyList<CatalogReference> References,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> SensitiveColumns,
    PartitionSpec? Partition)
{
    public string QualifiedName => $"{Schema}.{Name}";
    public IEnumerable<SoftReference> SoftReferences => References.Where(r => !r.Enforced).Select(r => new SoftReference(r.Column, r.Target));
}

/// <summary>Where the registry and the database disagree: tables without a registry row, rows without a table.</summary>
public sealed record RegistryGaps(IReadOnlyList<string> Unregistered, IReadOnlyList<string> Missing)
{
    public bool IsEmpty => Unregistered.Count == 0 && Missing.Count == 0;
}

/// <summary>
/// The one reader of the schema registry (finnest.registered_tables, soft_references,
/// sensitive_columns, partitioned_tables) joined with pg_catalog. The data dictionary, the
/// convention tests, drift detection and the seeder all read tables through it, so none of them
/// guesses a table's kind or parses a comment. Partitions are left out (their names move with the
/// calendar). Usage:
/// <code>
/// var tables = await SchemaCatalog.ReadAsync(connection, ct);       // every registered table, by schema and name
/// var gaps = await SchemaCatalog.FindGapsAsync(connection, ct);     // tables the registry does not know, and the reverse
/// </code>
/// Both throw <see cref="SchemaRegistryMissingException"/> on a database migrated to before the registry.
/// </summary>
public static class SchemaCatalog
{
    /// <summary>Every registered table with its columns, constraints, indexes, references and triggers.</summary>
    public static async Task<IReadOnlyList<CatalogTable>> ReadAsync(NpgsqlConnection connection, CancellationToken ct = default)
    {
        await EnsureRegistryAsync(connection, ct);
        var tables = (await Query<(long Oid, string Schema, string Name, string Kind, long RegisteredBy, string? Comment, bool Rls, bool ForceRls, string? PartitionColumn)>(connection,
            """
            select c.oid::bigint, n.nspname, c.relname, r.kind, r.registered_by, obj_description(c.oid, 'pg_class'),
                   c.relrowsecurity, c.relforcerowsecurity, p.partition_column
            from finnest.registered_tables r
            join pg_class c on c.oid = to_regclass(r.table_name)
            join pg_namespace n on n.oid = c.relnamespace
            left join finnest.partitioned_tables p on p.parent_table = r.table_name
            order by n.nspname, c.relname
            """, null, ct)).ToList();
        var oids = new { Oids = tables.Select(t => t.Oid).ToArray() };
        var columns = (await Query<(long Oid, string Name, string Type, bool NotNull, string? Default, string? Comment)>(connection,
            """
            select a.attrelid::bigint, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), col_description(a.attrelid, a.attnum)
            from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where a.attrelid = any(@Oids::oid[]) and a.attnum > 0 and not a.attisdropped
            order by a.attrelid, a.attnum
            """, oids, ct)).ToLookup(c => c.Oid);
        var constraints = (await Query<(long Oid, string Name, string Kind, string Definition, string? Target, string[]? Columns)>(connection,
            """
            select con.conrelid::bigint, con.conname, con.contype::text, pg_get_constraintdef(con.oid),
                   case when con.contype = 'f' then con.confrelid::regclass::text end,
                   array(select attname::text from pg_attribute where attrelid = con.conrelid and attnum = any(con.conkey) order by array_position(con.conkey, attnum))
            from pg_constraint con where con.conrelid = any(@Oids::oid[]) and con.conparentid = 0
            order by con.conrelid, con.contype, con.conname
            """, oids, ct)).ToLookup(c => c.Oid);
        var indexes = (await Query<(long Oid, string Name, string Definition)>(connection,
            """
            select i.indrelid::bigint, c.relname, pg_get_indexdef(i.indexrelid)
            from pg_index i join pg_class c on c.oid = i.indexrelid
            where i.indrelid = any(@Oids::oid[]) order by 1, 2
            """, oids, ct)).ToLookup(i => i.Oid);
        var triggers = (await Query<(long Oid, string Name)>(connection,
            "select tgrelid::bigint, tgname from pg_trigger where tgrelid = any(@Oids::oid[]) and not tgisinternal order by 1, 2",
            oids, ct)).ToLookup(t => t.Oid, t => t.Name);
        var softReferences = (await Query<(string Table, string Column, string Target)>(connection,
            "select table_name, column_name, target_table from finnest.soft_references", null, ct)).ToLookup(r => r.Table);
        var sensitive = (await Query<(string Table, string Column)>(connection,
            "select table_name, column_name from finnest.sensitive_columns", null, ct)).ToLookup(s => s.Table, s => s.Column);

        return tables.Select(t =>
        {
            var qualified = $"{t.Schema}.{t.Name}";
            var cols = columns[t.Oid].Select(c => new CatalogColumn(c.Name, c.Type, !c.NotNull, c.Default, c.Comment)).ToList();
            var columnOrder = cols.Select(c => c.Name).ToList();
            var references = constraints[t.Oid].Where(c => c.Kind == "f")
                .Select(c => new CatalogReference(string.Join(", ", (c.Columns ?? []).Where(x => x != "org_id" || c.Columns!.Length == 1)), Qualify(c.Target!), true))
                .Concat(softReferences[qualified].OrderBy(r => columnOrder.IndexOf(r.Column)).Select(r => new CatalogReference(r.Column, r.Target, false)))
                .ToList();
            return new CatalogTable(t.Schema, t.Name, TableKinds.FromRegistryName(t.Kind), t.RegisteredBy, t.Comment, t.Rls, t.ForceRls, cols,
                constraints[t.Oid].Select(c => new CatalogConstraint(c.Name, ConstraintKind(c.Kind), c.Definition)).ToList(),
                indexes[t.Oid].Select(i => new CatalogIndex(i.Name, i.Definition)).ToList(), references, triggers[t.Oid].ToList(),
                sensitive[qualified].OrderBy(columnOrder.IndexOf).ToList(),
                t.PartitionColumn is null ? null : new PartitionSpec(t.PartitionColumn));
        }).ToList();
    }

    /// <summary>
    /// Tables in a domain schema (<see cref="DomainSchemas.All"/>) without a registry row, and registry
    /// rows whose table does not exist. Both lists are empty on a database the migrations built.
    /// </summary>
    public static async Task<RegistryGaps> FindGapsAsync(NpgsqlConnection connection, CancellationToken ct = default)
    {
        await EnsureRegistryAsync(connection, ct);
        var unregistered = await Query<string>(connection,
            """
            select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = any(@Schemas) and c.relkind in ('r', 'p') and not c.relispartition
              and not exists (select from finnest.registered_tables r where r.table_name = n.nspname || '.' || c.relname)
            order by 1
            """, new { Schemas = DomainSchemas.All.ToArray() }, ct);
        var missing = await Query<string>(connection,
            "select table_name from finnest.registered_tables where to_regclass(table_name) is null order by 1", null, ct);
        return new RegistryGaps(unregistered.ToList(), missing.ToList());
    }

    private static async Task EnsureRegistryAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select to_regclass('finnest.registered_tables') is not null", cancellationToken: ct)))
            throw new SchemaRegistryMissingException();
    }

    private static Task<IEnumerable<T>> Query<T>(NpgsqlConnection connection, string sql, object? args, CancellationToken ct) =>
        connection.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: ct));

    private static string Qualify(string regclass) => regclass.Contains('.') ? regclass : "public." + regclass;

    private static string ConstraintKind(string kind) => kind switch
    {
        "p" => "primary key",
        "f" => "foreign key",
        "u" => "unique",
        "c" => "check",
        "x" => "exclusion",
        _ => kind,
    };
}

/// <summary>The database has no schema registry: it was migrated only up to a version before <see cref="SchemaRegistry.Version"/>.</summary>
public sealed class SchemaRegistryMissingException() : Exception(
    $"the database has no schema registry (finnest.registered_tables): run migrate up to {SchemaRegistry.Version} or later");
