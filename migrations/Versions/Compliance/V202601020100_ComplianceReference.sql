create table compliance.credential_types (
    id uuid not null default gen_random_uuid(),
    code text not null,
    name text not null,
    category text not null,
    licence_class text,
    unit_code text,
    issuer text not null,
    has_expiry boolean not null,
    default_validity_months integer,
    expiry_warning_days integer not null default 30,
    applicable_states text[],
    requires_verification boolean not null default true,
    holds_sensitive_data boolean not null default false,
    description text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_credential_types primary key (id),
    constraint ck_credential_types__code_format check (code ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_credential_types__category check (category in ('driver_licence', 'hrwl', 'ticket', 'background_check', 'medical', 'induction', 'visa', 'clearance')),
    constraint ck_credential_types__unit_code_format check (unit_code ~ '^[A-Z]{3,}[0-9]{3,4}[A-Z]?$'),
    constraint ck_credential_types__default_validity_months_positive check (default_validity_months > 0),
    constraint ck_credential_types__expiry_warning_days_range check (expiry_warning_days between 0 and 365),
    constraint ck_credential_types__applicable_states_states check (applicable_states <@ array['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT']::text[]),
    constraint uq_credential_types__code unique (code),
    constraint ck_credential_types__validity_only_when_expiring check (default_validity_months is null or has_expiry)
);
create index ix_credential_types__category on compliance.credential_types (category);
comment on table compliance.credential_types is 'Kinds of licence, ticket, check, clearance or document a worker can hold (the credential registry). A worker''s held credential is people.employee_qualifications; whether it is currently valid is compliance.compliance_status.';
comment on column compliance.credential_types.code is 'Stable key used by rules and integrations, e.g. hrwl_lf, dl_hr, wwc_nsw, white_card.';
comment on column compliance.credential_types.category is 'hrwl: high-risk work licence (WHS Regulations Sch 3); ticket: other certificate of competency.';
comment on column compliance.credential_types.licence_class is 'Class or code printed on the licence: C, LR, MR, HR, HC, MC, R, RE for driver licences; SB, DG, CN, LF… for high-risk work licences.';
comment on column compliance.credential_types.unit_code is 'Nationally recognised unit of competency (training.gov.au) behind the credential, e.g. CPCWHS1001, HLTAID011.';
comment on column compliance.credential_types.issuer is 'Who issues it: a named body, or the kind of body where each state has its own (road authority, WHS regulator).';
comment on column compliance.credential_types.has_expiry is 'False for credentials that never lapse (White Card); point-in-time checks with a recency rule are modelled with an expiry.';
comment on column compliance.credential_types.default_validity_months is 'Usual validity in months from issue; null where it varies by issuer or does not expire.';
comment on column compliance.credential_types.expiry_warning_days is 'Days before expiry that a credential turns from valid to expiring (pulse alerts at 30/14/7 days).';
comment on column compliance.credential_types.applicable_states is 'States and territories where the credential is issued or recognised; null: national.';
comment on column compliance.credential_types.requires_verification is 'A copy or register lookup must be verified before the credential counts as valid.';
comment on column compliance.credential_types.holds_sensitive_data is 'Outcome details (background checks, medicals) are sensitive personal information: store only the result and reference.';
comment on column compliance.credential_types.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.credential_types.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.credential_types to finnest_app;
grant select on compliance.credential_types to finnest_readonly;
create trigger set_updated_at before update on compliance.credential_types for each row execute function finnest.set_updated_at();
create table compliance.awards (
    id uuid not null default gen_random_uuid(),
    code text not null,
    title text not null,
    short_title text not null,
    version text not null,
    effective_from date not null,
    effective_to date,
    casual_loading numeric(6,4) not null default 0.2500,
    annual_leave_loading numeric(6,4) not null default 0.1750,
    ordinary_hours_per_week numeric(6,2) not null default 38,
    fwc_url text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_awards primary key (id),
    constraint ck_awards__code_format check (code ~ '^MA\d{6}$'),
    constraint ck_awards__casual_loading_range check (casual_loading between 0 and 1),
    constraint ck_awards__annual_leave_loading_range check (annual_leave_loading between 0 and 1),
    constraint ck_awards__ordinary_hours_per_week_range check (ordinary_hours_per_week between 1 and 38),
    constraint ck_awards__fwc_url_format check (fwc_url ~ '^https://'),
    constraint uq_awards__code unique (code),
    constraint ck_awards__effective_to_after_effective_from check (effective_to >= effective_from)
);
comment on table compliance.awards is 'Modern awards (Fair Work Commission), the legal minimum pay and conditions for an industry or occupation.';
comment on column compliance.awards.code is 'Fair Work award code, e.g. MA000004.';
comment on column compliance.awards.title is 'Full title, e.g. General Retail Industry Award 2020.';
comment on column compliance.awards.short_title is 'Name used on screens and payslips, e.g. Retail.';
comment on column compliance.awards.version is 'Version of the award instrument (the year in its title, 2010 or 2020).';
comment on column compliance.awards.effective_from is 'Date the award commenced (modern awards: 1 January 2010).';
comment on column compliance.awards.effective_to is 'Date the award was revoked or replaced; null while in force.';
comment on column compliance.awards.casual_loading is 'Casual loading on the ordinary hourly rate: fraction, 0.2500 = 25%.';
comment on column compliance.awards.annual_leave_loading is 'Annual leave loading: fraction, 0.1750 = 17.5%.';
comment on column compliance.awards.ordinary_hours_per_week is 'Ordinary full-time hours per week (NES cap 38); hourly rate = weekly rate / these hours.';
comment on column compliance.awards.fwc_url is 'Award text on the Fair Work Commission site.';
comment on column compliance.awards.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.awards.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.awards to finnest_app;
grant select on compliance.awards to finnest_readonly;
create trigger set_updated_at before update on compliance.awards for each row execute function finnest.set_updated_at();
create table compliance.award_classifications (
    id uuid not null default gen_random_uuid(),
    award_id uuid not null,
    level_code text not null,
    name text not null,
    stream text,
    sort_order integer not null,
    description text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_award_classifications primary key (id),
    constraint fk_award_classifications__award_id foreign key (award_id) references compliance.awards (id),
    constraint ck_award_classifications__sort_order_positive check (sort_order > 0),
    constraint uq_award_classifications__award_id_level_code unique (award_id, level_code)
);
create index ix_award_classifications__award_id_sort_order on compliance.award_classifications (award_id, sort_order);
comment on table compliance.award_classifications is 'Classification levels of a modern award (Level 3, Grade 2, CW/ECW 1): what work a worker is paid for.';
comment on column compliance.award_classifications.level_code is 'Level as the award names it, e.g. Level 1, Grade 3, CW/ECW 2, Level 2 pay point 1.';
comment on column compliance.award_classifications.name is 'Classification title, e.g. Retail Employee Level 1.';
comment on column compliance.award_classifications.stream is 'Stream within the award where it has several, e.g. social and community services, general.';
comment on column compliance.award_classifications.sort_order is 'Order of seniority within the award, 1 = lowest.';
comment on column compliance.award_classifications.description is 'Indicative duties or skills that place a worker at this level.';
comment on column compliance.award_classifications.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.award_classifications.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.award_classifications to finnest_app;
grant select on compliance.award_classifications to finnest_readonly;
create trigger set_updated_at before update on compliance.award_classifications for each row execute function finnest.set_updated_at();
create table compliance.award_rates (
    id uuid not null default gen_random_uuid(),
    award_classification_id uuid not null,
    rate_basis text not null default 'adult',
    band text,
    percentage_of_adult numeric(6,4) not null default 1.0000,
    effective_from date not null,
    effective_to date,
    weekly_rate numeric(10,4) not null,
    hourly_rate numeric(10,4) not null,
    casual_hourly_rate numeric(10,4),
    wage_review text,
    source text not null,
    verified_against_pay_guide boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_award_rates primary key (id),
    constraint fk_award_rates__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_award_rates__rate_basis check (rate_basis in ('adult', 'junior', 'apprentice', 'trainee', 'supported_wage')),
    constraint ck_award_rates__percentage_of_adult_range check (percentage_of_adult > 0 and percentage_of_adult <= 1),
    constraint ck_award_rates__weekly_rate_positive check (weekly_rate > 0),
    constraint ck_award_rates__hourly_rate_positive check (hourly_rate > 0),
    constraint ck_award_rates__casual_hourly_rate_positive check (casual_hourly_rate > 0),
    constraint ck_award_rates__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_award_rates__casual_rate_not_below_ordinary check (casual_hourly_rate is null or casual_hourly_rate >= hourly_rate),
    constraint ck_award_rates__adult_rate_is_full_rate check (rate_basis <> 'adult' or (percentage_of_adult = 1 and band is null)),
    constraint ex_award_rates__no_overlap exclude using gist (award_classification_id with =, rate_basis with =, (coalesce(band, '')) with =, daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)
);
create index ix_award_rates__award_classification_id on compliance.award_rates (award_classification_id);
comment on table compliance.award_rates is 'Minimum rates of pay of an award classification for a period; a new row per annual wage review, never an update.';
comment on column compliance.award_rates.rate_basis is 'Adult rate, or a percentage of it for juniors, apprentices, trainees and the supported wage system.';
comment on column compliance.award_rates.band is 'Age or year band for non-adult rates, e.g. under 16, 17 years, 1st year apprentice; null for adult rates.';
comment on column compliance.award_rates.percentage_of_adult is 'Share of the adult rate paid: fraction, 0.7000 = 70%; 1.0000 for adult rates.';
comment on column compliance.award_rates.effective_from is 'First day of the first full pay period on or after this date that the rate applies.';
comment on column compliance.award_rates.effective_to is 'Last day the rate applies; null while current.';
comment on column compliance.award_rates.weekly_rate is 'Minimum weekly rate for ordinary full-time hours, AUD.';
comment on column compliance.award_rates.hourly_rate is 'Minimum ordinary hourly rate, AUD (weekly rate / ordinary hours, rounded to cents as in pay guides).';
comment on column compliance.award_rates.casual_hourly_rate is 'Ordinary hourly rate including the award''s casual loading, AUD.';
comment on column compliance.award_rates.wage_review is 'Annual wage review that set the rate, e.g. AWR 2024-25 (+3.5% from 1 July 2025).';
comment on column compliance.award_rates.source is 'Where the figure comes from: a Fair Work pay guide, or ''derived: …'' with the calculation when it was not copied from one.';
comment on column compliance.award_rates.verified_against_pay_guide is 'True once the figure was checked against the Fair Work Ombudsman pay guide for its period.';
comment on column compliance.award_rates.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.award_rates.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.award_rates to finnest_app;
grant select on compliance.award_rates to finnest_readonly;
create trigger set_updated_at before update on compliance.award_rates for each row execute function finnest.set_updated_at();
create table compliance.award_allowances (
    id uuid not null default gen_random_uuid(),
    award_id uuid not null,
    code text not null,
    name text not null,
    clause text,
    stp_category text not null,
    payment_unit text not null,
    amount numeric(12,4),
    percentage_of_standard_rate numeric(6,4),
    counts_as_ote boolean not null default false,
    effective_from date not null,
    effective_to date,
    source text not null,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_award_allowances primary key (id),
    constraint fk_award_allowances__award_id foreign key (award_id) references compliance.awards (id),
    constraint ck_award_allowances__code_format check (code ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_award_allowances__stp_category check (stp_category in ('CD', 'AD', 'LD', 'MD', 'RD', 'TD', 'KN', 'QN', 'OD')),
    constraint ck_award_allowances__payment_unit check (payment_unit in ('per_hour', 'per_shift', 'per_day', 'per_week', 'per_km', 'per_occasion')),
    constraint ck_award_allowances__amount_non_negative check (amount >= 0),
    constraint ck_award_allowances__percentage_of_standard_rate_range check (percentage_of_standard_rate between 0 and 1),
    constraint ck_award_allowances__amount_or_percentage check ((amount is null) <> (percentage_of_standard_rate is null)),
    constraint ck_award_allowances__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint uq_award_allowances__award_id_code_effective_from unique (award_id, code, effective_from)
);
comment on table compliance.award_allowances is 'Allowances an award grants (tool, meal, first aid, vehicle per km…), with their STP Phase 2 reporting category.';
comment on column compliance.award_allowances.code is 'Key within the award, e.g. first_aid, meal_overtime, vehicle_km.';
comment on column compliance.award_allowances.clause is 'Award clause that grants it, e.g. 20.2(b).';
comment on column compliance.award_allowances.stp_category is 'STP Phase 2 allowance type: CD cents/km, AD award transport, LD laundry, MD overtime meal, RD travel, TD tools, KN tasks, QN qualifications, OD other.';
comment on column compliance.award_allowances.amount is 'AUD per payment unit; null when the allowance is a percentage of the standard rate.';
comment on column compliance.award_allowances.percentage_of_standard_rate is 'Wage-related allowance as a fraction of the award''s standard weekly rate, e.g. 0.0190 = 1.9%.';
comment on column compliance.award_allowances.counts_as_ote is 'Part of ordinary time earnings, so super guarantee applies.';
comment on column compliance.award_allowances.source is 'Where the figure comes from: a Fair Work pay guide, or ''derived: …''.';
comment on column compliance.award_allowances.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.award_allowances.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.award_allowances to finnest_app;
grant select on compliance.award_allowances to finnest_readonly;
create trigger set_updated_at before update on compliance.award_allowances for each row execute function finnest.set_updated_at();
create table compliance.award_penalty_rules (
    id uuid not null default gen_random_uuid(),
    award_id uuid not null,
    employment_type text not null,
    day_type text not null,
    rule_kind text not null,
    band_start time,
    band_end time,
    threshold_hours numeric(6,2),
    multiplier numeric(6,4) not null,
    effective_from date not null,
    effective_to date,
    description text,
    source text not null,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_award_penalty_rules primary key (id),
    constraint fk_award_penalty_rules__award_id foreign key (award_id) references compliance.awards (id),
    constraint ck_award_penalty_rules__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'any')),
    constraint ck_award_penalty_rules__day_type check (day_type in ('weekday', 'saturday', 'sunday', 'public_holiday')),
    constraint ck_award_penalty_rules__rule_kind check (rule_kind in ('penalty', 'overtime', 'casual_loading', 'shift_loading')),
    constraint ck_award_penalty_rules__threshold_hours_non_negative check (threshold_hours >= 0),
    constraint ck_award_penalty_rules__multiplier_positive check (multiplier > 0),
    constraint ck_award_penalty_rules__band_end_after_band_start check ((band_start is null) = (band_end is null) and (band_start is null or band_end > band_start)),
    constraint ck_award_penalty_rules__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_award_penalty_rules__overtime_has_threshold check (rule_kind <> 'overtime' or threshold_hours is not null),
    constraint ck_award_penalty_rules__threshold_only_for_overtime check (threshold_hours is null or rule_kind = 'overtime'),
    constraint ck_award_penalty_rules__casual_loading_for_casuals check (rule_kind <> 'casual_loading' or employment_type = 'casual'),
    constraint ex_award_penalty_rules__no_overlap exclude using gist (award_id with =, employment_type with =, day_type with =, rule_kind with =, (coalesce(band_start::text, '')) with =, (coalesce(threshold_hours, -1)) with =, daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)
);
create index ix_award_penalty_rules__award_id on compliance.award_penalty_rules (award_id);
comment on table compliance.award_penalty_rules is 'Penalty, overtime and loading rules of a modern award: for an employment type, day type and optional time band, the multiple of the ordinary hourly rate paid (after a threshold of overtime hours where one applies). Payroll and timesheets price hours with them.';
comment on column compliance.award_penalty_rules.employment_type is 'Employees the rule applies to; any: every employment type.';
comment on column compliance.award_penalty_rules.day_type is 'weekday: Monday to Friday.';
comment on column compliance.award_penalty_rules.rule_kind is 'penalty: ordinary hours on the day or in the band; overtime: hours beyond ordinary hours; casual_loading: loading in lieu of leave entitlements; shift_loading: evening, night or early-morning shift work.';
comment on column compliance.award_penalty_rules.band_start is 'Local wall-clock start of the time band the rule covers; null with band_end: the whole day.';
comment on column compliance.award_penalty_rules.band_end is 'Local wall-clock end of the time band (24:00 for midnight).';
comment on column compliance.award_penalty_rules.threshold_hours is 'Overtime rules: hours of overtime in the day after which this multiplier applies (0: from the first overtime hour, 3: after the first 3 hours); null for other rules.';
comment on column compliance.award_penalty_rules.multiplier is 'Multiple of the ordinary hourly rate paid: 1.2500 = 125%.';
comment on column compliance.award_penalty_rules.effective_to is 'Last day the rule applies; null while current.';
comment on column compliance.award_penalty_rules.description is 'The rule in words, e.g. Saturday ordinary hours.';
comment on column compliance.award_penalty_rules.source is 'Where the figure comes from: the award clause, or ''derived: …'' for a recalled figure still to be verified against the award.';
comment on column compliance.award_penalty_rules.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.award_penalty_rules.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.award_penalty_rules to finnest_app;
grant select on compliance.award_penalty_rules to finnest_readonly;
create trigger set_updated_at before update on compliance.award_penalty_rules for each row execute function finnest.set_updated_at();
create table compliance.industry_profiles (
    id uuid not null default gen_random_uuid(),
    code text not null,
    name text not null,
    default_award_id uuid,
    anzsic_division char(1),
    fatigue_regulated boolean not null default false,
    requires_swms boolean not null default false,
    description text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_industry_profiles primary key (id),
    constraint ck_industry_profiles__code_format check (code ~ '^[a-z][a-z0-9_]*$'),
    constraint fk_industry_profiles__default_award_id foreign key (default_award_id) references compliance.awards (id),
    constraint ck_industry_profiles__anzsic_division_format check (anzsic_division ~ '^[A-S]$'),
    constraint uq_industry_profiles__code unique (code)
);
create index ix_industry_profiles__default_award_id on compliance.industry_profiles (default_award_id);
comment on table compliance.industry_profiles is 'Industries Finnest is configured for: each brings a default award and the credentials its workers must hold.';
comment on column compliance.industry_profiles.code is 'Stable key, e.g. construction, road_transport, aged_care.';
comment on column compliance.industry_profiles.default_award_id is 'Award most workers in the industry are covered by; a job order may name another.';
comment on column compliance.industry_profiles.anzsic_division is 'ANZSIC 2006 division letter, e.g. E construction, I transport, Q health care.';
comment on column compliance.industry_profiles.fatigue_regulated is 'Heavy-vehicle driving under the HVNL fatigue rules is usual in this industry.';
comment on column compliance.industry_profiles.requires_swms is 'High-risk construction work needing a safe work method statement is usual in this industry.';
comment on column compliance.industry_profiles.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.industry_profiles.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.industry_profiles to finnest_app;
grant select on compliance.industry_profiles to finnest_readonly;
create trigger set_updated_at before update on compliance.industry_profiles for each row execute function finnest.set_updated_at();
alter table public.organisations add constraint fk_organisations__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id);
create table compliance.industry_profile_credentials (
    id uuid not null default gen_random_uuid(),
    industry_profile_id uuid not null,
    credential_type_id uuid not null,
    requirement text not null,
    alternative_group text,
    required_before text not null default 'first_shift',
    condition text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_industry_profile_credentials primary key (id),
    constraint fk_industry_profile_credentials__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint fk_industry_profile_credentials__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_industry_profile_credentials__requirement check (requirement in ('mandatory', 'role_dependent', 'recommended')),
    constraint ck_industry_profile_credentials__alternative_group_format check (alternative_group ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_industry_profile_credentials__required_before check (required_before in ('onboarding_complete', 'placement', 'first_shift')),
    constraint uq_industry_profile_credentials__industry_profile_id_c_9fcd2194 unique (industry_profile_id, credential_type_id)
);
create index ix_industry_profile_credentials__credential_type_id on compliance.industry_profile_credentials (credential_type_id);
comment on table compliance.industry_profile_credentials is 'Credentials an industry profile requires or recommends for its workers.';
comment on column compliance.industry_profile_credentials.requirement is 'mandatory: every worker; role_dependent: only workers doing the work the condition names; recommended: advisory.';
comment on column compliance.industry_profile_credentials.alternative_group is 'Credentials of one profile sharing a group are alternatives: holding any one meets the requirement (e.g. HR, HC or MC licence).';
comment on column compliance.industry_profile_credentials.required_before is 'Latest point by which the credential must be verified.';
comment on column compliance.industry_profile_credentials.condition is 'When a role-dependent requirement applies, in words, e.g. operating a forklift.';
comment on column compliance.industry_profile_credentials.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.industry_profile_credentials.metadata is 'Industry- or tenant-specific extension fields.';
grant select on compliance.industry_profile_credentials to finnest_app;
grant select on compliance.industry_profile_credentials to finnest_readonly;
create trigger set_updated_at before update on compliance.industry_profile_credentials for each row execute function finnest.set_updated_at();
