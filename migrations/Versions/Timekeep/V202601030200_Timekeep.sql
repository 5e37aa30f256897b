create function timekeep.refuse_locked_period() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    org uuid;
    ranges daterange[] := '{}';
    lock_row record;
    work_date date;
begin
    org := case when tg_op = 'DELETE' then old.org_id else new.org_id end;
    if tg_table_name = 'timecards' then
        if tg_op = 'INSERT' then
            ranges := array[daterange(new.period_start, new.period_end, '[]')];
        elsif tg_op = 'DELETE' then
            ranges := array[daterange(old.period_start, old.period_end, '[]')];
        elsif (new.employee_id, new.period_start, new.period_end, new.deleted_at)
                  is distinct from (old.employee_id, old.period_start, old.period_end, old.deleted_at)
              or (new.status is distinct from old.status and new.status in ('draft', 'submitted', 'rejected')) then
            ranges := array[daterange(old.period_start, old.period_end, '[]'), daterange(new.period_start, new.period_end, '[]')];
        end if;
    else
        -- tg_argv[0] names the row's work date column.
        if tg_op in ('UPDATE', 'DELETE') then
            work_date := (to_jsonb(old) ->> tg_argv[0])::date;
            ranges := ranges || daterange(work_date, work_date, '[]');
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            work_date := (to_jsonb(new) ->> tg_argv[0])::date;
            ranges := ranges || daterange(work_date, work_date, '[]');
        end if;
    end if;

    if cardinality(ranges) > 0 then
        select l.period_start, l.period_end, l.locked_at into lock_row
        from timekeep.pay_period_locks l
        where l.org_id = org
          and l.deleted_at is null
          and l.unlocked_at is null
          and daterange(l.period_start, l.period_end, '[]') && any (ranges)
        order by l.period_start
        limit 1;
        if found then
            raise exception 'pay period % to % is locked (since %): % on %.% is refused',
                    lock_row.period_start, lock_row.period_end, lock_row.locked_at, lower(tg_op), tg_table_schema, tg_table_name
                using errcode = 'object_not_in_prerequisite_state',
                      hint = 'Record an adjustment in an open pay period, or unlock the period first.';
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
comment on function timekeep.refuse_locked_period() is 'Before insert, update or delete on timecards, timecard_entries, timecard_allowances and breaks: raises when the row''s work date (argument: its column) or the timecard''s period falls in a live lock of timekeep.pay_period_locks of the same organisation.';
revoke execute on function timekeep.refuse_locked_period() from public;
create function timekeep.refresh_timecard_totals() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    org uuid;
    timecard_ids uuid[] := '{}';
begin
    if tg_op in ('UPDATE', 'DELETE') then
        org := old.org_id;
        timecard_ids := timecard_ids || old.timecard_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        org := new.org_id;
        timecard_ids := timecard_ids || new.timecard_id;
    end if;

    update timekeep.timecards c
    set (ordinary_hours, penalty_hours, overtime_hours, total_hours, worked_amount) = (
            select coalesce(sum(e.hours) filter (where e.pay_category = 'ordinary'), 0),
                   coalesce(sum(e.hours) filter (where e.pay_category in ('saturday', 'sunday', 'public_holiday', 'evening_shift', 'night_shift')), 0),
                   coalesce(sum(e.hours) filter (where e.pay_category in ('overtime_150', 'overtime_200', 'overtime_250')), 0),
                   coalesce(sum(e.hours) filter (where e.pay_category <> 'allowance'), 0),
                   coalesce(sum(e.amount) filter (where e.pay_category <> 'allowance'), 0)
            from timekeep.timecard_entries e
            where e.org_id = c.org_id and e.timecard_id = c.id and e.deleted_at is null),
        allowance_amount =
            (select coalesce(sum(e.amount), 0)
             from timekeep.timecard_entries e
             where e.org_id = c.org_id and e.timecard_id = c.id and e.deleted_at is null and e.pay_category = 'allowance')
            + (select coalesce(sum(a.amount), 0)
               from timekeep.timecard_allowances a
               where a.org_id = c.org_id and a.timecard_id = c.id and a.deleted_at is null)
    where c.org_id = org and c.id = any (timecard_ids);
    return null;
end
$$;
comment on function timekeep.refresh_timecard_totals() is 'After a change to timecard_entries or timecard_allowances: recomputes the totals of the timecards concerned from their live lines, so totals always add up.';
revoke execute on function timekeep.refresh_timecard_totals() from public;
create table timekeep.pay_period_locks (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    period_start date not null,
    period_end date not null,
    locked_at timestamptz not null default now(),
    locked_by uuid,
    pay_run_id uuid,
    reason text,
    unlocked_at timestamptz,
    unlocked_by uuid,
    unlock_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_pay_period_locks primary key (id),
    constraint uq_pay_period_locks__org_id_id unique (org_id, id),
    constraint fk_pay_period_locks__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_pay_period_locks__locked_by foreign key (org_id, locked_by) references public.users (org_id, id),
    constraint fk_pay_period_locks__unlocked_by foreign key (org_id, unlocked_by) references public.users (org_id, id),
    constraint ck_pay_period_locks__period_end_after_period_start check (period_end >= period_start),
    constraint ck_pay_period_locks__unlock_after_lock check (unlocked_at is null or unlocked_at >= locked_at),
    constraint ck_pay_period_locks__unlock_has_reason check (unlocked_at is null or unlock_reason is not null)
);
create index ix_pay_period_locks__org_id_live_period on timekeep.pay_period_locks (org_id, period_start, period_end) where deleted_at is null and unlocked_at is null;
create index ix_pay_period_locks__org_id_locked_by on timekeep.pay_period_locks (org_id, locked_by);
create index ix_pay_period_locks__org_id_pay_run_id on timekeep.pay_period_locks (org_id, pay_run_id);
create index ix_pay_period_locks__org_id_unlocked_by on timekeep.pay_period_locks (org_id, unlocked_by);
comment on table timekeep.pay_period_locks is 'Pay periods closed for time changes once payroll has run: a live lock refuses new or changed timecard lines dated inside it (timekeep.refuse_locked_period).';
comment on column timekeep.pay_period_locks.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.pay_period_locks.locked_by is 'User who locked the period; null when locked by the pay run automation.';
comment on column timekeep.pay_period_locks.pay_run_id is 'Soft reference to payroll.pay_runs (no FK: cross-domain). Pay run that paid the period.';
comment on column timekeep.pay_period_locks.reason is 'Why the period was locked, e.g. pay run finalised, STP submitted.';
comment on column timekeep.pay_period_locks.unlocked_at is 'Set to release the lock (for a correction run); the row stays as history.';
comment on column timekeep.pay_period_locks.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.pay_period_locks.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.pay_period_locks enable row level security;
alter table timekeep.pay_period_locks force row level security;
create policy tenant_isolation on timekeep.pay_period_locks for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.pay_period_locks to finnest_app;
grant select on timekeep.pay_period_locks to finnest_readonly;
create trigger set_updated_at before update on timekeep.pay_period_locks for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.pay_period_locks for each row execute function finnest.audit_row();
create table timekeep.geo_locations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    site_id uuid,
    latitude numeric(9,6) not null,
    longitude numeric(9,6) not null,
    radius_metres integer not null,
    address text,
    timezone text not null default 'Australia/Sydney',
    enforcement text not null default 'warn',
    is_active boolean not null default true,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_geo_locations primary key (id),
    constraint uq_geo_locations__org_id_id unique (org_id, id),
    constraint fk_geo_locations__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_geo_locations__latitude_range check (latitude between -90 and 90),
    constraint ck_geo_locations__longitude_range check (longitude between -180 and 180),
    constraint ck_geo_locations__radius_metres_range check (radius_metres between 1 and 50000),
    constraint ck_geo_locations__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_geo_locations__enforcement check (enforcement in ('block', 'warn', 'record'))
);
create index ix_geo_locations__org_id_site_id_is_active on timekeep.geo_locations (org_id, site_id, is_active) where deleted_at is null;
create index ix_geo_locations__org_id_site_id on timekeep.geo_locations (org_id, site_id);
comment on table timekeep.geo_locations is 'Geofences: a centre and radius around a site inside which mobile clock-ins are accepted.';
comment on column timekeep.geo_locations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.geo_locations.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column timekeep.geo_locations.latitude is 'Centre latitude, decimal degrees (WGS 84).';
comment on column timekeep.geo_locations.longitude is 'Centre longitude, decimal degrees (WGS 84).';
comment on column timekeep.geo_locations.radius_metres is 'Radius of the fence, metres.';
comment on column timekeep.geo_locations.address is 'Street address the fence is drawn around, for people.';
comment on column timekeep.geo_locations.timezone is 'IANA zone of the place, e.g. Australia/Perth.';
comment on column timekeep.geo_locations.enforcement is 'A clock event outside the fence is refused by the app (block), flagged for the supervisor (warn), or only recorded.';
comment on column timekeep.geo_locations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.geo_locations.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.geo_locations enable row level security;
alter table timekeep.geo_locations force row level security;
create policy tenant_isolation on timekeep.geo_locations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.geo_locations to finnest_app;
grant select on timekeep.geo_locations to finnest_readonly;
create trigger set_updated_at before update on timekeep.geo_locations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.geo_locations for each row execute function finnest.audit_row();
create table timekeep.terminals (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    terminal_type text not null,
    serial_number text,
    legacy_device_id text,
    site_id uuid,
    office_id uuid,
    geo_location_id uuid,
    timezone text not null,
    verification_methods text[] not null default '{pin}'::text[],
    status text not null default 'active',
    last_seen_at timestamptz,
    firmware_version text,
    ip_address inet,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_terminals primary key (id),
    constraint uq_terminals__org_id_id unique (org_id, id),
    constraint fk_terminals__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_terminals__terminal_type check (terminal_type in ('kiosk', 'tablet', 'actatek', 'biometric_reader')),
    constraint fk_terminals__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint fk_terminals__geo_location_id foreign key (org_id, geo_location_id) references timekeep.geo_locations (org_id, id),
    constraint ck_terminals__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_terminals__status check (status in ('active', 'inactive', 'maintenance', 'retired')),
    constraint ck_terminals__verification_methods_known check (cardinality(verification_methods) > 0 and verification_methods <@ array['pin', 'card', 'fingerprint', 'face', 'qr']::text[])
);
create unique index uq_terminals__org_id_serial_number on timekeep.terminals (org_id, serial_number) where deleted_at is null;
create index ix_terminals__org_id_site_id_status on timekeep.terminals (org_id, site_id, status) where deleted_at is null;
create index ix_terminals__org_id_site_id on timekeep.terminals (org_id, site_id);
create index ix_terminals__org_id_office_id on timekeep.terminals (org_id, office_id);
create index ix_terminals__org_id_geo_location_id on timekeep.terminals (org_id, geo_location_id);
comment on table timekeep.terminals is 'Clocking devices: site kiosks, tablets and actatek biometric terminals whose local-time logs are converted with the terminal''s time zone.';
comment on column timekeep.terminals.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.terminals.serial_number is 'Manufacturer serial number.';
comment on column timekeep.terminals.legacy_device_id is 'Terminal id in the actatek system, for the clock data migration.';
comment on column timekeep.terminals.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column timekeep.terminals.geo_location_id is 'Fence the terminal stands in.';
comment on column timekeep.terminals.timezone is 'IANA zone of the device''s clock: actatek logs local wall-clock times, converted to UTC with it.';
comment on column timekeep.terminals.verification_methods is 'How workers identify at the terminal: pin, card, fingerprint, face, qr.';
comment on column timekeep.terminals.last_seen_at is 'Last heartbeat or sync from the device.';
comment on column timekeep.terminals.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.terminals.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.terminals enable row level security;
alter table timekeep.terminals force row level security;
create policy tenant_isolation on timekeep.terminals for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.terminals to finnest_app;
grant select on timekeep.terminals to finnest_readonly;
create trigger set_updated_at before update on timekeep.terminals for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.terminals for each row execute function finnest.audit_row();
create table timekeep.timecards (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    client_id uuid,
    site_id uuid,
    job_order_id uuid,
    period_start date not null,
    period_end date not null,
    status text not null default 'draft',
    source text not null default 'manual',
    ordinary_hours numeric(6,2) not null default 0,
    penalty_hours numeric(6,2) not null default 0,
    overtime_hours numeric(6,2) not null default 0,
    total_hours numeric(6,2) not null default 0,
    worked_amount numeric(14,2) not null default 0,
    allowance_amount numeric(14,2) not null default 0,
    submitted_at timestamptz,
    approved_at timestamptz,
    rejected_at timestamptz,
    rejection_reason text,
    exported_at timestamptz,
    paid_at timestamptz,
    pay_run_id uuid,
    invoice_id uuid,
    employee_comment text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_timecards primary key (id),
    constraint uq_timecards__org_id_id unique (org_id, id),
    constraint fk_timecards__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_timecards__status check (status in ('draft', 'submitted', 'approved', 'rejected', 'exported', 'paid', 'locked')),
    constraint ck_timecards__source check (source in ('manual', 'clock', 'roster', 'mobile', 'import')),
    constraint ck_timecards__ordinary_hours_non_negative check (ordinary_hours >= 0),
    constraint ck_timecards__penalty_hours_non_negative check (penalty_hours >= 0),
    constraint ck_timecards__overtime_hours_non_negative check (overtime_hours >= 0),
    constraint ck_timecards__total_hours_non_negative check (total_hours >= 0),
    constraint ck_timecards__worked_amount_non_negative check (worked_amount >= 0),
    constraint ck_timecards__allowance_amount_non_negative check (allowance_amount >= 0),
    constraint ck_timecards__period_end_after_period_start check (period_end >= period_start),
    constraint ck_timecards__totals_add_up check (total_hours = ordinary_hours + penalty_hours + overtime_hours),
    constraint ck_timecards__rejection_has_reason check (status <> 'rejected' or rejection_reason is not null)
);
create index ix_timecards__org_id_employee_id_period_start on timekeep.timecards (org_id, employee_id, period_start) where deleted_at is null;
create index ix_timecards__org_id_status_period_end on timekeep.timecards (org_id, status, period_end) where deleted_at is null;
create index ix_timecards__org_id_employee_id on timekeep.timecards (org_id, employee_id);
create index ix_timecards__org_id_client_id on timekeep.timecards (org_id, client_id);
create index ix_timecards__org_id_site_id on timekeep.timecards (org_id, site_id);
create index ix_timecards__org_id_job_order_id on timekeep.timecards (org_id, job_order_id);
create index ix_timecards__org_id_pay_run_id on timekeep.timecards (org_id, pay_run_id);
create index ix_timecards__org_id_invoice_id on timekeep.timecards (org_id, invoice_id);
comment on table timekeep.timecards is 'A worker''s timecard for a pay period (v2 timesheets), usually per client site: hours by pay category, allowances, and its approval and payroll life.';
comment on column timekeep.timecards.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.timecards.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column timekeep.timecards.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column timekeep.timecards.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column timekeep.timecards.job_order_id is 'Soft reference to recruit.job_orders (no FK: cross-domain).';
comment on column timekeep.timecards.status is 'exported: sent to payroll as journals; paid: in a finalised pay run; locked: closed for any change.';
comment on column timekeep.timecards.source is 'Where the hours came from: typed in, built from clock events, from the roster, entered on the phone, or imported.';
comment on column timekeep.timecards.ordinary_hours is 'Sum of the ordinary lines, hours (kept by trigger).';
comment on column timekeep.timecards.penalty_hours is 'Sum of the Saturday, Sunday, public holiday, evening shift and night shift lines, hours (kept by trigger).';
comment on column timekeep.timecards.overtime_hours is 'Sum of the overtime lines, hours (kept by trigger).';
comment on column timekeep.timecards.total_hours is 'Hours worked: ordinary + penalty + overtime (kept by trigger).';
comment on column timekeep.timecards.worked_amount is 'Pay for the hours worked, AUD, as far as the lines are priced (kept by trigger).';
comment on column timekeep.timecards.allowance_amount is 'Allowances, AUD: itemised allowances plus allowance lines (kept by trigger).';
comment on column timekeep.timecards.pay_run_id is 'Soft reference to payroll.pay_runs (no FK: cross-domain).';
comment on column timekeep.timecards.invoice_id is 'Soft reference to payroll.invoices (no FK: cross-domain). Invoice the hours were billed on.';
comment on column timekeep.timecards.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.timecards.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.timecards enable row level security;
alter table timekeep.timecards force row level security;
create policy tenant_isolation on timekeep.timecards for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.timecards to finnest_app;
grant select on timekeep.timecards to finnest_readonly;
create trigger set_updated_at before update on timekeep.timecards for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.timecards for each row execute function finnest.audit_row();
create trigger refuse_locked_period before insert or update or delete on timekeep.timecards for each row execute function timekeep.refuse_locked_period();
create table timekeep.timecard_entries (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    timecard_id uuid not null,
    work_date date not null,
    pay_category text not null,
    hours numeric(6,2) not null,
    start_at timestamptz,
    end_at timestamptz,
    multiplier numeric(6,4),
    rate numeric(12,4),
    amount numeric(14,2),
    award_classification_id uuid,
    shift_id uuid,
    shift_assignment_id uuid,
    cost_centre text,
    source text not null default 'manual',
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_timecard_entries primary key (id),
    constraint uq_timecard_entries__org_id_id unique (org_id, id),
    constraint fk_timecard_entries__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_timecard_entries__timecard_id foreign key (org_id, timecard_id) references timekeep.timecards (org_id, id),
    constraint ck_timecard_entries__pay_category check (pay_category in ('ordinary', 'saturday', 'sunday', 'public_holiday', 'evening_shift', 'night_shift', 'overtime_150', 'overtime_200', 'overtime_250', 'allowance')),
    constraint ck_timecard_entries__hours_range check (hours between 0 and 24),
    constraint ck_timecard_entries__multiplier_positive check (multiplier > 0),
    constraint ck_timecard_entries__rate_non_negative check (rate >= 0),
    constraint ck_timecard_entries__amount_non_negative check (amount >= 0),
    constraint fk_timecard_entries__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_timecard_entries__source check (source in ('manual', 'clock', 'roster', 'import')),
    constraint ck_timecard_entries__end_at_after_start_at check (end_at > start_at)
);
create index ix_timecard_entries__org_id_timecard_id_work_date on timekeep.timecard_entries (org_id, timecard_id, work_date) where deleted_at is null;
create index ix_timecard_entries__org_id_timecard_id on timekeep.timecard_entries (org_id, timecard_id);
create index ix_timecard_entries__award_classification_id on timekeep.timecard_entries (award_classification_id);
create index ix_timecard_entries__org_id_shift_id on timekeep.timecard_entries (org_id, shift_id);
create index ix_timecard_entries__org_id_shift_assignment_id on timekeep.timecard_entries (org_id, shift_assignment_id);
comment on table timekeep.timecard_entries is 'Lines of a timecard: hours on a work date under one pay category (ordinary, weekend, public holiday, evening/night shift, overtime, allowance).';
comment on column timekeep.timecard_entries.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.timecard_entries.work_date is 'Local date the hours were worked (a night shift''s hours fall on the day they start); checked against pay period locks.';
comment on column timekeep.timecard_entries.pay_category is 'overtime_150, overtime_200, overtime_250: overtime at 150%, 200% and 250% (public holiday overtime); allowance: an hourly allowance paid on the hours.';
comment on column timekeep.timecard_entries.hours is 'Hours in this category on this date.';
comment on column timekeep.timecard_entries.start_at is 'Start of the worked interval, when known from the clock or roster.';
comment on column timekeep.timecard_entries.multiplier is 'Penalty or overtime multiplier applied, fraction: 1.5000 = 150%.';
comment on column timekeep.timecard_entries.rate is 'Base hourly rate before the multiplier, AUD.';
comment on column timekeep.timecard_entries.amount is 'Pay for the line, AUD; null until priced.';
comment on column timekeep.timecard_entries.shift_id is 'Soft reference to roster.shifts (no FK: cross-domain).';
comment on column timekeep.timecard_entries.shift_assignment_id is 'Soft reference to roster.shift_assignments (no FK: cross-domain).';
comment on column timekeep.timecard_entries.cost_centre is 'Client cost centre or GL code the hours are charged to.';
comment on column timekeep.timecard_entries.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.timecard_entries.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.timecard_entries enable row level security;
alter table timekeep.timecard_entries force row level security;
create policy tenant_isolation on timekeep.timecard_entries for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.timecard_entries to finnest_app;
grant select on timekeep.timecard_entries to finnest_readonly;
create trigger set_updated_at before update on timekeep.timecard_entries for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.timecard_entries for each row execute function finnest.audit_row();
create trigger refuse_locked_period before insert or update or delete on timekeep.timecard_entries for each row execute function timekeep.refuse_locked_period('work_date');
create trigger refresh_timecard_totals after insert or update or delete on timekeep.timecard_entries for each row execute function timekeep.refresh_timecard_totals();
create table timekeep.timecard_allowances (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    timecard_id uuid not null,
    allowance_date date not null,
    award_allowance_id uuid,
    allowance_code text not null,
    stp_allowance_type text,
    description text,
    unit text not null default 'each',
    units numeric(10,2) not null default 1,
    rate numeric(12,4),
    amount numeric(14,2) not null,
    is_taxable boolean not null default true,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_timecard_allowances primary key (id),
    constraint uq_timecard_allowances__org_id_id unique (org_id, id),
    constraint fk_timecard_allowances__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_timecard_allowances__timecard_id foreign key (org_id, timecard_id) references timekeep.timecards (org_id, id),
    constraint fk_timecard_allowances__award_allowance_id foreign key (award_allowance_id) references compliance.award_allowances (id),
    constraint ck_timecard_allowances__stp_allowance_type check (stp_allowance_type in ('CD', 'AD', 'LD', 'MD', 'RD', 'TD', 'KN', 'QN', 'OD')),
    constraint ck_timecard_allowances__unit check (unit in ('each', 'hour', 'shift', 'day', 'week', 'km')),
    constraint ck_timecard_allowances__units_non_negative check (units >= 0),
    constraint ck_timecard_allowances__rate_non_negative check (rate >= 0),
    constraint ck_timecard_allowances__amount_non_negative check (amount >= 0),
    constraint ck_timecard_allowances__other_has_description check (stp_allowance_type is distinct from 'OD' or description is not null)
);
create index ix_timecard_allowances__org_id_timecard_id_allowance_date on timekeep.timecard_allowances (org_id, timecard_id, allowance_date) where deleted_at is null;
create index ix_timecard_allowances__org_id_timecard_id on timekeep.timecard_allowances (org_id, timecard_id);
create index ix_timecard_allowances__award_allowance_id on timekeep.timecard_allowances (award_allowance_id);
comment on table timekeep.timecard_allowances is 'Itemised allowances on a timecard (v2 timesheets_allowances): meal, travel, tools, first aid… with units, rate and the STP allowance type.';
comment on column timekeep.timecard_allowances.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.timecard_allowances.allowance_date is 'Date the allowance was earned; checked against pay period locks.';
comment on column timekeep.timecard_allowances.award_allowance_id is 'Award allowance claimed, when it comes from the award.';
comment on column timekeep.timecard_allowances.allowance_code is 'Allowance code in the organisation''s pay items, e.g. MEAL_OT, FIRSTAID.';
comment on column timekeep.timecard_allowances.stp_allowance_type is 'STP Phase 2 allowance type: CD cents/km, AD award transport, LD laundry, MD overtime meal, RD travel, TD tools, KN tasks, QN qualifications, OD other.';
comment on column timekeep.timecard_allowances.description is 'Required for STP type OD (other).';
comment on column timekeep.timecard_allowances.units is 'Quantity in unit, e.g. 42.00 km.';
comment on column timekeep.timecard_allowances.rate is 'AUD per unit.';
comment on column timekeep.timecard_allowances.amount is 'AUD.';
comment on column timekeep.timecard_allowances.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.timecard_allowances.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.timecard_allowances enable row level security;
alter table timekeep.timecard_allowances force row level security;
create policy tenant_isolation on timekeep.timecard_allowances for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.timecard_allowances to finnest_app;
grant select on timekeep.timecard_allowances to finnest_readonly;
create trigger set_updated_at before update on timekeep.timecard_allowances for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.timecard_allowances for each row execute function finnest.audit_row();
create trigger refuse_locked_period before insert or update or delete on timekeep.timecard_allowances for each row execute function timekeep.refuse_locked_period('allowance_date');
create trigger refresh_timecard_totals after insert or update or delete on timekeep.timecard_allowances for each row execute function timekeep.refresh_timecard_totals();
create table timekeep.timecard_approvals (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    timecard_id uuid not null,
    step integer not null default 1,
    approver_type text not null,
    approver_user_id uuid,
    approver_contact_id uuid,
    approver_name text,
    decision text not null,
    decided_at timestamptz not null default now(),
    comment text,
    method text not null default 'web',
    ip_address inet,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_timecard_approvals primary key (id),
    constraint uq_timecard_approvals__org_id_id unique (org_id, id),
    constraint fk_timecard_approvals__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_timecard_approvals__timecard_id foreign key (org_id, timecard_id) references timekeep.timecards (org_id, id),
    constraint ck_timecard_approvals__step_positive check (step > 0),
    constraint ck_timecard_approvals__approver_type check (approver_type in ('user', 'client_contact')),
    constraint fk_timecard_approvals__approver_user_id foreign key (org_id, approver_user_id) references public.users (org_id, id),
    constraint ck_timecard_approvals__decision check (decision in ('approved', 'rejected', 'queried')),
    constraint ck_timecard_approvals__method check (method in ('web', 'mobile', 'email_link', 'kiosk', 'on_behalf')),
    constraint ck_timecard_approvals__approver_matches_type check ((approver_type = 'user' and approver_user_id is not null and approver_contact_id is null) or (approver_type = 'client_contact' and approver_contact_id is not null and approver_user_id is null)),
    constraint ck_timecard_approvals__decision_needs_comment check (decision = 'approved' or comment is not null)
);
create index ix_timecard_approvals__org_id_timecard_id_step on timekeep.timecard_approvals (org_id, timecard_id, step) where deleted_at is null;
create index ix_timecard_approvals__org_id_timecard_id on timekeep.timecard_approvals (org_id, timecard_id);
create index ix_timecard_approvals__org_id_approver_user_id on timekeep.timecard_approvals (org_id, approver_user_id);
create index ix_timecard_approvals__org_id_approver_contact_id on timekeep.timecard_approvals (org_id, approver_contact_id);
comment on table timekeep.timecard_approvals is 'Decisions on a timecard, in order: by a user of the organisation or by the client''s timesheet approver (a client contact).';
comment on column timekeep.timecard_approvals.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.timecard_approvals.step is 'Approval level in a multi-step flow (1 = first approver).';
comment on column timekeep.timecard_approvals.approver_contact_id is 'Soft reference to clients.contacts (no FK: cross-domain). Client contact with the timesheet_approver role.';
comment on column timekeep.timecard_approvals.approver_name is 'Name as signed, kept in case the contact record changes.';
comment on column timekeep.timecard_approvals.method is 'on_behalf: entered by staff for an approver who approved by phone or paper.';
comment on column timekeep.timecard_approvals.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.timecard_approvals.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.timecard_approvals enable row level security;
alter table timekeep.timecard_approvals force row level security;
create policy tenant_isolation on timekeep.timecard_approvals for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.timecard_approvals to finnest_app;
grant select on timekeep.timecard_approvals to finnest_readonly;
create trigger set_updated_at before update on timekeep.timecard_approvals for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.timecard_approvals for each row execute function finnest.audit_row();
create table timekeep.breaks (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    timecard_id uuid not null,
    timecard_entry_id uuid,
    work_date date not null,
    break_type text not null,
    is_paid boolean not null,
    status text not null default 'taken',
    start_at timestamptz,
    end_at timestamptz,
    duration_minutes integer not null,
    scheduled_minutes integer,
    source text not null default 'clock',
    start_clock_event_id uuid,
    end_clock_event_id uuid,
    missed_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_breaks primary key (id),
    constraint uq_breaks__org_id_id unique (org_id, id),
    constraint fk_breaks__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_breaks__timecard_id foreign key (org_id, timecard_id) references timekeep.timecards (org_id, id),
    constraint fk_breaks__timecard_entry_id foreign key (org_id, timecard_entry_id) references timekeep.timecard_entries (org_id, id),
    constraint ck_breaks__break_type check (break_type in ('meal', 'rest')),
    constraint ck_breaks__status check (status in ('taken', 'shortened', 'missed', 'interrupted')),
    constraint ck_breaks__duration_minutes_range check (duration_minutes between 0 and 1440),
    constraint ck_breaks__scheduled_minutes_non_negative check (scheduled_minutes >= 0),
    constraint ck_breaks__source check (source in ('clock', 'manual', 'rostered', 'auto_deducted')),
    constraint ck_breaks__end_at_after_start_at check (end_at > start_at),
    constraint ck_breaks__missed_has_no_time check (status <> 'missed' or duration_minutes = 0)
);
create index ix_breaks__org_id_timecard_id_work_date on timekeep.breaks (org_id, timecard_id, work_date) where deleted_at is null;
create index ix_breaks__org_id_start_clock_event_id on timekeep.breaks (org_id, start_clock_event_id);
create index ix_breaks__org_id_end_clock_event_id on timekeep.breaks (org_id, end_clock_event_id);
create index ix_breaks__org_id_timecard_id on timekeep.breaks (org_id, timecard_id);
create index ix_breaks__org_id_timecard_entry_id on timekeep.breaks (org_id, timecard_entry_id);
comment on table timekeep.breaks is 'Meal and rest breaks taken (or missed) during work on a timecard, from clock events or entered; a missed meal break may attract a penalty.';
comment on column timekeep.breaks.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.breaks.work_date is 'Local date of the break; checked against pay period locks.';
comment on column timekeep.breaks.is_paid is 'Rest breaks are usually paid, meal breaks unpaid.';
comment on column timekeep.breaks.duration_minutes is 'Length of the break, minutes (0 when missed).';
comment on column timekeep.breaks.scheduled_minutes is 'Length the roster or award called for, minutes.';
comment on column timekeep.breaks.start_clock_event_id is 'timekeep.clock_events id of the break_start (no FK: the log''s key includes occurred_at).';
comment on column timekeep.breaks.end_clock_event_id is 'timekeep.clock_events id of the break_end (no FK: the log''s key includes occurred_at).';
comment on column timekeep.breaks.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.breaks.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.breaks enable row level security;
alter table timekeep.breaks force row level security;
create policy tenant_isolation on timekeep.breaks for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.breaks to finnest_app;
grant select on timekeep.breaks to finnest_readonly;
create trigger set_updated_at before update on timekeep.breaks for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.breaks for each row execute function finnest.audit_row();
create trigger refuse_locked_period before insert or update or delete on timekeep.breaks for each row execute function timekeep.refuse_locked_period('work_date');
create table timekeep.journals (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    export_batch text not null,
    target_system text not null,
    employee_id uuid not null,
    timecard_id uuid,
    timecard_entry_id uuid,
    timecard_allowance_id uuid,
    period_start date not null,
    period_end date not null,
    work_date date,
    pay_category text not null,
    earnings_code text not null,
    hours numeric(6,2),
    units numeric(10,2),
    rate numeric(12,4),
    amount numeric(14,2) not null,
    gl_account text,
    cost_centre text,
    status text not null default 'pending',
    exported_at timestamptz,
    external_reference text,
    error_message text,
    reverses_journal_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_journals primary key (id),
    constraint uq_journals__org_id_id unique (org_id, id),
    constraint fk_journals__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_journals__target_system check (target_system in ('finnest_payroll', 'employment_hero', 'xero', 'myob', 'micropay', 'chris21', 'csv')),
    constraint fk_journals__timecard_id foreign key (org_id, timecard_id) references timekeep.timecards (org_id, id),
    constraint fk_journals__timecard_entry_id foreign key (org_id, timecard_entry_id) references timekeep.timecard_entries (org_id, id),
    constraint fk_journals__timecard_allowance_id foreign key (org_id, timecard_allowance_id) references timekeep.timecard_allowances (org_id, id),
    constraint ck_journals__pay_category check (pay_category in ('ordinary', 'saturday', 'sunday', 'public_holiday', 'evening_shift', 'night_shift', 'overtime_150', 'overtime_200', 'overtime_250', 'allowance', 'adjustment')),
    constraint ck_journals__status check (status in ('pending', 'exported', 'acknowledged', 'failed', 'reversed')),
    constraint fk_journals__reverses_journal_id foreign key (org_id, reverses_journal_id) references timekeep.journals (org_id, id),
    constraint ck_journals__period_end_after_period_start check (period_end >= period_start),
    constraint ck_journals__exported_has_time check (status not in ('exported', 'acknowledged') or exported_at is not null),
    constraint ck_journals__failed_has_error check (status <> 'failed' or error_message is not null),
    constraint ck_journals__reverses_another_line check (reverses_journal_id is distinct from id)
);
create index ix_journals__org_id_export_batch_status on timekeep.journals (org_id, export_batch, status) where deleted_at is null;
create index ix_journals__org_id_employee_id_period_start on timekeep.journals (org_id, employee_id, period_start) where deleted_at is null;
create index ix_journals__org_id_employee_id on timekeep.journals (org_id, employee_id);
create index ix_journals__org_id_timecard_id on timekeep.journals (org_id, timecard_id);
create index ix_journals__org_id_timecard_entry_id on timekeep.journals (org_id, timecard_entry_id);
create index ix_journals__org_id_timecard_allowance_id on timekeep.journals (org_id, timecard_allowance_id);
create index ix_journals__org_id_reverses_journal_id on timekeep.journals (org_id, reverses_journal_id);
comment on table timekeep.journals is 'Payroll journal lines exported from approved timecards to the payroll system (Finnest payroll or an external one), one per earnings code; a correction is a reversing line.';
comment on column timekeep.journals.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.journals.export_batch is 'Export run the line went out in, e.g. 2026-01-14-weekly-01.';
comment on column timekeep.journals.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column timekeep.journals.period_start is 'Pay period the line is paid in.';
comment on column timekeep.journals.pay_category is 'Pay category of the hours exported, or adjustment: a lump correction that is not hours in any category.';
comment on column timekeep.journals.earnings_code is 'Pay item code in the target system.';
comment on column timekeep.journals.hours is 'Negative on a reversing line.';
comment on column timekeep.journals.units is 'Quantity for unit-based lines (km, each); negative on a reversing line.';
comment on column timekeep.journals.rate is 'AUD per hour or unit.';
comment on column timekeep.journals.amount is 'AUD; negative on a reversing line.';
comment on column timekeep.journals.gl_account is 'General ledger account of the cost.';
comment on column timekeep.journals.external_reference is 'Id of the line in the target system once acknowledged.';
comment on column timekeep.journals.error_message is 'Why the target system refused the line.';
comment on column timekeep.journals.reverses_journal_id is 'Line this one reverses.';
comment on column timekeep.journals.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column timekeep.journals.metadata is 'Industry- or tenant-specific extension fields.';
alter table timekeep.journals enable row level security;
alter table timekeep.journals force row level security;
create policy tenant_isolation on timekeep.journals for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on timekeep.journals to finnest_app;
grant select on timekeep.journals to finnest_readonly;
create trigger set_updated_at before update on timekeep.journals for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on timekeep.journals for each row execute function finnest.audit_row();
create table timekeep.clock_events (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    event_type text not null,
    source text not null,
    occurred_at timestamptz not null,
    local_occurred_at timestamp,
    local_timezone text not null,
    received_at timestamptz not null default now(),
    latitude numeric(9,6),
    longitude numeric(9,6),
    accuracy_metres numeric(8,2),
    terminal_id uuid,
    geo_location_id uuid,
    within_geofence boolean,
    verification_method text,
    shift_id uuid,
    shift_assignment_id uuid,
    recorded_by uuid,
    reason text,
    corrects_event_id uuid,
    legacy_log_id bigint,
    raw_payload jsonb,
    inserted_at timestamptz not null default now(),
    constraint pk_clock_events primary key (id, occurred_at),
    constraint fk_clock_events__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_clock_events__event_type check (event_type in ('clock_in', 'clock_out', 'break_start', 'break_end')),
    constraint ck_clock_events__source check (source in ('mobile_gps', 'kiosk', 'web', 'manual', 'supervisor')),
    constraint ck_clock_events__local_timezone_format check (local_timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_clock_events__latitude_range check (latitude between -90 and 90),
    constraint ck_clock_events__longitude_range check (longitude between -180 and 180),
    constraint ck_clock_events__accuracy_metres_non_negative check (accuracy_metres >= 0),
    constraint fk_clock_events__terminal_id foreign key (org_id, terminal_id) references timekeep.terminals (org_id, id),
    constraint fk_clock_events__geo_location_id foreign key (org_id, geo_location_id) references timekeep.geo_locations (org_id, id),
    constraint ck_clock_events__verification_method check (verification_method in ('none', 'pin', 'card', 'fingerprint', 'face', 'selfie', 'qr')),
    constraint fk_clock_events__recorded_by foreign key (org_id, recorded_by) references public.users (org_id, id),
    constraint ck_clock_events__position_paired check ((latitude is null) = (longitude is null)),
    constraint ck_clock_events__gps_has_position check (source <> 'mobile_gps' or latitude is not null),
    constraint ck_clock_events__manual_has_recorder check (source not in ('manual', 'supervisor') or (recorded_by is not null and reason is not null))
) partition by range (occurred_at);
create index ix_clock_events__org_id_employee_id_occurred_at on timekeep.clock_events (org_id, employee_id, occurred_at);
create index ix_clock_events__org_id_terminal_id_occurred_at on timekeep.clock_events (org_id, terminal_id, occurred_at);
create index ix_clock_events__org_id_corrects_event_id on timekeep.clock_events (org_id, corrects_event_id) where corrects_event_id is not null;
create index ix_clock_events__org_id_geo_location_id on timekeep.clock_events (org_id, geo_location_id);
create index ix_clock_events__org_id_shift_id on timekeep.clock_events (org_id, shift_id);
create index ix_clock_events__org_id_shift_assignment_id on timekeep.clock_events (org_id, shift_assignment_id);
create index ix_clock_events__org_id_recorded_by on timekeep.clock_events (org_id, recorded_by);
comment on table timekeep.clock_events is 'Clock-ins, clock-outs and breaks as they happened, from phones (GPS), kiosks, web, or entered by a supervisor; includes the actatek clock data. Immutable: a correction is a new event. Partitioned monthly on occurred_at.';
comment on column timekeep.clock_events.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column timekeep.clock_events.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column timekeep.clock_events.occurred_at is 'When it happened, UTC.';
comment on column timekeep.clock_events.local_occurred_at is 'The device''s wall-clock reading as received (actatek logs local time), kept to audit the time zone conversion.';
comment on column timekeep.clock_events.local_timezone is 'IANA zone of the worker''s wall clock at the place, e.g. Australia/Perth: decides the local day and penalties.';
comment on column timekeep.clock_events.received_at is 'When the server received it; later than occurred_at for devices that synced offline.';
comment on column timekeep.clock_events.latitude is 'Decimal degrees (WGS 84) reported by the device.';
comment on column timekeep.clock_events.longitude is 'Decimal degrees (WGS 84) reported by the device.';
comment on column timekeep.clock_events.accuracy_metres is 'Reported horizontal accuracy of the position, metres.';
comment on column timekeep.clock_events.terminal_id is 'Kiosk or actatek terminal clocked at.';
comment on column timekeep.clock_events.geo_location_id is 'Geofence the event was checked against.';
comment on column timekeep.clock_events.within_geofence is 'Whether the position was inside that fence; null when not checked.';
comment on column timekeep.clock_events.shift_id is 'Soft reference to roster.shifts (no FK: cross-domain).';
comment on column timekeep.clock_events.shift_assignment_id is 'Soft reference to roster.shift_assignments (no FK: cross-domain).';
comment on column timekeep.clock_events.recorded_by is 'Supervisor or staff member who entered a manual or supervisor event.';
comment on column timekeep.clock_events.reason is 'Why a manual or supervisor event was entered, or what an event corrects.';
comment on column timekeep.clock_events.corrects_event_id is 'clock_events id of the event this one corrects (no FK: the log''s key includes occurred_at).';
comment on column timekeep.clock_events.legacy_log_id is 'Log record id in the actatek system, for the clock data migration.';
comment on column timekeep.clock_events.raw_payload is 'The record as received from the device or app.';
alter table timekeep.clock_events enable row level security;
alter table timekeep.clock_events force row level security;
create policy tenant_isolation on timekeep.clock_events for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert on timekeep.clock_events to finnest_app;
grant select on timekeep.clock_events to finnest_readonly;
create trigger block_update_delete before update or delete on timekeep.clock_events for each row execute function finnest.block_update_delete();
create trigger block_truncate before truncate on timekeep.clock_events for each statement execute function finnest.block_truncate();
create table timekeep.clock_events_default partition of timekeep.clock_events default;
create trigger block_truncate before truncate on timekeep.clock_events_default for each statement execute function finnest.block_truncate();
insert into finnest.partitioned_tables (parent_table, partition_column) values ('timekeep.clock_events', 'occurred_at');
