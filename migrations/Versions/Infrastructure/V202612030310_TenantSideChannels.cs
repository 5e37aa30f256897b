using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Infrastructure;

/// <summary>
/// Closes two of the tenant side channels listed in docs/design/tenant-side-channels.md (the
/// others stay, for the reasons given there):
/// - Soft references carry no FK, so roster.shift_assignments.employee_id, roster.shifts.site_id
///   and timekeep.clock_events.employee_id accepted another tenant's id, or one that exists
///   nowhere. A trigger now requires the referenced row in the same organisation. It reads the
///   other domain's table by (org_id, id), the unique key every tenant table has, so the check is
///   one index probe and the domains stay free of FKs between them.
/// - The application could rename its organisation's slug and learn from the unique violation
///   whether another tenant holds a slug. Slugs stay globally unique (they are the public handle
///   in sign-in URLs, resolved before any tenant is known) but the application role can no longer
///   change one (a trigger refuses before the unique index is consulted); renaming is an operator action.
/// Existing rows are not re-checked: the triggers guard writes from now on.
/// </summary>
[Migration(202612030310, "tenant side channels: soft references on rosters and clock events checked within the tenant; slugs not renameable by the application")]
public sealed class V202612030310_TenantSideChannels : Migration
{
    /// <summary>(table, column, target, the events to check): a soft reference that must name a row of the same organisation.</summary>
    private static readonly (string Table, string Column, string Target, string Events)[] CheckedSoftReferences =
    [
        ("roster.shift_assignments", "employee_id", "people.employees", "insert or update of employee_id, org_id"),
        ("roster.shifts", "site_id", "clients.sites", "insert or update of site_id, org_id"),
        ("timekeep.clock_events", "employee_id", "people.employees", "insert"),
    ];

    private static string RuleName(string table, string column) => $"sr_{SqlNames.Split(table).Table}__{column}";

    /// <summary>finnest.require_&lt;column&gt;_in_tenant, e.g. finnest.require_employee_id_in_tenant (the column names its target).</summary>
    private static string CheckFunction(string column) => $"finnest.require_{column}_in_tenant";

    public override void Up(SchemaBuilder db)
    {
        foreach (var (target, column) in CheckedSoftReferences.Select(r => (r.Target, r.Column)).Distinct())
        {
            // One function per referenced table with static SQL: its plan is cached, where a generic function
            // building the query per row (format + execute) made a clock-event insert 4.6 times slower.
            var function = CheckFunction(column);
            db.Sql($"""
                create function {function}() returns trigger
                language plpgsql security definer set search_path = '' as $$
                -- Argument: the rule's name, reported as the constraint (sr_<table>__<column>).
                begin
                    -- A row for another organisation than the session's tenant is left to row-level security,
                    -- which refuses it: looking it up first would tell the caller whether that id exists there.
                    if nullif(current_setting('app.org_id', true), '') is not null
                       and new.org_id::text is distinct from current_setting('app.org_id', true) then
                        return new;
                    end if;
                    if new.{column} is not null and not exists (select from {target} where org_id = new.org_id and id = new.{column}) then
                        raise exception '%.%.{column}: % is not a {target} row of this organisation', tg_table_schema, tg_table_name, new.{column}
                            using errcode = 'foreign_key_violation', constraint = tg_argv[0], table = tg_table_name, schema = tg_table_schema;
                    end if;
                    return new;
                end
                $$;
                """);
            db.Sql($"comment on function {function}() is 'Trigger: the row''s {column} (a soft reference, no FK between domains) must name a {target} row of the same organisation. Runs as the owner so that it sees the row whatever the caller''s role.';");
            db.Sql($"revoke execute on function {function}() from public;");
        }

        foreach (var (table, column, target, events) in CheckedSoftReferences)
        {
            var rule = RuleName(table, column);
            db.Sql($"create trigger soft_ref_{column} before {events} on {table} for each row execute function {CheckFunction(column)}({SqlNames.Literal(rule)});");
            db.Sql($"""
                do $$
                begin
                    execute format('comment on column {table}.{column} is %L',
                        coalesce(col_description('{table}'::regclass, (select attnum from pg_attribute where attrelid = '{table}'::regclass and attname = '{column}')), '')
                        || {SqlNames.Literal($" Rule ({rule}): must be a {target} row of the same organisation (checked by trigger).")});
                end
                $$;
                """);
        }

        db.Sql("""
            create function finnest.refuse_slug_change() returns trigger
            language plpgsql set search_path = '' as $$
            begin
                -- Before the unique index is consulted, so a refused rename reveals nothing about other tenants' slugs.
                if new.slug is distinct from old.slug and not pg_has_role(current_user, 'finnest_owner', 'usage') then
                    raise exception 'an organisation''s slug is changed by an operator, not by the application'
                        using errcode = 'insufficient_privilege';
                end if;
                return new;
            end
            $$;
            """);
        db.Sql("comment on function finnest.refuse_slug_change() is 'Trigger: only roles acting as finnest_owner (operators, migrations) may change public.organisations.slug; the application role gets insufficient_privilege before any uniqueness check.';");
        db.Sql("create trigger refuse_slug_change before update of slug on public.organisations for each row execute function finnest.refuse_slug_change();");
        db.Sql("comment on column public.organisations.slug is 'URL-safe handle, unique across all organisations because it names the tenant in sign-in URLs before any tenant is known, e.g. acme-labour. Not secret. Rule: the application role cannot change it (a rename would let a tenant probe which slugs others hold); operators rename.';");
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("comment on column public.organisations.slug is 'URL-safe unique handle, e.g. acme-labour.';");
        db.Sql("drop trigger refuse_slug_change on public.organisations;");
        db.Sql("drop function finnest.refuse_slug_change();");
        foreach (var (table, column, target, _) in CheckedSoftReferences)
        {
            db.Sql($"drop trigger soft_ref_{column} on {table};");
            db.Sql($"""
                do $$
                begin
                    execute format('comment on column {table}.{column} is %L',
                        replace(col_description('{table}'::regclass, (select attnum from pg_attribute where attrelid = '{table}'::regclass and attname = '{column}')),
                                {SqlNames.Literal($" Rule ({RuleName(table, column)}): must be a {target} row of the same organisation (checked by trigger).")}, ''));
                end
                $$;
                """);
        }
        foreach (var (target, column) in CheckedSoftReferences.Select(r => (r.Target, r.Column)).Distinct())
            db.Sql($"drop function {CheckFunction(column)}();");
    }
}
