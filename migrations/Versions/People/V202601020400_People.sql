create table people.employees (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    user_id uuid,
    employee_number text,
    first_name text not null,
    last_name text not null,
    preferred_name text,
    date_of_birth date,
    gender text,
    email text,
    phone text,
    address jsonb,
    emergency_contact jsonb,
    tax_file_number_encrypted bytea,
    employment_type text not null,
    employment_status text not null default 'onboarding',
    stp_employment_basis char(1),
    start_date date,
    termination_date date,
    cessation_type char(1),
    primary_office_id uuid,
    primary_client_id uuid,
    industry_profile_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_employees primary key (id),
    constraint uq_employees__org_id_id unique (org_id, id),
    constraint fk_employees__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_employees__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_employees__date_of_birth_plausible check (date_of_birth >= date '1900-01-01'),
    constraint ck_employees__gender check (gender in ('female', 'male', 'non_binary', 'different_term', 'not_stated')),
    constraint ck_employees__email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_employees__phone_format check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint ck_employees__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term', 'contractor')),
    constraint ck_employees__employment_status check (employment_status in ('onboarding', 'pre_start', 'active', 'on_leave', 'suspended', 'terminated')),
    constraint ck_employees__stp_employment_basis check (stp_employment_basis in ('F', 'P', 'C', 'L', 'V', 'D', 'N')),
    constraint ck_employees__cessation_type check (cessation_type in ('V', 'I', 'D', 'R', 'F', 'C', 'T')),
    constraint fk_employees__primary_office_id foreign key (org_id, primary_office_id) references public.offices (org_id, id),
    constraint fk_employees__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint ck_employees__address_is_object check (address is null or jsonb_typeof(address) = 'object'),
    constraint ck_employees__address_state check (address ->> 'state' is null or address ->> 'state' in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_employees__address_postcode check (address ->> 'postcode' is null or address ->> 'postcode' ~ '^[0-9]{4}$'),
    constraint ck_employees__termination_date_after_start_date check (termination_date >= start_date),
    constraint ck_employees__terminated_has_termination_date check (employment_status <> 'terminated' or termination_date is not null),
    constraint ck_employees__cessation_only_when_terminated check (cessation_type is null or termination_date is not null)
);
create unique index uq_employees__org_id_employee_number on people.employees (org_id, employee_number) where deleted_at is null;
create index ix_employees__org_id_employment_status on people.employees (org_id, employment_status) where deleted_at is null;
create index ix_employees__org_id_last_name_first_name on people.employees (org_id, last_name, first_name) where deleted_at is null;
create index ix_employees__org_id_user_id on people.employees (org_id, user_id);
create index ix_employees__org_id_primary_office_id on people.employees (org_id, primary_office_id);
create index ix_employees__org_id_primary_client_id on people.employees (org_id, primary_client_id);
create index ix_employees__industry_profile_id on people.employees (industry_profile_id);
comment on table people.employees is 'Workers of an organisation, from first onboarding to termination (v2 candidates; v2 candidates_additional is folded into metadata).';
comment on column people.employees.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.employees.user_id is 'Sign-in of the worker, if they use the app; not every employee is a user.';
comment on column people.employees.employee_number is 'Payroll number, unique among live employees of the organisation.';
comment on column people.employees.gender is 'ABS 2020 standard; STP reports non_binary, different_term and not_stated as X.';
comment on column people.employees.phone is 'E.164, e.g. +61412345678.';
comment on column people.employees.address is 'Residential address: line1, line2, suburb, state, postcode, country (v2 address columns merged).';
comment on column people.employees.emergency_contact is 'name, relationship, phone.';
comment on column people.employees.tax_file_number_encrypted is 'TFN encrypted by the application (AES-256); never stored or logged in clear.';
comment on column people.employees.employment_type is 'contractor: ABN worker, not an employee for tax and super.';
comment on column people.employees.employment_status is 'onboarding: engaged, paperwork incomplete (the seed''s default); pre_start: onboarded, start date not reached; then DOMAIN''s active, on_leave, suspended, terminated.';
comment on column people.employees.stp_employment_basis is 'STP Phase 2 employment basis: F full-time, P part-time, C casual, L labour hire, V voluntary agreement, D death beneficiary, N non-employee.';
comment on column people.employees.cessation_type is 'STP cessation type: V voluntary, I ill-health, D deceased, R redundancy, F dismissal, C contract cessation, T transfer.';
comment on column people.employees.primary_client_id is 'Soft reference to clients.clients (no FK: cross-domain). Host client the worker is mostly placed with.';
comment on column people.employees.industry_profile_id is 'Industry whose credential requirements apply to the worker; defaults to the organisation''s.';
comment on column people.employees.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.employees.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.employees enable row level security;
alter table people.employees force row level security;
create policy tenant_isolation on people.employees for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.employees to finnest_app;
grant select on people.employees to finnest_readonly;
create trigger set_updated_at before update on people.employees for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.employees for each row execute function finnest.audit_row('tax_file_number_encrypted');
create table people.employee_notes (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    author_id uuid,
    note_type text not null default 'general',
    visibility text not null default 'staff',
    body text not null,
    is_pinned boolean not null default false,
    follow_up_on date,
    followed_up_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_employee_notes primary key (id),
    constraint uq_employee_notes__org_id_id unique (org_id, id),
    constraint fk_employee_notes__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_employee_notes__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint fk_employee_notes__author_id foreign key (org_id, author_id) references public.users (org_id, id),
    constraint ck_employee_notes__note_type check (note_type in ('general', 'placement', 'client_feedback', 'compliance', 'performance', 'welfare', 'incident', 'hr')),
    constraint ck_employee_notes__visibility check (visibility in ('staff', 'managers', 'hr_only'))
);
create index ix_employee_notes__org_id_employee_id_inserted_at on people.employee_notes (org_id, employee_id, inserted_at) where deleted_at is null;
create index ix_employee_notes__org_id_follow_up_on on people.employee_notes (org_id, follow_up_on) where deleted_at is null and follow_up_on is not null and followed_up_at is null;
create index ix_employee_notes__org_id_employee_id on people.employee_notes (org_id, employee_id);
create index ix_employee_notes__org_id_author_id on people.employee_notes (org_id, author_id);
comment on table people.employee_notes is 'Consultant notes on a worker: calls, feedback, welfare, compliance follow-ups (v2 candidates_comments).';
comment on column people.employee_notes.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.employee_notes.author_id is 'Consultant who wrote the note; null for notes migrated without an author.';
comment on column people.employee_notes.visibility is 'Who may read it: staff (all consultants), managers, or HR only (welfare and health matters).';
comment on column people.employee_notes.body is 'Free text; may hold health or welfare details, hence redacted in the audit log.';
comment on column people.employee_notes.follow_up_on is 'Date the author wants to follow up.';
comment on column people.employee_notes.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.employee_notes.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.employee_notes enable row level security;
alter table people.employee_notes force row level security;
create policy tenant_isolation on people.employee_notes for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.employee_notes to finnest_app;
grant select on people.employee_notes to finnest_readonly;
create trigger set_updated_at before update on people.employee_notes for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.employee_notes for each row execute function finnest.audit_row('body');
create table people.employee_qualifications (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    credential_type_id uuid not null,
    credential_number text,
    issuing_state text,
    issuer_name text,
    issued_on date,
    expires_on date,
    conditions text,
    verification_status text not null default 'unverified',
    verification_method text,
    verified_at timestamptz,
    verified_by uuid,
    rejection_reason text,
    document_storage_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_employee_qualifications primary key (id),
    constraint uq_employee_qualifications__org_id_id unique (org_id, id),
    constraint fk_employee_qualifications__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_employee_qualifications__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint fk_employee_qualifications__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_employee_qualifications__issuing_state_state check (issuing_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_employee_qualifications__verification_status check (verification_status in ('unverified', 'pending', 'verified', 'rejected')),
    constraint ck_employee_qualifications__verification_method check (verification_method in ('document_sighted', 'register_lookup', 'issuer_api', 'vevo', 'self_declared')),
    constraint fk_employee_qualifications__verified_by foreign key (org_id, verified_by) references public.users (org_id, id),
    constraint ck_employee_qualifications__expires_on_after_issued_on check (expires_on >= issued_on),
    constraint ck_employee_qualifications__verified_has_verified_at check (verification_status <> 'verified' or verified_at is not null),
    constraint ck_employee_qualifications__rejected_has_reason check (verification_status <> 'rejected' or rejection_reason is not null)
);
create index ix_employee_qualifications__org_id_employee_id_credent_9bfad639 on people.employee_qualifications (org_id, employee_id, credential_type_id) where deleted_at is null;
create index ix_employee_qualifications__org_id_expires_on on people.employee_qualifications (org_id, expires_on) where deleted_at is null;
create index ix_employee_qualifications__org_id_employee_id on people.employee_qualifications (org_id, employee_id);
create index ix_employee_qualifications__credential_type_id on people.employee_qualifications (credential_type_id);
create index ix_employee_qualifications__org_id_verified_by on people.employee_qualifications (org_id, verified_by);
comment on table people.employee_qualifications is 'Credentials a worker holds: licences, tickets, checks, clearances, each of a registered credential type (v2 candidates_qualification).';
comment on column people.employee_qualifications.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.employee_qualifications.credential_number is 'Licence, card or certificate number as printed; an identity document number, redacted in the audit log.';
comment on column people.employee_qualifications.issuer_name is 'Issuer or training organisation as named on the credential.';
comment on column people.employee_qualifications.expires_on is 'Null when the credential does not expire.';
comment on column people.employee_qualifications.conditions is 'Conditions printed on the credential, e.g. licence condition codes or visa work conditions.';
comment on column people.employee_qualifications.document_storage_key is 'Object-storage key of the scanned copy.';
comment on column people.employee_qualifications.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.employee_qualifications.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.employee_qualifications enable row level security;
alter table people.employee_qualifications force row level security;
create policy tenant_isolation on people.employee_qualifications for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.employee_qualifications to finnest_app;
grant select on people.employee_qualifications to finnest_readonly;
create trigger set_updated_at before update on people.employee_qualifications for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.employee_qualifications for each row execute function finnest.audit_row('credential_number');
create table people.employee_skills (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    skill text not null,
    category text not null default 'other',
    occupation_code char(6),
    proficiency integer,
    years_experience numeric(4,1),
    last_used_on date,
    source text not null default 'self_declared',
    verified_by uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_employee_skills primary key (id),
    constraint uq_employee_skills__org_id_id unique (org_id, id),
    constraint fk_employee_skills__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_employee_skills__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint ck_employee_skills__category check (category in ('trade', 'machinery', 'software', 'language', 'customer_service', 'industry', 'other')),
    constraint ck_employee_skills__occupation_code_format check (occupation_code ~ '^[0-9]{6}$'),
    constraint ck_employee_skills__proficiency_range check (proficiency between 1 and 5),
    constraint ck_employee_skills__years_experience_non_negative check (years_experience >= 0),
    constraint ck_employee_skills__source check (source in ('self_declared', 'consultant_assessed', 'reference', 'assessment', 'imported')),
    constraint fk_employee_skills__verified_by foreign key (org_id, verified_by) references public.users (org_id, id)
);
create unique index uq_employee_skills__org_id_employee_id_lower_skill on people.employee_skills (org_id, employee_id, (lower(skill))) where deleted_at is null;
create index ix_employee_skills__org_id_lower_skill_proficiency on people.employee_skills (org_id, (lower(skill)), proficiency) where deleted_at is null;
create index ix_employee_skills__org_id_employee_id on people.employee_skills (org_id, employee_id);
create index ix_employee_skills__org_id_verified_by on people.employee_skills (org_id, verified_by);
comment on table people.employee_skills is 'Skills and experience a worker has, beyond formal credentials, used to match workers to shifts and job orders.';
comment on column people.employee_skills.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.employee_skills.skill is 'Skill name, e.g. reach truck, barista, MYOB, Mandarin.';
comment on column people.employee_skills.occupation_code is 'OSCA 2024 (or ANZSCO for visa purposes) occupation code the skill belongs to.';
comment on column people.employee_skills.proficiency is '1 novice to 5 expert.';
comment on column people.employee_skills.years_experience is 'Years, one decimal.';
comment on column people.employee_skills.verified_by is 'Consultant who confirmed the skill; null if unconfirmed.';
comment on column people.employee_skills.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.employee_skills.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.employee_skills enable row level security;
alter table people.employee_skills force row level security;
create policy tenant_isolation on people.employee_skills for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.employee_skills to finnest_app;
grant select on people.employee_skills to finnest_readonly;
create trigger set_updated_at before update on people.employee_skills for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.employee_skills for each row execute function finnest.audit_row();
create table people.leave_types (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    name text not null,
    category text not null,
    is_nes boolean not null,
    is_paid boolean not null,
    accrual_method text not null default 'none',
    entitlement_hours numeric(8,4),
    applies_to_casuals boolean not null default false,
    leave_loading numeric(6,4),
    stp_paid_leave_type char(1),
    requires_evidence boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_leave_types primary key (id),
    constraint uq_leave_types__org_id_id unique (org_id, id),
    constraint fk_leave_types__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_leave_types__code_format check (code ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_leave_types__category check (category in ('annual', 'personal_carers', 'carers_unpaid', 'compassionate', 'family_domestic_violence', 'community_service', 'long_service', 'parental_unpaid', 'public_holiday', 'toil', 'rdo', 'study', 'unpaid', 'workers_comp')),
    constraint ck_leave_types__accrual_method check (accrual_method in ('none', 'ordinary_hours_pro_rata', 'fixed_annual', 'per_occasion')),
    constraint ck_leave_types__entitlement_hours_non_negative check (entitlement_hours >= 0),
    constraint ck_leave_types__leave_loading_range check (leave_loading between 0 and 1),
    constraint ck_leave_types__stp_paid_leave_type check (stp_paid_leave_type in ('C', 'U', 'P', 'W', 'A', 'O')),
    constraint ck_leave_types__loading_only_when_paid check (is_paid or leave_loading is null),
    constraint ck_leave_types__accrual_has_entitlement check (accrual_method = 'none' or entitlement_hours is not null)
);
create unique index uq_leave_types__org_id_code on people.leave_types (org_id, code) where deleted_at is null;
create index ix_leave_types__org_id_category on people.leave_types (org_id, category) where deleted_at is null;
comment on table people.leave_types is 'Leave an organisation grants: the NES types plus award, agreement or company types, with how they accrue and are reported.';
comment on column people.leave_types.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.leave_types.code is 'Organisation''s key, e.g. annual, lsl_vic.';
comment on column people.leave_types.category is 'NES types (annual … public_holiday) and non-NES (toil, rdo, study, unpaid, workers_comp).';
comment on column people.leave_types.is_nes is 'A National Employment Standards entitlement (minimum cannot be reduced).';
comment on column people.leave_types.accrual_method is 'ordinary_hours_pro_rata: accrues with ordinary hours worked (annual, personal); per_occasion: granted each time (compassionate, carers unpaid).';
comment on column people.leave_types.entitlement_hours is 'Hours per year for a 38-hour full-timer (annual 152, personal 76, family and domestic violence 76) or per occasion (compassionate 15.2).';
comment on column people.leave_types.applies_to_casuals is 'Casuals may take it (compassionate unpaid, family and domestic violence, community service).';
comment on column people.leave_types.leave_loading is 'Loading paid on the leave: fraction, 0.1750 = 17.5%.';
comment on column people.leave_types.stp_paid_leave_type is 'STP Phase 2 paid leave type when paid: C cash-out, U unused on termination, P paid parental, W workers'' comp, A ancillary and defence, O other.';
comment on column people.leave_types.requires_evidence is 'Evidence (medical certificate, statutory declaration) may be required.';
comment on column people.leave_types.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.leave_types.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.leave_types enable row level security;
alter table people.leave_types force row level security;
create policy tenant_isolation on people.leave_types for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.leave_types to finnest_app;
grant select on people.leave_types to finnest_readonly;
create trigger set_updated_at before update on people.leave_types for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.leave_types for each row execute function finnest.audit_row();
create table people.leave_requests (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    leave_type_id uuid not null,
    start_date date not null,
    end_date date not null,
    hours numeric(8,4) not null,
    status text not null default 'draft',
    reason text,
    evidence_provided boolean not null default false,
    submitted_at timestamptz,
    decided_at timestamptz,
    decided_by uuid,
    decision_note text,
    pay_run_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_leave_requests primary key (id),
    constraint uq_leave_requests__org_id_id unique (org_id, id),
    constraint fk_leave_requests__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_leave_requests__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint fk_leave_requests__leave_type_id foreign key (org_id, leave_type_id) references people.leave_types (org_id, id),
    constraint ck_leave_requests__hours_positive check (hours > 0),
    constraint ck_leave_requests__status check (status in ('draft', 'submitted', 'approved', 'rejected', 'cancelled', 'taken')),
    constraint fk_leave_requests__decided_by foreign key (org_id, decided_by) references public.users (org_id, id),
    constraint ck_leave_requests__end_date_after_start_date check (end_date >= start_date),
    constraint ck_leave_requests__decided_after_submitted check (decided_at is null or submitted_at is null or decided_at >= submitted_at),
    constraint ck_leave_requests__decision_recorded check (status not in ('approved', 'rejected', 'taken') or decided_at is not null),
    constraint ex_leave_requests__no_overlap exclude using gist (org_id with =, employee_id with =, daterange(start_date, end_date, '[]') with &&) where (deleted_at is null and status in ('submitted', 'approved', 'taken'))
);
create index ix_leave_requests__org_id_employee_id_status on people.leave_requests (org_id, employee_id, status) where deleted_at is null;
create index ix_leave_requests__org_id_status_start_date on people.leave_requests (org_id, status, start_date) where deleted_at is null;
create index ix_leave_requests__org_id_employee_id on people.leave_requests (org_id, employee_id);
create index ix_leave_requests__org_id_leave_type_id on people.leave_requests (org_id, leave_type_id);
create index ix_leave_requests__org_id_decided_by on people.leave_requests (org_id, decided_by);
create index ix_leave_requests__org_id_pay_run_id on people.leave_requests (org_id, pay_run_id);
comment on table people.leave_requests is 'A worker''s request for leave over a period, through approval to being taken (v2 leave_request).';
comment on column people.leave_requests.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.leave_requests.end_date is 'Last day of leave (inclusive).';
comment on column people.leave_requests.hours is 'Ordinary hours of leave requested, deducted from the balance when taken.';
comment on column people.leave_requests.reason is 'Worker''s reason; may disclose health or family violence, hence redacted in the audit log.';
comment on column people.leave_requests.pay_run_id is 'Soft reference to payroll.pay_runs (no FK: cross-domain). Pay run the leave was paid in.';
comment on column people.leave_requests.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.leave_requests.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.leave_requests enable row level security;
alter table people.leave_requests force row level security;
create policy tenant_isolation on people.leave_requests for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.leave_requests to finnest_app;
grant select on people.leave_requests to finnest_readonly;
create trigger set_updated_at before update on people.leave_requests for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.leave_requests for each row execute function finnest.audit_row('reason');
create function people.check_leave_request_entitlement() returns trigger
language plpgsql set search_path = '' as $$
begin
    -- Casuals have no paid annual or personal leave (FW Act s86, s95): only types open to casuals.
    if exists (
        select from people.employees e, people.leave_types lt
        where e.org_id = new.org_id and e.id = new.employee_id
          and lt.org_id = new.org_id and lt.id = new.leave_type_id
          and e.employment_type = 'casual' and not lt.applies_to_casuals)
    then
        raise exception 'leave type % is not available to casual employees', new.leave_type_id
            using errcode = 'check_violation', table = 'leave_requests', schema = 'people',
                  constraint = 'ck_leave_requests__casual_entitlement';
    end if;
    return new;
end
$$;
comment on function people.check_leave_request_entitlement() is 'Rejects leave requests by casual employees for leave types not open to casuals.';
revoke execute on function people.check_leave_request_entitlement() from public;
create trigger check_leave_request_entitlement before insert or update of employee_id, leave_type_id on people.leave_requests
    for each row execute function people.check_leave_request_entitlement();
create table people.leave_balances (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    leave_type_id uuid not null,
    as_at date not null,
    opening_hours numeric(8,4) not null default 0,
    accrued_hours numeric(8,4) not null default 0,
    taken_hours numeric(8,4) not null default 0,
    adjusted_hours numeric(8,4) not null default 0,
    balance_hours numeric(8,4) not null default 0,
    advance_limit_hours numeric(8,4) not null default 0,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_leave_balances primary key (id),
    constraint uq_leave_balances__org_id_id unique (org_id, id),
    constraint fk_leave_balances__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_leave_balances__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint fk_leave_balances__leave_type_id foreign key (org_id, leave_type_id) references people.leave_types (org_id, id),
    constraint ck_leave_balances__accrued_hours_non_negative check (accrued_hours >= 0),
    constraint ck_leave_balances__taken_hours_non_negative check (taken_hours >= 0),
    constraint ck_leave_balances__advance_limit_hours_non_negative check (advance_limit_hours >= 0),
    constraint ck_leave_balances__balance_adds_up check (balance_hours = opening_hours + accrued_hours - taken_hours + adjusted_hours),
    constraint ck_leave_balances__balance_within_advance_limit check (balance_hours >= -advance_limit_hours)
);
create unique index uq_leave_balances__org_id_employee_id_leave_type_id on people.leave_balances (org_id, employee_id, leave_type_id) where deleted_at is null;
create index ix_leave_balances__org_id_leave_type_id_as_at on people.leave_balances (org_id, leave_type_id, as_at) where deleted_at is null;
create index ix_leave_balances__org_id_employee_id on people.leave_balances (org_id, employee_id);
create index ix_leave_balances__org_id_leave_type_id on people.leave_balances (org_id, leave_type_id);
comment on table people.leave_balances is 'A worker''s running balance of one leave type, in hours; the ledger lines are the pay runs and leave taken.';
comment on column people.leave_balances.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.leave_balances.as_at is 'Date the balance is correct to (end of the last pay period processed).';
comment on column people.leave_balances.opening_hours is 'Balance brought in (e.g. migrated from v2) before accruals here.';
comment on column people.leave_balances.adjusted_hours is 'Manual adjustments and cash-outs (negative reduces the balance).';
comment on column people.leave_balances.advance_limit_hours is 'Hours of leave in advance agreed in writing; the balance may go this far below zero.';
comment on column people.leave_balances.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.leave_balances.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.leave_balances enable row level security;
alter table people.leave_balances force row level security;
create policy tenant_isolation on people.leave_balances for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.leave_balances to finnest_app;
grant select on people.leave_balances to finnest_readonly;
create trigger set_updated_at before update on people.leave_balances for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.leave_balances for each row execute function finnest.audit_row();
create table people.contracts (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    contract_type text not null,
    employment_type text not null,
    position_title text not null,
    award_id uuid,
    award_classification_id uuid,
    enterprise_agreement text,
    client_id uuid,
    start_date date not null,
    end_date date,
    probation_end_date date,
    ordinary_hours_per_week numeric(6,2),
    pay_rate numeric(12,4),
    pay_rate_unit text,
    notice_period_weeks integer,
    status text not null default 'draft',
    issued_at timestamptz,
    signed_at timestamptz,
    superseded_by_id uuid,
    document_storage_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_contracts primary key (id),
    constraint uq_contracts__org_id_id unique (org_id, id),
    constraint fk_contracts__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_contracts__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint ck_contracts__contract_type check (contract_type in ('employment', 'labour_hire_assignment', 'contractor_agreement', 'variation')),
    constraint ck_contracts__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term', 'contractor')),
    constraint fk_contracts__award_id foreign key (award_id) references compliance.awards (id),
    constraint fk_contracts__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_contracts__ordinary_hours_per_week_range check (ordinary_hours_per_week between 0 and 38),
    constraint ck_contracts__pay_rate_positive check (pay_rate > 0),
    constraint ck_contracts__pay_rate_unit check (pay_rate_unit in ('hour', 'week', 'year')),
    constraint ck_contracts__notice_period_weeks_range check (notice_period_weeks between 0 and 52),
    constraint ck_contracts__status check (status in ('draft', 'issued', 'signed', 'active', 'expired', 'terminated', 'superseded')),
    constraint fk_contracts__superseded_by_id foreign key (org_id, superseded_by_id) references people.contracts (org_id, id),
    constraint ck_contracts__end_date_after_start_date check (end_date >= start_date),
    constraint ck_contracts__probation_within_contract check (probation_end_date is null or probation_end_date >= start_date),
    constraint ck_contracts__fixed_term_has_end_date check (employment_type <> 'fixed_term' or end_date is not null),
    constraint ck_contracts__signed_has_signed_at check (status not in ('signed', 'active') or signed_at is not null),
    constraint ck_contracts__rate_has_unit check ((pay_rate is null) = (pay_rate_unit is null)),
    constraint ck_contracts__classification_needs_award check (award_classification_id is null or award_id is not null)
);
create index ix_contracts__org_id_employee_id_status on people.contracts (org_id, employee_id, status) where deleted_at is null;
create index ix_contracts__org_id_employee_id on people.contracts (org_id, employee_id);
create index ix_contracts__award_id on people.contracts (award_id);
create index ix_contracts__award_classification_id on people.contracts (award_classification_id);
create index ix_contracts__org_id_client_id on people.contracts (org_id, client_id);
create index ix_contracts__org_id_superseded_by_id on people.contracts (org_id, superseded_by_id);
comment on table people.contracts is 'Employment contracts and assignment terms of a worker, with the award classification and pay agreed (v2 contract_details).';
comment on column people.contracts.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.contracts.award_id is 'Modern award covering the work; null under an enterprise agreement or award-free.';
comment on column people.contracts.enterprise_agreement is 'Registered agreement name and id (e.g. AE512345) when it, not the award, applies.';
comment on column people.contracts.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Host client of a labour-hire assignment.';
comment on column people.contracts.end_date is 'Required for fixed-term contracts.';
comment on column people.contracts.ordinary_hours_per_week is 'Agreed ordinary hours (NES cap 38 plus reasonable additional hours).';
comment on column people.contracts.pay_rate is 'Agreed base rate per pay_rate_unit, AUD; must not be below the award rate.';
comment on column people.contracts.superseded_by_id is 'The contract or variation that replaced this one.';
comment on column people.contracts.document_storage_key is 'Object-storage key of the signed document.';
comment on column people.contracts.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.contracts.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.contracts enable row level security;
alter table people.contracts force row level security;
create policy tenant_isolation on people.contracts for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.contracts to finnest_app;
grant select on people.contracts to finnest_readonly;
create trigger set_updated_at before update on people.contracts for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.contracts for each row execute function finnest.audit_row();
create table people.unavailability (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    all_day boolean not null default false,
    reason text not null default 'personal',
    recurrence_rule text,
    recurrence_until date,
    leave_request_id uuid,
    source text not null default 'employee',
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_unavailability primary key (id),
    constraint uq_unavailability__org_id_id unique (org_id, id),
    constraint fk_unavailability__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_unavailability__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint ck_unavailability__reason check (reason in ('personal', 'study', 'other_job', 'medical', 'leave', 'carer', 'religious', 'travel', 'other')),
    constraint ck_unavailability__recurrence_rule_format check (recurrence_rule ~ '^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)'),
    constraint fk_unavailability__leave_request_id foreign key (org_id, leave_request_id) references people.leave_requests (org_id, id),
    constraint ck_unavailability__source check (source in ('employee', 'consultant', 'system')),
    constraint ck_unavailability__ends_after_starts check (ends_at > starts_at),
    constraint ck_unavailability__until_only_when_recurring check (recurrence_until is null or recurrence_rule is not null),
    constraint ck_unavailability__recurrence_until_after_start check (recurrence_until is null or recurrence_until >= (starts_at at time zone 'UTC')::date)
);
create index ix_unavailability__org_id_employee_id_starts_at on people.unavailability (org_id, employee_id, starts_at) where deleted_at is null;
create index ix_unavailability__org_id_employee_id_period on people.unavailability using gist (org_id, employee_id, (tstzrange(starts_at, ends_at))) where deleted_at is null;
create index ix_unavailability__org_id_employee_id on people.unavailability (org_id, employee_id);
create index ix_unavailability__org_id_leave_request_id on people.unavailability (org_id, leave_request_id);
comment on table people.unavailability is 'Times a worker cannot be rostered: one-off or recurring (v2 unavailability).';
comment on column people.unavailability.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.unavailability.recurrence_rule is 'iCalendar RRULE (RFC 5545) repeating the first occurrence, e.g. FREQ=WEEKLY;BYDAY=TU,TH.';
comment on column people.unavailability.recurrence_until is 'Last date a recurring unavailability applies.';
comment on column people.unavailability.leave_request_id is 'Leave request the block was created from.';
comment on column people.unavailability.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.unavailability.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.unavailability enable row level security;
alter table people.unavailability force row level security;
create policy tenant_isolation on people.unavailability for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.unavailability to finnest_app;
grant select on people.unavailability to finnest_readonly;
create trigger set_updated_at before update on people.unavailability for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.unavailability for each row execute function finnest.audit_row();
create table people.appraisals (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    appraisal_type text not null default 'client_feedback',
    client_id uuid,
    client_contact_id uuid,
    appraiser_user_id uuid,
    appraised_on date not null,
    period_start date,
    period_end date,
    overall_rating integer,
    criteria_ratings jsonb not null default '{}'::jsonb,
    rehire_recommendation text,
    comments text,
    status text not null default 'submitted',
    acknowledged_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_appraisals primary key (id),
    constraint uq_appraisals__org_id_id unique (org_id, id),
    constraint fk_appraisals__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_appraisals__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
    constraint ck_appraisals__appraisal_type check (appraisal_type in ('client_feedback', 'end_of_assignment', 'probation', 'internal')),
    constraint fk_appraisals__appraiser_user_id foreign key (org_id, appraiser_user_id) references public.users (org_id, id),
    constraint ck_appraisals__overall_rating_range check (overall_rating between 1 and 5),
    constraint ck_appraisals__rehire_recommendation check (rehire_recommendation in ('yes', 'no', 'with_conditions')),
    constraint ck_appraisals__status check (status in ('draft', 'submitted', 'acknowledged', 'disputed')),
    constraint ck_appraisals__period_end_after_period_start check (period_end >= period_start)
);
create index ix_appraisals__org_id_employee_id_appraised_on on people.appraisals (org_id, employee_id, appraised_on) where deleted_at is null;
create index ix_appraisals__org_id_employee_id on people.appraisals (org_id, employee_id);
create index ix_appraisals__org_id_client_id on people.appraisals (org_id, client_id);
create index ix_appraisals__org_id_client_contact_id on people.appraisals (org_id, client_contact_id);
create index ix_appraisals__org_id_appraiser_user_id on people.appraisals (org_id, appraiser_user_id);
comment on table people.appraisals is 'Appraisals of a worker, mostly by host clients at or after an assignment (v2 clients_appraisal).';
comment on column people.appraisals.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column people.appraisals.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column people.appraisals.client_contact_id is 'Soft reference to clients.contacts (no FK: cross-domain). Client contact who gave the appraisal.';
comment on column people.appraisals.appraiser_user_id is 'Staff member who appraised or recorded it.';
comment on column people.appraisals.overall_rating is '1 poor to 5 excellent.';
comment on column people.appraisals.criteria_ratings is 'Ratings 1-5 per criterion, e.g. punctuality, safety, quality, attitude.';
comment on column people.appraisals.rehire_recommendation is 'Whether the client would take the worker again.';
comment on column people.appraisals.acknowledged_at is 'When the worker acknowledged seeing it.';
comment on column people.appraisals.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column people.appraisals.metadata is 'Industry- or tenant-specific extension fields.';
alter table people.appraisals enable row level security;
alter table people.appraisals force row level security;
create policy tenant_isolation on people.appraisals for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on people.appraisals to finnest_app;
grant select on people.appraisals to finnest_readonly;
create trigger set_updated_at before update on people.appraisals for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on people.appraisals for each row execute function finnest.audit_row();
