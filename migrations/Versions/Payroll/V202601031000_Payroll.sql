create table payroll.payroll_tax_rates (
    id uuid not null default gen_random_uuid(),
    state text not null,
    financial_year char(7) not null,
    rate numeric(6,4) not null,
    annual_threshold numeric(14,2) not null,
    effective_from date not null,
    source text not null,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_payroll_tax_rates primary key (id),
    constraint ck_payroll_tax_rates__state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_payroll_tax_rates__financial_year_format check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    constraint ck_payroll_tax_rates__rate_range check (rate between 0 and 0.2),
    constraint ck_payroll_tax_rates__annual_threshold_non_negative check (annual_threshold >= 0),
    constraint ck_payroll_tax_rates__financial_year_consecutive check (case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100 else true end),
    constraint ck_payroll_tax_rates__effective_from_in_financial_year check (case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then effective_from >= make_date(substr(financial_year, 1, 4)::int, 7, 1) and effective_from < make_date(substr(financial_year, 1, 4)::int + 1, 7, 1) else true end)
);
create unique index uq_payroll_tax_rates__state_financial_year on payroll.payroll_tax_rates (state, financial_year) where deleted_at is null;
comment on table payroll.payroll_tax_rates is 'State and territory payroll tax (DOMAIN.md §9): the headline rate and annual wages threshold of each state for a financial year. An employer pays the tax of each state on the wages paid there above its share of that state''s threshold; tiers, surcharges and threshold phase-outs are in notes.';
comment on column payroll.payroll_tax_rates.state is 'State or territory levying the tax (wages are taxed where the work is done).';
comment on column payroll.payroll_tax_rates.financial_year is 'Financial year the figures apply to, 1 July to 30 June, e.g. 2025-26.';
comment on column payroll.payroll_tax_rates.rate is 'Headline rate on taxable wages above the threshold, fraction: 0.0545 = 5.45%.';
comment on column payroll.payroll_tax_rates.annual_threshold is 'Annual taxable wages (AUD) exempt from the tax, shared across a group of related employers and pro-rated for part years.';
comment on column payroll.payroll_tax_rates.effective_from is 'First day the figures apply; within the financial year, usually 1 July.';
comment on column payroll.payroll_tax_rates.source is 'Where the figures come from: the state revenue office''s page, or ''derived: …'' when recalled rather than copied from it.';
comment on column payroll.payroll_tax_rates.notes is 'What the headline figures leave out: higher tiers, surcharges, threshold phase-outs.';
comment on column payroll.payroll_tax_rates.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.payroll_tax_rates.metadata is 'Industry- or tenant-specific extension fields.';
grant select on payroll.payroll_tax_rates to finnest_app;
grant select on payroll.payroll_tax_rates to finnest_readonly;
create trigger set_updated_at before update on payroll.payroll_tax_rates for each row execute function finnest.set_updated_at();
insert into payroll.payroll_tax_rates (state, financial_year, rate, annual_threshold, effective_from, source, notes) values
    ('NSW', '2025-26', 0.0545, 1200000, '2025-07-01', 'derived: recalled, verify against the state revenue office (Revenue NSW)', null),
    ('VIC', '2025-26', 0.0485, 1000000, '2025-07-01', 'derived: recalled, verify against the state revenue office (State Revenue Office Victoria)', 'Mental health and wellbeing surcharge on very large payrolls, and a threshold deduction that phases out, are not modelled (recalled).'),
    ('QLD', '2025-26', 0.0475, 1300000, '2025-07-01', 'derived: recalled, verify against the state revenue office (Queensland Revenue Office)', '4.75% applies to wages up to $6.5m; 4.95% above; the threshold deduction phases out (recalled).'),
    ('WA', '2025-26', 0.0550, 1000000, '2025-07-01', 'derived: recalled, verify against the state revenue office (RevenueWA)', 'The threshold deduction phases out as wages grow (recalled).'),
    ('SA', '2025-26', 0.0495, 1500000, '2025-07-01', 'derived: recalled, verify against the state revenue office (RevenueSA)', 'The rate phases in above the threshold before reaching 4.95% (recalled).'),
    ('TAS', '2025-26', 0.0400, 1250000, '2025-07-01', 'derived: recalled, verify against the state revenue office (State Revenue Office Tasmania)', '4% applies to wages between $1.25m and $2m; a higher rate above $2m (recalled).'),
    ('ACT', '2025-26', 0.0685, 2000000, '2025-07-01', 'derived: recalled, verify against the state revenue office (ACT Revenue Office)', 'A surcharge applies to very large payrolls (recalled).'),
    ('NT', '2025-26', 0.0550, 2500000, '2025-07-01', 'derived: recalled, verify against the state revenue office (Territory Revenue Office)', null);
create table payroll.pay_calendars (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    pay_frequency text not null,
    anchor_period_start date not null,
    pay_day_offset_days integer not null default 0,
    timecard_cutoff_offset_days integer not null default 0,
    office_id uuid,
    status text not null default 'active',
    is_default boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_pay_calendars primary key (id),
    constraint uq_pay_calendars__org_id_id unique (org_id, id),
    constraint fk_pay_calendars__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_pay_calendars__pay_frequency check (pay_frequency in ('weekly', 'fortnightly', 'monthly')),
    constraint ck_pay_calendars__pay_day_offset_days_range check (pay_day_offset_days between -7 and 14),
    constraint ck_pay_calendars__timecard_cutoff_offset_days_range check (timecard_cutoff_offset_days between -7 and 14),
    constraint fk_pay_calendars__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_pay_calendars__status check (status in ('active', 'inactive'))
);
create unique index uq_pay_calendars__org_id_name on payroll.pay_calendars (org_id, name) where deleted_at is null;
create index ix_pay_calendars__org_id_status_pay_frequency on payroll.pay_calendars (org_id, status, pay_frequency) where deleted_at is null;
create index ix_pay_calendars__org_id_office_id on payroll.pay_calendars (org_id, office_id);
comment on table payroll.pay_calendars is 'Pay cycles of an organisation: how often employees are paid, when the first period started and how many days after a period ends payday falls. Pay runs are cut from them.';
comment on column payroll.pay_calendars.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.pay_calendars.name is 'e.g. Weekly casuals (Mon-Sun), Monthly salaried.';
comment on column payroll.pay_calendars.anchor_period_start is 'Start date of the first pay period; later periods follow on from it by the pay frequency.';
comment on column payroll.pay_calendars.pay_day_offset_days is 'Payday relative to the period end, in calendar days (negative: paid before the period closes).';
comment on column payroll.pay_calendars.timecard_cutoff_offset_days is 'Days after the period end by which timecards must be approved to be paid in that run.';
comment on column payroll.pay_calendars.office_id is 'Branch the calendar belongs to; null: the whole organisation.';
comment on column payroll.pay_calendars.is_default is 'Calendar given to new employees unless another is chosen.';
comment on column payroll.pay_calendars.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.pay_calendars.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.pay_calendars enable row level security;
alter table payroll.pay_calendars force row level security;
create policy tenant_isolation on payroll.pay_calendars for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.pay_calendars to finnest_app;
grant select on payroll.pay_calendars to finnest_readonly;
create trigger set_updated_at before update on payroll.pay_calendars for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.pay_calendars for each row execute function finnest.audit_row();
create table payroll.pay_levels (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    name text not null,
    award_id uuid,
    award_classification_id uuid,
    employment_type text,
    base_hourly_rate numeric(12,4) not null,
    weekly_rate numeric(14,2),
    casual_loading numeric(6,4) not null default 0.2500,
    junior_percentage numeric(6,4),
    is_above_award boolean not null default false,
    effective_from date not null,
    effective_to date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_pay_levels primary key (id),
    constraint uq_pay_levels__org_id_id unique (org_id, id),
    constraint fk_pay_levels__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_pay_levels__award_id foreign key (award_id) references compliance.awards (id),
    constraint fk_pay_levels__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_pay_levels__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term')),
    constraint ck_pay_levels__base_hourly_rate_positive check (base_hourly_rate > 0),
    constraint ck_pay_levels__weekly_rate_non_negative check (weekly_rate >= 0),
    constraint ck_pay_levels__casual_loading_range check (casual_loading between 0 and 1),
    constraint ck_pay_levels__junior_percentage_range check (junior_percentage between 0 and 1),
    constraint ck_pay_levels__effective_to_after_effective_from check (effective_to >= effective_from)
);
create unique index uq_pay_levels__org_id_code_effective_from on payroll.pay_levels (org_id, code, effective_from) where deleted_at is null;
create index ix_pay_levels__org_id_award_classification_id_effective_from on payroll.pay_levels (org_id, award_classification_id, effective_from) where deleted_at is null;
create index ix_pay_levels__award_id on payroll.pay_levels (award_id);
create index ix_pay_levels__award_classification_id on payroll.pay_levels (award_classification_id);
comment on table payroll.pay_levels is 'Pay levels of an organisation (v2 pay_levels): the base rate paid for an award classification or an above-award grade, with effective dates.';
comment on column payroll.pay_levels.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.pay_levels.code is 'Short level code used on timecards and exports, e.g. RET-L3-CAS.';
comment on column payroll.pay_levels.award_id is 'Modern award the level is paid under; null for award-free or above-award staff.';
comment on column payroll.pay_levels.award_classification_id is 'Award classification the level corresponds to.';
comment on column payroll.pay_levels.employment_type is 'Employment type the rate is for; null: any.';
comment on column payroll.pay_levels.base_hourly_rate is 'Ordinary hourly rate in AUD before casual loading and penalties.';
comment on column payroll.pay_levels.weekly_rate is 'Full-time weekly rate (38 h) in AUD, where the award states one.';
comment on column payroll.pay_levels.casual_loading is 'Casual loading as a fraction: 0.2500 = 25% (FW Act s15A casuals).';
comment on column payroll.pay_levels.junior_percentage is 'Junior or apprentice share of the adult rate, e.g. 0.7000; null: adult rate.';
comment on column payroll.pay_levels.is_above_award is 'Paid above the award minimum by agreement.';
comment on column payroll.pay_levels.effective_from is 'Award rates change from the first full pay period on or after 1 July.';
comment on column payroll.pay_levels.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.pay_levels.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.pay_levels enable row level security;
alter table payroll.pay_levels force row level security;
create policy tenant_isolation on payroll.pay_levels for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.pay_levels to finnest_app;
grant select on payroll.pay_levels to finnest_readonly;
create trigger set_updated_at before update on payroll.pay_levels for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.pay_levels for each row execute function finnest.audit_row();
create table payroll.allowances (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    name text not null,
    description text,
    award_allowance_id uuid,
    stp_allowance_type text,
    unit text not null,
    default_rate numeric(12,4),
    is_taxable boolean not null default true,
    is_ordinary_time_earnings boolean not null default false,
    is_payroll_taxable boolean not null default true,
    status text not null default 'active',
    effective_from date,
    effective_to date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_allowances primary key (id),
    constraint uq_allowances__org_id_id unique (org_id, id),
    constraint fk_allowances__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_allowances__award_allowance_id foreign key (award_allowance_id) references compliance.award_allowances (id),
    constraint ck_allowances__stp_allowance_type check (stp_allowance_type in ('CD', 'AD', 'LD', 'MD', 'RD', 'TD', 'KN', 'QN', 'OD')),
    constraint ck_allowances__unit check (unit in ('per_hour', 'per_shift', 'per_day', 'per_week', 'per_km', 'per_occasion')),
    constraint ck_allowances__default_rate_non_negative check (default_rate >= 0),
    constraint ck_allowances__status check (status in ('active', 'inactive')),
    constraint ck_allowances__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_allowances__other_allowance_described check (stp_allowance_type is distinct from 'OD' or nullif(btrim(description), '') is not null)
);
create unique index uq_allowances__org_id_code on payroll.allowances (org_id, code) where deleted_at is null;
create index ix_allowances__org_id_status_stp_allowance_type on payroll.allowances (org_id, status, stp_allowance_type) where deleted_at is null;
create index ix_allowances__award_allowance_id on payroll.allowances (award_allowance_id);
comment on table payroll.allowances is 'Allowance definitions (v2 allowances): what an allowance pays, per what unit, how STP Phase 2 reports it and whether it counts as ordinary time earnings for super.';
comment on column payroll.allowances.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.allowances.code is 'Short code used on timecard allowances, e.g. MEAL-OT, TOOLS.';
comment on column payroll.allowances.description is 'Required for STP type OD (other allowances): the ATO asks what it is for.';
comment on column payroll.allowances.award_allowance_id is 'The award allowance this implements; null for an employer''s own allowance.';
comment on column payroll.allowances.stp_allowance_type is 'STP Phase 2 allowance type: CD cents/km, AD award transport, LD laundry, MD overtime meal, RD travel, TD tools, KN tasks, QN qualifications/certificates, OD other; null: reported within gross.';
comment on column payroll.allowances.default_rate is 'AUD per unit; null when the amount is entered each time.';
comment on column payroll.allowances.is_taxable is 'Subject to PAYG withholding.';
comment on column payroll.allowances.is_ordinary_time_earnings is 'Counts towards OTE, so super guarantee is paid on it.';
comment on column payroll.allowances.is_payroll_taxable is 'Counts as wages for state payroll tax.';
comment on column payroll.allowances.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.allowances.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.allowances enable row level security;
alter table payroll.allowances force row level security;
create policy tenant_isolation on payroll.allowances for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.allowances to finnest_app;
grant select on payroll.allowances to finnest_readonly;
create trigger set_updated_at before update on payroll.allowances for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.allowances for each row execute function finnest.audit_row();
create table payroll.super_funds (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    super_choice_id uuid,
    fund_type text not null,
    choice_source text not null,
    fund_name text not null,
    usi varchar(20),
    fund_abn char(11),
    member_number text,
    smsf_bsb char(7),
    smsf_account_number_encrypted bytea,
    smsf_account_name text,
    electronic_service_address text,
    effective_from date not null,
    effective_to date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_super_funds primary key (id),
    constraint uq_super_funds__org_id_id unique (org_id, id),
    constraint fk_super_funds__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_super_funds__fund_type check (fund_type in ('apra', 'smsf')),
    constraint ck_super_funds__choice_source check (choice_source in ('employee_choice', 'stapled_fund', 'default_fund')),
    constraint ck_super_funds__usi_format check (usi ~ '^[A-Z0-9]{9,20}$'),
    constraint ck_super_funds__fund_abn_format check (fund_abn ~ '^[0-9]{11}$'),
    constraint ck_super_funds__fund_abn_checksum check (finnest.is_valid_abn(fund_abn)),
    constraint ck_super_funds__smsf_bsb_format check (smsf_bsb ~ '^[0-9]{3}-?[0-9]{3}$'),
    constraint ck_super_funds__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_super_funds__apra_fund_has_usi check (fund_type <> 'apra' or usi is not null),
    constraint ck_super_funds__smsf_has_abn_bank_account_and_esa check (fund_type <> 'smsf' or (fund_abn is not null and smsf_bsb is not null and smsf_account_number_encrypted is not null and electronic_service_address is not null))
);
create index ix_super_funds__org_id_employee_id_effective_from on payroll.super_funds (org_id, employee_id, effective_from) where deleted_at is null;
create index ix_super_funds__org_id_employee_id on payroll.super_funds (org_id, employee_id);
create index ix_super_funds__org_id_super_choice_id on payroll.super_funds (org_id, super_choice_id);
comment on table payroll.super_funds is 'Employees'' superannuation funds (v2 super_fund_details): an APRA fund by USI, or a self-managed fund by ABN, bank account and electronic service address, as chosen on the standard choice form or stapled by the ATO.';
comment on column payroll.super_funds.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.super_funds.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.super_funds.super_choice_id is 'Soft reference to onboard.super_choices (no FK: cross-domain). The choice form (NAT 13080) this came from.';
comment on column payroll.super_funds.choice_source is 'Why this fund: the employee chose it, the ATO returned a stapled fund, or the employer default applied.';
comment on column payroll.super_funds.usi is 'Unique Superannuation Identifier of an APRA fund product, e.g. STA0100AU; SMSFs have none.';
comment on column payroll.super_funds.fund_abn is 'ABN of the fund (required for an SMSF).';
comment on column payroll.super_funds.member_number is 'Member account number at the fund.';
comment on column payroll.super_funds.smsf_bsb is 'BSB of the SMSF''s bank account.';
comment on column payroll.super_funds.smsf_account_number_encrypted is 'SMSF bank account number, AES-256 encrypted by the application.';
comment on column payroll.super_funds.electronic_service_address is 'SMSF messaging alias (ESA) for SuperStream contribution messages.';
comment on column payroll.super_funds.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.super_funds.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.super_funds enable row level security;
alter table payroll.super_funds force row level security;
create policy tenant_isolation on payroll.super_funds for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.super_funds to finnest_app;
grant select on payroll.super_funds to finnest_readonly;
create trigger set_updated_at before update on payroll.super_funds for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.super_funds for each row execute function finnest.audit_row('smsf_account_number_encrypted');
create table payroll.pay_details (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    pay_calendar_id uuid not null,
    pay_level_id uuid,
    super_fund_id uuid,
    tfn_declaration_id uuid,
    bank_detail_id uuid,
    employment_basis text not null,
    income_type char(3) not null default 'SAW',
    country_code char(2),
    tax_treatment_code char(6) not null,
    tax_free_threshold_claimed boolean not null default false,
    has_study_loan boolean not null default false,
    pay_basis text not null,
    hourly_rate numeric(12,4),
    annual_salary numeric(14,2),
    ordinary_hours_per_week numeric(6,2),
    payment_method text not null default 'bank_transfer',
    effective_from date not null,
    effective_to date,
    cessation_date date,
    cessation_type text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_pay_details primary key (id),
    constraint uq_pay_details__org_id_id unique (org_id, id),
    constraint fk_pay_details__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_pay_details__pay_calendar_id foreign key (org_id, pay_calendar_id) references payroll.pay_calendars (org_id, id),
    constraint fk_pay_details__pay_level_id foreign key (org_id, pay_level_id) references payroll.pay_levels (org_id, id),
    constraint fk_pay_details__super_fund_id foreign key (org_id, super_fund_id) references payroll.super_funds (org_id, id),
    constraint ck_pay_details__employment_basis check (employment_basis in ('F', 'P', 'C', 'L', 'V', 'D', 'N')),
    constraint ck_pay_details__income_type check (income_type in ('SAW', 'CHP', 'IAA', 'WHM', 'SWP', 'FEI', 'JPD', 'VOL', 'LAB', 'OSP')),
    constraint ck_pay_details__country_code_format check (country_code ~ '^[A-Z]{2}$'),
    constraint ck_pay_details__tax_treatment_code_format check (tax_treatment_code ~ '^[RACSHWFNDV][A-Z][SX][123X][HFX][0-9AX]$'),
    constraint ck_pay_details__pay_basis check (pay_basis in ('hourly', 'salary')),
    constraint ck_pay_details__hourly_rate_positive check (hourly_rate > 0),
    constraint ck_pay_details__annual_salary_positive check (annual_salary > 0),
    constraint ck_pay_details__ordinary_hours_per_week_range check (ordinary_hours_per_week between 0 and 38),
    constraint ck_pay_details__payment_method check (payment_method in ('bank_transfer', 'cheque', 'cash')),
    constraint ck_pay_details__cessation_type check (cessation_type in ('V', 'I', 'D', 'R', 'F', 'C', 'T')),
    constraint ck_pay_details__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_pay_details__salary_or_rate_given check ((pay_basis = 'salary' and annual_salary is not null) or (pay_basis = 'hourly' and (hourly_rate is not null or pay_level_id is not null))),
    constraint ck_pay_details__country_given_for_foreign_income check (income_type not in ('WHM', 'IAA', 'FEI') or country_code is not null),
    constraint ck_pay_details__cessation_dated_with_reason check ((cessation_date is null) = (cessation_type is null)),
    constraint ex_pay_details__no_overlap exclude using gist (org_id with =, employee_id with =, daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)
);
create index ix_pay_details__org_id_employee_id_effective_from on payroll.pay_details (org_id, employee_id, effective_from) where deleted_at is null;
create index ix_pay_details__org_id_employee_id on payroll.pay_details (org_id, employee_id);
create index ix_pay_details__org_id_pay_calendar_id on payroll.pay_details (org_id, pay_calendar_id);
create index ix_pay_details__org_id_pay_level_id on payroll.pay_details (org_id, pay_level_id);
create index ix_pay_details__org_id_super_fund_id on payroll.pay_details (org_id, super_fund_id);
create index ix_pay_details__org_id_tfn_declaration_id on payroll.pay_details (org_id, tfn_declaration_id);
create index ix_pay_details__org_id_bank_detail_id on payroll.pay_details (org_id, bank_detail_id);
comment on table payroll.pay_details is 'Per-employee pay settings (v2 pay_details): calendar, pay level or salary, STP employment basis, income type and tax treatment, super fund, for an effective period.';
comment on column payroll.pay_details.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.pay_details.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.pay_details.tfn_declaration_id is 'Soft reference to onboard.tfn_declarations (no FK: cross-domain). TFN declaration (NAT 3092) the tax settings come from.';
comment on column payroll.pay_details.bank_detail_id is 'Soft reference to onboard.bank_details (no FK: cross-domain). Account(s) net pay is paid into.';
comment on column payroll.pay_details.employment_basis is 'STP employment basis: F full-time, P part-time, C casual, L labour hire, V voluntary agreement, D death beneficiary, N non-employee.';
comment on column payroll.pay_details.income_type is 'STP Phase 2 income type reported for this employee.';
comment on column payroll.pay_details.country_code is 'ISO 3166 country: required for WHM, IAA and FEI income types.';
comment on column payroll.pay_details.tax_treatment_code is 'STP Phase 2 tax treatment code, e.g. RTXXXX: 1 category (R regular, A actor, C horticulturist/shearer, S senior/pensioner, H working holiday maker, W seasonal worker, F foreign resident, N no TFN, D ATO-defined, V voluntary agreement); 2 option (e.g. T tax-free threshold claimed, N not claimed); 3 study and training support loan S or X; 4 Medicare levy surcharge 1/2/3 or X; 5 Medicare levy exemption H/F or X; 6 Medicare levy reduction 0-9/A or X.';
comment on column payroll.pay_details.tax_free_threshold_claimed is 'Claims the $18,200 tax-free threshold with this employer.';
comment on column payroll.pay_details.has_study_loan is 'Has a HELP/VSL/SFSS/SSL/TSL debt: extra withholding (study and training support loans).';
comment on column payroll.pay_details.hourly_rate is 'AUD per ordinary hour, when it differs from the pay level (above award).';
comment on column payroll.pay_details.annual_salary is 'AUD per year for salaried employees.';
comment on column payroll.pay_details.ordinary_hours_per_week is 'Contracted ordinary hours per week; the NES caps ordinary hours at 38.';
comment on column payroll.pay_details.cessation_date is 'Last day of employment, reported through STP.';
comment on column payroll.pay_details.cessation_type is 'STP cessation reason: V voluntary, I ill-health, D deceased, R redundancy, F dismissal, C contract cessation, T transfer.';
comment on column payroll.pay_details.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.pay_details.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.pay_details enable row level security;
alter table payroll.pay_details force row level security;
create policy tenant_isolation on payroll.pay_details for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.pay_details to finnest_app;
grant select on payroll.pay_details to finnest_readonly;
create trigger set_updated_at before update on payroll.pay_details for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.pay_details for each row execute function finnest.audit_row();
create table payroll.deductions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    deduction_type text not null,
    stp_deduction_type char(1),
    description text,
    payee_name text,
    payee_reference text,
    amount numeric(14,2),
    percent_of_gross numeric(6,4),
    protected_earnings_amount numeric(14,2),
    total_limit numeric(14,2),
    is_statutory boolean not null default false,
    authorisation_reference text,
    authorised_on date,
    principally_benefits_employee boolean,
    authorisation_document_uri text,
    start_date date not null,
    end_date date,
    authorisation_withdrawn_at timestamptz,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_deductions primary key (id),
    constraint uq_deductions__org_id_id unique (org_id, id),
    constraint fk_deductions__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_deductions__deduction_type check (deduction_type in ('union_fees', 'salary_sacrifice_super', 'salary_sacrifice_other', 'workplace_giving', 'child_support', 'court_order', 'ato_garnishee', 'ewa_recovery', 'loan_repayment', 'uniform', 'accommodation', 'other')),
    constraint ck_deductions__stp_deduction_type check (stp_deduction_type in ('F', 'W', 'G', 'D')),
    constraint ck_deductions__amount_positive check (amount > 0),
    constraint ck_deductions__percent_of_gross_range check (percent_of_gross between 0 and 1),
    constraint ck_deductions__protected_earnings_amount_non_negative check (protected_earnings_amount >= 0),
    constraint ck_deductions__total_limit_positive check (total_limit > 0),
    constraint ck_deductions__status check (status in ('active', 'suspended', 'ended', 'withdrawn')),
    constraint ck_deductions__end_date_after_start_date check (end_date >= start_date),
    constraint ck_deductions__amount_or_percent check ((amount is null) <> (percent_of_gross is null)),
    constraint ck_deductions__statutory_matches_type check (is_statutory = (deduction_type in ('child_support', 'court_order', 'ato_garnishee'))),
    constraint ck_deductions__non_statutory_authorised_in_writing check (is_statutory or (nullif(btrim(authorisation_reference), '') is not null and authorised_on is not null and principally_benefits_employee is true)),
    constraint ck_deductions__authorised_before_start check (authorised_on is null or authorised_on <= start_date),
    constraint ck_deductions__withdrawn_has_time check (status <> 'withdrawn' or authorisation_withdrawn_at is not null)
);
create index ix_deductions__org_id_employee_id_status on payroll.deductions (org_id, employee_id, status) where deleted_at is null;
create index ix_deductions__org_id_employee_id on payroll.deductions (org_id, employee_id);
comment on table payroll.deductions is 'Standing deductions from an employee''s pay. FW Act s324: other than deductions required by law or court order, each needs the employee''s written authorisation and must principally benefit the employee.';
comment on column payroll.deductions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.deductions.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.deductions.deduction_type is 'child_support, court_order and ato_garnishee are required by law; every other type needs written authorisation.';
comment on column payroll.deductions.stp_deduction_type is 'STP Phase 2 deduction type: F union/professional association fees, W workplace giving, G child support garnishee, D child support deduction; null: not separately reported.';
comment on column payroll.deductions.payee_name is 'Who receives the money: union, charity, Services Australia, lender.';
comment on column payroll.deductions.payee_reference is 'Payee''s reference for the employee, e.g. child support case number.';
comment on column payroll.deductions.amount is 'AUD per pay; or use percent_of_gross.';
comment on column payroll.deductions.percent_of_gross is 'Fraction of gross per pay: 0.0500 = 5%.';
comment on column payroll.deductions.protected_earnings_amount is 'Net pay that must be left after a child support deduction (AUD per pay).';
comment on column payroll.deductions.total_limit is 'Stop once this much in total has been deducted (e.g. a loan balance).';
comment on column payroll.deductions.is_statutory is 'Required by law or court order, so no employee authorisation is needed.';
comment on column payroll.deductions.authorisation_reference is 'Written authorisation kept for s324: signed form or document id.';
comment on column payroll.deductions.authorised_on is 'Date the employee signed the authorisation.';
comment on column payroll.deductions.principally_benefits_employee is 's324(1)(a): confirmed that the deduction is principally for the employee''s benefit.';
comment on column payroll.deductions.authorisation_document_uri is 'Stored copy of the signed authorisation.';
comment on column payroll.deductions.authorisation_withdrawn_at is 'The employee may withdraw authorisation in writing at any time.';
comment on column payroll.deductions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.deductions.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.deductions enable row level security;
alter table payroll.deductions force row level security;
create policy tenant_isolation on payroll.deductions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.deductions to finnest_app;
grant select on payroll.deductions to finnest_readonly;
create trigger set_updated_at before update on payroll.deductions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.deductions for each row execute function finnest.audit_row();
create table payroll.pay_runs (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    pay_calendar_id uuid not null,
    run_type text not null default 'regular',
    reverses_pay_run_id uuid,
    period_start date not null,
    period_end date not null,
    payment_date date not null,
    status text not null default 'draft',
    employee_count integer not null default 0,
    total_gross numeric(14,2) not null default 0,
    total_tax_withheld numeric(14,2) not null default 0,
    total_deductions numeric(14,2) not null default 0,
    total_net numeric(14,2) not null default 0,
    total_super numeric(14,2) not null default 0,
    calculated_at timestamptz,
    approved_by uuid,
    approved_at timestamptz,
    paid_at timestamptz,
    reversed_at timestamptz,
    aba_file_name text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_pay_runs primary key (id),
    constraint uq_pay_runs__org_id_id unique (org_id, id),
    constraint fk_pay_runs__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_pay_runs__pay_calendar_id foreign key (org_id, pay_calendar_id) references payroll.pay_calendars (org_id, id),
    constraint ck_pay_runs__run_type check (run_type in ('regular', 'off_cycle', 'termination', 'adjustment', 'reversal')),
    constraint fk_pay_runs__reverses_pay_run_id foreign key (org_id, reverses_pay_run_id) references payroll.pay_runs (org_id, id),
    constraint ck_pay_runs__status check (status in ('draft', 'calculated', 'approved', 'paid', 'stp_submitted', 'reversed')),
    constraint ck_pay_runs__employee_count_non_negative check (employee_count >= 0),
    constraint ck_pay_runs__total_gross_non_negative check (total_gross >= 0),
    constraint ck_pay_runs__total_tax_withheld_non_negative check (total_tax_withheld >= 0),
    constraint ck_pay_runs__total_deductions_non_negative check (total_deductions >= 0),
    constraint ck_pay_runs__total_net_non_negative check (total_net >= 0),
    constraint ck_pay_runs__total_super_non_negative check (total_super >= 0),
    constraint fk_pay_runs__approved_by foreign key (org_id, approved_by) references public.users (org_id, id),
    constraint ck_pay_runs__period_end_after_period_start check (period_end >= period_start),
    constraint ck_pay_runs__payment_date_after_period_start check (payment_date >= period_start),
    constraint ck_pay_runs__net_is_gross_less_tax_and_deductions check (total_net = total_gross - total_tax_withheld - total_deductions),
    constraint ck_pay_runs__approved_has_approval check (status not in ('approved', 'paid', 'stp_submitted') or approved_at is not null),
    constraint ck_pay_runs__paid_has_time check (status not in ('paid', 'stp_submitted') or paid_at is not null),
    constraint ck_pay_runs__reversed_has_time check (status <> 'reversed' or reversed_at is not null),
    constraint ck_pay_runs__reversal_names_run check ((run_type = 'reversal') = (reverses_pay_run_id is not null)),
    constraint ex_pay_runs__no_overlapping_regular_runs exclude using gist (org_id with =, pay_calendar_id with =, daterange(period_start, period_end, '[]') with &&) where (deleted_at is null and run_type = 'regular' and status <> 'reversed')
);
create index ix_pay_runs__org_id_pay_calendar_id_period_start on payroll.pay_runs (org_id, pay_calendar_id, period_start) where deleted_at is null;
create index ix_pay_runs__org_id_status_payment_date on payroll.pay_runs (org_id, status, payment_date) where deleted_at is null;
create index ix_pay_runs__org_id_pay_calendar_id on payroll.pay_runs (org_id, pay_calendar_id);
create index ix_pay_runs__org_id_reverses_pay_run_id on payroll.pay_runs (org_id, reverses_pay_run_id);
create index ix_pay_runs__org_id_approved_by on payroll.pay_runs (org_id, approved_by);
comment on table payroll.pay_runs is 'One payroll run for one pay period of a calendar, from draft to paid and reported to the ATO through STP. Totals are kept on the run for review and approval.';
comment on column payroll.pay_runs.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.pay_runs.run_type is 'regular: the period''s run; off_cycle, termination, adjustment: extra runs; reversal: undoes reverses_pay_run_id.';
comment on column payroll.pay_runs.payment_date is 'Payday: STP pay events are due on or before it.';
comment on column payroll.pay_runs.total_gross is 'AUD, gross before tax (after salary sacrifice).';
comment on column payroll.pay_runs.total_tax_withheld is 'AUD, PAYG withholding.';
comment on column payroll.pay_runs.total_deductions is 'AUD, post-tax deductions.';
comment on column payroll.pay_runs.total_net is 'AUD paid into employees'' accounts.';
comment on column payroll.pay_runs.total_super is 'AUD super guarantee and other employer contributions (not part of net).';
comment on column payroll.pay_runs.aba_file_name is 'Direct Entry (ABA/Cemtex) file the net pay went out in.';
comment on column payroll.pay_runs.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.pay_runs.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.pay_runs enable row level security;
alter table payroll.pay_runs force row level security;
create policy tenant_isolation on payroll.pay_runs for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.pay_runs to finnest_app;
grant select on payroll.pay_runs to finnest_readonly;
create trigger set_updated_at before update on payroll.pay_runs for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.pay_runs for each row execute function finnest.audit_row();
create table payroll.pay_lines (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    pay_run_id uuid not null,
    employee_id uuid not null,
    timecard_id uuid,
    income_type char(3) not null default 'SAW',
    tax_treatment_code char(6) not null,
    country_code char(2),
    payment_category text not null,
    stp_code text,
    description text,
    allowance_id uuid,
    deduction_id uuid,
    pay_level_id uuid,
    award_classification_id uuid,
    work_date date,
    hours numeric(6,2),
    units numeric(10,2),
    rate numeric(12,4),
    amount numeric(14,2) not null,
    is_ordinary_time_earnings boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_pay_lines primary key (id),
    constraint uq_pay_lines__org_id_id unique (org_id, id),
    constraint fk_pay_lines__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_pay_lines__pay_run_id foreign key (org_id, pay_run_id) references payroll.pay_runs (org_id, id),
    constraint ck_pay_lines__income_type check (income_type in ('SAW', 'CHP', 'IAA', 'WHM', 'SWP', 'FEI', 'JPD', 'VOL', 'LAB', 'OSP')),
    constraint ck_pay_lines__tax_treatment_code_format check (tax_treatment_code ~ '^[RACSHWFNDV][A-Z][SX][123X][HFX][0-9AX]$'),
    constraint ck_pay_lines__country_code_format check (country_code ~ '^[A-Z]{2}$'),
    constraint ck_pay_lines__payment_category check (payment_category in ('gross', 'paid_leave', 'allowance', 'overtime', 'bonus_commission', 'directors_fees', 'cdep', 'salary_sacrifice', 'lump_sum', 'etp', 'resc', 'deduction')),
    constraint fk_pay_lines__allowance_id foreign key (org_id, allowance_id) references payroll.allowances (org_id, id),
    constraint fk_pay_lines__deduction_id foreign key (org_id, deduction_id) references payroll.deductions (org_id, id),
    constraint fk_pay_lines__pay_level_id foreign key (org_id, pay_level_id) references payroll.pay_levels (org_id, id),
    constraint fk_pay_lines__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_pay_lines__hours_non_negative check (hours >= 0),
    constraint ck_pay_lines__units_non_negative check (units >= 0),
    constraint ck_pay_lines__rate_non_negative check (rate >= 0),
    constraint ck_pay_lines__amount_non_negative check (amount >= 0),
    constraint ck_pay_lines__hours_or_units check (hours is null or units is null),
    constraint ck_pay_lines__amount_is_quantity_times_rate check (rate is null or coalesce(hours, units) is null or amount = round(coalesce(hours, units) * rate, 2)),
    constraint ck_pay_lines__stp_code_matches_category check ((payment_category = 'paid_leave' and coalesce(stp_code, '') in ('C', 'U', 'P', 'W', 'A', 'O'))
or (payment_category = 'allowance' and coalesce(stp_code, '') in ('CD', 'AD', 'LD', 'MD', 'RD', 'TD', 'KN', 'QN', 'OD'))
or (payment_category = 'salary_sacrifice' and coalesce(stp_code, '') in ('S', 'O'))
or (payment_category = 'lump_sum' and coalesce(stp_code, '') in ('A', 'B', 'D', 'E', 'W'))
or (payment_category = 'etp' and coalesce(stp_code, '') in ('R', 'O', 'S', 'P', 'D', 'B', 'N', 'T'))
or (payment_category = 'deduction' and coalesce(stp_code, '') in ('F', 'W', 'G', 'D'))
or (payment_category in ('gross', 'overtime', 'bonus_commission', 'directors_fees', 'cdep', 'resc') and stp_code is null)),
    constraint ck_pay_lines__other_allowance_described check (stp_code is distinct from 'OD' or nullif(btrim(description), '') is not null),
    constraint ck_pay_lines__allowance_line_names_allowance check (payment_category <> 'allowance' or allowance_id is not null),
    constraint ck_pay_lines__deduction_line_names_deduction check (case payment_category when 'deduction' then deduction_id is not null when 'salary_sacrifice' then true else deduction_id is null end),
    constraint ck_pay_lines__country_given_for_foreign_income check (income_type not in ('WHM', 'IAA', 'FEI') or country_code is not null)
);
create index ix_pay_lines__org_id_pay_run_id_employee_id on payroll.pay_lines (org_id, pay_run_id, employee_id) where deleted_at is null;
create index ix_pay_lines__org_id_employee_id_work_date on payroll.pay_lines (org_id, employee_id, work_date) where deleted_at is null;
create index ix_pay_lines__org_id_pay_run_id on payroll.pay_lines (org_id, pay_run_id);
create index ix_pay_lines__org_id_employee_id on payroll.pay_lines (org_id, employee_id);
create index ix_pay_lines__org_id_timecard_id on payroll.pay_lines (org_id, timecard_id);
create index ix_pay_lines__org_id_allowance_id on payroll.pay_lines (org_id, allowance_id);
create index ix_pay_lines__org_id_deduction_id on payroll.pay_lines (org_id, deduction_id);
create index ix_pay_lines__org_id_pay_level_id on payroll.pay_lines (org_id, pay_level_id);
create index ix_pay_lines__award_classification_id on payroll.pay_lines (award_classification_id);
comment on table payroll.pay_lines is 'One component of an employee''s pay in a run, disaggregated as STP Phase 2 reports it: gross, paid leave, allowances, overtime, bonuses, directors'' fees, CDEP, salary sacrifice, lump sums, ETPs, RESC, and deductions.';
comment on column payroll.pay_lines.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.pay_lines.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.pay_lines.timecard_id is 'Soft reference to timekeep.timecards (no FK: cross-domain). Approved timecard the hours came from.';
comment on column payroll.pay_lines.income_type is 'STP Phase 2 income type: SAW salary and wages, CHP closely held, IAA inbound assignee, WHM working holiday maker, SWP seasonal worker, FEI foreign employment, JPD joint petroleum development area, VOL voluntary agreement, LAB labour-hire contractor, OSP other specified payments.';
comment on column payroll.pay_lines.tax_treatment_code is 'STP Phase 2 tax treatment code, e.g. RTXXXX: 1 category (R regular, A actor, C horticulturist/shearer, S senior/pensioner, H working holiday maker, W seasonal worker, F foreign resident, N no TFN, D ATO-defined, V voluntary agreement); 2 option (e.g. T tax-free threshold claimed, N not claimed); 3 study and training support loan S or X; 4 Medicare levy surcharge 1/2/3 or X; 5 Medicare levy exemption H/F or X; 6 Medicare levy reduction 0-9/A or X.';
comment on column payroll.pay_lines.country_code is 'ISO 3166 country: required for WHM, IAA and FEI income types.';
comment on column payroll.pay_lines.payment_category is 'STP Phase 2 disaggregation of gross, plus post-tax deductions so one run holds everything a payslip shows.';
comment on column payroll.pay_lines.stp_code is 'Sub-type within the category: paid leave C/U/P/W/A/O; allowance CD/AD/LD/MD/RD/TD/KN/QN/OD; salary sacrifice S super / O other; lump sum A/B/D/E/W; ETP R/O/S/P/D/B/N/T; deduction F/W/G/D; null for the others.';
comment on column payroll.pay_lines.description is 'Payslip text; required for other allowances (OD).';
comment on column payroll.pay_lines.award_classification_id is 'Classification the hours were paid under (award compliance reporting).';
comment on column payroll.pay_lines.work_date is 'Day worked, for hour-based lines.';
comment on column payroll.pay_lines.hours is 'Hours paid at rate.';
comment on column payroll.pay_lines.units is 'Non-hour quantity paid at rate: km for CD allowances, shifts, items.';
comment on column payroll.pay_lines.rate is 'AUD per hour or per unit, loadings and penalties included.';
comment on column payroll.pay_lines.amount is 'AUD; the category says whether it adds to gross or is deducted. Reversal runs repeat lines unchanged.';
comment on column payroll.pay_lines.is_ordinary_time_earnings is 'Counts towards OTE for super guarantee.';
comment on column payroll.pay_lines.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.pay_lines.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.pay_lines enable row level security;
alter table payroll.pay_lines force row level security;
create policy tenant_isolation on payroll.pay_lines for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.pay_lines to finnest_app;
grant select on payroll.pay_lines to finnest_readonly;
create trigger set_updated_at before update on payroll.pay_lines for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.pay_lines for each row execute function finnest.audit_row();
create table payroll.tax_calculations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    pay_run_id uuid not null,
    employee_id uuid not null,
    pay_line_id uuid,
    financial_year char(7) not null,
    method text not null,
    scale integer,
    tax_treatment_code char(6) not null,
    taxable_earnings numeric(14,2) not null,
    weekly_equivalent numeric(14,2),
    coefficient_a numeric(12,4),
    coefficient_b numeric(12,4),
    withheld_amount numeric(14,2) not null,
    study_loan_amount numeric(14,2) not null default 0,
    medicare_levy_amount numeric(14,2),
    tax_free_threshold_claimed boolean not null,
    upwards_variation_amount numeric(14,2) not null default 0,
    calculated_at timestamptz not null default now(),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_tax_calculations primary key (id),
    constraint uq_tax_calculations__org_id_id unique (org_id, id),
    constraint fk_tax_calculations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_tax_calculations__pay_run_id foreign key (org_id, pay_run_id) references payroll.pay_runs (org_id, id),
    constraint fk_tax_calculations__pay_line_id foreign key (org_id, pay_line_id) references payroll.pay_lines (org_id, id),
    constraint ck_tax_calculations__financial_year_format check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    constraint ck_tax_calculations__method check (method in ('schedule_1', 'schedule_5_back_payment', 'schedule_11_etp', 'schedule_15_whm', 'no_tfn', 'foreign_resident', 'voluntary_agreement', 'flat_rate', 'manual')),
    constraint ck_tax_calculations__scale_range check (scale between 1 and 6),
    constraint ck_tax_calculations__tax_treatment_code_format check (tax_treatment_code ~ '^[RACSHWFNDV][A-Z][SX][123X][HFX][0-9AX]$'),
    constraint ck_tax_calculations__taxable_earnings_non_negative check (taxable_earnings >= 0),
    constraint ck_tax_calculations__weekly_equivalent_non_negative check (weekly_equivalent >= 0),
    constraint ck_tax_calculations__withheld_amount_non_negative check (withheld_amount >= 0),
    constraint ck_tax_calculations__study_loan_amount_non_negative check (study_loan_amount >= 0),
    constraint ck_tax_calculations__medicare_levy_amount_non_negative check (medicare_levy_amount >= 0),
    constraint ck_tax_calculations__upwards_variation_amount_non_negative check (upwards_variation_amount >= 0),
    constraint ck_tax_calculations__schedule_1_has_scale check (method <> 'schedule_1' or scale is not null),
    constraint ck_tax_calculations__study_loan_within_withholding check (study_loan_amount <= withheld_amount)
);
create unique index uq_tax_calculations__org_id_pay_run_id_employee_id_pay_line_id on payroll.tax_calculations (org_id, pay_run_id, employee_id, (coalesce(pay_line_id, '00000000-0000-0000-0000-000000000000'::uuid))) where deleted_at is null;
create index ix_tax_calculations__org_id_employee_id_financial_year on payroll.tax_calculations (org_id, employee_id, financial_year) where deleted_at is null;
create index ix_tax_calculations__org_id_pay_run_id on payroll.tax_calculations (org_id, pay_run_id);
create index ix_tax_calculations__org_id_employee_id on payroll.tax_calculations (org_id, employee_id);
create index ix_tax_calculations__org_id_pay_line_id on payroll.tax_calculations (org_id, pay_line_id);
comment on table payroll.tax_calculations is 'PAYG withholding worked out for an employee in a run (or for one lump sum or ETP line): the ATO schedule and scale, the coefficients used, and the amounts withheld.';
comment on column payroll.tax_calculations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.tax_calculations.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.tax_calculations.pay_line_id is 'Set when a line is taxed on its own (back payments, lump sums, ETPs); null: the employee''s regular earnings in the run.';
comment on column payroll.tax_calculations.financial_year is 'Income year, 1 July to 30 June, e.g. 2025-26.';
comment on column payroll.tax_calculations.method is 'ATO withholding method: Schedule 1 (NAT 1004) formula, Schedule 5 back payments, Schedule 11 ETPs, Schedule 15 working holiday makers, no-TFN top rate, and so on.';
comment on column payroll.tax_calculations.scale is 'Schedule 1 scale: 1 no tax-free threshold, 2 threshold claimed, 3 foreign resident, 4 no TFN, 5 full Medicare exemption, 6 half Medicare exemption.';
comment on column payroll.tax_calculations.tax_treatment_code is 'STP Phase 2 tax treatment code, e.g. RTXXXX: 1 category (R regular, A actor, C horticulturist/shearer, S senior/pensioner, H working holiday maker, W seasonal worker, F foreign resident, N no TFN, D ATO-defined, V voluntary agreement); 2 option (e.g. T tax-free threshold claimed, N not claimed); 3 study and training support loan S or X; 4 Medicare levy surcharge 1/2/3 or X; 5 Medicare levy exemption H/F or X; 6 Medicare levy reduction 0-9/A or X.';
comment on column payroll.tax_calculations.taxable_earnings is 'AUD earnings in the pay period subject to withholding.';
comment on column payroll.tax_calculations.weekly_equivalent is 'Schedule 1 x: weekly earnings, whole dollars plus 99 cents.';
comment on column payroll.tax_calculations.coefficient_a is 'Schedule 1 coefficient a of y = ax - b for the earnings bracket.';
comment on column payroll.tax_calculations.coefficient_b is 'Schedule 1 coefficient b (AUD) of y = ax - b.';
comment on column payroll.tax_calculations.withheld_amount is 'AUD withheld this pay, including the study loan component.';
comment on column payroll.tax_calculations.study_loan_amount is 'AUD of the withholding for study and training support loans.';
comment on column payroll.tax_calculations.medicare_levy_amount is 'AUD of the withholding attributable to the 2% Medicare levy (informational).';
comment on column payroll.tax_calculations.tax_free_threshold_claimed is 'The $18,200 threshold was applied.';
comment on column payroll.tax_calculations.upwards_variation_amount is 'AUD of extra withholding the employee asked for.';
comment on column payroll.tax_calculations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.tax_calculations.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.tax_calculations enable row level security;
alter table payroll.tax_calculations force row level security;
create policy tenant_isolation on payroll.tax_calculations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.tax_calculations to finnest_app;
grant select on payroll.tax_calculations to finnest_readonly;
create trigger set_updated_at before update on payroll.tax_calculations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.tax_calculations for each row execute function finnest.audit_row();
create table payroll.super_calculations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    pay_run_id uuid,
    employee_id uuid not null,
    super_fund_id uuid not null,
    contribution_type text not null default 'sg',
    regime text not null,
    period_start date not null,
    period_end date not null,
    ordinary_time_earnings numeric(14,2) not null,
    sg_rate numeric(6,4) not null,
    maximum_contribution_base numeric(14,2),
    amount numeric(14,2) not null,
    is_new_employee_first_payday boolean not null default false,
    due_date date not null,
    status text not null default 'pending',
    superstream_batch_reference text,
    batched_at timestamptz,
    sent_at timestamptz,
    accepted_at timestamptz,
    rejection_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_super_calculations primary key (id),
    constraint uq_super_calculations__org_id_id unique (org_id, id),
    constraint fk_super_calculations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_super_calculations__pay_run_id foreign key (org_id, pay_run_id) references payroll.pay_runs (org_id, id),
    constraint fk_super_calculations__super_fund_id foreign key (org_id, super_fund_id) references payroll.super_funds (org_id, id),
    constraint ck_super_calculations__contribution_type check (contribution_type in ('sg', 'salary_sacrifice', 'employer_additional', 'paid_parental_leave_sg', 'sg_shortfall')),
    constraint ck_super_calculations__regime check (regime in ('quarterly', 'payday')),
    constraint ck_super_calculations__ordinary_time_earnings_non_negative check (ordinary_time_earnings >= 0),
    constraint ck_super_calculations__sg_rate_range check (sg_rate between 0 and 1),
    constraint ck_super_calculations__maximum_contribution_base_positive check (maximum_contribution_base > 0),
    constraint ck_super_calculations__amount_non_negative check (amount >= 0),
    constraint ck_super_calculations__status check (status in ('pending', 'batched', 'sent', 'accepted', 'rejected', 'refunded')),
    constraint ck_super_calculations__period_end_after_period_start check (period_end >= period_start),
    constraint ck_super_calculations__due_after_period_start check (due_date >= period_start),
    constraint ck_super_calculations__sent_has_time check (status not in ('sent', 'accepted') or sent_at is not null),
    constraint ck_super_calculations__rejected_has_reason check (status <> 'rejected' or rejection_reason is not null)
);
create index ix_super_calculations__org_id_status_due_date on payroll.super_calculations (org_id, status, due_date) where deleted_at is null;
create index ix_super_calculations__org_id_employee_id_period_start on payroll.super_calculations (org_id, employee_id, period_start) where deleted_at is null;
create index ix_super_calculations__org_id_pay_run_id on payroll.super_calculations (org_id, pay_run_id);
create index ix_super_calculations__org_id_employee_id on payroll.super_calculations (org_id, employee_id);
create index ix_super_calculations__org_id_super_fund_id on payroll.super_calculations (org_id, super_fund_id);
comment on table payroll.super_calculations is 'Super contributions owed for an employee: ordinary time earnings, the SG rate and maximum contribution base applied (as data, as they change by year), the amount and its journey through SuperStream to the fund.';
comment on column payroll.super_calculations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.super_calculations.pay_run_id is 'Run the earnings were paid in; null for a quarterly top-up or correction.';
comment on column payroll.super_calculations.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.super_calculations.contribution_type is 'sg: super guarantee; paid_parental_leave_sg: 12% on government Paid Parental Leave from 1 July 2025; sg_shortfall: late or short SG made good.';
comment on column payroll.super_calculations.regime is 'quarterly: due 28 days after each quarter until 30 June 2026; payday: Payday Super from 1 July 2026, due within 7 business days of payday (20 for a new employee''s first).';
comment on column payroll.super_calculations.ordinary_time_earnings is 'AUD of OTE (qualifying earnings under Payday Super) in the period.';
comment on column payroll.super_calculations.sg_rate is 'Super guarantee rate applied, fraction: 0.1200 = 12% (from 1 July 2025).';
comment on column payroll.super_calculations.maximum_contribution_base is 'Quarterly maximum contribution base in AUD of OTE applied, e.g. 62500.00 for 2025-26; SG is not owed on OTE above it.';
comment on column payroll.super_calculations.amount is 'AUD contribution.';
comment on column payroll.super_calculations.is_new_employee_first_payday is 'Payday Super allows 20 business days instead of 7 for a new employee''s first contribution.';
comment on column payroll.super_calculations.due_date is 'When the money must reach the fund.';
comment on column payroll.super_calculations.superstream_batch_reference is 'Clearing house or SuperStream contribution batch the amount was sent in.';
comment on column payroll.super_calculations.rejection_reason is 'Fund''s reason, e.g. member not found, USI closed.';
comment on column payroll.super_calculations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.super_calculations.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.super_calculations enable row level security;
alter table payroll.super_calculations force row level security;
create policy tenant_isolation on payroll.super_calculations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.super_calculations to finnest_app;
grant select on payroll.super_calculations to finnest_readonly;
create trigger set_updated_at before update on payroll.super_calculations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.super_calculations for each row execute function finnest.audit_row();
create table payroll.stp_submissions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    event_type text not null,
    pay_run_id uuid,
    replaces_submission_id uuid,
    financial_year char(7) not null,
    payer_abn char(11) not null,
    payer_branch char(3) not null default '001',
    bms_id text not null,
    run_date date not null,
    is_finalisation boolean not null default false,
    employee_count integer not null default 0,
    total_gross numeric(14,2) not null default 0,
    total_paygw numeric(14,2) not null default 0,
    status text not null default 'draft',
    message_id text,
    ato_receipt_number text,
    submitted_at timestamptz,
    responded_at timestamptz,
    ato_response jsonb,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_stp_submissions primary key (id),
    constraint uq_stp_submissions__org_id_id unique (org_id, id),
    constraint fk_stp_submissions__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_stp_submissions__event_type check (event_type in ('pay', 'update', 'full_file_replacement')),
    constraint fk_stp_submissions__pay_run_id foreign key (org_id, pay_run_id) references payroll.pay_runs (org_id, id),
    constraint fk_stp_submissions__replaces_submission_id foreign key (org_id, replaces_submission_id) references payroll.stp_submissions (org_id, id),
    constraint ck_stp_submissions__financial_year_format check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    constraint ck_stp_submissions__payer_abn_format check (payer_abn ~ '^[0-9]{11}$'),
    constraint ck_stp_submissions__payer_abn_checksum check (finnest.is_valid_abn(payer_abn)),
    constraint ck_stp_submissions__payer_branch_format check (payer_branch ~ '^[0-9]{3}$'),
    constraint ck_stp_submissions__employee_count_non_negative check (employee_count >= 0),
    constraint ck_stp_submissions__total_gross_non_negative check (total_gross >= 0),
    constraint ck_stp_submissions__total_paygw_non_negative check (total_paygw >= 0),
    constraint ck_stp_submissions__status check (status in ('draft', 'queued', 'submitted', 'accepted', 'accepted_with_warnings', 'rejected', 'failed')),
    constraint ck_stp_submissions__pay_event_has_run check (event_type <> 'pay' or pay_run_id is not null),
    constraint ck_stp_submissions__replacement_names_original check ((event_type = 'full_file_replacement') = (replaces_submission_id is not null)),
    constraint ck_stp_submissions__finalisation_not_replacement check (not is_finalisation or event_type <> 'full_file_replacement'),
    constraint ck_stp_submissions__accepted_has_receipt check (status not in ('accepted', 'accepted_with_warnings') or ato_receipt_number is not null),
    constraint ck_stp_submissions__submitted_has_time check (status in ('draft', 'queued') or submitted_at is not null),
    constraint ck_stp_submissions__responded_after_submitted check (responded_at is null or responded_at >= submitted_at)
);
create index ix_stp_submissions__org_id_financial_year_run_date on payroll.stp_submissions (org_id, financial_year, run_date) where deleted_at is null;
create index ix_stp_submissions__org_id_status on payroll.stp_submissions (org_id, status) where deleted_at is null;
create index ix_stp_submissions__org_id_pay_run_id on payroll.stp_submissions (org_id, pay_run_id);
create index ix_stp_submissions__org_id_replaces_submission_id on payroll.stp_submissions (org_id, replaces_submission_id);
comment on table payroll.stp_submissions is 'Single Touch Payroll Phase 2 lodgements to the ATO: a pay event per run (on or before payday), update events for corrections and finalisation (by 14 July), or a full file replacement of a pay event.';
comment on column payroll.stp_submissions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.stp_submissions.pay_run_id is 'Run a pay event reports; null for update events.';
comment on column payroll.stp_submissions.replaces_submission_id is 'Pay event a full file replacement replaces.';
comment on column payroll.stp_submissions.financial_year is 'Income year reported, e.g. 2025-26.';
comment on column payroll.stp_submissions.payer_branch is 'ABN branch number registered for PAYG withholding.';
comment on column payroll.stp_submissions.bms_id is 'Business management software id: identifies this payroll to the ATO; must stay stable between events.';
comment on column payroll.stp_submissions.run_date is 'Date of the pay event (payday) or of the update.';
comment on column payroll.stp_submissions.is_finalisation is 'Declares employees'' year-end totals final (due 14 July).';
comment on column payroll.stp_submissions.total_gross is 'AUD gross reported in the event.';
comment on column payroll.stp_submissions.total_paygw is 'AUD PAYG withholding reported in the event.';
comment on column payroll.stp_submissions.message_id is 'Message id sent through the SBR gateway or sending service provider.';
comment on column payroll.stp_submissions.ato_receipt_number is 'Receipt id the ATO returns on acceptance.';
comment on column payroll.stp_submissions.ato_response is 'Errors and warnings returned by the ATO.';
comment on column payroll.stp_submissions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.stp_submissions.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.stp_submissions enable row level security;
alter table payroll.stp_submissions force row level security;
create policy tenant_isolation on payroll.stp_submissions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.stp_submissions to finnest_app;
grant select on payroll.stp_submissions to finnest_readonly;
create trigger set_updated_at before update on payroll.stp_submissions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.stp_submissions for each row execute function finnest.audit_row();
create table payroll.payslips (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    pay_run_id uuid not null,
    employee_id uuid not null,
    payslip_number text not null,
    period_start date not null,
    period_end date not null,
    payment_date date not null,
    employer_name text not null,
    employer_abn char(11) not null,
    gross_pay numeric(14,2) not null,
    tax_withheld numeric(14,2) not null,
    total_deductions numeric(14,2) not null default 0,
    net_pay numeric(14,2) not null,
    super_amount numeric(14,2) not null default 0,
    super_fund_name text,
    ordinary_hourly_rate numeric(12,4),
    ordinary_hours numeric(6,2),
    ytd_gross numeric(14,2),
    ytd_tax_withheld numeric(14,2),
    ytd_super numeric(14,2),
    line_items jsonb not null default '[]'::jsonb,
    status text not null default 'draft',
    issued_at timestamptz,
    delivery_method text,
    viewed_at timestamptz,
    document_uri text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_payslips primary key (id),
    constraint uq_payslips__org_id_id unique (org_id, id),
    constraint fk_payslips__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_payslips__pay_run_id foreign key (org_id, pay_run_id) references payroll.pay_runs (org_id, id),
    constraint ck_payslips__employer_abn_format check (employer_abn ~ '^[0-9]{11}$'),
    constraint ck_payslips__employer_abn_checksum check (finnest.is_valid_abn(employer_abn)),
    constraint ck_payslips__gross_pay_non_negative check (gross_pay >= 0),
    constraint ck_payslips__tax_withheld_non_negative check (tax_withheld >= 0),
    constraint ck_payslips__total_deductions_non_negative check (total_deductions >= 0),
    constraint ck_payslips__net_pay_non_negative check (net_pay >= 0),
    constraint ck_payslips__super_amount_non_negative check (super_amount >= 0),
    constraint ck_payslips__ordinary_hourly_rate_non_negative check (ordinary_hourly_rate >= 0),
    constraint ck_payslips__ordinary_hours_non_negative check (ordinary_hours >= 0),
    constraint ck_payslips__ytd_gross_non_negative check (ytd_gross >= 0),
    constraint ck_payslips__ytd_tax_withheld_non_negative check (ytd_tax_withheld >= 0),
    constraint ck_payslips__ytd_super_non_negative check (ytd_super >= 0),
    constraint ck_payslips__status check (status in ('draft', 'issued', 'reissued', 'void')),
    constraint ck_payslips__delivery_method check (delivery_method in ('email', 'portal', 'print')),
    constraint ck_payslips__period_end_after_period_start check (period_end >= period_start),
    constraint ck_payslips__net_is_gross_less_tax_and_deductions check (net_pay = gross_pay - tax_withheld - total_deductions),
    constraint ck_payslips__issued_has_time check (status not in ('issued', 'reissued') or issued_at is not null),
    constraint ck_payslips__line_items_is_array check (jsonb_typeof(line_items) = 'array')
);
create unique index uq_payslips__org_id_payslip_number on payroll.payslips (org_id, payslip_number) where deleted_at is null;
create index ix_payslips__org_id_employee_id_payment_date on payroll.payslips (org_id, employee_id, payment_date) where deleted_at is null;
create index ix_payslips__org_id_pay_run_id_employee_id on payroll.payslips (org_id, pay_run_id, employee_id) where deleted_at is null;
create index ix_payslips__org_id_pay_run_id on payroll.payslips (org_id, pay_run_id);
create index ix_payslips__org_id_employee_id on payroll.payslips (org_id, employee_id);
comment on table payroll.payslips is 'Payslips issued to employees for a run (Fair Work Regulations 3.46: within one working day of payment, showing employer and ABN, period, gross and net, hours and rates, deductions and super).';
comment on column payroll.payslips.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.payslips.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.payslips.gross_pay is 'AUD.';
comment on column payroll.payslips.tax_withheld is 'AUD PAYG withholding.';
comment on column payroll.payslips.total_deductions is 'AUD post-tax deductions.';
comment on column payroll.payslips.net_pay is 'AUD paid to the employee.';
comment on column payroll.payslips.super_amount is 'AUD employer super contributions for the period.';
comment on column payroll.payslips.super_fund_name is 'Fund the super is paid to (required on the payslip).';
comment on column payroll.payslips.ordinary_hourly_rate is 'AUD per ordinary hour, as shown.';
comment on column payroll.payslips.ytd_gross is 'Financial-year-to-date gross, AUD.';
comment on column payroll.payslips.line_items is 'The lines exactly as shown to the employee (rates, hours, loadings, allowances, deductions); kept even if pay lines change later.';
comment on column payroll.payslips.document_uri is 'Rendered PDF.';
comment on column payroll.payslips.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.payslips.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.payslips enable row level security;
alter table payroll.payslips force row level security;
create policy tenant_isolation on payroll.payslips for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.payslips to finnest_app;
grant select on payroll.payslips to finnest_readonly;
create trigger set_updated_at before update on payroll.payslips for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.payslips for each row execute function finnest.audit_row();
create table payroll.rate_cards (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    client_id uuid,
    client_rate_card_id uuid,
    award_id uuid,
    award_classification_id uuid,
    pay_level_id uuid,
    position_title text,
    employment_type text not null,
    rate_category text not null default 'ordinary',
    pay_rate numeric(12,4) not null,
    charge_rate numeric(12,4) not null,
    markup numeric(6,4) generated always as (round(charge_rate / pay_rate - 1, 4)) stored,
    effective_from date not null,
    effective_to date,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_rate_cards primary key (id),
    constraint uq_rate_cards__org_id_id unique (org_id, id),
    constraint fk_rate_cards__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_rate_cards__award_id foreign key (award_id) references compliance.awards (id),
    constraint fk_rate_cards__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint fk_rate_cards__pay_level_id foreign key (org_id, pay_level_id) references payroll.pay_levels (org_id, id),
    constraint ck_rate_cards__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term')),
    constraint ck_rate_cards__rate_category check (rate_category in ('ordinary', 'saturday', 'sunday', 'public_holiday', 'evening_shift', 'night_shift', 'overtime_150', 'overtime_200', 'overtime_250', 'allowance')),
    constraint ck_rate_cards__pay_rate_positive check (pay_rate > 0),
    constraint ck_rate_cards__charge_rate_positive check (charge_rate > 0),
    constraint ck_rate_cards__status check (status in ('draft', 'active', 'superseded', 'inactive')),
    constraint ck_rate_cards__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_rate_cards__identifies_the_work check (award_classification_id is not null or pay_level_id is not null or position_title is not null),
    constraint ex_rate_cards__no_overlap exclude using gist (org_id with =, (coalesce(client_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
(coalesce(award_classification_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
(coalesce(pay_level_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =, (coalesce(position_title, '')) with =,
employment_type with =, rate_category with =, daterange(effective_from, effective_to, '[]') with &&)
where (deleted_at is null and status <> 'inactive')
);
create index ix_rate_cards__org_id_client_id_effective_from on payroll.rate_cards (org_id, client_id, effective_from) where deleted_at is null;
create index ix_rate_cards__org_id_award_classification_id_employment_type on payroll.rate_cards (org_id, award_classification_id, employment_type) where deleted_at is null;
create index ix_rate_cards__org_id_client_id on payroll.rate_cards (org_id, client_id);
create index ix_rate_cards__org_id_client_rate_card_id on payroll.rate_cards (org_id, client_rate_card_id);
create index ix_rate_cards__award_id on payroll.rate_cards (award_id);
create index ix_rate_cards__award_classification_id on payroll.rate_cards (award_classification_id);
create index ix_rate_cards__org_id_pay_level_id on payroll.rate_cards (org_id, pay_level_id);
comment on table payroll.rate_cards is 'Payroll''s pay and charge rates: what an employee is paid and what the client is charged per hour, per classification, employment type and rate category, for an effective period. Invoices are priced from it.';
comment on column payroll.rate_cards.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.rate_cards.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Client the rates were agreed with; null: the organisation''s standard rates.';
comment on column payroll.rate_cards.client_rate_card_id is 'Soft reference to clients.rate_cards (no FK: cross-domain). Commercial rate card agreed with the client that these rates implement.';
comment on column payroll.rate_cards.position_title is 'Position the rate is for, e.g. Forklift driver.';
comment on column payroll.rate_cards.rate_category is 'Timecard line category the rate applies to.';
comment on column payroll.rate_cards.pay_rate is 'AUD per hour paid to the worker, loadings and penalties included.';
comment on column payroll.rate_cards.charge_rate is 'AUD per hour charged to the client, GST exclusive.';
comment on column payroll.rate_cards.markup is 'Charge over pay as a fraction: 0.3000 = 30% (derived).';
comment on column payroll.rate_cards.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.rate_cards.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.rate_cards enable row level security;
alter table payroll.rate_cards force row level security;
create policy tenant_isolation on payroll.rate_cards for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.rate_cards to finnest_app;
grant select on payroll.rate_cards to finnest_readonly;
create trigger set_updated_at before update on payroll.rate_cards for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.rate_cards for each row execute function finnest.audit_row();
create table payroll.invoices (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    client_id uuid not null,
    billing_contact_id uuid,
    site_id uuid,
    invoice_number text not null,
    client_abn char(11),
    purchase_order_number text,
    status text not null default 'draft',
    period_start date,
    period_end date,
    issue_date date,
    due_date date,
    payment_terms_days integer,
    subtotal numeric(14,2) not null default 0,
    gst_amount numeric(14,2) not null default 0,
    total numeric(14,2) not null default 0,
    amount_paid numeric(14,2) not null default 0,
    paid_at timestamptz,
    voided_at timestamptz,
    void_reason text,
    external_reference text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_invoices primary key (id),
    constraint uq_invoices__org_id_id unique (org_id, id),
    constraint fk_invoices__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_invoices__client_abn_format check (client_abn ~ '^[0-9]{11}$'),
    constraint ck_invoices__client_abn_checksum check (finnest.is_valid_abn(client_abn)),
    constraint ck_invoices__status check (status in ('draft', 'issued', 'part_paid', 'paid', 'overdue', 'void', 'credited')),
    constraint ck_invoices__payment_terms_days_non_negative check (payment_terms_days >= 0),
    constraint ck_invoices__subtotal_non_negative check (subtotal >= 0),
    constraint ck_invoices__gst_amount_non_negative check (gst_amount >= 0),
    constraint ck_invoices__total_non_negative check (total >= 0),
    constraint ck_invoices__amount_paid_non_negative check (amount_paid >= 0),
    constraint ck_invoices__total_is_subtotal_plus_gst check (total = subtotal + gst_amount),
    constraint ck_invoices__paid_within_total check (amount_paid <= total),
    constraint ck_invoices__period_end_after_period_start check (period_end >= period_start),
    constraint ck_invoices__due_after_issue check (due_date is null or issue_date is null or due_date >= issue_date),
    constraint ck_invoices__issued_has_dates check (status in ('draft', 'void') or (issue_date is not null and due_date is not null)),
    constraint ck_invoices__part_paid_amount check (status <> 'part_paid' or (amount_paid > 0 and amount_paid < total)),
    constraint ck_invoices__paid_in_full check (status <> 'paid' or (amount_paid = total and paid_at is not null)),
    constraint ck_invoices__void_has_reason check (status <> 'void' or (voided_at is not null and void_reason is not null))
);
create unique index uq_invoices__org_id_invoice_number on payroll.invoices (org_id, invoice_number) where deleted_at is null;
create index ix_invoices__org_id_client_id_issue_date on payroll.invoices (org_id, client_id, issue_date) where deleted_at is null;
create index ix_invoices__org_id_status_due_date on payroll.invoices (org_id, status, due_date) where deleted_at is null;
create index ix_invoices__org_id_client_id on payroll.invoices (org_id, client_id);
create index ix_invoices__org_id_billing_contact_id on payroll.invoices (org_id, billing_contact_id);
create index ix_invoices__org_id_site_id on payroll.invoices (org_id, site_id);
comment on table payroll.invoices is 'Tax invoices to clients for labour supplied, built from approved timecards × rate cards. GST 10%; subtotal must equal the sum of the lines and total = subtotal + GST (checked by payroll.check_invoice_totals at commit).';
comment on column payroll.invoices.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.invoices.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column payroll.invoices.billing_contact_id is 'Soft reference to clients.contacts (no FK: cross-domain).';
comment on column payroll.invoices.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column payroll.invoices.client_abn is 'Buyer''s ABN as printed: a tax invoice of $1,000 or more must identify the buyer.';
comment on column payroll.invoices.period_start is 'First day of the work billed.';
comment on column payroll.invoices.payment_terms_days is 'Days from issue to due, from the client''s payment terms.';
comment on column payroll.invoices.subtotal is 'AUD, GST exclusive: the sum of the live lines.';
comment on column payroll.invoices.gst_amount is 'AUD: 10% of the taxable lines'' subtotal, rounded to the cent on the invoice total.';
comment on column payroll.invoices.total is 'AUD, GST inclusive.';
comment on column payroll.invoices.amount_paid is 'AUD received so far (see payroll.payments).';
comment on column payroll.invoices.external_reference is 'Id of the invoice in the accounting system (Xero, MYOB).';
comment on column payroll.invoices.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.invoices.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.invoices enable row level security;
alter table payroll.invoices force row level security;
create policy tenant_isolation on payroll.invoices for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.invoices to finnest_app;
grant select on payroll.invoices to finnest_readonly;
create trigger set_updated_at before update on payroll.invoices for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.invoices for each row execute function finnest.audit_row();
create function payroll.check_invoice_totals() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    invoice_ids uuid[];
    target uuid;
    inv record;
    lines_subtotal numeric(14,2);
    taxable_subtotal numeric(14,2);
    expected_gst numeric(14,2);
begin
    if tg_table_name = 'invoices' then
        invoice_ids := array[new.id];
    elsif tg_op = 'INSERT' then
        invoice_ids := array[new.invoice_id];
    elsif tg_op = 'DELETE' then
        invoice_ids := array[old.invoice_id];
    else
        invoice_ids := array[old.invoice_id, new.invoice_id];
    end if;

    foreach target in array invoice_ids loop
        select i.id, i.org_id, i.invoice_number, i.subtotal, i.gst_amount, i.total
        into inv
        from payroll.invoices i
        where i.id = target and i.deleted_at is null;
        continue when not found;

        select coalesce(sum(l.line_amount), 0),
               coalesce(sum(l.line_amount) filter (where l.gst_treatment = 'taxable'), 0)
        into lines_subtotal, taxable_subtotal
        from payroll.invoice_lines l
        where l.org_id = inv.org_id and l.invoice_id = target and l.deleted_at is null;
        expected_gst := round(taxable_subtotal * 0.10, 2);

        if inv.subtotal <> lines_subtotal then
            raise exception 'invoice % does not add up: subtotal is % but its lines sum to %', inv.invoice_number, inv.subtotal, lines_subtotal
                using errcode = 'check_violation', constraint = 'check_invoice_totals', schema = 'payroll', table = 'invoices';
        end if;
        if inv.gst_amount <> expected_gst then
            raise exception 'invoice % does not add up: GST is % but 10%% of its taxable lines (%) is %', inv.invoice_number, inv.gst_amount, taxable_subtotal, expected_gst
                using errcode = 'check_violation', constraint = 'check_invoice_totals', schema = 'payroll', table = 'invoices';
        end if;
        if inv.total <> inv.subtotal + inv.gst_amount then
            raise exception 'invoice % does not add up: total is % but subtotal plus GST is %', inv.invoice_number, inv.total, inv.subtotal + inv.gst_amount
                using errcode = 'check_violation', constraint = 'check_invoice_totals', schema = 'payroll', table = 'invoices';
        end if;
    end loop;
    return null;
end
$$;
comment on function payroll.check_invoice_totals() is 'Deferred constraint trigger on invoices and invoice_lines: at commit, subtotal = sum of live lines, GST = 10% of taxable lines rounded to the cent, total = subtotal + GST.';
revoke execute on function payroll.check_invoice_totals() from public;
create constraint trigger check_invoice_totals after insert or update on payroll.invoices deferrable initially deferred for each row execute function payroll.check_invoice_totals();
create table payroll.invoice_lines (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    invoice_id uuid not null,
    line_number integer not null,
    description text not null,
    employee_id uuid,
    timecard_id uuid,
    rate_card_id uuid,
    rate_category text,
    service_date date,
    quantity numeric(10,2) not null,
    unit text not null default 'hour',
    unit_price numeric(12,4) not null,
    line_amount numeric(14,2) not null,
    gst_treatment text not null default 'taxable',
    gst_amount numeric(14,2) not null default 0,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_invoice_lines primary key (id),
    constraint uq_invoice_lines__org_id_id unique (org_id, id),
    constraint fk_invoice_lines__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_invoice_lines__invoice_id foreign key (org_id, invoice_id) references payroll.invoices (org_id, id),
    constraint ck_invoice_lines__line_number_positive check (line_number > 0),
    constraint fk_invoice_lines__rate_card_id foreign key (org_id, rate_card_id) references payroll.rate_cards (org_id, id),
    constraint ck_invoice_lines__rate_category check (rate_category in ('ordinary', 'saturday', 'sunday', 'public_holiday', 'evening_shift', 'night_shift', 'overtime_150', 'overtime_200', 'overtime_250', 'allowance')),
    constraint ck_invoice_lines__quantity_positive check (quantity > 0),
    constraint ck_invoice_lines__unit check (unit in ('hour', 'shift', 'day', 'week', 'km', 'each')),
    constraint ck_invoice_lines__unit_price_non_negative check (unit_price >= 0),
    constraint ck_invoice_lines__line_amount_non_negative check (line_amount >= 0),
    constraint ck_invoice_lines__gst_treatment check (gst_treatment in ('taxable', 'gst_free', 'input_taxed')),
    constraint ck_invoice_lines__gst_amount_non_negative check (gst_amount >= 0),
    constraint ck_invoice_lines__line_amount_is_quantity_times_price check (line_amount = round(quantity * unit_price, 2)),
    constraint ck_invoice_lines__gst_is_ten_percent_of_taxable check (gst_amount = case when gst_treatment = 'taxable' then round(line_amount * 0.10, 2) else 0 end)
);
create unique index uq_invoice_lines__org_id_invoice_id_line_number on payroll.invoice_lines (org_id, invoice_id, line_number) where deleted_at is null;
create index ix_invoice_lines__org_id_employee_id_service_date on payroll.invoice_lines (org_id, employee_id, service_date) where deleted_at is null;
create index ix_invoice_lines__org_id_invoice_id on payroll.invoice_lines (org_id, invoice_id);
create index ix_invoice_lines__org_id_employee_id on payroll.invoice_lines (org_id, employee_id);
create index ix_invoice_lines__org_id_timecard_id on payroll.invoice_lines (org_id, timecard_id);
create index ix_invoice_lines__org_id_rate_card_id on payroll.invoice_lines (org_id, rate_card_id);
comment on table payroll.invoice_lines is 'Lines of a client invoice: quantity × unit price = line amount (GST exclusive), with the line''s GST treatment.';
comment on column payroll.invoice_lines.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.invoice_lines.description is 'As printed, e.g. Forklift driver - ordinary hours w/e 12 Jan.';
comment on column payroll.invoice_lines.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Worker whose time is billed.';
comment on column payroll.invoice_lines.timecard_id is 'Soft reference to timekeep.timecards (no FK: cross-domain). Approved timecard billed by this line.';
comment on column payroll.invoice_lines.rate_category is 'Timecard line category billed; null for a line that is not hours, e.g. a fee.';
comment on column payroll.invoice_lines.service_date is 'Day the work was done, when the line is for one day.';
comment on column payroll.invoice_lines.quantity is 'Units billed, in the unit column (hours usually).';
comment on column payroll.invoice_lines.unit_price is 'AUD per unit, GST exclusive.';
comment on column payroll.invoice_lines.line_amount is 'AUD, GST exclusive: quantity × unit price, rounded to the cent.';
comment on column payroll.invoice_lines.gst_amount is 'AUD: 10% of a taxable line; the invoice rounds GST once on its taxable subtotal.';
comment on column payroll.invoice_lines.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.invoice_lines.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.invoice_lines enable row level security;
alter table payroll.invoice_lines force row level security;
create policy tenant_isolation on payroll.invoice_lines for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.invoice_lines to finnest_app;
grant select on payroll.invoice_lines to finnest_readonly;
create trigger set_updated_at before update on payroll.invoice_lines for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.invoice_lines for each row execute function finnest.audit_row();
create constraint trigger check_invoice_totals after insert or update or delete on payroll.invoice_lines deferrable initially deferred for each row execute function payroll.check_invoice_totals();
create table payroll.payments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    payment_type text not null,
    direction text not null,
    pay_run_id uuid,
    payslip_id uuid,
    invoice_id uuid,
    employee_id uuid,
    client_id uuid,
    payee_name text,
    bsb char(7),
    account_number_encrypted bytea,
    aba_transaction_code char(2),
    method text not null,
    amount numeric(14,2) not null,
    payment_date date not null,
    status text not null default 'pending',
    reference text,
    batch_reference text,
    settled_at timestamptz,
    failure_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_payments primary key (id),
    constraint uq_payments__org_id_id unique (org_id, id),
    constraint fk_payments__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_payments__payment_type check (payment_type in ('net_pay', 'super_contribution', 'paygw_remittance', 'deduction_remittance', 'invoice_receipt', 'refund')),
    constraint ck_payments__direction check (direction in ('outgoing', 'incoming')),
    constraint fk_payments__pay_run_id foreign key (org_id, pay_run_id) references payroll.pay_runs (org_id, id),
    constraint fk_payments__payslip_id foreign key (org_id, payslip_id) references payroll.payslips (org_id, id),
    constraint fk_payments__invoice_id foreign key (org_id, invoice_id) references payroll.invoices (org_id, id),
    constraint ck_payments__bsb_format check (bsb ~ '^[0-9]{3}-?[0-9]{3}$'),
    constraint ck_payments__aba_transaction_code check (aba_transaction_code in ('53', '50')),
    constraint ck_payments__method check (method in ('direct_entry', 'npp', 'bpay', 'superstream', 'card', 'cheque', 'cash')),
    constraint ck_payments__amount_positive check (amount > 0),
    constraint ck_payments__status check (status in ('pending', 'processing', 'paid', 'failed', 'returned', 'cancelled')),
    constraint ck_payments__direction_matches_type check (payment_type = 'refund' or (direction = 'incoming') = (payment_type = 'invoice_receipt')),
    constraint ck_payments__invoice_receipt_names_invoice check (payment_type <> 'invoice_receipt' or invoice_id is not null),
    constraint ck_payments__net_pay_names_employee_and_run check (payment_type <> 'net_pay' or (employee_id is not null and pay_run_id is not null)),
    constraint ck_payments__paid_has_time check (status <> 'paid' or settled_at is not null),
    constraint ck_payments__failed_has_reason check (status not in ('failed', 'returned') or failure_reason is not null)
);
create index ix_payments__org_id_payment_type_payment_date on payroll.payments (org_id, payment_type, payment_date) where deleted_at is null;
create index ix_payments__org_id_status on payroll.payments (org_id, status) where deleted_at is null;
create index ix_payments__org_id_employee_id_payment_date on payroll.payments (org_id, employee_id, payment_date) where deleted_at is null;
create index ix_payments__org_id_pay_run_id on payroll.payments (org_id, pay_run_id);
create index ix_payments__org_id_payslip_id on payroll.payments (org_id, payslip_id);
create index ix_payments__org_id_invoice_id on payroll.payments (org_id, invoice_id);
create index ix_payments__org_id_employee_id on payroll.payments (org_id, employee_id);
create index ix_payments__org_id_client_id on payroll.payments (org_id, client_id);
comment on table payroll.payments is 'Money in and out of payroll: net pay to employees (Direct Entry/ABA file, txn code 53), super contributions, PAYGW remittances to the ATO, and receipts against client invoices.';
comment on column payroll.payments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.payments.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column payroll.payments.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column payroll.payments.payee_name is 'Account name of the receiving party (ABA: 32 characters).';
comment on column payroll.payments.bsb is 'BSB paid to (outgoing) or received from.';
comment on column payroll.payments.account_number_encrypted is 'Bank account number, AES-256 encrypted by the application.';
comment on column payroll.payments.aba_transaction_code is 'Direct Entry transaction code: 53 pay, 50 general credit.';
comment on column payroll.payments.amount is 'AUD.';
comment on column payroll.payments.reference is 'Lodgement reference or remittance text (ABA: 18 characters).';
comment on column payroll.payments.batch_reference is 'ABA file, NPP batch or clearing-house batch.';
comment on column payroll.payments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.payments.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.payments enable row level security;
alter table payroll.payments force row level security;
create policy tenant_isolation on payroll.payments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.payments to finnest_app;
grant select on payroll.payments to finnest_readonly;
create trigger set_updated_at before update on payroll.payments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on payroll.payments for each row execute function finnest.audit_row('account_number_encrypted');
