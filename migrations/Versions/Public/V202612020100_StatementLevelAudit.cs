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
        // A placeholder so that the triggers below can bind; triggers/audit_statement.sql gives it
        // its body at the end of the same run (as the first migration does for audit_row).
        db.Sql("""
            create or replace function finnest.audit_statement() returns trigger language plpgsql as $$
            begin
                raise exception 'finnest.audit_statement() is a placeholder: run migrate up to apply triggers/*.sql';
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
