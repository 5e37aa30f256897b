create table clearance.clearance_holders (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    agsva_csid text,
    citizenship text not null,
    other_citizenships text[],
    citizenship_waiver_required boolean generated always as (citizenship not in ('australian_citizen', 'dual_citizen')) stored,
    citizenship_waiver_granted_on date,
    security_officer_user_id uuid,
    last_security_briefing_on date,
    contact_report_due_on date,
    status text not null default 'prospective',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_clearance_holders primary key (id),
    constraint uq_clearance_holders__org_id_id unique (org_id, id),
    constraint fk_clearance_holders__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_clearance_holders__citizenship check (citizenship in ('australian_citizen', 'dual_citizen', 'permanent_resident', 'foreign_national')),
    constraint ck_clearance_holders__other_citizenships_format check (other_citizenships is null or array_to_string(other_citizenships, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
    constraint fk_clearance_holders__security_officer_user_id foreign key (org_id, security_officer_user_id) references public.users (org_id, id),
    constraint ck_clearance_holders__status check (status in ('prospective', 'cleared', 'separated')),
    constraint ck_clearance_holders__waiver_only_for_non_citizens check (citizenship_waiver_granted_on is null or citizenship not in ('australian_citizen', 'dual_citizen'))
);
create unique index uq_clearance_holders__org_id_employee_id on clearance.clearance_holders (org_id, employee_id) where deleted_at is null;
create unique index uq_clearance_holders__org_id_agsva_csid on clearance.clearance_holders (org_id, agsva_csid) where deleted_at is null;
create index ix_clearance_holders__org_id_status on clearance.clearance_holders (org_id, status) where deleted_at is null;
create index ix_clearance_holders__org_id_employee_id on clearance.clearance_holders (org_id, employee_id);
create index ix_clearance_holders__org_id_security_officer_user_id on clearance.clearance_holders (org_id, security_officer_user_id);
comment on table clearance.clearance_holders is 'People who hold, or are being put forward for, an Australian Government security clearance (AGSVA), with what decides their eligibility; the clearance itself, over time, is in clearance_statuses.';
comment on column clearance.clearance_holders.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clearance.clearance_holders.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column clearance.clearance_holders.agsva_csid is 'Clearance Subject Identifier AGSVA gives the person; follows them between sponsors.';
comment on column clearance.clearance_holders.citizenship is 'Clearances generally need Australian citizenship; others need a citizenship eligibility waiver from the sponsor.';
comment on column clearance.clearance_holders.other_citizenships is 'ISO 3166-1 alpha-2 codes of other citizenships held.';
comment on column clearance.clearance_holders.citizenship_waiver_required is 'Not an Australian citizen: a clearance needs the sponsor''s citizenship eligibility waiver.';
comment on column clearance.clearance_holders.security_officer_user_id is 'Security officer (DISP CSO or SO) responsible for the holder.';
comment on column clearance.clearance_holders.last_security_briefing_on is 'Last security awareness briefing; cleared people are briefed at least annually.';
comment on column clearance.clearance_holders.contact_report_due_on is 'Next annual change-of-circumstances and overseas contact declaration.';
comment on column clearance.clearance_holders.status is 'prospective: put forward, not yet cleared; cleared: holds a clearance through this organisation; separated: left the program or the organisation.';
comment on column clearance.clearance_holders.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clearance.clearance_holders.metadata is 'Industry- or tenant-specific extension fields.';
alter table clearance.clearance_holders enable row level security;
alter table clearance.clearance_holders force row level security;
create policy tenant_isolation on clearance.clearance_holders for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clearance.clearance_holders to finnest_app;
grant select on clearance.clearance_holders to finnest_readonly;
create trigger set_updated_at before update on clearance.clearance_holders for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clearance.clearance_holders for each row execute function finnest.audit_row();
create table clearance.clearance_applications (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    holder_id uuid not null,
    application_type text not null,
    level_requested text not null,
    status text not null default 'application_issued',
    sponsor_type text not null,
    sponsor_name text not null,
    disp_membership_number text,
    disp_level text,
    position_justification text not null,
    agsva_reference text,
    issued_on date not null,
    submitted_on date,
    decided_on date,
    outcome_notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_clearance_applications primary key (id),
    constraint uq_clearance_applications__org_id_id unique (org_id, id),
    constraint fk_clearance_applications__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_clearance_applications__holder_id foreign key (org_id, holder_id) references clearance.clearance_holders (org_id, id),
    constraint ck_clearance_applications__application_type check (application_type in ('initial', 'upgrade', 'revalidation', 'transfer', 'reinstatement')),
    constraint ck_clearance_applications__level_requested_level check (level_requested in ('baseline', 'nv1', 'nv2', 'pv')),
    constraint ck_clearance_applications__status check (status in ('application_issued', 'submitted', 'in_progress', 'granted', 'denied', 'cancelled')),
    constraint ck_clearance_applications__sponsor_type check (sponsor_type in ('government_agency', 'disp_member')),
    constraint ck_clearance_applications__disp_level check (disp_level in ('entry', 'level_1', 'level_2', 'level_3')),
    constraint ck_clearance_applications__submitted_after_issued check (submitted_on is null or submitted_on >= issued_on),
    constraint ck_clearance_applications__decided_after_submitted check (decided_on is null or decided_on >= coalesce(submitted_on, issued_on)),
    constraint ck_clearance_applications__decision_dated check (status not in ('granted', 'denied') or decided_on is not null),
    constraint ck_clearance_applications__submission_dated check (status in ('application_issued', 'cancelled') or submitted_on is not null),
    constraint ck_clearance_applications__disp_sponsor_has_membership check (sponsor_type <> 'disp_member' or (disp_membership_number is not null and disp_level is not null)),
    constraint ck_clearance_applications__disp_level_covers_clearance check (sponsor_type is distinct from 'disp_member' or (disp_level = 'level_3') or (disp_level = 'level_2' and level_requested in ('baseline', 'nv1')) or (disp_level = 'level_1' and level_requested = 'baseline'))
);
create index ix_clearance_applications__org_id_holder_id_status on clearance.clearance_applications (org_id, holder_id, status) where deleted_at is null;
create index ix_clearance_applications__org_id_status_submitted_on on clearance.clearance_applications (org_id, status, submitted_on) where deleted_at is null;
create index ix_clearance_applications__org_id_holder_id on clearance.clearance_applications (org_id, holder_id);
comment on table clearance.clearance_applications is 'Applications to AGSVA for a security clearance, an upgrade, a revalidation or a transfer of sponsorship, sponsored by a government agency or a DISP member.';
comment on column clearance.clearance_applications.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clearance.clearance_applications.level_requested is 'baseline: up to PROTECTED; nv1: SECRET; nv2: TOP SECRET; pv: TOP SECRET including certain compartments.';
comment on column clearance.clearance_applications.sponsor_name is 'Sponsoring agency, or the DISP member entity.';
comment on column clearance.clearance_applications.disp_membership_number is 'Defence Industry Security Program membership of the sponsor.';
comment on column clearance.clearance_applications.disp_level is 'Sponsor''s DISP personnel security level: entry ≈ OFFICIAL, 1 ≈ PROTECTED, 2 ≈ SECRET, 3 ≈ TOP SECRET.';
comment on column clearance.clearance_applications.position_justification is 'Why the role needs access at this level (the sponsor''s clearance requirement).';
comment on column clearance.clearance_applications.agsva_reference is 'AGSVA case reference of the application.';
comment on column clearance.clearance_applications.issued_on is 'Date the eVetting application was issued to the applicant.';
comment on column clearance.clearance_applications.outcome_notes is 'AGSVA''s outcome and any reasons for denial; redacted in the audit log.';
comment on column clearance.clearance_applications.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clearance.clearance_applications.metadata is 'Industry- or tenant-specific extension fields.';
alter table clearance.clearance_applications enable row level security;
alter table clearance.clearance_applications force row level security;
create policy tenant_isolation on clearance.clearance_applications for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clearance.clearance_applications to finnest_app;
grant select on clearance.clearance_applications to finnest_readonly;
create trigger set_updated_at before update on clearance.clearance_applications for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clearance.clearance_applications for each row execute function finnest.audit_row('outcome_notes');
create table clearance.clearance_statuses (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    holder_id uuid not null,
    application_id uuid,
    level text not null,
    status text not null,
    effective_from date not null,
    effective_to date,
    granted_on date,
    revalidation_due date,
    pv_appraisal_due date,
    sponsor_type text,
    sponsor_name text,
    disp_membership_number text,
    disp_level text,
    agsva_reference text,
    conditions text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_clearance_statuses primary key (id),
    constraint uq_clearance_statuses__org_id_id unique (org_id, id),
    constraint fk_clearance_statuses__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_clearance_statuses__holder_id foreign key (org_id, holder_id) references clearance.clearance_holders (org_id, id),
    constraint fk_clearance_statuses__application_id foreign key (org_id, application_id) references clearance.clearance_applications (org_id, id),
    constraint ck_clearance_statuses__level_level check (level in ('baseline', 'nv1', 'nv2', 'pv')),
    constraint ck_clearance_statuses__status check (status in ('not_sponsored', 'application_issued', 'submitted', 'in_progress', 'granted', 'denied', 'suspended', 'cancelled', 'revalidation_due')),
    constraint ck_clearance_statuses__sponsor_type check (sponsor_type in ('government_agency', 'disp_member')),
    constraint ck_clearance_statuses__disp_level check (disp_level in ('entry', 'level_1', 'level_2', 'level_3')),
    constraint ck_clearance_statuses__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_clearance_statuses__granted_has_date check (status not in ('granted', 'suspended', 'revalidation_due') or granted_on is not null),
    constraint ck_clearance_statuses__sponsored_has_sponsor check (status in ('not_sponsored', 'denied', 'cancelled') or (sponsor_type is not null and sponsor_name is not null)),
    constraint ck_clearance_statuses__revalidation_after_grant check (revalidation_due is null or granted_on is null or revalidation_due > granted_on),
    constraint ck_clearance_statuses__revalidation_within_level_interval check (revalidation_due is null or granted_on is null or revalidation_due <= granted_on + make_interval(years => case level when 'baseline' then 15 when 'nv1' then 10 else 7 end)),
    constraint ck_clearance_statuses__pv_appraisal_only_for_pv check (pv_appraisal_due is null or level = 'pv'),
    constraint ck_clearance_statuses__disp_sponsor_has_membership check (sponsor_type is distinct from 'disp_member' or (disp_membership_number is not null and disp_level is not null)),
    constraint ck_clearance_statuses__disp_level_covers_clearance check (sponsor_type is distinct from 'disp_member' or (disp_level = 'level_3') or (disp_level = 'level_2' and level in ('baseline', 'nv1')) or (disp_level = 'level_1' and level = 'baseline'))
);
create unique index uq_clearance_statuses__org_id_holder_id_current on clearance.clearance_statuses (org_id, holder_id) where deleted_at is null and effective_to is null;
create index ix_clearance_statuses__org_id_status_revalidation_due on clearance.clearance_statuses (org_id, status, revalidation_due) where deleted_at is null;
create index ix_clearance_statuses__org_id_holder_id on clearance.clearance_statuses (org_id, holder_id);
create index ix_clearance_statuses__org_id_application_id on clearance.clearance_statuses (org_id, application_id);
comment on table clearance.clearance_statuses is 'The security clearance a holder has, or is being processed for, over time: level, AGSVA status, grant and revalidation dates and the sponsor. A change starts a new row and closes the previous one (effective_to), so the history stays; one row per holder is current.';
comment on column clearance.clearance_statuses.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clearance.clearance_statuses.application_id is 'Application that led to this status.';
comment on column clearance.clearance_statuses.level is 'baseline: up to PROTECTED; nv1: SECRET; nv2: TOP SECRET; pv: TOP SECRET including certain compartments.';
comment on column clearance.clearance_statuses.effective_to is 'Null for the holder''s current status.';
comment on column clearance.clearance_statuses.revalidation_due is 'Baseline every 15 years, NV1 10, NV2 and PV 5 to 7 years.';
comment on column clearance.clearance_statuses.pv_appraisal_due is 'Positive Vetting only: the annual security appraisal.';
comment on column clearance.clearance_statuses.sponsor_name is 'Sponsor of the clearance; when sponsorship ends the clearance may be downgraded or cancelled.';
comment on column clearance.clearance_statuses.conditions is 'Conditions AGSVA placed on the clearance; can reveal vetting concerns, so redacted in the audit log.';
comment on column clearance.clearance_statuses.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clearance.clearance_statuses.metadata is 'Industry- or tenant-specific extension fields.';
alter table clearance.clearance_statuses enable row level security;
alter table clearance.clearance_statuses force row level security;
create policy tenant_isolation on clearance.clearance_statuses for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clearance.clearance_statuses to finnest_app;
grant select on clearance.clearance_statuses to finnest_readonly;
create trigger set_updated_at before update on clearance.clearance_statuses for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clearance.clearance_statuses for each row execute function finnest.audit_row('conditions');
create table clearance.vetting_records (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    holder_id uuid not null,
    application_id uuid,
    check_type text not null,
    outcome text not null default 'pending',
    requested_on date,
    completed_on date,
    conducted_by text,
    reference_number text,
    details text,
    mitigation text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_vetting_records primary key (id),
    constraint uq_vetting_records__org_id_id unique (org_id, id),
    constraint fk_vetting_records__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_vetting_records__holder_id foreign key (org_id, holder_id) references clearance.clearance_holders (org_id, id),
    constraint fk_vetting_records__application_id foreign key (org_id, application_id) references clearance.clearance_applications (org_id, id),
    constraint ck_vetting_records__check_type check (check_type in ('identity', 'citizenship', 'police', 'financial', 'referee', 'employment_history', 'residential_history', 'foreign_contacts_travel', 'security_interview', 'psychological', 'digital_footprint')),
    constraint ck_vetting_records__outcome check (outcome in ('pending', 'clear', 'concern_noted', 'adverse', 'not_required')),
    constraint ck_vetting_records__completed_after_requested check (completed_on is null or requested_on is null or completed_on >= requested_on),
    constraint ck_vetting_records__outcome_dated check (outcome in ('pending', 'not_required') or completed_on is not null)
);
create index ix_vetting_records__org_id_holder_id_check_type on clearance.vetting_records (org_id, holder_id, check_type) where deleted_at is null;
create index ix_vetting_records__org_id_holder_id on clearance.vetting_records (org_id, holder_id);
create index ix_vetting_records__org_id_application_id on clearance.vetting_records (org_id, application_id);
comment on table clearance.vetting_records is 'Checks made in vetting a clearance holder (identity, police, financial, referees, security interview, psychological assessment for PV…) and their outcome. Restricted: details are highly sensitive personal information, redacted in the audit log and shown only to the security officer.';
comment on column clearance.vetting_records.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clearance.vetting_records.outcome is 'Result of the check; an adverse or concern outcome is itself sensitive, so redacted in the audit log.';
comment on column clearance.vetting_records.conducted_by is 'AGSVA vetting officer or provider (not a Finnest user).';
comment on column clearance.vetting_records.reference_number is 'Reference of the check at its provider (police check number, referee report id).';
comment on column clearance.vetting_records.details is 'What the check found; redacted in the audit log.';
comment on column clearance.vetting_records.mitigation is 'Mitigating factors or conditions recorded against a concern; redacted in the audit log.';
comment on column clearance.vetting_records.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clearance.vetting_records.metadata is 'Industry- or tenant-specific extension fields.';
alter table clearance.vetting_records enable row level security;
alter table clearance.vetting_records force row level security;
create policy tenant_isolation on clearance.vetting_records for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clearance.vetting_records to finnest_app;
grant select on clearance.vetting_records to finnest_readonly;
create trigger set_updated_at before update on clearance.vetting_records for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clearance.vetting_records for each row execute function finnest.audit_row('outcome', 'details', 'mitigation');
create table clearance.program_separations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    holder_id uuid not null,
    clearance_status_id uuid,
    program_name text not null,
    separation_reason text not null,
    separated_on date not null,
    debriefed_on date,
    debriefed_by_user_id uuid,
    access_revoked_at timestamptz,
    security_items_returned boolean not null default false,
    clearance_outcome text not null default 'pending',
    new_sponsor_name text,
    agsva_notified_at timestamptz,
    agsva_reference text,
    status text not null default 'initiated',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_program_separations primary key (id),
    constraint uq_program_separations__org_id_id unique (org_id, id),
    constraint fk_program_separations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_program_separations__holder_id foreign key (org_id, holder_id) references clearance.clearance_holders (org_id, id),
    constraint fk_program_separations__clearance_status_id foreign key (org_id, clearance_status_id) references clearance.clearance_statuses (org_id, id),
    constraint ck_program_separations__separation_reason check (separation_reason in ('resignation', 'termination', 'contract_end', 'role_no_longer_requires_clearance', 'sponsorship_transferred', 'clearance_cancelled', 'deceased')),
    constraint fk_program_separations__debriefed_by_user_id foreign key (org_id, debriefed_by_user_id) references public.users (org_id, id),
    constraint ck_program_separations__clearance_outcome check (clearance_outcome in ('pending', 'transferred', 'downgraded', 'cancelled', 'retained')),
    constraint ck_program_separations__status check (status in ('initiated', 'debriefed', 'agsva_notified', 'completed')),
    constraint ck_program_separations__transfer_names_sponsor check (clearance_outcome <> 'transferred' or new_sponsor_name is not null),
    constraint ck_program_separations__debrief_recorded check (status = 'initiated' or debriefed_on is not null or separation_reason = 'deceased'),
    constraint ck_program_separations__agsva_notice_recorded check (status not in ('agsva_notified', 'completed') or agsva_notified_at is not null),
    constraint ck_program_separations__completed_has_outcome check (status <> 'completed' or (clearance_outcome <> 'pending' and access_revoked_at is not null))
);
create index ix_program_separations__org_id_holder_id_separated_on on clearance.program_separations (org_id, holder_id, separated_on) where deleted_at is null;
create index ix_program_separations__org_id_status on clearance.program_separations (org_id, status) where deleted_at is null;
create index ix_program_separations__org_id_holder_id on clearance.program_separations (org_id, holder_id);
create index ix_program_separations__org_id_clearance_status_id on clearance.program_separations (org_id, clearance_status_id);
create index ix_program_separations__org_id_debriefed_by_user_id on clearance.program_separations (org_id, debriefed_by_user_id);
comment on table clearance.program_separations is 'A clearance holder leaving a sponsored program, contract or the organisation: the security debrief, removal of access and return of items, the notice to AGSVA, and what happens to the clearance (transferred, downgraded or cancelled).';
comment on column clearance.program_separations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clearance.program_separations.clearance_status_id is 'Clearance held at separation.';
comment on column clearance.program_separations.program_name is 'Program, contract or DISP sponsorship the holder leaves.';
comment on column clearance.program_separations.debriefed_on is 'Security debrief: reminded of continuing obligations not to disclose.';
comment on column clearance.program_separations.access_revoked_at is 'Physical and ICT access to classified material removed.';
comment on column clearance.program_separations.security_items_returned is 'Passes, tokens and classified material handed back.';
comment on column clearance.program_separations.clearance_outcome is 'What happens to the clearance: transferred to a new sponsor, downgraded to a level still needed, cancelled, or retained because the holder stays sponsored through another program.';
comment on column clearance.program_separations.new_sponsor_name is 'Sponsor taking the clearance over, when transferred.';
comment on column clearance.program_separations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clearance.program_separations.metadata is 'Industry- or tenant-specific extension fields.';
alter table clearance.program_separations enable row level security;
alter table clearance.program_separations force row level security;
create policy tenant_isolation on clearance.program_separations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clearance.program_separations to finnest_app;
grant select on clearance.program_separations to finnest_readonly;
create trigger set_updated_at before update on clearance.program_separations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clearance.program_separations for each row execute function finnest.audit_row();
