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
grant finnest_owner to finnest_migrator;
do $$ begin execute format('grant create, connect, temporary on database %I to finnest_owner', current_database()); end $$;
do $$ begin execute format('grant connect on database %I to finnest_app, finnest_readonly, finnest_maintenance', current_database()); end $$;
create extension if not exists pgcrypto with schema public;
create extension if not exists btree_gist with schema public;
alter schema finnest owner to finnest_owner;
comment on schema finnest is 'Infrastructure: migration history, tenant helper, trigger and partition maintenance functions.';
create schema archive authorization finnest_owner;
comment on schema archive is 'Cold tier: monthly partitions detached from their log tables, still queryable.';
create schema people authorization finnest_owner;
create schema recruit authorization finnest_owner;
create schema onboard authorization finnest_owner;
create schema roster authorization finnest_owner;
create schema timekeep authorization finnest_owner;
create schema reach authorization finnest_owner;
create schema pulse authorization finnest_owner;
create schema payroll authorization finnest_owner;
create schema clients authorization finnest_owner;
create schema safety authorization finnest_owner;
create schema assets authorization finnest_owner;
create schema quotes authorization finnest_owner;
create schema learn authorization finnest_owner;
create schema benefits authorization finnest_owner;
create schema compliance authorization finnest_owner;
create schema fatigue authorization finnest_owner;
create schema clearance authorization finnest_owner;
create schema performance authorization finnest_owner;
create schema events authorization finnest_owner;
create schema agents authorization finnest_owner;
alter schema public owner to finnest_owner;
grant usage on schema public, finnest, people, recruit, onboard, roster, timekeep, reach, pulse, payroll, clients, safety, assets, quotes, learn, benefits, compliance, fatigue, clearance, performance, events, agents to finnest_app, finnest_readonly, finnest_maintenance;
grant usage on schema archive to finnest_readonly, finnest_maintenance;
create function finnest.current_org_id() returns uuid
language sql stable parallel safe
as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$;
comment on function finnest.current_org_id() is 'The tenant of this transaction (SET LOCAL app.org_id). Unset or empty means no tenant: policies then match no row.';
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
create function finnest.is_valid_acn(acn text) returns boolean
language sql immutable strict parallel safe
as $$
    select acn ~ '^[0-9]{9}$' and substr(acn, 9, 1)::int = (10 - (
        select sum(substr(acn, i, 1)::int * (9 - i)) from generate_series(1, 8) as i) % 10) % 10
$$;
comment on function finnest.is_valid_acn(text) is 'ACN check: weights 8..1 on the first 8 digits; check digit = (10 - sum mod 10) mod 10.';
create function finnest.set_updated_at() returns trigger language plpgsql as $$
begin
    raise exception 'finnest.set_updated_at() is a placeholder: run migrate up to apply triggers/*.sql';
end
$$;
create function finnest.audit_row() returns trigger language plpgsql as $$
begin
    raise exception 'finnest.audit_row() is a placeholder: run migrate up to apply triggers/*.sql';
end
$$;
create function finnest.block_update_delete() returns trigger language plpgsql as $$
begin
    raise exception 'finnest.block_update_delete() is a placeholder: run migrate up to apply triggers/*.sql';
end
$$;
create function finnest.block_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'finnest.block_truncate() is a placeholder: run migrate up to apply triggers/*.sql';
end
$$;
alter function finnest.set_updated_at() owner to finnest_owner;
alter function finnest.audit_row() owner to finnest_owner;
alter function finnest.block_update_delete() owner to finnest_owner;
alter function finnest.block_truncate() owner to finnest_owner;
alter function finnest.current_org_id() owner to finnest_owner;
alter function finnest.is_valid_abn(text) owner to finnest_owner;
alter function finnest.is_valid_acn(text) owner to finnest_owner;
revoke execute on function finnest.set_updated_at(), finnest.audit_row(), finnest.block_update_delete(), finnest.block_truncate() from public;
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
comment on table finnest.partitioned_tables is 'Append-only logs partitioned monthly, and how maintenance treats them: months created ahead, hot tier (months), warm tier (months); older partitions are cold and may be archived.';
comment on column finnest.partitioned_tables.parent_table is 'schema.table of the partitioned parent.';
comment on column finnest.partitioned_tables.partition_column is 'The timestamptz column ranges are on (UTC month boundaries).';
alter table finnest.partitioned_tables owner to finnest_owner;
grant select on finnest.partitioned_tables to finnest_maintenance, finnest_readonly;
