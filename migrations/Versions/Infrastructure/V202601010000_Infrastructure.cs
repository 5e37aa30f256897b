using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Infrastructure;

/// <summary>
/// Roles, schemas, extensions and the helper functions every later migration relies on.
/// Runs as the connecting user (it creates finnest_owner); everything after runs as finnest_owner.
/// </summary>
[Migration(202601010000, "infrastructure: roles, schemas, extensions, tenant helper, trigger functions")]
public sealed class V202601010000_Infrastructure : Migration, ISessionUserMigration
{
    private static readonly string[] TriggerFunctions = ["set_updated_at", "audit_row", "block_update_delete", "block_truncate"];

    public override void Up(SchemaBuilder db)
    {
        // Roles are cluster-wide and may be pre-created by a DBA, so they are created only if missing.
        db.Sql("""
            do $$
            begin
                if not exists (select from pg_roles where rolname = 'finnest_owner') then
                    create role finnest_owner nologin bypassrls;
                end if;
                if not exists (select from pg_roles where rolname = 'finnest_migrator') then
                    create role finnest_migrator nologin bypassrls;
                end if;
                if not exists (select from pg_roles where rolname = 'finnest_app') then
                    create role finnest_app nologin nobypassrls;
                end if;
                if not exists (select from pg_roles where rolname = 'finnest_readonly') then
                    create role finnest_readonly nologin nobypassrls;
                end if;
                if not exists (select from pg_roles where rolname = 'finnest_maintenance') then
                    create role finnest_maintenance nologin nobypassrls;
                end if;
            end
            $$;
            """);
        db.Sql("grant finnest_owner to finnest_migrator;");
        db.Sql("do $$ begin execute format('grant create, connect, temporary on database %I to finnest_owner', current_database()); end $$;");
        db.Sql("do $$ begin execute format('grant connect on database %I to finnest_app, finnest_readonly, finnest_maintenance', current_database()); end $$;");

        db.Sql("create extension if not exists pgcrypto with schema public;");
        db.Sql("create extension if not exists btree_gist with schema public;");

        // The runner created schema finnest for its history table; hand it to the owner.
        db.Sql("alter schema finnest owner to finnest_owner;");
        db.Sql("comment on schema finnest is 'Infrastructure: migration history, tenant helper, trigger and partition maintenance functions.';");
        db.Sql("create schema archive authorization finnest_owner;");
        db.Sql("comment on schema archive is 'Cold tier: monthly partitions detached from their log tables, still queryable.';");
        foreach (var schema in DomainSchemas.Created)
            db.Sql($"create schema {schema} authorization finnest_owner;");
        db.Sql("alter schema public owner to finnest_owner;");
        var all = string.Join(", ", ["public", "finnest", .. DomainSchemas.Created]);
        db.Sql($"grant usage on schema {all} to finnest_app, finnest_readonly, finnest_maintenance;");
        db.Sql("grant usage on schema archive to finnest_readonly, finnest_maintenance;");

        db.Sql("""
            create function finnest.current_org_id() returns uuid
            language sql stable parallel safe
            as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$;
            """);
        db.Sql("comment on function finnest.current_org_id() is 'The tenant of this transaction (SET LOCAL app.org_id). Unset or empty means no tenant: policies then match no row.';");

        // Australian identifier check digits (docs/design/DOMAIN.md §1), used by CHECK constraints across schemas.
        db.Sql("""
            create function finnest.is_valid_abn(abn text) returns boolean
            language sql immutable strict parallel safe
            as $$
                select abn ~ '^[0-9]{11}$' and (
                    (substr(abn, 1, 1)::int - 1) * 10
                    + (select sum(substr(abn, i, 1)::int * w)
                       from unnest(array[2, 3, 4, 5, 6, 7, 8, 9, 10, 11], array[1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) as x(i, w))
                ) % 89 = 0
            $$;
            comment on function finnest.is_valid_abn(text) is 'ABN check: subtract 1 from the first digit, weights 10,1,3,5,7,9,11,13,15,17,19, sum divisible by 89.';
            """);
        db.Sql("""
            create function finnest.is_valid_acn(acn text) returns boolean
            language sql immutable strict parallel safe
            as $$
                select acn ~ '^[0-9]{9}$' and substr(acn, 9, 1)::int = (10 - (
                    select sum(substr(acn, i, 1)::int * (9 - i)) from generate_series(1, 8) as i) % 10) % 10
            $$;
            comment on function finnest.is_valid_acn(text) is 'ACN check: weights 8..1 on the first 8 digits; check digit = (10 - sum mod 10) mod 10.';
            """);

        // Placeholders, so that CREATE TRIGGER can bind to them in the migrations that follow;
        // triggers/*.sql replaces their bodies at the end of every migrate up that applied anything.
        foreach (var function in TriggerFunctions)
            db.Sql($"""
                create function finnest.{function}() returns trigger language plpgsql as $$
                begin
                    raise exception 'finnest.{function}() is a placeholder: run migrate up to apply triggers/*.sql';
                end
                $$;
                """);
        // Owned by finnest_owner so that the repeatable scripts, which run as that role, may replace them.
        foreach (var function in TriggerFunctions.Append("current_org_id"))
            db.Sql($"alter function finnest.{function}() owner to finnest_owner;");
        db.Sql("alter function finnest.is_valid_abn(text) owner to finnest_owner;");
        db.Sql("alter function finnest.is_valid_acn(text) owner to finnest_owner;");
        db.Sql("revoke execute on function finnest.set_updated_at(), finnest.audit_row(), finnest.block_update_delete(), finnest.block_truncate() from public;");

        db.Sql("""
            create table finnest.partitioned_tables (
                parent_table text not null,
                partition_column text not null,
                months_ahead integer not null default 3,
                hot_months integer not null default 6,
                warm_months integer not null default 24,
                constraint pk_partitioned_tables primary key (parent_table),
                constraint ck_partitioned_tables__months_ahead check (months_ahead between 0 and 24),
                constraint ck_partitioned_tables__tiers check (hot_months >= 1 and warm_months > hot_months)
            );
            """);
        db.Sql("""
            comment on table finnest.partitioned_tables is 'Append-only logs partitioned monthly, and how maintenance treats them: months created ahead, hot tier (months), warm tier (months); older partitions are cold and may be archived.';
            comment on column finnest.partitioned_tables.parent_table is 'schema.table of the partitioned parent.';
            comment on column finnest.partitioned_tables.partition_column is 'The timestamptz column ranges are on (UTC month boundaries).';
            alter table finnest.partitioned_tables owner to finnest_owner;
            grant select on finnest.partitioned_tables to finnest_maintenance, finnest_readonly;
            """);
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("drop table finnest.partitioned_tables;");
        // Also drops what the repeatable scripts defined in finnest (the next migrate up re-applies
        // them), but not the runner's own guard on its history table.
        db.Sql("""
            do $$
            declare f regprocedure;
            begin
                for f in select p.oid::regprocedure from pg_proc p
                         where p.pronamespace = 'finnest'::regnamespace and p.proname <> 'refuse_history_rewrite' loop
                    execute format('drop function %s', f);
                end loop;
            end
            $$;
            """);
        foreach (var schema in DomainSchemas.Created.Reverse())
            db.Sql($"drop schema {schema};");
        db.Sql("drop schema archive;");
        db.Sql("drop extension btree_gist;");
        db.Sql("drop extension pgcrypto;");
        db.Sql("alter schema public owner to pg_database_owner;");
        db.Sql("do $$ begin execute format('revoke create, connect, temporary on database %I from finnest_owner', current_database()); end $$;");
        // Roles are shared by every database in the cluster: they stay.
    }
}
