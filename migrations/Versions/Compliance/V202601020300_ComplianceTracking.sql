create table compliance.compliance_rules (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    rule_type text not null,
    credential_type_id uuid,
    scope text not null default 'organisation',
    industry_profile_id uuid,
    client_id uuid,
    site_id uuid,
    position_title text,
    state text,
    enforcement text not null default 'block',
    max_age_months integer,
    max_hours_per_fortnight numeric(6,2),
    minimum_age_years integer,
    parameters jsonb not null default '{}'::jsonb,
    effective_from date not null default current_date,
    effective_to date,
    is_active boolean not null default true,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_compliance_rules primary key (id),
    constraint uq_compliance_rules__org_id_id unique (org_id, id),
    constraint fk_compliance_rules__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_compliance_rules__rule_type check (rule_type in ('credential_required', 'credential_recency', 'visa_work_hours', 'minimum_age', 'custom')),
    constraint fk_compliance_rules__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_compliance_rules__scope check (scope in ('organisation', 'industry_profile', 'client', 'site', 'position')),
    constraint fk_compliance_rules__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint ck_compliance_rules__state_state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_compliance_rules__enforcement check (enforcement in ('block', 'warn', 'info')),
    constraint ck_compliance_rules__max_age_months_positive check (max_age_months > 0),
    constraint ck_compliance_rules__max_hours_per_fortnight_positive check (max_hours_per_fortnight > 0),
    constraint ck_compliance_rules__minimum_age_years_range check (minimum_age_years between 14 and 25),
    constraint ck_compliance_rules__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_compliance_rules__credential_rule_names_credential check (rule_type not in ('credential_required', 'credential_recency') or credential_type_id is not null),
    constraint ck_compliance_rules__recency_rule_has_max_age check (rule_type <> 'credential_recency' or max_age_months is not null),
    constraint ck_compliance_rules__visa_rule_has_cap check (rule_type <> 'visa_work_hours' or max_hours_per_fortnight is not null),
    constraint ck_compliance_rules__scope_target_given check ((scope <> 'industry_profile' or industry_profile_id is not null) and (scope <> 'client' or client_id is not null) and (scope <> 'site' or site_id is not null) and (scope <> 'position' or position_title is not null))
);
create index ix_compliance_rules__org_id_is_active_rule_type on compliance.compliance_rules (org_id, is_active, rule_type) where deleted_at is null;
create index ix_compliance_rules__credential_type_id on compliance.compliance_rules (credential_type_id);
create index ix_compliance_rules__industry_profile_id on compliance.compliance_rules (industry_profile_id);
create index ix_compliance_rules__org_id_client_id on compliance.compliance_rules (org_id, client_id);
create index ix_compliance_rules__org_id_site_id on compliance.compliance_rules (org_id, site_id);
comment on table compliance.compliance_rules is 'A compliance requirement an organisation enforces beyond (or on top of) its industry profile: a credential a client, site or position demands, a recency limit on a check, a visa work-hours cap.';
comment on column compliance.compliance_rules.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column compliance.compliance_rules.rule_type is 'credential_required: hold a valid credential; credential_recency: check no older than max_age_months; visa_work_hours: cap hours under visa conditions.';
comment on column compliance.compliance_rules.credential_type_id is 'Credential the rule is about (credential rules).';
comment on column compliance.compliance_rules.scope is 'Which work the rule applies to; the matching *_id or position_title names it.';
comment on column compliance.compliance_rules.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column compliance.compliance_rules.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column compliance.compliance_rules.position_title is 'Position the rule applies to when scope is position, e.g. Forklift operator.';
comment on column compliance.compliance_rules.state is 'Only work in this state or territory; null: everywhere.';
comment on column compliance.compliance_rules.enforcement is 'block: the worker cannot be rostered or placed; warn: allowed with an alert; info: reported only.';
comment on column compliance.compliance_rules.max_age_months is 'credential_recency: months since issue after which the credential no longer counts.';
comment on column compliance.compliance_rules.max_hours_per_fortnight is 'visa_work_hours: hours cap per fortnight (student visa: 48 in session).';
comment on column compliance.compliance_rules.minimum_age_years is 'minimum_age: youngest age allowed for the work.';
comment on column compliance.compliance_rules.parameters is 'Further parameters of custom rules.';
comment on column compliance.compliance_rules.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.compliance_rules.metadata is 'Industry- or tenant-specific extension fields.';
alter table compliance.compliance_rules enable row level security;
alter table compliance.compliance_rules force row level security;
create policy tenant_isolation on compliance.compliance_rules for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on compliance.compliance_rules to finnest_app;
grant select on compliance.compliance_rules to finnest_readonly;
create trigger set_updated_at before update on compliance.compliance_rules for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on compliance.compliance_rules for each row execute function finnest.audit_row();
create table compliance.compliance_status (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    credential_type_id uuid not null,
    employee_qualification_id uuid,
    status text not null default 'pending_verification',
    issuing_state text,
    issued_on date,
    expires_on date,
    verification_method text,
    verified_at timestamptz,
    verified_by uuid,
    last_checked_at timestamptz,
    status_changed_at timestamptz not null default now(),
    status_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_compliance_status primary key (id),
    constraint uq_compliance_status__org_id_id unique (org_id, id),
    constraint fk_compliance_status__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_compliance_status__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_compliance_status__status check (status in ('pending_verification', 'valid', 'expiring', 'expired', 'rejected', 'revoked')),
    constraint ck_compliance_status__issuing_state_state check (issuing_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_compliance_status__verification_method check (verification_method in ('document_sighted', 'register_lookup', 'issuer_api', 'vevo', 'self_declared')),
    constraint fk_compliance_status__verified_by foreign key (org_id, verified_by) references public.users (org_id, id),
    constraint ck_compliance_status__expires_on_after_issued_on check (expires_on >= issued_on),
    constraint ck_compliance_status__verified_when_valid check (status not in ('valid', 'expiring') or verified_at is not null),
    constraint ck_compliance_status__reason_when_rejected_or_revoked check (status not in ('rejected', 'revoked') or status_reason is not null)
);
create unique index uq_compliance_status__org_id_employee_id_credential_type_id on compliance.compliance_status (org_id, employee_id, credential_type_id) where deleted_at is null;
create index ix_compliance_status__org_id_status_expires_on on compliance.compliance_status (org_id, status, expires_on) where deleted_at is null;
create index ix_compliance_status__org_id_employee_id on compliance.compliance_status (org_id, employee_id);
create index ix_compliance_status__credential_type_id on compliance.compliance_status (credential_type_id);
create index ix_compliance_status__org_id_employee_qualification_id on compliance.compliance_status (org_id, employee_qualification_id);
create index ix_compliance_status__org_id_verified_by on compliance.compliance_status (org_id, verified_by);
comment on table compliance.compliance_status is 'Whether a worker currently meets a credential requirement: one row per worker and credential type, kept current by verification and monitors (v2 candidate_compliance).';
comment on column compliance.compliance_status.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column compliance.compliance_status.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column compliance.compliance_status.employee_qualification_id is 'Soft reference to people.employee_qualifications (no FK: cross-domain). The held credential that is the evidence for this status.';
comment on column compliance.compliance_status.status is 'expiring: valid but within the credential type''s warning window; revoked: cancelled or suspended by the issuer.';
comment on column compliance.compliance_status.expires_on is 'Null for credentials that do not expire.';
comment on column compliance.compliance_status.last_checked_at is 'Last time a monitor or person confirmed the status with the issuer.';
comment on column compliance.compliance_status.status_reason is 'Why the status was last changed, e.g. the rejection or revocation reason given by the issuer; may reveal check findings, so redacted in the audit log.';
comment on column compliance.compliance_status.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.compliance_status.metadata is 'Industry- or tenant-specific extension fields.';
alter table compliance.compliance_status enable row level security;
alter table compliance.compliance_status force row level security;
create policy tenant_isolation on compliance.compliance_status for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on compliance.compliance_status to finnest_app;
grant select on compliance.compliance_status to finnest_readonly;
create trigger set_updated_at before update on compliance.compliance_status for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on compliance.compliance_status for each row execute function finnest.audit_row('status_reason');
create table compliance.ongoing_monitors (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    compliance_status_id uuid not null,
    monitor_type text not null,
    provider text,
    frequency_days integer not null default 30,
    next_check_at timestamptz not null,
    last_checked_at timestamptz,
    last_result text,
    consecutive_errors integer not null default 0,
    status text not null default 'active',
    external_reference text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_ongoing_monitors primary key (id),
    constraint uq_ongoing_monitors__org_id_id unique (org_id, id),
    constraint fk_ongoing_monitors__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_ongoing_monitors__compliance_status_id foreign key (org_id, compliance_status_id) references compliance.compliance_status (org_id, id),
    constraint ck_ongoing_monitors__monitor_type check (monitor_type in ('expiry', 'register_lookup', 'vevo', 'licence_status', 'police_recheck')),
    constraint ck_ongoing_monitors__frequency_days_range check (frequency_days between 1 and 366),
    constraint ck_ongoing_monitors__last_result check (last_result in ('clear', 'changed', 'adverse', 'not_found', 'error')),
    constraint ck_ongoing_monitors__consecutive_errors_non_negative check (consecutive_errors >= 0),
    constraint ck_ongoing_monitors__status check (status in ('active', 'paused', 'stopped'))
);
create index ix_ongoing_monitors__org_id_status_next_check_at on compliance.ongoing_monitors (org_id, status, next_check_at) where deleted_at is null;
create index ix_ongoing_monitors__org_id_employee_id on compliance.ongoing_monitors (org_id, employee_id);
create index ix_ongoing_monitors__org_id_compliance_status_id on compliance.ongoing_monitors (org_id, compliance_status_id);
comment on table compliance.ongoing_monitors is 'Continuous monitoring of a worker''s credential against its issuer or register (WWC registers, VEVO, licence status), with its schedule and last result.';
comment on column compliance.ongoing_monitors.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column compliance.ongoing_monitors.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column compliance.ongoing_monitors.monitor_type is 'expiry: date-based only; register_lookup: public register (WWC, NDIS); vevo: visa entitlement; licence_status: road authority or WHS regulator.';
comment on column compliance.ongoing_monitors.provider is 'Register or service queried, e.g. NSW Office of the Children''s Guardian, VEVO, NEVDIS.';
comment on column compliance.ongoing_monitors.frequency_days is 'Days between checks.';
comment on column compliance.ongoing_monitors.last_result is 'adverse: the issuer reports a bar, suspension or cancellation.';
comment on column compliance.ongoing_monitors.consecutive_errors is 'Failed lookups in a row; alerts a person past a threshold.';
comment on column compliance.ongoing_monitors.external_reference is 'Subscription or watch-list id at the provider.';
comment on column compliance.ongoing_monitors.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.ongoing_monitors.metadata is 'Industry- or tenant-specific extension fields.';
alter table compliance.ongoing_monitors enable row level security;
alter table compliance.ongoing_monitors force row level security;
create policy tenant_isolation on compliance.ongoing_monitors for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on compliance.ongoing_monitors to finnest_app;
grant select on compliance.ongoing_monitors to finnest_readonly;
create trigger set_updated_at before update on compliance.ongoing_monitors for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on compliance.ongoing_monitors for each row execute function finnest.audit_row();
create table compliance.compliance_scores (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    scope text not null,
    employee_id uuid,
    client_id uuid,
    site_id uuid,
    industry_profile_id uuid,
    score numeric(5,2) not null,
    requirements_total integer not null,
    requirements_met integer not null,
    requirements_expiring integer not null default 0,
    open_breaches integer not null default 0,
    calculated_at timestamptz not null default now(),
    breakdown jsonb not null default '{}'::jsonb,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_compliance_scores primary key (id),
    constraint uq_compliance_scores__org_id_id unique (org_id, id),
    constraint fk_compliance_scores__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_compliance_scores__scope check (scope in ('employee', 'client', 'site', 'organisation')),
    constraint fk_compliance_scores__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint ck_compliance_scores__score_range check (score between 0 and 100),
    constraint ck_compliance_scores__requirements_total_non_negative check (requirements_total >= 0),
    constraint ck_compliance_scores__requirements_met_non_negative check (requirements_met >= 0),
    constraint ck_compliance_scores__requirements_expiring_non_negative check (requirements_expiring >= 0),
    constraint ck_compliance_scores__open_breaches_non_negative check (open_breaches >= 0),
    constraint ck_compliance_scores__met_within_total check (requirements_met <= requirements_total and requirements_expiring <= requirements_met),
    constraint ck_compliance_scores__scope_target_given check ((scope <> 'employee' or employee_id is not null) and (scope <> 'client' or client_id is not null) and (scope <> 'site' or site_id is not null))
);
create index ix_compliance_scores__org_id_scope_employee_id_calculated_at on compliance.compliance_scores (org_id, scope, employee_id, calculated_at) where deleted_at is null;
create index ix_compliance_scores__org_id_employee_id on compliance.compliance_scores (org_id, employee_id);
create index ix_compliance_scores__org_id_client_id on compliance.compliance_scores (org_id, client_id);
create index ix_compliance_scores__org_id_site_id on compliance.compliance_scores (org_id, site_id);
create index ix_compliance_scores__industry_profile_id on compliance.compliance_scores (industry_profile_id);
comment on table compliance.compliance_scores is 'Point-in-time compliance score of a worker, client, site or the organisation: share of required credentials held and valid.';
comment on column compliance.compliance_scores.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column compliance.compliance_scores.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column compliance.compliance_scores.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column compliance.compliance_scores.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column compliance.compliance_scores.industry_profile_id is 'Profile whose requirements the score was measured against.';
comment on column compliance.compliance_scores.score is 'Percentage 0-100 of requirements met.';
comment on column compliance.compliance_scores.requirements_expiring is 'Met but expiring within the warning window.';
comment on column compliance.compliance_scores.breakdown is 'Per credential type: required, held, status.';
comment on column compliance.compliance_scores.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.compliance_scores.metadata is 'Industry- or tenant-specific extension fields.';
alter table compliance.compliance_scores enable row level security;
alter table compliance.compliance_scores force row level security;
create policy tenant_isolation on compliance.compliance_scores for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on compliance.compliance_scores to finnest_app;
grant select on compliance.compliance_scores to finnest_readonly;
create trigger set_updated_at before update on compliance.compliance_scores for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on compliance.compliance_scores for each row execute function finnest.audit_row();
create table compliance.compliance_breaches (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    compliance_rule_id uuid,
    compliance_status_id uuid,
    credential_type_id uuid,
    shift_id uuid,
    breach_type text not null,
    severity text not null default 'warning',
    detected_at timestamptz not null default now(),
    status text not null default 'open',
    resolved_at timestamptz,
    resolved_by uuid,
    resolution_notes text,
    waived_until date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_compliance_breaches primary key (id),
    constraint uq_compliance_breaches__org_id_id unique (org_id, id),
    constraint fk_compliance_breaches__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_compliance_breaches__compliance_rule_id foreign key (org_id, compliance_rule_id) references compliance.compliance_rules (org_id, id),
    constraint fk_compliance_breaches__compliance_status_id foreign key (org_id, compliance_status_id) references compliance.compliance_status (org_id, id),
    constraint fk_compliance_breaches__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_compliance_breaches__breach_type check (breach_type in ('missing_credential', 'expired_credential', 'revoked_credential', 'unverified_credential', 'visa_condition', 'minimum_age', 'other')),
    constraint ck_compliance_breaches__severity check (severity in ('info', 'warning', 'critical')),
    constraint ck_compliance_breaches__status check (status in ('open', 'acknowledged', 'resolved', 'waived', 'false_positive')),
    constraint fk_compliance_breaches__resolved_by foreign key (org_id, resolved_by) references public.users (org_id, id),
    constraint ck_compliance_breaches__resolved_after_detected check (resolved_at is null or resolved_at >= detected_at),
    constraint ck_compliance_breaches__closed_has_resolved_at check (status not in ('resolved', 'waived', 'false_positive') or resolved_at is not null),
    constraint ck_compliance_breaches__waiver_explained check (status <> 'waived' or (resolution_notes is not null and waived_until is not null))
);
create index ix_compliance_breaches__org_id_status_severity on compliance.compliance_breaches (org_id, status, severity) where deleted_at is null;
create index ix_compliance_breaches__org_id_employee_id_status on compliance.compliance_breaches (org_id, employee_id, status) where deleted_at is null;
create index ix_compliance_breaches__org_id_employee_id on compliance.compliance_breaches (org_id, employee_id);
create index ix_compliance_breaches__org_id_compliance_rule_id on compliance.compliance_breaches (org_id, compliance_rule_id);
create index ix_compliance_breaches__org_id_compliance_status_id on compliance.compliance_breaches (org_id, compliance_status_id);
create index ix_compliance_breaches__credential_type_id on compliance.compliance_breaches (credential_type_id);
create index ix_compliance_breaches__org_id_shift_id on compliance.compliance_breaches (org_id, shift_id);
create index ix_compliance_breaches__org_id_resolved_by on compliance.compliance_breaches (org_id, resolved_by);
comment on table compliance.compliance_breaches is 'A detected failure to comply: a worker rostered without a valid credential, a visa hours cap exceeded, a revoked check; tracked until resolved or waived.';
comment on column compliance.compliance_breaches.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column compliance.compliance_breaches.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column compliance.compliance_breaches.compliance_rule_id is 'Tenant rule breached; null when the breach is against the industry profile''s requirements.';
comment on column compliance.compliance_breaches.shift_id is 'Soft reference to roster.shifts (no FK: cross-domain). Shift the breach was detected on or blocked.';
comment on column compliance.compliance_breaches.waived_until is 'A waiver holds only until this date.';
comment on column compliance.compliance_breaches.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.compliance_breaches.metadata is 'Industry- or tenant-specific extension fields.';
alter table compliance.compliance_breaches enable row level security;
alter table compliance.compliance_breaches force row level security;
create policy tenant_isolation on compliance.compliance_breaches for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on compliance.compliance_breaches to finnest_app;
grant select on compliance.compliance_breaches to finnest_readonly;
create trigger set_updated_at before update on compliance.compliance_breaches for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on compliance.compliance_breaches for each row execute function finnest.audit_row();
create table compliance.labour_hire_licences (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    holder text not null default 'organisation',
    agency_id uuid,
    state text not null,
    licence_number text not null,
    granted_on date not null,
    expires_on date,
    status text not null default 'active',
    conditions text,
    verified_at timestamptz,
    verified_by uuid,
    register_url text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_labour_hire_licences primary key (id),
    constraint uq_labour_hire_licences__org_id_id unique (org_id, id),
    constraint fk_labour_hire_licences__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_labour_hire_licences__holder check (holder in ('organisation', 'agency')),
    constraint ck_labour_hire_licences__state check (state in ('QLD', 'VIC', 'SA', 'ACT')),
    constraint ck_labour_hire_licences__status check (status in ('active', 'suspended', 'cancelled', 'expired')),
    constraint fk_labour_hire_licences__verified_by foreign key (org_id, verified_by) references public.users (org_id, id),
    constraint ck_labour_hire_licences__register_url_format check (register_url ~ '^https://'),
    constraint ck_labour_hire_licences__agency_named_when_agency_holds check ((holder = 'agency') = (agency_id is not null)),
    constraint ck_labour_hire_licences__expires_on_after_granted_on check (expires_on >= granted_on)
);
create unique index uq_labour_hire_licences__org_id_holder_agency_id_state_current on compliance.labour_hire_licences (org_id, holder, (coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid)), state) where deleted_at is null and status in ('active', 'suspended');
create index ix_labour_hire_licences__org_id_status_expires_on on compliance.labour_hire_licences (org_id, status, expires_on) where deleted_at is null;
create index ix_labour_hire_licences__org_id_agency_id on compliance.labour_hire_licences (org_id, agency_id);
create index ix_labour_hire_licences__org_id_verified_by on compliance.labour_hire_licences (org_id, verified_by);
comment on table compliance.labour_hire_licences is 'Labour hire licences held by the organisation itself, or by an agency it sources workers from: QLD, VIC, SA and the ACT require providers to be licensed and hosts to use only licensed providers.';
comment on column compliance.labour_hire_licences.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column compliance.labour_hire_licences.holder is 'organisation: the tenant''s own licence; agency: the licence of a supplying agency (clients.agencies).';
comment on column compliance.labour_hire_licences.agency_id is 'Soft reference to clients.agencies (no FK: cross-domain). The licensed agency when holder is agency.';
comment on column compliance.labour_hire_licences.state is 'Jurisdiction that issued the licence (only these four license labour hire).';
comment on column compliance.labour_hire_licences.licence_number is 'Licence number as on the state register.';
comment on column compliance.labour_hire_licences.expires_on is 'Date the licence lapses unless renewed; null where the scheme keeps it in force through annual reporting.';
comment on column compliance.labour_hire_licences.conditions is 'Conditions the regulator placed on the licence.';
comment on column compliance.labour_hire_licences.verified_at is 'Last time the licence was checked on the public register.';
comment on column compliance.labour_hire_licences.register_url is 'Public register entry the licence was verified against.';
comment on column compliance.labour_hire_licences.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column compliance.labour_hire_licences.metadata is 'Industry- or tenant-specific extension fields.';
alter table compliance.labour_hire_licences enable row level security;
alter table compliance.labour_hire_licences force row level security;
create policy tenant_isolation on compliance.labour_hire_licences for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on compliance.labour_hire_licences to finnest_app;
grant select on compliance.labour_hire_licences to finnest_readonly;
create trigger set_updated_at before update on compliance.labour_hire_licences for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on compliance.labour_hire_licences for each row execute function finnest.audit_row();
