-- Monthly partition maintenance for the append-only logs registered in finnest.partitioned_tables
-- (hot / warm / cold tiers). Callable from the CLI (`partitions maintain|list|archive|restore`)
-- or from any scheduler such as pg_cron. Months are UTC calendar months and `as_of` defaults to
-- today in UTC, whatever the session time zone; passing it injects the clock.
--
-- The functions are security definer (owned by finnest_owner) so that finnest_maintenance, which owns
-- nothing, can run them; EXECUTE is granted to that role only.

-- The partition naming rule, both ways, written only here: the partition of parent schema.table
-- for a month is named <table>_pYYYY_MM (in the parent's schema, or in archive once detached).
create or replace function finnest.partition_name(parent_table text, month date) returns text
language sql immutable strict
set search_path = ''
as $$
    select split_part(parent_table, '.', 2) || '_p' || to_char(month, 'YYYY_MM')
$$;

-- The month of a partition of parent_table from its name; null when the name is not one of its monthly partitions.
create or replace function finnest.partition_month(parent_table text, partition_name text) returns date
language sql immutable strict
set search_path = ''
as $$
    select case when partition_name ~ ('^' || split_part(parent_table, '.', 2) || '_p[0-9]{4}_[0-9]{2}$')
                then to_date(right(partition_name, 7), 'YYYY_MM') end
$$;

-- The timestamptz literal of 00:00 UTC on a date, independent of the session's TimeZone.
create or replace function finnest.utc_midnight(day date) returns text
language sql immutable strict
set search_path = ''
as $$
    select to_char(day, 'YYYY-MM-DD') || ' 00:00:00+00'
$$;

-- Creates the partition of one month. If rows of that month already sit in the default partition
-- (written before the partition existed), the default partition is detached first and its rows are
-- re-inserted through the parent, so they land in the new month: no DELETE, so the immutability
-- triggers stay in force for everyone, and no row is lost or duplicated (counts are compared).
create or replace function finnest.create_month_partition(parent_table text, month date, dry_run boolean default false)
returns table (partition_name text, action text, rows_moved bigint)
language plpgsql
security definer
set search_path = ''
as $$
declare
    cfg finnest.partitioned_tables;
    parent_schema text := split_part(parent_table, '.', 1);
    parent_name text := split_part(parent_table, '.', 2);
    part text := finnest.partition_name(parent_table, month);
    default_part text := parent_name || '_default';
    detached text := parent_name || '_default_moving';
    lower_bound text := finnest.utc_midnight(month);
    upper_bound text := finnest.utc_midnight((month + interval '1 month')::date);
    waiting bigint;
    guarded text;
    before_count bigint;
    after_count bigint;
begin
    select * into cfg from finnest.partitioned_tables p where p.parent_table = create_month_partition.parent_table;
    if not found then
        raise exception '% is not registered in finnest.partitioned_tables', parent_table;
    end if;
    if month <> date_trunc('month', month)::date then
        raise exception 'month must be the first day of a month, got %', month;
    end if;
    if to_regclass(format('%I.%I', parent_schema, part)) is not null
       or to_regclass(format('archive.%I', part)) is not null then
        return;
    end if;

    execute format('select count(*) from %I.%I where %I >= %L and %I < %L',
                   parent_schema, default_part, cfg.partition_column, lower_bound, cfg.partition_column, upper_bound)
        into waiting;

    if dry_run then
        return query select part, 'would create'::text, waiting;
        return;
    end if;

    if waiting = 0 then
        execute format('create table %I.%I partition of %I.%I for values from (%L) to (%L)',
                       parent_schema, part, parent_schema, parent_name, lower_bound, upper_bound);
    else
        execute format('select count(*) from %I.%I', parent_schema, parent_name) into before_count;
        execute format('alter table %I.%I detach partition %I.%I', parent_schema, parent_name, parent_schema, default_part);
        execute format('alter table %I.%I rename to %I', parent_schema, default_part, detached);
        execute format('create table %I.%I partition of %I.%I for values from (%L) to (%L)',
                       parent_schema, part, parent_schema, parent_name, lower_bound, upper_bound);
        execute format('create table %I.%I partition of %I.%I default', parent_schema, default_part, parent_schema, parent_name);
        execute format('insert into %I.%I select * from %I.%I', parent_schema, parent_name, parent_schema, detached);
        execute format('drop table %I.%I', parent_schema, detached);
        execute format('select count(*) from %I.%I', parent_schema, parent_name) into after_count;
        if after_count <> before_count then
            raise exception 'moving rows out of %.% changed the row count from % to %', parent_schema, default_part, before_count, after_count;
        end if;
    end if;
    -- Statement triggers are not inherited: every partition carries its own block_truncate, the new
    -- month's and, when it was re-created above, the default partition's.
    foreach guarded in array case when waiting = 0 then array[part] else array[part, default_part] end loop
        execute format('create trigger block_truncate before truncate on %I.%I for each statement execute function finnest.block_truncate()',
                       parent_schema, guarded);
    end loop;
    execute format('comment on table %I.%I is %L', parent_schema, part,
                   format('Partition of %s for %s (UTC).', parent_table, to_char(month, 'YYYY-MM')));
    return query select part, 'created'::text, waiting;
end
$$;

-- Creates the partitions for the month of as_of and months_ahead months after it, for every
-- registered table (or one). Idempotent; concurrent callers serialise on an advisory lock.
create or replace function finnest.maintain_partitions(
    as_of date default (now() at time zone 'utc')::date,
    months_ahead integer default null,
    only_table text default null,
    dry_run boolean default false)
returns table (parent_table text, partition_name text, action text, rows_moved bigint)
language plpgsql
security definer
set search_path = ''
as $$
declare
    cfg finnest.partitioned_tables;
    first_month date := date_trunc('month', as_of)::date;
    i integer;
begin
    if months_ahead is not null and months_ahead not between 0 and 24 then
        raise exception 'months_ahead must be between 0 and 24, got %', months_ahead;
    end if;
    perform pg_advisory_xact_lock(hashtext('finnest.partitions'));
    for cfg in select * from finnest.partitioned_tables p
               where only_table is null or p.parent_table = only_table order by p.parent_table loop
        for i in 0 .. coalesce(months_ahead, cfg.months_ahead) loop
            return query select cfg.parent_table, c.partition_name, c.action, c.rows_moved
                         from finnest.create_month_partition(cfg.parent_table, (first_month + make_interval(months => i))::date, dry_run) c;
        end loop;
    end loop;
end
$$;

-- Every partition of the registered tables, attached or archived, with its range, size and tier.
create or replace function finnest.partition_report(as_of date default (now() at time zone 'utc')::date)
returns table (parent_table text, partition_schema text, partition_name text, range_from date, range_to date,
               row_estimate bigint, total_bytes bigint, tier text)
language sql stable
security definer
set search_path = ''
as $$
    with parts as (
        select cfg.parent_table, cfg.hot_months, cfg.warm_months, n.nspname::text as partition_schema, c.relname::text as partition_name,
               c.reltuples, pg_catalog.pg_total_relation_size(c.oid) as total_bytes,
               finnest.partition_month(cfg.parent_table, c.relname) as month
        from finnest.partitioned_tables cfg
        join pg_catalog.pg_class c on c.relname = split_part(cfg.parent_table, '.', 2) || '_default'
                                   or finnest.partition_month(cfg.parent_table, c.relname) is not null
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname in (split_part(cfg.parent_table, '.', 1), 'archive')
    )
    select parent_table, partition_schema, partition_name, month, (month + interval '1 month')::date,
           greatest(reltuples, 0)::bigint, total_bytes,
           case
               when month is null then 'default'
               when partition_schema = 'archive' then 'archived'
               when month > date_trunc('month', as_of) then 'future'
               when month > date_trunc('month', as_of) - make_interval(months => hot_months) then 'hot'
               when month > date_trunc('month', as_of) - make_interval(months => warm_months) then 'warm'
               else 'cold'
           end
    from parts
    order by parent_table, month nulls first
$$;

-- Detaches monthly partitions that ended at least older_than_months before the month of as_of and
-- moves them to schema archive: still queryable there, no longer scanned through the parent.
-- Only partitions that have ended by the server's clock, whatever as_of says (as_of rehearses
-- boundaries; it cannot make the current month old). Never a DROP. An archived partition keeps its
-- UPDATE/DELETE/TRUNCATE protection: detaching removes the row trigger it inherited, so it gets its own.
create or replace function finnest.archive_partitions(
    older_than_months integer,
    as_of date default (now() at time zone 'utc')::date,
    dry_run boolean default false)
returns table (parent_table text, partition_name text, action text)
language plpgsql
security definer
set search_path = ''
as $$
declare
    cutoff date;
    today date := (pg_catalog.now() at time zone 'utc')::date;
    r record;
begin
    if older_than_months is null or older_than_months < 1 then
        raise exception 'older_than_months must be at least 1: the current month is never archived';
    end if;
    cutoff := least((date_trunc('month', as_of) - make_interval(months => older_than_months - 1))::date,
                    date_trunc('month', today)::date);
    perform pg_advisory_xact_lock(hashtext('finnest.partitions'));
    for r in select p.parent_table, p.partition_schema, p.partition_name, p.range_to
             from finnest.partition_report(as_of) p
             where p.tier <> 'default' and p.partition_schema <> 'archive' and p.range_to <= cutoff
             order by p.parent_table, p.range_from loop
        if not dry_run then
            execute format('alter table %I.%I detach partition %I.%I',
                           r.partition_schema, split_part(r.parent_table, '.', 2), r.partition_schema, r.partition_name);
            execute format('alter table %I.%I set schema archive', r.partition_schema, r.partition_name);
            if not exists (select from pg_catalog.pg_trigger t
                           where t.tgrelid = format('archive.%I', r.partition_name)::regclass and t.tgname = 'block_update_delete') then
                execute format('create trigger block_update_delete before update or delete on archive.%I for each row execute function finnest.block_update_delete()',
                               r.partition_name);
            end if;
        end if;
        return query select r.parent_table, r.partition_name, case when dry_run then 'would archive' else 'archived' end;
    end loop;
end
$$;

-- Re-attaches one archived partition (e.g. domain_events_p2023_04) to its parent.
create or replace function finnest.restore_partition(partition_name text)
returns table (parent_table text, restored text)
language plpgsql
security definer
set search_path = ''
as $$
declare
    cfg finnest.partitioned_tables;
    month date;
begin
    if to_regclass(format('archive.%I', partition_name)) is null then
        raise exception 'archive.% does not exist', partition_name;
    end if;
    select * into cfg from finnest.partitioned_tables p
    where finnest.partition_month(p.parent_table, restore_partition.partition_name) is not null;
    if not found then
        raise exception '% belongs to no registered table', partition_name;
    end if;
    month := finnest.partition_month(cfg.parent_table, partition_name);
    perform pg_advisory_xact_lock(hashtext('finnest.partitions'));
    -- The archived copy's own row trigger gives way to the one the parent hands every partition on attach.
    execute format('drop trigger if exists block_update_delete on archive.%I', partition_name);
    execute format('alter table archive.%I set schema %I', partition_name, split_part(cfg.parent_table, '.', 1));
    execute format('alter table %s attach partition %I.%I for values from (%L) to (%L)',
                   cfg.parent_table, split_part(cfg.parent_table, '.', 1), partition_name,
                   finnest.utc_midnight(month), finnest.utc_midnight((month + interval '1 month')::date));
    return query select cfg.parent_table, partition_name;
end
$$;

revoke execute on function finnest.create_month_partition(text, date, boolean),
                           finnest.maintain_partitions(date, integer, text, boolean),
                           finnest.partition_report(date),
                           finnest.archive_partitions(integer, date, boolean),
                           finnest.restore_partition(text) from public;
grant execute on function finnest.maintain_partitions(date, integer, text, boolean),
                          finnest.partition_report(date),
                          finnest.archive_partitions(integer, date, boolean),
                          finnest.restore_partition(text) to finnest_maintenance;
