create function finnest.require_employee_id_in_tenant() returns trigger
language plpgsql security definer set search_path = '' as $$
-- Argument: the rule's name, reported as the constraint (sr_<table>__<column>).
begin
    -- A row for another organisation than the session's tenant is left to row-level security,
    -- which refuses it: looking it up first would tell the caller whether that id exists there.
    if nullif(current_setting('app.org_id', true), '') is not null
       and new.org_id::text is distinct from current_setting('app.org_id', true) then
        return new;
    end if;
    if new.employee_id is not null and not exists (select from people.employees where org_id = new.org_id and id = new.employee_id) then
        raise exception '%.%.employee_id: % is not a people.employees row of this organisation', tg_table_schema, tg_table_name, new.employee_id
            using errcode = 'foreign_key_violation', constraint = tg_argv[0], table = tg_table_name, schema = tg_table_schema;
    end if;
    return new;
end
$$;
comment on function finnest.require_employee_id_in_tenant() is 'Trigger: the row''s employee_id (a soft reference, no FK between domains) must name a people.employees row of the same organisation. Runs as the owner so that it sees the row whatever the caller''s role.';
revoke execute on function finnest.require_employee_id_in_tenant() from public;
create function finnest.require_site_id_in_tenant() returns trigger
language plpgsql security definer set search_path = '' as $$
-- Argument: the rule's name, reported as the constraint (sr_<table>__<column>).
begin
    -- A row for another organisation than the session's tenant is left to row-level security,
    -- which refuses it: looking it up first would tell the caller whether that id exists there.
    if nullif(current_setting('app.org_id', true), '') is not null
       and new.org_id::text is distinct from current_setting('app.org_id', true) then
        return new;
    end if;
    if new.site_id is not null and not exists (select from clients.sites where org_id = new.org_id and id = new.site_id) then
        raise exception '%.%.site_id: % is not a clients.sites row of this organisation', tg_table_schema, tg_table_name, new.site_id
            using errcode = 'foreign_key_violation', constraint = tg_argv[0], table = tg_table_name, schema = tg_table_schema;
    end if;
    return new;
end
$$;
comment on function finnest.require_site_id_in_tenant() is 'Trigger: the row''s site_id (a soft reference, no FK between domains) must name a clients.sites row of the same organisation. Runs as the owner so that it sees the row whatever the caller''s role.';
revoke execute on function finnest.require_site_id_in_tenant() from public;
create trigger soft_ref_employee_id before insert or update of employee_id, org_id on roster.shift_assignments for each row execute function finnest.require_employee_id_in_tenant('sr_shift_assignments__employee_id');
do $$
begin
    execute format('comment on column roster.shift_assignments.employee_id is %L',
        coalesce(col_description('roster.shift_assignments'::regclass, (select attnum from pg_attribute where attrelid = 'roster.shift_assignments'::regclass and attname = 'employee_id')), '')
        || ' Rule (sr_shift_assignments__employee_id): must be a people.employees row of the same organisation (checked by trigger).');
end
$$;
create trigger soft_ref_site_id before insert or update of site_id, org_id on roster.shifts for each row execute function finnest.require_site_id_in_tenant('sr_shifts__site_id');
do $$
begin
    execute format('comment on column roster.shifts.site_id is %L',
        coalesce(col_description('roster.shifts'::regclass, (select attnum from pg_attribute where attrelid = 'roster.shifts'::regclass and attname = 'site_id')), '')
        || ' Rule (sr_shifts__site_id): must be a clients.sites row of the same organisation (checked by trigger).');
end
$$;
create trigger soft_ref_employee_id before insert on timekeep.clock_events for each row execute function finnest.require_employee_id_in_tenant('sr_clock_events__employee_id');
do $$
begin
    execute format('comment on column timekeep.clock_events.employee_id is %L',
        coalesce(col_description('timekeep.clock_events'::regclass, (select attnum from pg_attribute where attrelid = 'timekeep.clock_events'::regclass and attname = 'employee_id')), '')
        || ' Rule (sr_clock_events__employee_id): must be a people.employees row of the same organisation (checked by trigger).');
end
$$;
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
comment on function finnest.refuse_slug_change() is 'Trigger: only roles acting as finnest_owner (operators, migrations) may change public.organisations.slug; the application role gets insufficient_privilege before any uniqueness check.';
create trigger refuse_slug_change before update of slug on public.organisations for each row execute function finnest.refuse_slug_change();
comment on column public.organisations.slug is 'URL-safe handle, unique across all organisations because it names the tenant in sign-in URLs before any tenant is known, e.g. acme-labour. Not secret. Rule: the application role cannot change it (a rename would let a tenant probe which slugs others hold); operators rename.';
