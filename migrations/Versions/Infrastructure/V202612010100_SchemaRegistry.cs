using System.Reflection;
using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Infrastructure;

/// <summary>
/// The schema registry (<see cref="SchemaRegistry"/>): every table's kind, soft references and
/// redacted columns, as rows in schema finnest. The rows of the tables that earlier migrations
/// created are built here by running those migrations' Up against a builder in memory and reading
/// the model it records: never by parsing their SQL or comments. Later migrations write their own
/// rows (the builder does it, knowing the migration's version).
/// Also rewrites four database comments that spoke to the schema's authors rather than to the
/// application teams who read them in docs/schema/dictionary.md.
/// </summary>
[Migration(SchemaRegistry.Version, "schema registry: table kinds, soft references and redacted columns of every table")]
public sealed class V202612010100_SchemaRegistry : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.Sql($"""
            create table finnest.registered_tables (
                table_name text not null,
                kind text not null,
                registered_by bigint not null,
                constraint pk_registered_tables primary key (table_name),
                constraint ck_registered_tables__table_name_format check (table_name ~ '^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$'),
                constraint ck_registered_tables__kind check (kind in ({string.Join(", ", TableKinds.RegistryNames.Select(SqlNames.Literal))}))
            );
            """);
        db.Sql("""
            create table finnest.soft_references (
                table_name text not null,
                column_name text not null,
                target_table text not null,
                constraint pk_soft_references primary key (table_name, column_name),
                constraint fk_soft_references__table_name foreign key (table_name) references finnest.registered_tables (table_name) on delete cascade
            );
            """);
        db.Sql("""
            create table finnest.sensitive_columns (
                table_name text not null,
                column_name text not null,
                constraint pk_sensitive_columns primary key (table_name, column_name),
                constraint fk_sensitive_columns__table_name foreign key (table_name) references finnest.registered_tables (table_name) on delete cascade
            );
            """);
        db.Sql("""
            comment on table finnest.registered_tables is 'Schema registry: one row per Finnest table, written by the migration that creates the table. Tools (data dictionary, convention tests, drift detection, seeder) read table kinds here.';
            comment on column finnest.registered_tables.table_name is 'schema.table.';
            comment on column finnest.registered_tables.kind is 'tenant (rows of one organisation, row-level security), reference (global, read-only to the application), append_only_log (immutable, partitioned monthly; partition spec in finnest.partitioned_tables) or tenant_root (public.organisations).';
            comment on column finnest.registered_tables.registered_by is 'Version of the migration that created the table.';
            comment on table finnest.soft_references is 'Columns that point at a row of another domain''s table without a foreign key (domains stay apart); the application keeps them consistent.';
            comment on column finnest.soft_references.column_name is 'The uuid column holding the id of the target row.';
            comment on column finnest.soft_references.target_table is 'schema.table the column points at.';
            comment on table finnest.sensitive_columns is 'Columns the audit trigger writes to public.audit_log as "[redacted]" (tax file numbers, bank accounts, health, drug-test and vetting details).';
            grant select on finnest.registered_tables, finnest.soft_references, finnest.sensitive_columns to finnest_readonly, finnest_maintenance;
            """);

        foreach (var sql in SchemaRegistry.InsertSql(TablesOfEarlierMigrations())) db.Sql(sql);

        // The partition spec of a log stays where partition maintenance reads it, and now belongs to a registered table.
        db.Sql("alter table finnest.partitioned_tables add constraint fk_partitioned_tables__parent_table foreign key (parent_table) references finnest.registered_tables (table_name) on delete cascade;");

        foreach (var (target, _, text) in Comments) db.Sql($"comment on {target} is {SqlNames.Literal(text)};");
    }

    public override void Down(SchemaBuilder db)
    {
        foreach (var (target, previous, _) in Comments) db.Sql($"comment on {target} is {SqlNames.Literal(previous)};");
        db.Sql("alter table finnest.partitioned_tables drop constraint fk_partitioned_tables__parent_table;");
        db.Sql("drop table finnest.sensitive_columns, finnest.soft_references, finnest.registered_tables;");
    }

    /// <summary>
    /// The tables the migrations before this one leave behind, each with the version that created
    /// it, in version order: their Up run against a recording builder, tables dropped later removed.
    /// This migration's SQL (and checksum) therefore depends on the set of earlier migrations: once
    /// it is applied anywhere, no migration with a lower version may be added (not even an
    /// out-of-order hotfix); give new migrations later versions, whose tables register themselves.
    /// </summary>
    private static IEnumerable<(TableModel Table, long Version)> TablesOfEarlierMigrations()
    {
        var earlier = typeof(V202612010100_SchemaRegistry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(Migration)))
            .Select(t => (Type: t, t.GetCustomAttribute<MigrationAttribute>()?.Version))
            .Where(m => m.Version < SchemaRegistry.Version)
            .OrderBy(m => m.Version);
        var tables = new List<(TableModel Table, long Version)>();
        foreach (var (type, version) in earlier)
        {
            var builder = new SchemaBuilder(version);
            ((Migration)Activator.CreateInstance(type)!).Up(builder);
            tables.RemoveAll(t => builder.DroppedTables.Contains(t.Table.QualifiedName));
            tables.AddRange(builder.Tables.Select(t => (t, version!.Value)));
        }
        return tables;
    }

    /// <summary>Comments rewritten for their readers: (object, text before, text now).</summary>
    private static readonly (string Target, string Previous, string Text)[] Comments =
    [
        ("table events.domain_events",
            "Domain events published by every domain (the seed's event store). Immutable: UPDATE, DELETE and TRUNCATE raise. Partitioned monthly on inserted_at.",
            "Domain events published by every domain: the event store through which domains learn what happened in other domains. Immutable: UPDATE, DELETE and TRUNCATE raise. Partitioned monthly on inserted_at."),
        ("column people.employees.employment_status",
            "onboarding: engaged, paperwork incomplete (the seed's default); pre_start: onboarded, start date not reached; then DOMAIN's active, on_leave, suspended, terminated.",
            "onboarding (the default): engaged, paperwork incomplete; pre_start: onboarded, start date not reached; active: working or available for work; on_leave; suspended; terminated (termination_date required)."),
        ("table payroll.payroll_tax_rates",
            "State and territory payroll tax (DOMAIN.md §9): the headline rate and annual wages threshold of each state for a financial year. An employer pays the tax of each state on the wages paid there above its share of that state's threshold; tiers, surcharges and threshold phase-outs are in notes.",
            "State and territory payroll tax: the headline rate and annual wages threshold of each state for a financial year. An employer pays the tax of each state on the wages paid there above its share of that state's threshold; tiers, surcharges and threshold phase-outs are in notes."),
        ("column public.audit_log.actor_role",
            "Database role that made the change (current_user).",
            "Login role of the session that made the change (session_user). The audit trigger runs with its owner's rights, so current_user would always name the owner."),
    ];
}
