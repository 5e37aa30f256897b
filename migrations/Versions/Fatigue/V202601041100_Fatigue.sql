create table fatigue.fatigue_rules (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    work_rest_option text not null,
    mode text not null default 'solo',
    period_minutes integer not null,
    max_work_minutes integer,
    max_long_night_work_minutes integer,
    min_rest_minutes integer not null default 0,
    rest_block_minutes integer,
    min_continuous_rest_minutes integer,
    rest_must_be_stationary boolean not null default false,
    min_night_rest_breaks integer,
    min_consecutive_night_rest_breaks integer,
    max_work_between_long_rests_minutes integer,
    description text not null,
    legal_reference text,
    accreditation_number text,
    effective_from date not null,
    effective_to date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_fatigue_rules primary key (id),
    constraint uq_fatigue_rules__org_id_id unique (org_id, id),
    constraint fk_fatigue_rules__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_fatigue_rules__code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint ck_fatigue_rules__work_rest_option check (work_rest_option in ('standard', 'bfm', 'afm', 'exemption')),
    constraint ck_fatigue_rules__mode check (mode in ('solo', 'two_up')),
    constraint ck_fatigue_rules__period_minutes_positive check (period_minutes > 0),
    constraint ck_fatigue_rules__max_work_minutes_positive check (max_work_minutes > 0),
    constraint ck_fatigue_rules__max_long_night_work_minutes_positive check (max_long_night_work_minutes > 0),
    constraint ck_fatigue_rules__min_rest_minutes_non_negative check (min_rest_minutes >= 0),
    constraint ck_fatigue_rules__rest_block_minutes_positive check (rest_block_minutes > 0),
    constraint ck_fatigue_rules__min_continuous_rest_minutes_positive check (min_continuous_rest_minutes > 0),
    constraint ck_fatigue_rules__min_night_rest_breaks_non_negative check (min_night_rest_breaks >= 0),
    constraint ck_fatigue_rules__min_consecutive_night_rest_breaks_no_30df5268 check (min_consecutive_night_rest_breaks >= 0),
    constraint ck_fatigue_rules__max_work_between_long_rests_minutes_positive check (max_work_between_long_rests_minutes > 0),
    constraint ck_fatigue_rules__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_fatigue_rules__work_within_period check (max_work_minutes is null or max_work_minutes <= period_minutes),
    constraint ck_fatigue_rules__long_night_work_within_period check (max_long_night_work_minutes is null or max_long_night_work_minutes <= period_minutes),
    constraint ck_fatigue_rules__work_and_rest_fit_period check (coalesce(max_work_minutes, 0) + min_rest_minutes <= period_minutes),
    constraint ck_fatigue_rules__continuous_rest_within_rest check (min_continuous_rest_minutes is null or min_continuous_rest_minutes <= min_rest_minutes),
    constraint ck_fatigue_rules__consecutive_breaks_within_total check (min_consecutive_night_rest_breaks is null or min_consecutive_night_rest_breaks <= coalesce(min_night_rest_breaks, 0)),
    constraint ck_fatigue_rules__sets_a_limit check (max_work_minutes is not null or max_long_night_work_minutes is not null or min_rest_minutes > 0 or coalesce(min_night_rest_breaks, 0) > 0),
    constraint ck_fatigue_rules__operator_rules_cite_approval check (work_rest_option not in ('afm', 'exemption') or accreditation_number is not null)
);
create unique index uq_fatigue_rules__org_id_code_effective_from on fatigue.fatigue_rules (org_id, code, effective_from) where deleted_at is null;
create index ix_fatigue_rules__org_id_work_rest_option_mode_period_minutes on fatigue.fatigue_rules (org_id, work_rest_option, mode, period_minutes) where deleted_at is null;
comment on table fatigue.fatigue_rules is 'Work and rest limits a heavy-vehicle driver''s hours are checked against: in any period of so many minutes, at most so much work and at least so much rest. Holds the national standard-hours and BFM solo limits (installed per operator by fatigue.install_national_rules()) and the operator''s own NHVR-approved AFM limits or exemption conditions.';
comment on column fatigue.fatigue_rules.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column fatigue.fatigue_rules.code is 'Rule code, e.g. STD-SOLO-24H, BFM-SOLO-7D, AFM-SOLO-24H.';
comment on column fatigue.fatigue_rules.work_rest_option is 'standard hours; BFM (Basic Fatigue Management, accredited); AFM (Advanced Fatigue Management, operator-specific approved limits); exemption (NHVR work and rest hours exemption).';
comment on column fatigue.fatigue_rules.period_minutes is 'Length of the rolling period the limit applies to, minutes: 5½ h = 330, 24 h = 1440, 7 days = 10080, 14 days = 20160.';
comment on column fatigue.fatigue_rules.max_work_minutes is 'Most work time in any such period, minutes; null when the period only limits long/night work.';
comment on column fatigue.fatigue_rules.max_long_night_work_minutes is 'BFM: most long/night work time in the period, minutes (36 h = 2160 per 7 days). Long work is work beyond 12 h in 24 h; night work is work between 00:00 and 06:00.';
comment on column fatigue.fatigue_rules.min_rest_minutes is 'Least rest time in the period, minutes.';
comment on column fatigue.fatigue_rules.rest_block_minutes is 'Rest counts only in continuous blocks of at least this many minutes (15 for ''in 15-minute blocks'').';
comment on column fatigue.fatigue_rules.min_continuous_rest_minutes is 'One continuous rest of at least this length must fall in the period, minutes (15 min; 7 h = 420; 24 h = 1440).';
comment on column fatigue.fatigue_rules.rest_must_be_stationary is 'The continuous rest must be stationary rest: out of the vehicle, or in an approved sleeper berth of a stationary vehicle.';
comment on column fatigue.fatigue_rules.min_night_rest_breaks is 'Night rest breaks required in the period, in total. A night rest break is 7 continuous hours of stationary rest between 22:00 and 08:00 in the driver''s base time zone, or 24 continuous hours of stationary rest.';
comment on column fatigue.fatigue_rules.min_consecutive_night_rest_breaks is 'How many of those night rest breaks must be taken on consecutive days.';
comment on column fatigue.fatigue_rules.max_work_between_long_rests_minutes is 'BFM 14 days: each 24 h continuous stationary rest must come after at most this much work, minutes (84 h = 5040).';
comment on column fatigue.fatigue_rules.legal_reference is 'Provision or approval the limit comes from.';
comment on column fatigue.fatigue_rules.accreditation_number is 'NHVR AFM accreditation or exemption permit/notice the limit belongs to; required for AFM and exemption rules.';
comment on column fatigue.fatigue_rules.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column fatigue.fatigue_rules.metadata is 'Industry- or tenant-specific extension fields.';
alter table fatigue.fatigue_rules enable row level security;
alter table fatigue.fatigue_rules force row level security;
create policy tenant_isolation on fatigue.fatigue_rules for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on fatigue.fatigue_rules to finnest_app;
grant select on fatigue.fatigue_rules to finnest_readonly;
create trigger set_updated_at before update on fatigue.fatigue_rules for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on fatigue.fatigue_rules for each row execute function finnest.audit_row();
create table fatigue.driver_hours (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    work_date date not null,
    base_timezone text not null default 'Australia/Sydney',
    work_rest_option text not null,
    mode text not null default 'solo',
    two_up_partner_employee_id uuid,
    vehicle_id uuid,
    work_minutes integer not null default 0,
    rest_minutes integer not null default 0,
    long_night_work_minutes integer not null default 0,
    longest_stationary_rest_minutes integer,
    night_rest_break_taken boolean not null default false,
    odometer_start_km integer,
    odometer_end_km integer,
    max_distance_from_base_km integer,
    work_diary_required boolean generated always as (work_rest_option in ('bfm', 'afm') or coalesce(max_distance_from_base_km, 0) > 100) stored,
    status text not null default 'open',
    verified_by_user_id uuid,
    verified_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_driver_hours primary key (id),
    constraint uq_driver_hours__org_id_id unique (org_id, id),
    constraint fk_driver_hours__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_driver_hours__base_timezone_format check (base_timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_driver_hours__work_rest_option check (work_rest_option in ('standard', 'bfm', 'afm', 'exemption')),
    constraint ck_driver_hours__mode check (mode in ('solo', 'two_up')),
    constraint ck_driver_hours__work_minutes_non_negative check (work_minutes >= 0),
    constraint ck_driver_hours__rest_minutes_non_negative check (rest_minutes >= 0),
    constraint ck_driver_hours__long_night_work_minutes_non_negative check (long_night_work_minutes >= 0),
    constraint ck_driver_hours__longest_stationary_rest_minutes_non_negative check (longest_stationary_rest_minutes >= 0),
    constraint ck_driver_hours__odometer_start_km_non_negative check (odometer_start_km >= 0),
    constraint ck_driver_hours__odometer_end_km_non_negative check (odometer_end_km >= 0),
    constraint ck_driver_hours__max_distance_from_base_km_non_negative check (max_distance_from_base_km >= 0),
    constraint ck_driver_hours__status check (status in ('open', 'closed', 'verified', 'amended')),
    constraint fk_driver_hours__verified_by_user_id foreign key (org_id, verified_by_user_id) references public.users (org_id, id),
    constraint ck_driver_hours__day_fits_24_hours check (work_minutes + rest_minutes <= 1440),
    constraint ck_driver_hours__long_night_within_work check (long_night_work_minutes <= work_minutes),
    constraint ck_driver_hours__odometer_not_backwards check (odometer_end_km is null or odometer_start_km is null or odometer_end_km >= odometer_start_km),
    constraint ck_driver_hours__two_up_has_partner check (mode = 'solo' or two_up_partner_employee_id is not null),
    constraint ck_driver_hours__verification_recorded check (status <> 'verified' or (verified_by_user_id is not null and verified_at is not null))
);
create unique index uq_driver_hours__org_id_employee_id_work_date on fatigue.driver_hours (org_id, employee_id, work_date) where deleted_at is null;
create index ix_driver_hours__org_id_work_date_status on fatigue.driver_hours (org_id, work_date, status) where deleted_at is null;
create index ix_driver_hours__org_id_employee_id on fatigue.driver_hours (org_id, employee_id);
create index ix_driver_hours__org_id_two_up_partner_employee_id on fatigue.driver_hours (org_id, two_up_partner_employee_id);
create index ix_driver_hours__org_id_vehicle_id on fatigue.driver_hours (org_id, vehicle_id);
create index ix_driver_hours__org_id_verified_by_user_id on fatigue.driver_hours (org_id, verified_by_user_id);
comment on table fatigue.driver_hours is 'A driver''s work and rest totals for one day (midnight to midnight in the driver''s base time zone), built from the work diary and checked against the rules of the driver''s work/rest option.';
comment on column fatigue.driver_hours.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column fatigue.driver_hours.employee_id is 'Soft reference to people.employees (no FK: cross-domain). The driver.';
comment on column fatigue.driver_hours.work_date is 'Day in the driver''s base time zone.';
comment on column fatigue.driver_hours.base_timezone is 'IANA time zone of the driver''s base: night rest breaks (22:00 to 08:00) are judged in it.';
comment on column fatigue.driver_hours.two_up_partner_employee_id is 'Soft reference to people.employees (no FK: cross-domain). The other driver when driving two-up.';
comment on column fatigue.driver_hours.vehicle_id is 'Soft reference to assets.fleet_vehicles (no FK: cross-domain). Main vehicle driven that day.';
comment on column fatigue.driver_hours.work_minutes is 'Work time in the day, minutes: driving and other work such as loading or inspecting the vehicle.';
comment on column fatigue.driver_hours.rest_minutes is 'Rest time in the day, minutes.';
comment on column fatigue.driver_hours.long_night_work_minutes is 'Long/night work in the day, minutes (work beyond 12 h in 24 h, or between 00:00 and 06:00); limited under BFM.';
comment on column fatigue.driver_hours.longest_stationary_rest_minutes is 'Longest continuous stationary rest that started in the day, minutes.';
comment on column fatigue.driver_hours.night_rest_break_taken is 'A night rest break (7 h+ continuous stationary rest between 22:00 and 08:00 base time, or 24 h) was taken in the day.';
comment on column fatigue.driver_hours.odometer_start_km is 'Odometer at the start of the day''s work, km.';
comment on column fatigue.driver_hours.odometer_end_km is 'Odometer at the end of the day''s work, km.';
comment on column fatigue.driver_hours.max_distance_from_base_km is 'Furthest radial distance from the driver''s base in the day, km.';
comment on column fatigue.driver_hours.work_diary_required is 'A work diary must be kept for work beyond 100 km of base or when working under BFM or AFM.';
comment on column fatigue.driver_hours.status is 'open: the day is in progress; closed: totals final from the diary; verified: checked by the record keeper; amended: recomputed after a diary correction.';
comment on column fatigue.driver_hours.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column fatigue.driver_hours.metadata is 'Industry- or tenant-specific extension fields.';
alter table fatigue.driver_hours enable row level security;
alter table fatigue.driver_hours force row level security;
create policy tenant_isolation on fatigue.driver_hours for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on fatigue.driver_hours to finnest_app;
grant select on fatigue.driver_hours to finnest_readonly;
create trigger set_updated_at before update on fatigue.driver_hours for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on fatigue.driver_hours for each row execute function finnest.audit_row();
create table fatigue.rest_periods (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    driver_hours_id uuid,
    started_at timestamptz not null,
    ended_at timestamptz,
    duration_minutes integer generated always as ((extract(epoch from (ended_at - started_at)) / 60)::integer) stored,
    rest_kind text not null,
    in_sleeper_berth boolean not null default false,
    location_name text,
    latitude numeric(9,6),
    longitude numeric(9,6),
    source text not null default 'ewd',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_rest_periods primary key (id),
    constraint uq_rest_periods__org_id_id unique (org_id, id),
    constraint fk_rest_periods__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_rest_periods__driver_hours_id foreign key (org_id, driver_hours_id) references fatigue.driver_hours (org_id, id),
    constraint ck_rest_periods__rest_kind check (rest_kind in ('rest_break', 'stationary_rest', 'night_rest_break', 'long_stationary_rest')),
    constraint ck_rest_periods__latitude_range check (latitude between -90 and 90),
    constraint ck_rest_periods__longitude_range check (longitude between -180 and 180),
    constraint ck_rest_periods__source check (source in ('ewd', 'written_diary', 'telematics', 'manual')),
    constraint ck_rest_periods__ended_after_started check (ended_at is null or ended_at > started_at),
    constraint ck_rest_periods__night_rest_break_long_enough check (rest_kind <> 'night_rest_break' or ended_at is null or ended_at - started_at >= interval '7 hours'),
    constraint ck_rest_periods__long_rest_24_hours check (rest_kind <> 'long_stationary_rest' or ended_at is null or ended_at - started_at >= interval '24 hours'),
    constraint ex_rest_periods__no_overlap exclude using gist (org_id with =, employee_id with =, tstzrange(started_at, ended_at) with &&) where (deleted_at is null)
);
create index ix_rest_periods__org_id_employee_id_started_at on fatigue.rest_periods (org_id, employee_id, started_at) where deleted_at is null;
create index ix_rest_periods__org_id_employee_id on fatigue.rest_periods (org_id, employee_id);
create index ix_rest_periods__org_id_driver_hours_id on fatigue.rest_periods (org_id, driver_hours_id);
comment on table fatigue.rest_periods is 'Continuous periods of rest taken by a driver, as recorded in the work diary: fatigue checks count them towards the rules'' rest blocks, stationary rests and night rest breaks.';
comment on column fatigue.rest_periods.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column fatigue.rest_periods.employee_id is 'Soft reference to people.employees (no FK: cross-domain). The driver.';
comment on column fatigue.rest_periods.driver_hours_id is 'Day the rest started in.';
comment on column fatigue.rest_periods.ended_at is 'Null while the rest is still going on.';
comment on column fatigue.rest_periods.duration_minutes is 'Length in whole minutes; null while the rest goes on.';
comment on column fatigue.rest_periods.rest_kind is 'rest_break: a short break or rest in a moving two-up vehicle; stationary_rest: out of the vehicle or in the sleeper berth of a stationary one; night_rest_break: 7 h+ stationary between 22:00 and 08:00 base time; long_stationary_rest: 24 continuous hours.';
comment on column fatigue.rest_periods.in_sleeper_berth is 'Taken in an approved sleeper berth.';
comment on column fatigue.rest_periods.location_name is 'Town or locality where the rest was taken.';
comment on column fatigue.rest_periods.source is 'Where the rest was taken from: the electronic or written work diary, vehicle telematics, or entered by the record keeper.';
comment on column fatigue.rest_periods.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column fatigue.rest_periods.metadata is 'Industry- or tenant-specific extension fields.';
alter table fatigue.rest_periods enable row level security;
alter table fatigue.rest_periods force row level security;
create policy tenant_isolation on fatigue.rest_periods for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on fatigue.rest_periods to finnest_app;
grant select on fatigue.rest_periods to finnest_readonly;
create trigger set_updated_at before update on fatigue.rest_periods for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on fatigue.rest_periods for each row execute function finnest.audit_row();
create table fatigue.ewd_entries (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    recorded_at timestamptz not null,
    entered_at timestamptz not null default now(),
    entry_type text not null,
    work_rest_option text not null,
    mode text not null default 'solo',
    two_up_partner_employee_id uuid,
    vehicle_id uuid,
    registration text,
    registration_state text,
    odometer_km integer,
    latitude numeric(9,6),
    longitude numeric(9,6),
    location_name text,
    base_timezone text not null,
    device_id text not null,
    ewd_approval_number text,
    device_sequence bigint not null,
    entered_by text not null default 'driver',
    corrects_entry_id uuid,
    corrects_recorded_at timestamptz,
    correction_reason text,
    inserted_at timestamptz not null default now(),
    constraint pk_ewd_entries primary key (id, recorded_at),
    constraint fk_ewd_entries__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_ewd_entries__recorded_at_whole_minute check (mod(extract(epoch from recorded_at), 60) = 0),
    constraint ck_ewd_entries__entry_type check (entry_type in ('work', 'rest', 'odometer', 'rego', 'location')),
    constraint ck_ewd_entries__work_rest_option check (work_rest_option in ('standard', 'bfm', 'afm', 'exemption')),
    constraint ck_ewd_entries__mode check (mode in ('solo', 'two_up')),
    constraint ck_ewd_entries__registration_format check (registration ~ '^[A-Z0-9]{1,9}$'),
    constraint ck_ewd_entries__registration_state_state check (registration_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_ewd_entries__odometer_km_non_negative check (odometer_km >= 0),
    constraint ck_ewd_entries__latitude_range check (latitude between -90 and 90),
    constraint ck_ewd_entries__longitude_range check (longitude between -180 and 180),
    constraint ck_ewd_entries__base_timezone_format check (base_timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_ewd_entries__device_sequence_non_negative check (device_sequence >= 0),
    constraint ck_ewd_entries__entered_by check (entered_by in ('driver', 'record_keeper', 'system')),
    constraint ck_ewd_entries__correction_complete check ((corrects_entry_id is null and corrects_recorded_at is null and correction_reason is null) or (corrects_entry_id is not null and corrects_recorded_at is not null and correction_reason is not null)),
    constraint ck_ewd_entries__odometer_has_reading check (entry_type <> 'odometer' or odometer_km is not null),
    constraint ck_ewd_entries__rego_has_registration check (entry_type <> 'rego' or (registration is not null and registration_state is not null)),
    constraint ck_ewd_entries__location_has_place check (entry_type not in ('work', 'rest', 'location') or location_name is not null or (latitude is not null and longitude is not null)),
    constraint ck_ewd_entries__two_up_has_partner check (mode = 'solo' or two_up_partner_employee_id is not null)
) partition by range (recorded_at);
create index ix_ewd_entries__org_id_employee_id_recorded_at on fatigue.ewd_entries (org_id, employee_id, recorded_at);
create index ix_ewd_entries__org_id_corrects_entry_id on fatigue.ewd_entries (org_id, corrects_entry_id) where corrects_entry_id is not null;
create index ix_ewd_entries__org_id_two_up_partner_employee_id on fatigue.ewd_entries (org_id, two_up_partner_employee_id);
create index ix_ewd_entries__org_id_vehicle_id on fatigue.ewd_entries (org_id, vehicle_id);
comment on table fatigue.ewd_entries is 'Electronic work diary entries from an NHVR-approved EWD, recorded to the minute: work and rest changes, odometer readings, registration changes and locations. Immutable like a written diary page: a correction is a new entry pointing at the entry it corrects. Partitioned monthly on recorded_at.';
comment on column fatigue.ewd_entries.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column fatigue.ewd_entries.employee_id is 'Soft reference to people.employees (no FK: cross-domain). The driver.';
comment on column fatigue.ewd_entries.recorded_at is 'When the change took effect, to the minute (an EWD records to the minute; a written diary counts 15-minute blocks).';
comment on column fatigue.ewd_entries.entered_at is 'When the entry was made on the device; the EWD locks entries more than 24 h old.';
comment on column fatigue.ewd_entries.entry_type is 'work or rest: the driver changed between work and rest at recorded_at; odometer: a reading; rego: the driver changed vehicle (registration); location: a position fix.';
comment on column fatigue.ewd_entries.two_up_partner_employee_id is 'Soft reference to people.employees (no FK: cross-domain). The other driver when driving two-up.';
comment on column fatigue.ewd_entries.vehicle_id is 'Soft reference to assets.fleet_vehicles (no FK: cross-domain).';
comment on column fatigue.ewd_entries.registration is 'Registration plate of the vehicle driven, upper case without spaces.';
comment on column fatigue.ewd_entries.odometer_km is 'Odometer reading, km.';
comment on column fatigue.ewd_entries.location_name is 'Town or locality, as a written diary records it.';
comment on column fatigue.ewd_entries.base_timezone is 'IANA time zone of the driver''s base, in which the diary''s day and night rest breaks are counted.';
comment on column fatigue.ewd_entries.device_id is 'EWD device or app instance that recorded the entry.';
comment on column fatigue.ewd_entries.ewd_approval_number is 'NHVR approval of the EWD system.';
comment on column fatigue.ewd_entries.device_sequence is 'Entry number on the device: gaps show entries missing from a sync.';
comment on column fatigue.ewd_entries.entered_by is 'Who made the entry: the driver, the record keeper (annotations and late corrections) or the EWD itself (automatic events).';
comment on column fatigue.ewd_entries.corrects_entry_id is 'Entry this one corrects, in this table. Not a foreign key: a key into a partitioned log would stop its months being archived; fatigue.ewd_entries_check_correction() checks it.';
comment on column fatigue.ewd_entries.corrects_recorded_at is 'recorded_at of the corrected entry (its partition key).';
comment on column fatigue.ewd_entries.correction_reason is 'Why the corrected entry was wrong, as the EWD requires for any amendment.';
alter table fatigue.ewd_entries enable row level security;
alter table fatigue.ewd_entries force row level security;
create policy tenant_isolation on fatigue.ewd_entries for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert on fatigue.ewd_entries to finnest_app;
grant select on fatigue.ewd_entries to finnest_readonly;
create trigger block_update_delete before update or delete on fatigue.ewd_entries for each row execute function finnest.block_update_delete();
create trigger block_truncate before truncate on fatigue.ewd_entries for each statement execute function finnest.block_truncate();
create table fatigue.ewd_entries_default partition of fatigue.ewd_entries default;
create trigger block_truncate before truncate on fatigue.ewd_entries_default for each statement execute function finnest.block_truncate();
insert into finnest.partitioned_tables (parent_table, partition_column) values ('fatigue.ewd_entries', 'recorded_at');
create function fatigue.ewd_entries_check_correction() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    corrected fatigue.ewd_entries;
begin
    if new.corrects_entry_id is null then
        return new;
    end if;
    select e.* into corrected from fatigue.ewd_entries e
    where e.org_id = new.org_id and e.id = new.corrects_entry_id and e.recorded_at = new.corrects_recorded_at;
    if corrected.id is null or corrected.employee_id <> new.employee_id then
        raise exception 'fatigue.ewd_entries: the corrected entry % is not an entry of this driver', new.corrects_entry_id
            using errcode = 'foreign_key_violation';
    end if;
    -- The EWD locks entries after 24 hours: a later correction is the record keeper's annotation.
    if new.entered_at > corrected.entered_at + interval '24 hours' and new.entered_by <> 'record_keeper' then
        raise exception 'fatigue.ewd_entries: entries more than 24 hours old are locked; only the record keeper may correct them'
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
comment on function fatigue.ewd_entries_check_correction() is 'Electronic work diary: a correction must point at an existing entry of the same driver and tenant; after 24 hours only the record keeper may correct.';
revoke execute on function fatigue.ewd_entries_check_correction() from public;
create trigger check_correction before insert on fatigue.ewd_entries for each row execute function fatigue.ewd_entries_check_correction();
create table fatigue.fitness_assessments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    assessment_type text not null,
    assessed_at timestamptz not null,
    outcome text not null,
    sleep_hours_last_24 numeric(6,2),
    sleep_hours_last_48 numeric(6,2),
    hours_awake numeric(6,2),
    sleepiness_score integer,
    restrictions text,
    medical_standard text,
    medical_details text,
    assessor_name text,
    assessed_by_user_id uuid,
    valid_until timestamptz,
    next_review_due date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_fitness_assessments primary key (id),
    constraint uq_fitness_assessments__org_id_id unique (org_id, id),
    constraint fk_fitness_assessments__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_fitness_assessments__assessment_type check (assessment_type in ('pre_shift_declaration', 'supervisor_check', 'fatigue_screening', 'medical', 'return_to_work')),
    constraint ck_fitness_assessments__outcome check (outcome in ('fit', 'fit_with_restrictions', 'unfit', 'referred')),
    constraint ck_fitness_assessments__sleep_hours_last_24_range check (sleep_hours_last_24 between 0 and 24),
    constraint ck_fitness_assessments__sleep_hours_last_48_range check (sleep_hours_last_48 between 0 and 48),
    constraint ck_fitness_assessments__hours_awake_range check (hours_awake between 0 and 72),
    constraint ck_fitness_assessments__sleepiness_score_range check (sleepiness_score between 1 and 9),
    constraint fk_fitness_assessments__assessed_by_user_id foreign key (org_id, assessed_by_user_id) references public.users (org_id, id),
    constraint ck_fitness_assessments__sleep_48_includes_24 check (sleep_hours_last_48 is null or sleep_hours_last_24 is null or sleep_hours_last_48 >= sleep_hours_last_24),
    constraint ck_fitness_assessments__restrictions_stated check (outcome <> 'fit_with_restrictions' or restrictions is not null),
    constraint ck_fitness_assessments__valid_after_assessed check (valid_until is null or valid_until > assessed_at)
);
create index ix_fitness_assessments__org_id_employee_id_assessed_at on fatigue.fitness_assessments (org_id, employee_id, assessed_at) where deleted_at is null;
create index ix_fitness_assessments__org_id_assessment_type_next_review_due on fatigue.fitness_assessments (org_id, assessment_type, next_review_due) where deleted_at is null;
create index ix_fitness_assessments__org_id_employee_id on fatigue.fitness_assessments (org_id, employee_id);
create index ix_fitness_assessments__org_id_assessed_by_user_id on fatigue.fitness_assessments (org_id, assessed_by_user_id);
comment on table fatigue.fitness_assessments is 'Fitness-for-duty checks of a driver or worker: pre-shift self-declarations, supervisor checks, fatigue screening, return-to-work and medicals (e.g. to the Assessing Fitness to Drive commercial standard).';
comment on column fatigue.fitness_assessments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column fatigue.fitness_assessments.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column fatigue.fitness_assessments.outcome is 'referred: sent to a doctor or specialist before a decision; the worker does not work until then.';
comment on column fatigue.fitness_assessments.sleep_hours_last_24 is 'Hours slept in the 24 h before the check, as declared.';
comment on column fatigue.fitness_assessments.sleep_hours_last_48 is 'Hours slept in the 48 h before the check, as declared.';
comment on column fatigue.fitness_assessments.hours_awake is 'Hours awake at the time of the check.';
comment on column fatigue.fitness_assessments.sleepiness_score is 'Karolinska Sleepiness Scale self-rating: 1 extremely alert to 9 fighting sleep.';
comment on column fatigue.fitness_assessments.restrictions is 'Limits on duties, e.g. no night driving, at most 10 h work.';
comment on column fatigue.fitness_assessments.medical_standard is 'Standard a medical was made to, e.g. Assessing Fitness to Drive (commercial vehicle drivers).';
comment on column fatigue.fitness_assessments.medical_details is 'Health information (conditions, medication, test results); redacted in the audit log.';
comment on column fatigue.fitness_assessments.assessor_name is 'Doctor or assessor who is not a Finnest user.';
comment on column fatigue.fitness_assessments.valid_until is 'A pre-shift check covers that shift; a medical covers years.';
comment on column fatigue.fitness_assessments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column fatigue.fitness_assessments.metadata is 'Industry- or tenant-specific extension fields.';
alter table fatigue.fitness_assessments enable row level security;
alter table fatigue.fitness_assessments force row level security;
create policy tenant_isolation on fatigue.fitness_assessments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on fatigue.fitness_assessments to finnest_app;
grant select on fatigue.fitness_assessments to finnest_readonly;
create trigger set_updated_at before update on fatigue.fitness_assessments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on fatigue.fitness_assessments for each row execute function finnest.audit_row('outcome', 'sleep_hours_last_24', 'sleep_hours_last_48', 'hours_awake', 'sleepiness_score', 'restrictions', 'medical_details');
create table fatigue.fatigue_breaches (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    fatigue_rule_id uuid,
    driver_hours_id uuid,
    breach_type text not null,
    risk_category text not null,
    period_start timestamptz not null,
    period_end timestamptz not null,
    excess_work_minutes integer,
    rest_shortfall_minutes integer,
    detected_by text not null,
    detected_at timestamptz not null default now(),
    status text not null default 'open',
    resolution text,
    reviewed_by_user_id uuid,
    closed_at timestamptz,
    reported_to_nhvr_at timestamptz,
    nhvr_reference text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_fatigue_breaches primary key (id),
    constraint uq_fatigue_breaches__org_id_id unique (org_id, id),
    constraint fk_fatigue_breaches__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_fatigue_breaches__fatigue_rule_id foreign key (org_id, fatigue_rule_id) references fatigue.fatigue_rules (org_id, id),
    constraint fk_fatigue_breaches__driver_hours_id foreign key (org_id, driver_hours_id) references fatigue.driver_hours (org_id, id),
    constraint ck_fatigue_breaches__breach_type check (breach_type in ('work_time_exceeded', 'rest_time_short', 'continuous_rest_short', 'night_rest_breaks_missing', 'long_night_work_exceeded', 'work_diary_not_kept', 'work_diary_false_entry')),
    constraint ck_fatigue_breaches__risk_category check (risk_category in ('minor', 'substantial', 'severe', 'critical')),
    constraint ck_fatigue_breaches__excess_work_minutes_positive check (excess_work_minutes > 0),
    constraint ck_fatigue_breaches__rest_shortfall_minutes_positive check (rest_shortfall_minutes > 0),
    constraint ck_fatigue_breaches__detected_by check (detected_by in ('ewd', 'record_keeper_review', 'roadside_intercept', 'nhvr_audit', 'self_reported')),
    constraint ck_fatigue_breaches__status check (status in ('open', 'under_review', 'confirmed', 'dismissed', 'closed')),
    constraint fk_fatigue_breaches__reviewed_by_user_id foreign key (org_id, reviewed_by_user_id) references public.users (org_id, id),
    constraint ck_fatigue_breaches__period_end_after_start check (period_end > period_start),
    constraint ck_fatigue_breaches__limit_breaches_name_rule check (breach_type in ('work_diary_not_kept', 'work_diary_false_entry') or fatigue_rule_id is not null),
    constraint ck_fatigue_breaches__work_breaches_have_excess check (breach_type not in ('work_time_exceeded', 'long_night_work_exceeded') or excess_work_minutes is not null),
    constraint ck_fatigue_breaches__rest_breaches_have_shortfall check (breach_type not in ('rest_time_short', 'continuous_rest_short') or rest_shortfall_minutes is not null),
    constraint ck_fatigue_breaches__closing_explained check (status not in ('dismissed', 'closed') or (resolution is not null and closed_at is not null))
);
create index ix_fatigue_breaches__org_id_employee_id_period_start on fatigue.fatigue_breaches (org_id, employee_id, period_start) where deleted_at is null;
create index ix_fatigue_breaches__org_id_status_risk_category on fatigue.fatigue_breaches (org_id, status, risk_category) where deleted_at is null;
create index ix_fatigue_breaches__org_id_employee_id on fatigue.fatigue_breaches (org_id, employee_id);
create index ix_fatigue_breaches__org_id_fatigue_rule_id on fatigue.fatigue_breaches (org_id, fatigue_rule_id);
create index ix_fatigue_breaches__org_id_driver_hours_id on fatigue.fatigue_breaches (org_id, driver_hours_id);
create index ix_fatigue_breaches__org_id_reviewed_by_user_id on fatigue.fatigue_breaches (org_id, reviewed_by_user_id);
comment on table fatigue.fatigue_breaches is 'Breaches found in a driver''s hours (work over a limit, rest short, night rest breaks missing) or work diary, in their HVNL risk category, with review and any report to the NHVR.';
comment on column fatigue.fatigue_breaches.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column fatigue.fatigue_breaches.employee_id is 'Soft reference to people.employees (no FK: cross-domain). The driver.';
comment on column fatigue.fatigue_breaches.fatigue_rule_id is 'Limit breached; null for work diary breaches.';
comment on column fatigue.fatigue_breaches.driver_hours_id is 'Day the breach was found in.';
comment on column fatigue.fatigue_breaches.risk_category is 'HVNL risk category, which sets the penalty.';
comment on column fatigue.fatigue_breaches.period_start is 'Start of the rule period in which the breach occurred.';
comment on column fatigue.fatigue_breaches.excess_work_minutes is 'Work beyond the limit, minutes.';
comment on column fatigue.fatigue_breaches.rest_shortfall_minutes is 'Rest short of the requirement, minutes.';
comment on column fatigue.fatigue_breaches.resolution is 'Corrective action taken (rostering change, retraining) or why the breach was dismissed.';
comment on column fatigue.fatigue_breaches.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column fatigue.fatigue_breaches.metadata is 'Industry- or tenant-specific extension fields.';
alter table fatigue.fatigue_breaches enable row level security;
alter table fatigue.fatigue_breaches force row level security;
create policy tenant_isolation on fatigue.fatigue_breaches for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on fatigue.fatigue_breaches to finnest_app;
grant select on fatigue.fatigue_breaches to finnest_readonly;
create trigger set_updated_at before update on fatigue.fatigue_breaches for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on fatigue.fatigue_breaches for each row execute function finnest.audit_row();
create function fatigue.install_national_rules(rules_effective_from date default date '2014-02-10') returns integer
language plpgsql
set search_path = ''
as $$
declare
    org uuid := (select finnest.current_org_id());
    added integer;
begin
    if org is null then
        raise exception 'fatigue.install_national_rules(): no tenant (set app.org_id)' using errcode = 'insufficient_privilege';
    end if;
    insert into fatigue.fatigue_rules (org_id, code, work_rest_option, mode, period_minutes, max_work_minutes, max_long_night_work_minutes,
                                       min_rest_minutes, rest_block_minutes, min_continuous_rest_minutes, rest_must_be_stationary,
                                       min_night_rest_breaks, min_consecutive_night_rest_breaks, max_work_between_long_rests_minutes,
                                       description, legal_reference, effective_from)
    select org, r.code, r.work_rest_option, 'solo', r.period_minutes, r.max_work, r.max_long_night, r.min_rest, r.rest_block,
           r.min_continuous, r.stationary, r.night_breaks, r.consecutive_breaks, r.work_between_long_rests,
           r.description, r.legal_reference, rules_effective_from
    from (values
        ('STD-SOLO-5H30', 'standard', 330, 315, null, 15, null, 15, false, null, null, null,
         'In any 5½ h: at most 5¼ h work and 15 continuous minutes rest.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
        ('STD-SOLO-8H', 'standard', 480, 450, null, 30, 15, null, false, null, null, null,
         'In any 8 h: at most 7½ h work and 30 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
        ('STD-SOLO-11H', 'standard', 660, 600, null, 60, 15, null, false, null, null, null,
         'In any 11 h: at most 10 h work and 60 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
        ('STD-SOLO-24H', 'standard', 1440, 720, null, 420, null, 420, true, null, null, null,
         'In any 24 h: at most 12 h work and 7 continuous hours stationary rest.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
        ('STD-SOLO-7D', 'standard', 10080, 4320, null, 1440, null, 1440, true, null, null, null,
         'In any 7 days: at most 72 h work and 24 continuous hours stationary rest.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
        ('STD-SOLO-14D', 'standard', 20160, 8640, null, 0, null, null, false, 4, 2, null,
         'In any 14 days: at most 144 h work, 2 night rest breaks and 2 night rest breaks taken on consecutive days.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
        ('BFM-SOLO-6H15', 'bfm', 375, 360, null, 15, null, 15, false, null, null, null,
         'In any 6¼ h: at most 6 h work and 15 continuous minutes rest.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
        ('BFM-SOLO-9H', 'bfm', 540, 510, null, 30, 15, null, false, null, null, null,
         'In any 9 h: at most 8½ h work and 30 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
        ('BFM-SOLO-12H', 'bfm', 720, 660, null, 60, 15, null, false, null, null, null,
         'In any 12 h: at most 11 h work and 60 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
        ('BFM-SOLO-24H', 'bfm', 1440, 840, null, 420, null, 420, true, null, null, null,
         'In any 24 h: at most 14 h work and 7 continuous hours stationary rest.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
        ('BFM-SOLO-7D', 'bfm', 10080, null, 2160, 0, null, null, false, null, null, null,
         'In any 7 days: at most 36 h long/night work.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
        ('BFM-SOLO-14D', 'bfm', 20160, 8640, null, 2880, null, 1440, true, 4, 2, 5040,
         'In any 14 days: at most 144 h work; 24 continuous hours stationary rest after at most 84 h work, twice; 4 night rest breaks, 2 of them on consecutive days.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)')
    ) as r(code, work_rest_option, period_minutes, max_work, max_long_night, min_rest, rest_block, min_continuous, stationary,
           night_breaks, consecutive_breaks, work_between_long_rests, description, legal_reference)
    on conflict (org_id, code, effective_from) where deleted_at is null do nothing;
    get diagnostics added = row_count;
    return added;
end
$$;
comment on function fatigue.install_national_rules(date) is 'Copies the national standard-hours and BFM solo work/rest limits (HVNL) into the current tenant''s fatigue.fatigue_rules; idempotent. Returns the number of rules added.';
revoke execute on function fatigue.install_national_rules(date) from public;
grant execute on function fatigue.install_national_rules(date) to finnest_app;
