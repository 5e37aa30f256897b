create function roster.copy_shift_times() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    shift_start timestamptz;
    shift_end timestamptz;
begin
    select s.start_at, s.end_at into shift_start, shift_end
    from roster.shifts s
    where s.org_id = new.org_id and s.id = new.shift_id;
    -- Not found: the composite foreign key reports the bad reference.
    if found then
        new.start_at := shift_start;
        new.end_at := shift_end;
    end if;
    return new;
end
$$;
comment on function roster.copy_shift_times() is 'Before insert or change of shift on roster.shift_assignments: copies the shift''s start_at and end_at onto the assignment, which the no-double-booking exclusion constraint reads.';
revoke execute on function roster.copy_shift_times() from public;
create function roster.sync_assignment_times() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    -- Moving a shift moves its assignments; the exclusion constraint then refuses a move that double-books anyone.
    update roster.shift_assignments a
    set start_at = new.start_at, end_at = new.end_at
    where a.org_id = new.org_id and a.shift_id = new.id
      and (a.start_at, a.end_at) is distinct from (new.start_at, new.end_at);
    return null;
end
$$;
comment on function roster.sync_assignment_times() is 'After a shift''s times change: copies them onto its assignments, so double booking stays checked against the real times.';
revoke execute on function roster.sync_assignment_times() from public;
create table roster.shift_codes (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    name text not null,
    description text,
    kind text not null default 'work',
    shift_period text,
    default_start_time time,
    default_end_time time,
    default_unpaid_break_minutes integer not null default 0,
    award_classification_id uuid,
    colour text,
    counts_towards_ordinary_hours boolean not null default true,
    is_active boolean not null default true,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shift_codes primary key (id),
    constraint uq_shift_codes__org_id_id unique (org_id, id),
    constraint fk_shift_codes__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_shift_codes__code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,15}$'),
    constraint ck_shift_codes__kind check (kind in ('work', 'leave', 'rdo', 'training', 'standby', 'unavailable')),
    constraint ck_shift_codes__shift_period check (shift_period in ('day', 'afternoon', 'night', 'split', 'sleepover')),
    constraint ck_shift_codes__default_unpaid_break_minutes_non_negative check (default_unpaid_break_minutes >= 0),
    constraint fk_shift_codes__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_shift_codes__colour_format check (colour ~ '^#[0-9a-fA-F]{6}$'),
    constraint ck_shift_codes__default_times_paired check ((default_start_time is null) = (default_end_time is null)),
    constraint ck_shift_codes__default_times_differ check (default_start_time is distinct from default_end_time or default_start_time is null),
    constraint ck_shift_codes__default_break_shorter_than_shift check (default_start_time is null or default_unpaid_break_minutes * interval '1 minute' < ((default_end_time - default_start_time) + case when default_end_time <= default_start_time then interval '1 day' else interval '0' end))
);
create unique index uq_shift_codes__org_id_code on roster.shift_codes (org_id, code) where deleted_at is null;
create index ix_shift_codes__org_id_kind_is_active on roster.shift_codes (org_id, kind, is_active) where deleted_at is null;
create index ix_shift_codes__award_classification_id on roster.shift_codes (award_classification_id);
comment on table roster.shift_codes is 'Roster codes (v2 roster_codes): short codes planners put on a roster cell, for work shifts (D8, N10) and for non-work entries (AL, RDO, TRN), with default times.';
comment on column roster.shift_codes.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shift_codes.code is 'Code shown on the roster grid, upper case, e.g. D8, N10, RDO.';
comment on column roster.shift_codes.kind is 'What a cell with this code means: a work shift, or leave, rostered day off, training, on-call standby, unavailable.';
comment on column roster.shift_codes.shift_period is 'Award shift type of a work code (afternoon and night shifts attract shift loadings); null for non-work codes.';
comment on column roster.shift_codes.default_start_time is 'Local wall-clock start at the site.';
comment on column roster.shift_codes.default_end_time is 'Local wall-clock end; at or before the start means the next day.';
comment on column roster.shift_codes.default_unpaid_break_minutes is 'Unpaid meal break, minutes.';
comment on column roster.shift_codes.award_classification_id is 'Default award classification of shifts with this code.';
comment on column roster.shift_codes.colour is 'Hex colour on the roster grid, e.g. #1f77b4.';
comment on column roster.shift_codes.counts_towards_ordinary_hours is 'Whether hours under this code count towards the 38-hour ordinary week (NES).';
comment on column roster.shift_codes.is_active is 'Inactive codes stay on past rosters but cannot be chosen.';
comment on column roster.shift_codes.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shift_codes.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shift_codes enable row level security;
alter table roster.shift_codes force row level security;
create policy tenant_isolation on roster.shift_codes for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shift_codes to finnest_app;
grant select on roster.shift_codes to finnest_readonly;
create trigger set_updated_at before update on roster.shift_codes for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shift_codes for each row execute function finnest.audit_row();
create table roster.roster_rules (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    award_id uuid,
    employment_type text,
    min_engagement_hours numeric(6,2) not null,
    min_break_between_shifts_hours numeric(6,2) not null default 10,
    max_ordinary_hours_per_week numeric(6,2) not null default 38,
    max_ordinary_hours_per_day numeric(6,2),
    max_shift_hours numeric(6,2),
    max_consecutive_days integer,
    meal_break_after_hours numeric(6,2),
    meal_break_minutes integer,
    ordinary_span_weekday_start time,
    ordinary_span_weekday_end time,
    ordinary_span_saturday_start time,
    ordinary_span_saturday_end time,
    ordinary_span_sunday_start time,
    ordinary_span_sunday_end time,
    effective_from date not null,
    effective_to date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_roster_rules primary key (id),
    constraint uq_roster_rules__org_id_id unique (org_id, id),
    constraint fk_roster_rules__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_roster_rules__award_id foreign key (award_id) references compliance.awards (id),
    constraint ck_roster_rules__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term')),
    constraint ck_roster_rules__min_engagement_hours_range check (min_engagement_hours between 0 and 24),
    constraint ck_roster_rules__min_break_between_shifts_hours_range check (min_break_between_shifts_hours between 0 and 24),
    constraint ck_roster_rules__max_ordinary_hours_per_week_range check (max_ordinary_hours_per_week between 0 and 168),
    constraint ck_roster_rules__max_ordinary_hours_per_day_range check (max_ordinary_hours_per_day between 0 and 24),
    constraint ck_roster_rules__max_shift_hours_range check (max_shift_hours between 0 and 24),
    constraint ck_roster_rules__max_consecutive_days_range check (max_consecutive_days between 1 and 31),
    constraint ck_roster_rules__meal_break_after_hours_range check (meal_break_after_hours between 0 and 24),
    constraint ck_roster_rules__meal_break_minutes_non_negative check (meal_break_minutes >= 0),
    constraint ck_roster_rules__weekday_span check ((ordinary_span_weekday_start is null) = (ordinary_span_weekday_end is null) and (ordinary_span_weekday_start is null or ordinary_span_weekday_end > ordinary_span_weekday_start)),
    constraint ck_roster_rules__saturday_span check ((ordinary_span_saturday_start is null) = (ordinary_span_saturday_end is null) and (ordinary_span_saturday_start is null or ordinary_span_saturday_end > ordinary_span_saturday_start)),
    constraint ck_roster_rules__sunday_span check ((ordinary_span_sunday_start is null) = (ordinary_span_sunday_end is null) and (ordinary_span_sunday_start is null or ordinary_span_sunday_end > ordinary_span_sunday_start)),
    constraint ck_roster_rules__daily_within_weekly check (max_ordinary_hours_per_day is null or max_ordinary_hours_per_day <= max_ordinary_hours_per_week),
    constraint ck_roster_rules__effective_to_after_effective_from check (effective_to >= effective_from)
);
create unique index uq_roster_rules__org_id_name on roster.roster_rules (org_id, name) where deleted_at is null;
create index ix_roster_rules__org_id_award_id_employment_type_effective_from on roster.roster_rules (org_id, award_id, employment_type, effective_from) where deleted_at is null;
create index ix_roster_rules__award_id on roster.roster_rules (award_id);
comment on table roster.roster_rules is 'Rostering rule sets (v2 roster_rule_set): the award and NES limits a roster is checked against (minimum engagement, rest between shifts, ordinary hours and their span), per award and employment type.';
comment on column roster.roster_rules.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.roster_rules.award_id is 'Modern award the limits come from; null for a rule set of the organisation''s own (enterprise agreement, policy).';
comment on column roster.roster_rules.employment_type is 'Employment type the rules apply to; null: all.';
comment on column roster.roster_rules.min_engagement_hours is 'Minimum paid hours per engagement, e.g. 3 for retail casuals (commonly 2–4).';
comment on column roster.roster_rules.min_break_between_shifts_hours is 'Minimum rest between the end of one shift and the start of the next, hours (commonly 10).';
comment on column roster.roster_rules.max_ordinary_hours_per_week is 'Ordinary hours per week before overtime (NES: 38 plus reasonable additional hours).';
comment on column roster.roster_rules.max_ordinary_hours_per_day is 'Ordinary hours per day before daily overtime; null: no daily limit.';
comment on column roster.roster_rules.max_shift_hours is 'Longest shift allowed, hours including breaks.';
comment on column roster.roster_rules.max_consecutive_days is 'Most days worked in a row.';
comment on column roster.roster_rules.meal_break_after_hours is 'An unpaid meal break is due after this many hours of continuous work (commonly 5).';
comment on column roster.roster_rules.meal_break_minutes is 'Length of that meal break, minutes.';
comment on column roster.roster_rules.ordinary_span_weekday_start is 'Span of ordinary hours Monday to Friday: start (local time). Work outside the span is paid as evening/night or overtime.';
comment on column roster.roster_rules.ordinary_span_weekday_end is 'Span of ordinary hours Monday to Friday: end (local time; 24:00 for midnight).';
comment on column roster.roster_rules.ordinary_span_saturday_start is 'Span of ordinary hours on Saturday: start; null: no ordinary hours on Saturday.';
comment on column roster.roster_rules.ordinary_span_saturday_end is 'Span of ordinary hours on Saturday: end (local time).';
comment on column roster.roster_rules.ordinary_span_sunday_start is 'Span of ordinary hours on Sunday: start; null: no ordinary hours on Sunday.';
comment on column roster.roster_rules.ordinary_span_sunday_end is 'Span of ordinary hours on Sunday: end (local time).';
comment on column roster.roster_rules.effective_to is 'Last day the rule set applies; null: open-ended.';
comment on column roster.roster_rules.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.roster_rules.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.roster_rules enable row level security;
alter table roster.roster_rules force row level security;
create policy tenant_isolation on roster.roster_rules for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.roster_rules to finnest_app;
grant select on roster.roster_rules to finnest_readonly;
create trigger set_updated_at before update on roster.roster_rules for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.roster_rules for each row execute function finnest.audit_row();
create table roster.rosters (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    client_id uuid,
    site_id uuid,
    office_id uuid,
    roster_rule_id uuid,
    period_start date not null,
    period_end date not null,
    status text not null default 'draft',
    timezone text not null default 'Australia/Sydney',
    published_at timestamptz,
    published_by uuid,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_rosters primary key (id),
    constraint uq_rosters__org_id_id unique (org_id, id),
    constraint fk_rosters__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_rosters__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint fk_rosters__roster_rule_id foreign key (org_id, roster_rule_id) references roster.roster_rules (org_id, id),
    constraint ck_rosters__status check (status in ('draft', 'published', 'locked', 'cancelled')),
    constraint ck_rosters__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint fk_rosters__published_by foreign key (org_id, published_by) references public.users (org_id, id),
    constraint ck_rosters__period_end_after_period_start check (period_end >= period_start),
    constraint ck_rosters__published_has_time check (status not in ('published', 'locked') or published_at is not null)
);
create index ix_rosters__org_id_site_id_period_start on roster.rosters (org_id, site_id, period_start) where deleted_at is null;
create index ix_rosters__org_id_status_period_start on roster.rosters (org_id, status, period_start) where deleted_at is null;
create index ix_rosters__org_id_client_id on roster.rosters (org_id, client_id);
create index ix_rosters__org_id_site_id on roster.rosters (org_id, site_id);
create index ix_rosters__org_id_office_id on roster.rosters (org_id, office_id);
create index ix_rosters__org_id_roster_rule_id on roster.rosters (org_id, roster_rule_id);
create index ix_rosters__org_id_published_by on roster.rosters (org_id, published_by);
comment on table roster.rosters is 'A roster period for a site or office (e.g. the week of 5 Jan): the container shifts are planned in and published from.';
comment on column roster.rosters.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.rosters.name is 'Label, e.g. "Kewdale DC week 2".';
comment on column roster.rosters.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column roster.rosters.site_id is 'Soft reference to clients.sites (no FK: cross-domain). Site rostered; null for a roster spanning several sites.';
comment on column roster.rosters.office_id is 'Branch responsible for the roster.';
comment on column roster.rosters.roster_rule_id is 'Rule set the roster''s shifts are checked against.';
comment on column roster.rosters.status is 'draft while planned; published to workers; locked once the period is worked and sent to time and attendance.';
comment on column roster.rosters.timezone is 'IANA zone the roster''s days are in, e.g. Australia/Perth.';
comment on column roster.rosters.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.rosters.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.rosters enable row level security;
alter table roster.rosters force row level security;
create policy tenant_isolation on roster.rosters for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.rosters to finnest_app;
grant select on roster.rosters to finnest_readonly;
create trigger set_updated_at before update on roster.rosters for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.rosters for each row execute function finnest.audit_row();
create table roster.shift_templates (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    shift_code_id uuid,
    client_id uuid,
    site_id uuid,
    position text not null,
    award_classification_id uuid,
    days_of_week integer[] not null,
    start_time time not null,
    end_time time not null,
    unpaid_break_minutes integer not null default 0,
    headcount integer not null default 1,
    effective_from date not null,
    effective_to date,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shift_templates primary key (id),
    constraint uq_shift_templates__org_id_id unique (org_id, id),
    constraint fk_shift_templates__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_shift_templates__shift_code_id foreign key (org_id, shift_code_id) references roster.shift_codes (org_id, id),
    constraint fk_shift_templates__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_shift_templates__unpaid_break_minutes_non_negative check (unpaid_break_minutes >= 0),
    constraint ck_shift_templates__headcount_positive check (headcount > 0),
    constraint ck_shift_templates__days_of_week_valid check (cardinality(days_of_week) > 0 and days_of_week <@ array[0, 1, 2, 3, 4, 5, 6]),
    constraint ck_shift_templates__times_differ check (end_time <> start_time),
    constraint ck_shift_templates__break_shorter_than_shift check (unpaid_break_minutes * interval '1 minute' < ((end_time - start_time) + case when end_time <= start_time then interval '1 day' else interval '0' end)),
    constraint ck_shift_templates__effective_to_after_effective_from check (effective_to >= effective_from)
);
create index ix_shift_templates__org_id_site_id_effective_from on roster.shift_templates (org_id, site_id, effective_from) where deleted_at is null;
create index ix_shift_templates__org_id_shift_code_id on roster.shift_templates (org_id, shift_code_id);
create index ix_shift_templates__org_id_client_id on roster.shift_templates (org_id, client_id);
create index ix_shift_templates__org_id_site_id on roster.shift_templates (org_id, site_id);
create index ix_shift_templates__award_classification_id on roster.shift_templates (award_classification_id);
comment on table roster.shift_templates is 'Recurring shift patterns (e.g. weekday 06:00–14:30 forklift at a site) from which shifts are generated into rosters.';
comment on column roster.shift_templates.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shift_templates.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column roster.shift_templates.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column roster.shift_templates.position is 'Role worked, e.g. Forklift operator, Storeperson.';
comment on column roster.shift_templates.days_of_week is 'Days the pattern runs: 0 = Sunday … 6 = Saturday (as extract(dow)).';
comment on column roster.shift_templates.start_time is 'Local wall-clock start at the site.';
comment on column roster.shift_templates.end_time is 'Local wall-clock end; at or before the start means the next day (night shift).';
comment on column roster.shift_templates.unpaid_break_minutes is 'Unpaid meal break, minutes.';
comment on column roster.shift_templates.headcount is 'Workers needed on each generated shift.';
comment on column roster.shift_templates.effective_to is 'Last day shifts are generated; null: open-ended.';
comment on column roster.shift_templates.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shift_templates.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shift_templates enable row level security;
alter table roster.shift_templates force row level security;
create policy tenant_isolation on roster.shift_templates for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shift_templates to finnest_app;
grant select on roster.shift_templates to finnest_readonly;
create trigger set_updated_at before update on roster.shift_templates for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shift_templates for each row execute function finnest.audit_row();
create table roster.shifts (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    roster_id uuid,
    shift_template_id uuid,
    shift_code_id uuid,
    client_id uuid,
    site_id uuid not null,
    job_order_id uuid,
    position text not null,
    award_classification_id uuid,
    start_at timestamptz not null,
    end_at timestamptz not null,
    unpaid_break_minutes integer not null default 0,
    timezone text not null default 'Australia/Sydney',
    status text not null default 'draft',
    headcount integer not null default 1,
    is_open_shift boolean not null default false,
    pay_rate numeric(12,4),
    charge_rate numeric(12,4),
    published_at timestamptz,
    cancelled_at timestamptz,
    cancellation_reason text,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shifts primary key (id),
    constraint uq_shifts__org_id_id unique (org_id, id),
    constraint fk_shifts__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_shifts__roster_id foreign key (org_id, roster_id) references roster.rosters (org_id, id),
    constraint fk_shifts__shift_template_id foreign key (org_id, shift_template_id) references roster.shift_templates (org_id, id),
    constraint fk_shifts__shift_code_id foreign key (org_id, shift_code_id) references roster.shift_codes (org_id, id),
    constraint fk_shifts__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_shifts__unpaid_break_minutes_non_negative check (unpaid_break_minutes >= 0),
    constraint ck_shifts__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_shifts__status check (status in ('draft', 'published', 'offered', 'accepted', 'declined', 'cancelled', 'completed', 'no_show')),
    constraint ck_shifts__headcount_positive check (headcount > 0),
    constraint ck_shifts__pay_rate_non_negative check (pay_rate >= 0),
    constraint ck_shifts__charge_rate_non_negative check (charge_rate >= 0),
    constraint ck_shifts__end_at_after_start_at check (end_at > start_at),
    constraint ck_shifts__at_most_24_hours check (end_at - start_at <= interval '24 hours'),
    constraint ck_shifts__break_shorter_than_shift check (end_at <= start_at or unpaid_break_minutes * interval '1 minute' < end_at - start_at),
    constraint ck_shifts__cancelled_has_time check (status <> 'cancelled' or cancelled_at is not null)
);
create index ix_shifts__org_id_site_id_start_at on roster.shifts (org_id, site_id, start_at) where deleted_at is null;
create index ix_shifts__org_id_status_start_at on roster.shifts (org_id, status, start_at) where deleted_at is null;
create index ix_shifts__org_id_roster_id_start_at on roster.shifts (org_id, roster_id, start_at) where deleted_at is null;
create index ix_shifts__org_id_roster_id on roster.shifts (org_id, roster_id);
create index ix_shifts__org_id_shift_template_id on roster.shifts (org_id, shift_template_id);
create index ix_shifts__org_id_shift_code_id on roster.shifts (org_id, shift_code_id);
create index ix_shifts__org_id_client_id on roster.shifts (org_id, client_id);
create index ix_shifts__org_id_site_id on roster.shifts (org_id, site_id);
create index ix_shifts__org_id_job_order_id on roster.shifts (org_id, job_order_id);
create index ix_shifts__award_classification_id on roster.shifts (award_classification_id);
comment on table roster.shifts is 'A shift to be worked at a site (the v2 joborders, restructured): position, award classification, start and end instants, unpaid break, and its life from draft to completed.';
comment on column roster.shifts.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shifts.roster_id is 'Roster period the shift belongs to; null for an ad-hoc shift outside a roster.';
comment on column roster.shifts.shift_template_id is 'Pattern the shift was generated from, if any.';
comment on column roster.shifts.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column roster.shifts.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column roster.shifts.job_order_id is 'Soft reference to recruit.job_orders (no FK: cross-domain). Order the shift fills, for labour-hire placements.';
comment on column roster.shifts.position is 'Role worked, e.g. Forklift operator, Storeperson.';
comment on column roster.shifts.award_classification_id is 'Award level the shift is paid at.';
comment on column roster.shifts.unpaid_break_minutes is 'Unpaid meal break within the shift, minutes.';
comment on column roster.shifts.timezone is 'IANA zone of the site: decides which local day (Saturday, public holiday) and span the hours fall in.';
comment on column roster.shifts.headcount is 'Workers needed on the shift.';
comment on column roster.shifts.is_open_shift is 'Offered to a pool of eligible workers instead of assigned by a planner.';
comment on column roster.shifts.pay_rate is 'Hourly pay rate override, AUD; null: from the award classification or rate card.';
comment on column roster.shifts.charge_rate is 'Hourly charge rate to the client override, AUD.';
comment on column roster.shifts.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shifts.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shifts enable row level security;
alter table roster.shifts force row level security;
create policy tenant_isolation on roster.shifts for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shifts to finnest_app;
grant select on roster.shifts to finnest_readonly;
create trigger set_updated_at before update on roster.shifts for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shifts for each row execute function finnest.audit_row();
create trigger sync_assignment_times after update of start_at, end_at on roster.shifts for each row execute function roster.sync_assignment_times();
create table roster.shift_assignments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    shift_id uuid not null,
    employee_id uuid not null,
    start_at timestamptz not null,
    end_at timestamptz not null,
    status text not null default 'assigned',
    source text not null default 'manual',
    assigned_at timestamptz not null default now(),
    assigned_by uuid,
    confirmed_at timestamptz,
    cancelled_at timestamptz,
    cancellation_reason text,
    pay_rate numeric(12,4),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shift_assignments primary key (id),
    constraint uq_shift_assignments__org_id_id unique (org_id, id),
    constraint fk_shift_assignments__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_shift_assignments__shift_id foreign key (org_id, shift_id) references roster.shifts (org_id, id),
    constraint ck_shift_assignments__status check (status in ('assigned', 'confirmed', 'declined', 'cancelled', 'swapped', 'completed', 'no_show')),
    constraint ck_shift_assignments__source check (source in ('manual', 'offer', 'bid', 'swap', 'auto_fill', 'import')),
    constraint fk_shift_assignments__assigned_by foreign key (org_id, assigned_by) references public.users (org_id, id),
    constraint ck_shift_assignments__pay_rate_non_negative check (pay_rate >= 0),
    constraint ck_shift_assignments__end_at_after_start_at check (end_at > start_at),
    constraint ex_shift_assignments__no_overlap exclude using gist (org_id with =, employee_id with =, tstzrange(start_at, end_at) with &&) where (deleted_at is null and status not in ('declined', 'cancelled', 'swapped'))
);
create index ix_shift_assignments__org_id_employee_id_start_at on roster.shift_assignments (org_id, employee_id, start_at) where deleted_at is null;
create index ix_shift_assignments__org_id_shift_id_status on roster.shift_assignments (org_id, shift_id, status) where deleted_at is null;
create index ix_shift_assignments__org_id_shift_id on roster.shift_assignments (org_id, shift_id);
create index ix_shift_assignments__org_id_employee_id on roster.shift_assignments (org_id, employee_id);
create index ix_shift_assignments__org_id_assigned_by on roster.shift_assignments (org_id, assigned_by);
comment on table roster.shift_assignments is 'A worker put on a shift. The shift''s times are copied here so that one worker can never hold two live assignments that overlap in time.';
comment on column roster.shift_assignments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shift_assignments.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column roster.shift_assignments.start_at is 'Copy of the shift''s start_at, kept by trigger.';
comment on column roster.shift_assignments.end_at is 'Copy of the shift''s end_at, kept by trigger.';
comment on column roster.shift_assignments.status is 'declined, cancelled and swapped (handed to another worker) assignments no longer hold the worker''s time.';
comment on column roster.shift_assignments.source is 'How the worker came to be on the shift.';
comment on column roster.shift_assignments.confirmed_at is 'When the worker confirmed they will attend.';
comment on column roster.shift_assignments.pay_rate is 'Hourly pay rate for this worker on this shift, AUD, when it differs from the shift''s.';
comment on column roster.shift_assignments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shift_assignments.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shift_assignments enable row level security;
alter table roster.shift_assignments force row level security;
create policy tenant_isolation on roster.shift_assignments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shift_assignments to finnest_app;
grant select on roster.shift_assignments to finnest_readonly;
create trigger set_updated_at before update on roster.shift_assignments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shift_assignments for each row execute function finnest.audit_row();
create trigger copy_shift_times before insert or update of shift_id, start_at, end_at on roster.shift_assignments for each row execute function roster.copy_shift_times();
create table roster.shift_requirements (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    shift_id uuid not null,
    credential_type_id uuid not null,
    is_mandatory boolean not null default true,
    source text not null default 'manual',
    min_days_valid_after_start integer not null default 0,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shift_requirements primary key (id),
    constraint uq_shift_requirements__org_id_id unique (org_id, id),
    constraint fk_shift_requirements__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_shift_requirements__shift_id foreign key (org_id, shift_id) references roster.shifts (org_id, id),
    constraint fk_shift_requirements__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_shift_requirements__source check (source in ('manual', 'template', 'site', 'client', 'industry_profile')),
    constraint ck_shift_requirements__min_days_valid_after_start_non_negative check (min_days_valid_after_start >= 0)
);
create unique index uq_shift_requirements__org_id_shift_id_credential_type_id on roster.shift_requirements (org_id, shift_id, credential_type_id) where deleted_at is null;
create index ix_shift_requirements__org_id_credential_type_id on roster.shift_requirements (org_id, credential_type_id) where deleted_at is null;
create index ix_shift_requirements__org_id_shift_id on roster.shift_requirements (org_id, shift_id);
create index ix_shift_requirements__credential_type_id on roster.shift_requirements (credential_type_id);
comment on table roster.shift_requirements is 'Credentials a worker must hold to work a shift (licence class, high-risk work licence, White Card, WWCC, site induction…).';
comment on column roster.shift_requirements.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shift_requirements.is_mandatory is 'false: preferred, shown as a warning instead of blocking the assignment.';
comment on column roster.shift_requirements.source is 'Where the requirement came from: set on the shift, its template, the site, the client, or the industry profile.';
comment on column roster.shift_requirements.min_days_valid_after_start is 'The credential must stay valid this many days past the shift''s start (0: valid on the day).';
comment on column roster.shift_requirements.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shift_requirements.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shift_requirements enable row level security;
alter table roster.shift_requirements force row level security;
create policy tenant_isolation on roster.shift_requirements for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shift_requirements to finnest_app;
grant select on roster.shift_requirements to finnest_readonly;
create trigger set_updated_at before update on roster.shift_requirements for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shift_requirements for each row execute function finnest.audit_row();
create table roster.availability (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    kind text not null,
    availability_type text not null,
    day_of_week integer,
    on_date date,
    start_time time,
    end_time time,
    effective_from date,
    effective_to date,
    reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_availability primary key (id),
    constraint uq_availability__org_id_id unique (org_id, id),
    constraint fk_availability__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_availability__kind check (kind in ('recurring', 'exception')),
    constraint ck_availability__availability_type check (availability_type in ('available', 'preferred', 'unavailable')),
    constraint ck_availability__day_of_week_range check (day_of_week between 0 and 6),
    constraint ck_availability__kind_fields check ((kind = 'recurring' and day_of_week is not null and on_date is null) or (kind = 'exception' and on_date is not null and day_of_week is null)),
    constraint ck_availability__time_range check ((start_time is null) = (end_time is null) and (start_time is null or end_time > start_time)),
    constraint ck_availability__effective_to_after_effective_from check (effective_to >= effective_from)
);
create index ix_availability__org_id_employee_id_day_of_week on roster.availability (org_id, employee_id, day_of_week) where deleted_at is null;
create index ix_availability__org_id_employee_id_on_date on roster.availability (org_id, employee_id, on_date) where deleted_at is null;
create index ix_availability__org_id_employee_id on roster.availability (org_id, employee_id);
comment on table roster.availability is 'When a worker can or cannot work: a weekly recurring pattern (day of week and time range) and dated exceptions to it.';
comment on column roster.availability.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.availability.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column roster.availability.kind is 'recurring: every week on day_of_week; exception: one date (on_date), overriding the pattern.';
comment on column roster.availability.day_of_week is 'Recurring rows: 0 = Sunday … 6 = Saturday (as extract(dow)).';
comment on column roster.availability.on_date is 'Exception rows: the date concerned.';
comment on column roster.availability.start_time is 'Local wall-clock start; null with end_time: the whole day. A window across midnight is two rows.';
comment on column roster.availability.end_time is 'Local wall-clock end (24:00 for midnight).';
comment on column roster.availability.effective_from is 'Recurring rows: first week the pattern applies.';
comment on column roster.availability.effective_to is 'Recurring rows: last day the pattern applies; null: open-ended.';
comment on column roster.availability.reason is 'Worker''s reason, e.g. study, second job, childcare.';
comment on column roster.availability.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.availability.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.availability enable row level security;
alter table roster.availability force row level security;
create policy tenant_isolation on roster.availability for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.availability to finnest_app;
grant select on roster.availability to finnest_readonly;
create trigger set_updated_at before update on roster.availability for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.availability for each row execute function finnest.audit_row();
create table roster.demand_forecasts (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    site_id uuid not null,
    client_id uuid,
    position text not null,
    award_classification_id uuid,
    interval_start_at timestamptz not null,
    interval_end_at timestamptz not null,
    forecast_headcount numeric(8,2) not null,
    lower_headcount numeric(8,2),
    upper_headcount numeric(8,2),
    confidence_level numeric(6,4),
    forecast_hours numeric(6,2),
    actual_headcount numeric(8,2),
    method text not null,
    predictive_model_id uuid,
    generated_at timestamptz not null default now(),
    drivers jsonb,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_demand_forecasts primary key (id),
    constraint uq_demand_forecasts__org_id_id unique (org_id, id),
    constraint fk_demand_forecasts__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_demand_forecasts__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_demand_forecasts__forecast_headcount_non_negative check (forecast_headcount >= 0),
    constraint ck_demand_forecasts__lower_headcount_non_negative check (lower_headcount >= 0),
    constraint ck_demand_forecasts__upper_headcount_non_negative check (upper_headcount >= 0),
    constraint ck_demand_forecasts__confidence_level_range check (confidence_level between 0 and 1),
    constraint ck_demand_forecasts__forecast_hours_non_negative check (forecast_hours >= 0),
    constraint ck_demand_forecasts__actual_headcount_non_negative check (actual_headcount >= 0),
    constraint ck_demand_forecasts__method check (method in ('manual', 'client_order', 'historical_average', 'seasonal_model', 'ml_model')),
    constraint ck_demand_forecasts__interval_end_after_start check (interval_end_at > interval_start_at),
    constraint ck_demand_forecasts__bounds_around_forecast check ((lower_headcount is null or lower_headcount <= forecast_headcount) and (upper_headcount is null or upper_headcount >= forecast_headcount))
);
create index ix_demand_forecasts__org_id_site_id_interval_start_at on roster.demand_forecasts (org_id, site_id, interval_start_at) where deleted_at is null;
create index ix_demand_forecasts__org_id_site_id on roster.demand_forecasts (org_id, site_id);
create index ix_demand_forecasts__org_id_client_id on roster.demand_forecasts (org_id, client_id);
create index ix_demand_forecasts__award_classification_id on roster.demand_forecasts (award_classification_id);
create index ix_demand_forecasts__org_id_predictive_model_id on roster.demand_forecasts (org_id, predictive_model_id);
comment on table roster.demand_forecasts is 'Forecast labour demand per site, position and time interval (headcount and hours), from planners or a model, against which rosters are built and forecasts later scored.';
comment on column roster.demand_forecasts.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.demand_forecasts.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column roster.demand_forecasts.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column roster.demand_forecasts.forecast_headcount is 'Workers needed on average over the interval (fractional when averaged).';
comment on column roster.demand_forecasts.lower_headcount is 'Lower bound of the prediction interval.';
comment on column roster.demand_forecasts.upper_headcount is 'Upper bound of the prediction interval.';
comment on column roster.demand_forecasts.confidence_level is 'Coverage of the prediction interval, fraction: 0.8000 = 80%.';
comment on column roster.demand_forecasts.forecast_hours is 'Labour hours needed in the interval.';
comment on column roster.demand_forecasts.actual_headcount is 'Workers who actually worked, filled in afterwards to score the forecast.';
comment on column roster.demand_forecasts.predictive_model_id is 'Soft reference to pulse.predictive_models (no FK: cross-domain). Model that produced the forecast, for method ml_model.';
comment on column roster.demand_forecasts.drivers is 'Inputs the forecast used, e.g. public holiday, promotion, weather, client volume.';
comment on column roster.demand_forecasts.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.demand_forecasts.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.demand_forecasts enable row level security;
alter table roster.demand_forecasts force row level security;
create policy tenant_isolation on roster.demand_forecasts for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.demand_forecasts to finnest_app;
grant select on roster.demand_forecasts to finnest_readonly;
create trigger set_updated_at before update on roster.demand_forecasts for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.demand_forecasts for each row execute function finnest.audit_row();
create table roster.shift_swaps (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    from_assignment_id uuid not null,
    requesting_employee_id uuid not null,
    target_employee_id uuid,
    to_assignment_id uuid,
    status text not null default 'requested',
    requested_at timestamptz not null default now(),
    responded_at timestamptz,
    decided_at timestamptz,
    decided_by uuid,
    expires_at timestamptz,
    reason text,
    rejection_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shift_swaps primary key (id),
    constraint uq_shift_swaps__org_id_id unique (org_id, id),
    constraint fk_shift_swaps__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_shift_swaps__from_assignment_id foreign key (org_id, from_assignment_id) references roster.shift_assignments (org_id, id),
    constraint fk_shift_swaps__to_assignment_id foreign key (org_id, to_assignment_id) references roster.shift_assignments (org_id, id),
    constraint ck_shift_swaps__status check (status in ('requested', 'accepted', 'approved', 'rejected', 'cancelled', 'expired')),
    constraint fk_shift_swaps__decided_by foreign key (org_id, decided_by) references public.users (org_id, id),
    constraint ck_shift_swaps__target_is_someone_else check (target_employee_id is distinct from requesting_employee_id),
    constraint ck_shift_swaps__exchange_is_another_assignment check (to_assignment_id is distinct from from_assignment_id),
    constraint ck_shift_swaps__decision_has_time check (status not in ('approved', 'rejected') or decided_at is not null)
);
create index ix_shift_swaps__org_id_status_requested_at on roster.shift_swaps (org_id, status, requested_at) where deleted_at is null;
create index ix_shift_swaps__org_id_requesting_employee_id_status on roster.shift_swaps (org_id, requesting_employee_id, status) where deleted_at is null;
create index ix_shift_swaps__org_id_from_assignment_id on roster.shift_swaps (org_id, from_assignment_id);
create index ix_shift_swaps__org_id_requesting_employee_id on roster.shift_swaps (org_id, requesting_employee_id);
create index ix_shift_swaps__org_id_target_employee_id on roster.shift_swaps (org_id, target_employee_id);
create index ix_shift_swaps__org_id_to_assignment_id on roster.shift_swaps (org_id, to_assignment_id);
create index ix_shift_swaps__org_id_decided_by on roster.shift_swaps (org_id, decided_by);
comment on table roster.shift_swaps is 'A worker''s request to hand their assigned shift to another worker, optionally in exchange for one of theirs; approved by a planner before the assignments change.';
comment on column roster.shift_swaps.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shift_swaps.from_assignment_id is 'The requesting worker''s assignment to give away.';
comment on column roster.shift_swaps.requesting_employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column roster.shift_swaps.target_employee_id is 'Soft reference to people.employees (no FK: cross-domain). Worker asked to take the shift; null: open to any eligible worker.';
comment on column roster.shift_swaps.to_assignment_id is 'The target''s assignment given in exchange; null for a plain hand-over.';
comment on column roster.shift_swaps.status is 'accepted by the target worker, then approved (or rejected) by a planner.';
comment on column roster.shift_swaps.responded_at is 'When the target worker accepted.';
comment on column roster.shift_swaps.decided_at is 'When a planner approved or rejected.';
comment on column roster.shift_swaps.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shift_swaps.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shift_swaps enable row level security;
alter table roster.shift_swaps force row level security;
create policy tenant_isolation on roster.shift_swaps for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shift_swaps to finnest_app;
grant select on roster.shift_swaps to finnest_readonly;
create trigger set_updated_at before update on roster.shift_swaps for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shift_swaps for each row execute function finnest.audit_row();
create table roster.shift_bids (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    shift_id uuid not null,
    employee_id uuid not null,
    status text not null default 'submitted',
    bid_at timestamptz not null default now(),
    preference_rank integer,
    note text,
    decided_at timestamptz,
    decided_by uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shift_bids primary key (id),
    constraint uq_shift_bids__org_id_id unique (org_id, id),
    constraint fk_shift_bids__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_shift_bids__shift_id foreign key (org_id, shift_id) references roster.shifts (org_id, id),
    constraint ck_shift_bids__status check (status in ('submitted', 'withdrawn', 'accepted', 'rejected', 'expired')),
    constraint ck_shift_bids__preference_rank_positive check (preference_rank > 0),
    constraint fk_shift_bids__decided_by foreign key (org_id, decided_by) references public.users (org_id, id),
    constraint ck_shift_bids__decision_has_time check (status not in ('accepted', 'rejected') or decided_at is not null)
);
create unique index uq_shift_bids__org_id_shift_id_employee_id on roster.shift_bids (org_id, shift_id, employee_id) where deleted_at is null;
create index ix_shift_bids__org_id_shift_id_status on roster.shift_bids (org_id, shift_id, status) where deleted_at is null;
create index ix_shift_bids__org_id_employee_id_status on roster.shift_bids (org_id, employee_id, status) where deleted_at is null;
create index ix_shift_bids__org_id_shift_id on roster.shift_bids (org_id, shift_id);
create index ix_shift_bids__org_id_employee_id on roster.shift_bids (org_id, employee_id);
create index ix_shift_bids__org_id_decided_by on roster.shift_bids (org_id, decided_by);
comment on table roster.shift_bids is 'A worker''s bid for an open shift; a planner accepts one or more bids up to the shift''s headcount.';
comment on column roster.shift_bids.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shift_bids.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column roster.shift_bids.preference_rank is 'The worker''s ranking of this shift among their bids: 1 = most wanted.';
comment on column roster.shift_bids.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shift_bids.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shift_bids enable row level security;
alter table roster.shift_bids force row level security;
create policy tenant_isolation on roster.shift_bids for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shift_bids to finnest_app;
grant select on roster.shift_bids to finnest_readonly;
create trigger set_updated_at before update on roster.shift_bids for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shift_bids for each row execute function finnest.audit_row();
create table roster.shift_offers (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    shift_id uuid not null,
    employee_id uuid not null,
    status text not null default 'sent',
    channel text not null default 'push',
    offer_round integer not null default 1,
    sent_at timestamptz not null default now(),
    expires_at timestamptz not null,
    responded_at timestamptz,
    sent_by uuid,
    message_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_shift_offers primary key (id),
    constraint uq_shift_offers__org_id_id unique (org_id, id),
    constraint fk_shift_offers__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_shift_offers__shift_id foreign key (org_id, shift_id) references roster.shifts (org_id, id),
    constraint ck_shift_offers__status check (status in ('sent', 'accepted', 'declined', 'expired', 'withdrawn')),
    constraint ck_shift_offers__channel check (channel in ('sms', 'email', 'push', 'in_app')),
    constraint ck_shift_offers__offer_round_positive check (offer_round > 0),
    constraint fk_shift_offers__sent_by foreign key (org_id, sent_by) references public.users (org_id, id),
    constraint ck_shift_offers__expires_after_sent check (expires_at > sent_at),
    constraint ck_shift_offers__answer_has_time check (status not in ('accepted', 'declined') or responded_at is not null)
);
create index ix_shift_offers__org_id_shift_id_status on roster.shift_offers (org_id, shift_id, status) where deleted_at is null;
create index ix_shift_offers__org_id_employee_id_status on roster.shift_offers (org_id, employee_id, status) where deleted_at is null;
create index ix_shift_offers__org_id_expires_at_open on roster.shift_offers (org_id, expires_at) where deleted_at is null and status = 'sent';
create index ix_shift_offers__org_id_shift_id on roster.shift_offers (org_id, shift_id);
create index ix_shift_offers__org_id_employee_id on roster.shift_offers (org_id, employee_id);
create index ix_shift_offers__org_id_sent_by on roster.shift_offers (org_id, sent_by);
create index ix_shift_offers__org_id_message_id on roster.shift_offers (org_id, message_id);
comment on table roster.shift_offers is 'An open shift offered to one worker (by SMS, push, email or in app), sent in rounds until the shift is filled; the offer lapses at expires_at.';
comment on column roster.shift_offers.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column roster.shift_offers.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column roster.shift_offers.status is 'withdrawn: the shift was filled or cancelled before the worker answered.';
comment on column roster.shift_offers.offer_round is 'Wave of offers the offer was sent in (1 = first choice workers).';
comment on column roster.shift_offers.sent_by is 'Planner who sent it; null when sent by automation.';
comment on column roster.shift_offers.message_id is 'Soft reference to reach.messages (no FK: cross-domain). The message that carried the offer.';
comment on column roster.shift_offers.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column roster.shift_offers.metadata is 'Industry- or tenant-specific extension fields.';
alter table roster.shift_offers enable row level security;
alter table roster.shift_offers force row level security;
create policy tenant_isolation on roster.shift_offers for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on roster.shift_offers to finnest_app;
grant select on roster.shift_offers to finnest_readonly;
create trigger set_updated_at before update on roster.shift_offers for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on roster.shift_offers for each row execute function finnest.audit_row();
