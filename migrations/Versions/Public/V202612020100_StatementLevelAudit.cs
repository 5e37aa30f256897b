using System.Text.RegularExpressions;
using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Public;

/// <summary>
/// The audit log at set speed: every tenant table's row-level audit_row trigger is replaced by
/// three statement-level triggers that write a statement's entries with one insert … select from
/// its transition tables (triggers/audit_statement.sql). Same entries, same redaction; the log
/// also records whether the claimed actor is a user of the row's organisation.
/// The tables are listed explicitly (read from the SQL of the migrations before this one), so
/// `migrate script` shows every trigger replaced; a final check refuses to finish if any table
/// still carries audit_row.
/// </summary>
[Migration(Version, "audit: statement-level audit triggers with transition tables; audit_log.actor_verified")]
public sealed partial class V202612020100_StatementLevelAudit : Migration
{
    private const long Version = TableBuilder.StatementAuditSince;

    public override void Up(SchemaBuilder db)
    {
        // hstore compares two rows column by column in C: the changed columns of an update.
        db.Sql("create extension if not exists hstore with schema public;");
        db.Sql("alter table public.audit_log add column actor_verified boolean;");
        db.Sql("""
            comment on column public.audit_log.actor_verified is 'Whether actor_id, the user the session claimed in app.user_id, is a user of the changed row''s organisation: true verified; false forged or foreign (unknown id, a user of another organisation, or not a uuid): investigate; null no actor claimed (system, migration or maintenance change).';
            """);
        db.Sql("""
            comment on table public.audit_log is 'Every insert, update, soft delete, restore and delete on a tenant table, one row per changed row, written by the audit triggers (one insert per statement). Sensitive columns are redacted. Immutable; partitioned monthly.';
            """);
        // The function with its full body as of this migration, not a placeholder: from here on every
        // statement on a tenant table fires it, even one that changes no row, so a later migration
        // that corrects data (on a fresh database or one upgraded in a single run) must find it working
        // before the repeatable scripts run at the end. triggers/audit_statement.sql owns its later versions.
        db.Sql("""
            create or replace function finnest.audit_statement() returns trigger
            language plpgsql
            security definer
            set search_path = ''
            as $$
            declare
                claimed text := nullif(current_setting('app.user_id', true), '');
                actor uuid := case when claimed ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then claimed::uuid end;
                audited_table text := tg_table_schema || '.' || tg_table_name;
                -- public.organisations is its own tenant.
                tenant_key text := case when tg_table_schema = 'public' and tg_table_name = 'organisations' then 'id' else 'org_id' end;
                redacted text[] := coalesce(tg_argv, '{}');
                -- Redaction: the named columns holding a value (a row's hstore sliced to them, minus the
                -- pairs with a null value) are overwritten with "[redacted]". Plain expressions, no subquery,
                -- and skipped entirely on the many tables that have no sensitive column.
                redacts boolean := cardinality(redacted) > 0;
                -- One null per redacted column, for the pairs to subtract (with tg_argv's bounds: it counts
                -- from 0). No variable of type hstore: the extension comes with a later migration than this
                -- script may be applied after.
                nulls text[] := array_fill(null::text, array[cardinality(redacted)], array[coalesce(array_lower(redacted, 1), 1)]);
                transaction bigint := txid_current();
            begin
                -- Each query turns a row into jsonb once (offset 0 keeps the planner from repeating to_jsonb
                -- for every use) and looks the claimed actor's organisation up once (an init plan).
                if tg_op = 'INSERT' then
                    insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                                  old_row, new_row, changed_columns, transaction_id)
                    select (r.new_row ->> tenant_key)::uuid, audited_table, 'insert', (r.new_row ->> 'id')::uuid, actor,
                           case when claimed is not null
                                then (r.new_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
                           session_user, null,
                           case when redacts then r.new_row || jsonb_object(r.new_secret, array_fill('[redacted]'::text, array[cardinality(r.new_secret)]))
                                else r.new_row end,
                           null, transaction
                    from (select to_jsonb(n) as new_row,
                                 case when redacts then public.akeys(public.slice(public.hstore(n), redacted) operator(public.-) public.hstore(redacted, nulls)) end as new_secret
                          from new_rows as n offset 0) as r;
                elsif tg_op = 'DELETE' then
                    insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                                  old_row, new_row, changed_columns, transaction_id)
                    select (r.old_row ->> tenant_key)::uuid, audited_table, 'delete', (r.old_row ->> 'id')::uuid, actor,
                           case when claimed is not null
                                then (r.old_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
                           session_user,
                           case when redacts then r.old_row || jsonb_object(r.old_secret, array_fill('[redacted]'::text, array[cardinality(r.old_secret)]))
                                else r.old_row end,
                           null, null, transaction
                    from (select to_jsonb(o) as old_row,
                                 case when redacts then public.akeys(public.slice(public.hstore(o), redacted) operator(public.-) public.hstore(redacted, nulls)) end as old_secret
                          from old_rows as o offset 0) as r;
                elsif tg_op = 'UPDATE' then
                    -- Changed columns by hstore difference (the text forms compared in C, several times
                    -- faster than walking two jsonb documents); a row where nothing but updated_at changed
                    -- is dropped before any jsonb is built. Rows are paired by id (immutable).
                    insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                                  old_row, new_row, changed_columns, transaction_id)
                    select (r.new_row ->> tenant_key)::uuid, audited_table,
                           case when r.old_row ->> 'deleted_at' is null and r.new_row ->> 'deleted_at' is not null then 'soft_delete'
                                when r.old_row ->> 'deleted_at' is not null and r.new_row ->> 'deleted_at' is null then 'restore'
                                else 'update' end,
                           (r.new_row ->> 'id')::uuid, actor,
                           case when claimed is not null
                                then (r.new_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
                           session_user,
                           case when redacts then r.old_row || jsonb_object(r.old_secret, array_fill('[redacted]'::text, array[cardinality(r.old_secret)]))
                                else r.old_row end,
                           case when redacts then r.new_row || jsonb_object(r.new_secret, array_fill('[redacted]'::text, array[cardinality(r.new_secret)]))
                                else r.new_row end,
                           r.changed, transaction
                    from (select to_jsonb(o) as old_row, to_jsonb(n) as new_row, d.changed,
                                 case when redacts then public.akeys(public.slice(d.old_pairs, redacted) operator(public.-) public.hstore(redacted, nulls)) end as old_secret,
                                 case when redacts then public.akeys(public.slice(d.new_pairs, redacted) operator(public.-) public.hstore(redacted, nulls)) end as new_secret
                          from old_rows as o
                          join new_rows as n on n.id = o.id
                          cross join lateral (
                              select h.old_pairs, h.new_pairs,
                                     array(select k from unnest(public.akeys(h.new_pairs operator(public.-) h.old_pairs)) as k
                                           where k <> 'updated_at' order by k) as changed
                              from (select public.hstore(o) as old_pairs, public.hstore(n) as new_pairs) as h
                              offset 0) as d
                          where d.changed <> '{}'
                          offset 0) as r;
                end if;
                return null;
            end
            $$;
            """);
        db.Sql("revoke execute on function finnest.audit_statement() from public;");
        foreach (var (table, sensitive) in AuditedTables())
        {
            db.Sql($"drop trigger audit_row on {table};");
            foreach (var sql in TableBuilder.AuditTriggerSql(table, sensitive, Version)) db.Sql(sql);
        }
        db.Sql("""
            do $$
            declare leftover text;
            begin
                select string_agg(tgrelid::regclass::text, ', ') into leftover from pg_trigger
                where tgfoid = 'finnest.audit_row()'::regprocedure;
                if leftover is not null then
                    raise exception 'row-level audit_row is still on %: add these tables to the statement-level audit', leftover;
                end if;
            end
            $$;
            """);
    }

    public override void Down(SchemaBuilder db)
    {
        foreach (var (table, sensitive) in AuditedTables())
        {
            db.Sql($"drop trigger audit_insert on {table};");
            db.Sql($"drop trigger audit_update on {table};");
            db.Sql($"drop trigger audit_delete on {table};");
            foreach (var sql in TableBuilder.AuditTriggerSql(table, sensitive, Version - 1)) db.Sql(sql);
        }
        db.Sql("drop function finnest.audit_statement();");
        db.Sql("alter table public.audit_log drop column actor_verified;");
        db.Sql("""
            comment on table public.audit_log is 'Every insert, update, soft delete and delete on a tenant table, written by the audit_row trigger. Sensitive columns are redacted. Immutable; partitioned monthly.';
            """);
        db.Sql("drop extension hstore;");
    }

    /// <summary>
    /// Every table the migrations before this one gave a row-level audit_row trigger, with its
    /// redacted columns, in creation order (less any a later migration dropped).
    /// </summary>
    private static List<(string Table, string[] Sensitive)> AuditedTables()
    {
        var tables = new List<(string Table, string[] Sensitive)>();
        foreach (var migration in FinnestMigrations.Catalog().Migrations.Where(m => m.Version < Version))
            foreach (var statement in migration.UpStatements)
            {
                if (RowAuditTrigger().Match(statement) is { Success: true } created)
                    tables.Add((created.Groups["table"].Value,
                        [.. QuotedName().Matches(created.Groups["args"].Value).Select(m => m.Groups[1].Value)]));
                else if (DropTable().Match(statement) is { Success: true } dropped)
                    tables.RemoveAll(t => t.Table == dropped.Groups["table"].Value);
            }
        return tables;
    }

    [GeneratedRegex(@"^create trigger audit_row after insert or update or delete on (?<table>[a-z_.]+) for each row execute function finnest\.audit_row\((?<args>[^)]*)\);$")]
    private static partial Regex RowAuditTrigger();

    [GeneratedRegex(@"^drop table (?<table>[a-z_.]+);$")]
    private static partial Regex DropTable();

    [GeneratedRegex(@"'([a-z0-9_]+)'")]
    private static partial Regex QuotedName();
}
