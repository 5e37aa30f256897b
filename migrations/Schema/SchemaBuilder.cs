using System.Globalization;

namespace Finnest.Database.Schema;

/// <summary>Raised when a forward-only migration is asked to go down.</summary>
public sealed class IrreversibleMigrationException(string reason) : Exception(reason);

/// <summary>A SQL expression passed where <see cref="SchemaBuilder.InsertRows"/> expects a value.</summary>
public sealed record SqlExpression(string Sql);

/// <summary>
/// Collects the SQL a migration's Up or Down produces, and a model of the tables it creates.
/// Nothing here touches a database: the runner executes <see cref="Statements"/>,
/// <c>migrate script</c> prints them, and the checksum is computed over them.
/// </summary>
/// <param name="version">
/// The version of the migration being built. Migrations after <see cref="SchemaRegistry.Version"/>
/// write their tables' registry rows themselves; null (a builder outside any migration) writes none.
/// </param>
public sealed class SchemaBuilder(long? version = null)
{
    private readonly List<string> _statements = [];
    private readonly List<TableModel> _tables = [];
    private readonly List<string> _dropped = [];
    private readonly List<string> _triggerFunctions = [];

    public long? Version { get; } = version;

    public IReadOnlyList<string> Statements => _statements;

    /// <summary>The tables this build created, in order: what the registry records and a derived Down drops.</summary>
    public IReadOnlyList<TableModel> Tables => _tables;

    /// <summary>Tables this build dropped (schema.table).</summary>
    public IReadOnlyList<string> DroppedTables => _dropped;

    private bool WritesRegistry => SchemaRegistry.WrittenBy(Version);

    /// <summary>Raw SQL, e.g. a function or a data fix. In a non-transactional migration, one statement per call.</summary>
    public void Sql(string sql) => _statements.Add(sql.Trim());

    public void TenantTable(string qualifiedName, string comment, Action<TableBuilder> define) =>
        Table(TableKind.Tenant, qualifiedName, comment, define);

    public void ReferenceTable(string qualifiedName, string comment, Action<TableBuilder> define) =>
        Table(TableKind.Reference, qualifiedName, comment, define);

    /// <summary>
    /// An immutable log partitioned by month on <paramref name="partitionColumn"/> (a timestamptz),
    /// registered in finnest.partitioned_tables so partition maintenance picks it up.
    /// </summary>
    public void AppendOnlyLog(string qualifiedName, string comment, Action<TableBuilder> define, string partitionColumn = "inserted_at") =>
        Table(TableKind.AppendOnlyLog, qualifiedName, comment, define, partitionColumn);

    /// <summary>public.organisations: the one table whose own id is the tenant.</summary>
    public void TenantRootTable(string qualifiedName, string comment, Action<TableBuilder> define) =>
        Table(TableKind.TenantRoot, qualifiedName, comment, define);

    private void Table(TableKind kind, string qualifiedName, string comment, Action<TableBuilder> define, string partitionColumn = "inserted_at")
    {
        var table = new TableBuilder(kind, qualifiedName, comment, partitionColumn, Version);
        define(table);
        var model = table.Model();
        var sql = table.ToSql().ToList();
        // create table, then (from the registry's version on) its registry rows, then everything that depends on both.
        _statements.Add(sql[0]);
        if (WritesRegistry) _statements.AddRange(SchemaRegistry.InsertSql([(model, Version!.Value)]));
        _statements.AddRange(sql.Skip(1));
        _tables.Add(model);
        _triggerFunctions.AddRange(table.TriggerFunctions);
    }

    /// <summary>Drops a table (and, for a partitioned log, its partitions and its maintenance registration).</summary>
    public void DropTable(string qualifiedName)
    {
        var (schema, table) = SqlNames.Split(qualifiedName);
        _statements.Add($"delete from finnest.partitioned_tables where parent_table = {SqlNames.Literal($"{schema}.{table}")};");
        if (WritesRegistry) _statements.Add(SchemaRegistry.DeleteSql($"{schema}.{table}"));
        _statements.Add($"drop table {schema}.{table};");
        _dropped.Add($"{schema}.{table}");
    }

    /// <summary>Drops tables in reverse order of creation, so referencing tables go first.</summary>
    public void DropTables(params string[] qualifiedNames)
    {
        foreach (var name in qualifiedNames.Reverse()) DropTable(name);
    }

    /// <summary>
    /// The derived Down (as FluentMigrator's AutoReversingMigration): runs <paramref name="up"/> on a
    /// recording builder, then drops the tables it created, newest first, and the trigger functions
    /// its tables declared with <see cref="TableBuilder.Trigger"/>. What Up did by hand (raw SQL,
    /// <c>After</c>) is not known here: a Down undoes that itself, after this call.
    /// </summary>
    public void DropWhatUpCreated(Action<SchemaBuilder> up)
    {
        var recording = new SchemaBuilder(Version);
        up(recording);
        DropTables([.. recording.Tables.Select(t => t.QualifiedName)]);
        foreach (var function in recording._triggerFunctions.AsEnumerable().Reverse())
            _statements.Add($"drop function {function};");
    }

    /// <summary>
    /// Reference data written into the migration itself (not the fake-data seeder). Values are
    /// strings, numbers, booleans, dates, null, or a <see cref="SqlExpression"/> such as a lookup by code.
    /// </summary>
    public void InsertRows(string qualifiedName, string[] columns, IEnumerable<object?[]> rows)
    {
        var (schema, table) = SqlNames.Split(qualifiedName);
        var values = rows.Select(row =>
        {
            if (row.Length != columns.Length)
                throw new ArgumentException($"{qualifiedName}: a row has {row.Length} values for {columns.Length} columns");
            return "    (" + string.Join(", ", row.Select(Literal)) + ")";
        }).ToList();
        if (values.Count == 0) return;
        _statements.Add($"insert into {schema}.{table} ({string.Join(", ", columns.Select(SqlNames.Checked))}) values\n{string.Join(",\n", values)};");
    }

    /// <summary>Called from Down by a forward-only migration: going down past it is refused with this reason.</summary>
    public void Irreversible(string reason) => throw new IrreversibleMigrationException(reason);

    internal static string Literal(object? value) => value switch
    {
        null => "null",
        SqlExpression e => e.Sql,
        string s => SqlNames.Literal(s),
        bool b => b ? "true" : "false",
        DateOnly d => SqlNames.Literal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        int or long or decimal or double => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        string[] a => "array[" + string.Join(", ", a.Select(SqlNames.Literal)) + "]::text[]",
        _ => throw new ArgumentException($"no SQL literal for {value.GetType().Name}"),
    };
}
