create table safety.incidents (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    incident_number text not null,
    incident_type text not null,
    title text not null,
    description text not null,
    occurred_at timestamptz not null,
    reported_at timestamptz not null default now(),
    reported_by_user_id uuid,
    site_id uuid,
    client_id uuid,
    location_description text,
    state text,
    immediate_actions text,
    status text not null default 'reported',
    closed_at timestamptz,
    is_notifiable boolean not null default false,
    notifiable_category text,
    regulator text,
    regulator_ref text,
    notified_at timestamptz,
    written_notice_sent_at timestamptz,
    site_released_at timestamptz,
    records_retain_until date generated always as (((coalesce(notified_at, occurred_at) at time zone 'UTC') + interval '5 years')::date + 1) stored not null,
    lost_time_injury boolean not null default false,
    days_lost integer,
    workers_comp_claim_status text,
    workers_comp_claim_number text,
    workers_comp_insurer text,
    workers_comp_lodged_on date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_incidents primary key (id),
    constraint uq_incidents__org_id_id unique (org_id, id),
    constraint fk_incidents__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_incidents__incident_type check (incident_type in ('injury', 'illness', 'near_miss', 'dangerous_incident', 'property_damage', 'environmental', 'hazard_report')),
    constraint fk_incidents__reported_by_user_id foreign key (org_id, reported_by_user_id) references public.users (org_id, id),
    constraint ck_incidents__state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_incidents__status check (status in ('reported', 'investigating', 'actions_assigned', 'closed')),
    constraint ck_incidents__notifiable_category check (notifiable_category in ('death', 'serious_injury_illness', 'dangerous_incident')),
    constraint ck_incidents__regulator check (regulator in ('SafeWork NSW', 'WorkSafe Victoria', 'WHSQ', 'SafeWork SA', 'WorkSafe WA', 'WorkSafe Tasmania', 'WorkSafe ACT', 'NT WorkSafe', 'Comcare')),
    constraint ck_incidents__days_lost_non_negative check (days_lost >= 0),
    constraint ck_incidents__workers_comp_claim_status check (workers_comp_claim_status in ('lodged', 'accepted', 'denied', 'closed')),
    constraint ck_incidents__notifiable_has_regulator_details check (not is_notifiable or (notifiable_category is not null and regulator is not null and regulator_ref is not null and notified_at is not null)),
    constraint ck_incidents__notifiable_category_only_when_notifiable check (is_notifiable or notifiable_category is null),
    constraint ck_incidents__reported_after_occurred check (reported_at >= occurred_at),
    constraint ck_incidents__notified_after_occurred check (notified_at is null or notified_at >= occurred_at),
    constraint ck_incidents__closed_after_occurred check (closed_at is null or closed_at >= occurred_at),
    constraint ck_incidents__closed_has_closed_at check (status <> 'closed' or closed_at is not null),
    constraint ck_incidents__claim_has_lodgement_date check (workers_comp_claim_status is null or workers_comp_lodged_on is not null)
);
create unique index uq_incidents__org_id_incident_number on safety.incidents (org_id, incident_number) where deleted_at is null;
create index ix_incidents__org_id_status_occurred_at on safety.incidents (org_id, status, occurred_at) where deleted_at is null;
create index ix_incidents__org_id_incident_type_occurred_at on safety.incidents (org_id, incident_type, occurred_at) where deleted_at is null;
create index ix_incidents__org_id_is_notifiable_notified_at on safety.incidents (org_id, is_notifiable, notified_at) where is_notifiable and deleted_at is null;
create index ix_incidents__org_id_reported_by_user_id on safety.incidents (org_id, reported_by_user_id);
create index ix_incidents__org_id_site_id on safety.incidents (org_id, site_id);
create index ix_incidents__org_id_client_id on safety.incidents (org_id, client_id);
comment on table safety.incidents is 'A WHS event at a workplace: injury, illness, near miss, dangerous incident, property damage, environmental release or reported hazard. Records of notifiable incidents are kept at least 5 years from notification (WHS Act s38(7)); nothing here is ever hard-deleted.';
comment on column safety.incidents.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.incidents.incident_number is 'Human reference quoted to insurers and regulators, e.g. INC-2026-0042.';
comment on column safety.incidents.description is 'What happened, in the reporter''s words.';
comment on column safety.incidents.reported_at is 'When the incident was first reported to the organisation.';
comment on column safety.incidents.site_id is 'Soft reference to clients.sites (no FK: cross-domain). Workplace where it occurred.';
comment on column safety.incidents.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Host business: a second PCBU with duties for labour-hire workers.';
comment on column safety.incidents.location_description is 'Where on the site, e.g. loading dock 3.';
comment on column safety.incidents.state is 'Jurisdiction whose WHS law and regulator apply.';
comment on column safety.incidents.immediate_actions is 'First aid given, area isolated, plant tagged out…';
comment on column safety.incidents.is_notifiable is 'A notifiable incident under the WHS Act (death, serious injury or illness, dangerous incident): the regulator must be told immediately.';
comment on column safety.incidents.notifiable_category is 'WHS Act s35–37: death; serious injury or illness (in-patient treatment, amputation, serious head, eye or burn injury, spinal injury…); dangerous incident (uncontrolled escape of a substance, explosion or fire, electric shock, fall of plant from height, collapse…).';
comment on column safety.incidents.regulator is 'WHS regulator notified: the state or territory regulator, or Comcare.';
comment on column safety.incidents.regulator_ref is 'Reference number the regulator gave when notified.';
comment on column safety.incidents.notified_at is 'When the regulator was notified (by the fastest means, immediately after becoming aware).';
comment on column safety.incidents.written_notice_sent_at is 'Written notice, due within 48 h of the regulator''s request.';
comment on column safety.incidents.site_released_at is 'When an inspector released the preserved incident site (WHS Act s39); null while preserved or not required.';
comment on column safety.incidents.records_retain_until is 'Earliest date the record may be disposed of: 5 years after notification (or occurrence).';
comment on column safety.incidents.lost_time_injury is 'The injured worker lost at least one full shift (LTI).';
comment on column safety.incidents.days_lost is 'Full shifts lost, for LTIFR.';
comment on column safety.incidents.workers_comp_claim_status is 'State of the workers'' compensation claim arising from the incident, if any; null: no claim.';
comment on column safety.incidents.workers_comp_claim_number is 'Insurer''s claim number.';
comment on column safety.incidents.workers_comp_insurer is 'Scheme insurer or agent (e.g. icare agent, WorkSafe agent), or self-insurer.';
comment on column safety.incidents.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.incidents.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.incidents enable row level security;
alter table safety.incidents force row level security;
create policy tenant_isolation on safety.incidents for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.incidents to finnest_app;
grant select on safety.incidents to finnest_readonly;
create trigger set_updated_at before update on safety.incidents for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.incidents for each row execute function finnest.audit_row();
create table safety.incident_people (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    incident_id uuid not null,
    employee_id uuid,
    person_name text,
    person_type text not null default 'worker',
    role text not null,
    contact_phone text,
    injury_nature text,
    body_location text,
    injury_description text,
    treatment_level text,
    statement text,
    statement_taken_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_incident_people primary key (id),
    constraint uq_incident_people__org_id_id unique (org_id, id),
    constraint fk_incident_people__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_incident_people__incident_id foreign key (org_id, incident_id) references safety.incidents (org_id, id),
    constraint ck_incident_people__person_type check (person_type in ('worker', 'host_employee', 'contractor', 'visitor', 'member_of_public')),
    constraint ck_incident_people__role check (role in ('injured', 'witness', 'reporter', 'involved')),
    constraint ck_incident_people__contact_phone_format check (contact_phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint ck_incident_people__treatment_level check (treatment_level in ('none', 'first_aid', 'medical_treatment', 'hospital_inpatient', 'fatality')),
    constraint ck_incident_people__named_or_employee check (employee_id is not null or person_name is not null)
);
create unique index uq_incident_people__org_id_incident_id_employee_id_role on safety.incident_people (org_id, incident_id, employee_id, role) where deleted_at is null;
create index ix_incident_people__org_id_incident_id_role on safety.incident_people (org_id, incident_id, role) where deleted_at is null;
create index ix_incident_people__org_id_incident_id on safety.incident_people (org_id, incident_id);
create index ix_incident_people__org_id_employee_id on safety.incident_people (org_id, employee_id);
comment on table safety.incident_people is 'A person involved in an incident: the injured, witnesses, the reporter and others involved. Injury details are health information and never reach the audit log in clear.';
comment on column safety.incident_people.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.incident_people.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Null for visitors, members of the public and host employees not on our books.';
comment on column safety.incident_people.person_name is 'Name as recorded, required when the person is not an employee.';
comment on column safety.incident_people.contact_phone is 'E.164, e.g. +61412345678.';
comment on column safety.incident_people.injury_nature is 'Nature of injury or disease (TOOCS), e.g. fracture, laceration. Health information.';
comment on column safety.incident_people.body_location is 'Bodily location of the injury (TOOCS). Health information.';
comment on column safety.incident_people.injury_description is 'Health information.';
comment on column safety.incident_people.treatment_level is 'Highest treatment received; hospital in-patient treatment makes the injury notifiable.';
comment on column safety.incident_people.statement is 'The person''s account of the incident.';
comment on column safety.incident_people.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.incident_people.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.incident_people enable row level security;
alter table safety.incident_people force row level security;
create policy tenant_isolation on safety.incident_people for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.incident_people to finnest_app;
grant select on safety.incident_people to finnest_readonly;
create trigger set_updated_at before update on safety.incident_people for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.incident_people for each row execute function finnest.audit_row('injury_nature', 'body_location', 'injury_description', 'treatment_level');
create table safety.investigations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    incident_id uuid not null,
    lead_investigator_user_id uuid,
    status text not null default 'reported',
    method text,
    due_on date,
    started_at timestamptz,
    completed_at timestamptz,
    findings text,
    root_cause text,
    contributing_factors text[] not null default '{}'::text[],
    recommendations text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_investigations primary key (id),
    constraint uq_investigations__org_id_id unique (org_id, id),
    constraint fk_investigations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_investigations__incident_id foreign key (org_id, incident_id) references safety.incidents (org_id, id),
    constraint fk_investigations__lead_investigator_user_id foreign key (org_id, lead_investigator_user_id) references public.users (org_id, id),
    constraint ck_investigations__status check (status in ('reported', 'investigating', 'actions_assigned', 'closed')),
    constraint ck_investigations__method check (method in ('five_whys', 'icam', 'taproot', 'fishbone', 'other')),
    constraint ck_investigations__completed_after_started check (completed_at is null or started_at is null or completed_at >= started_at),
    constraint ck_investigations__closed_has_completed_at check (status <> 'closed' or completed_at is not null)
);
create unique index uq_investigations__org_id_incident_id on safety.investigations (org_id, incident_id) where deleted_at is null;
create index ix_investigations__org_id_status_due_on on safety.investigations (org_id, status, due_on) where deleted_at is null;
create index ix_investigations__org_id_incident_id on safety.investigations (org_id, incident_id);
create index ix_investigations__org_id_lead_investigator_user_id on safety.investigations (org_id, lead_investigator_user_id);
comment on table safety.investigations is 'The investigation of an incident: root cause, contributing factors and recommendations, through to closure.';
comment on column safety.investigations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.investigations.method is 'Investigation method, e.g. ICAM (incident cause analysis method).';
comment on column safety.investigations.contributing_factors is 'Factors named by the investigation: people, plant, procedures, environment.';
comment on column safety.investigations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.investigations.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.investigations enable row level security;
alter table safety.investigations force row level security;
create policy tenant_isolation on safety.investigations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.investigations to finnest_app;
grant select on safety.investigations to finnest_readonly;
create trigger set_updated_at before update on safety.investigations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.investigations for each row execute function finnest.audit_row();
create table safety.hazards (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    title text not null,
    description text,
    category text not null,
    site_id uuid,
    location_description text,
    incident_id uuid,
    identified_at timestamptz not null default now(),
    identified_by_user_id uuid,
    status text not null default 'open',
    closed_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_hazards primary key (id),
    constraint uq_hazards__org_id_id unique (org_id, id),
    constraint fk_hazards__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_hazards__category check (category in ('physical', 'chemical', 'biological', 'ergonomic', 'psychosocial', 'electrical', 'mechanical', 'environmental')),
    constraint fk_hazards__incident_id foreign key (org_id, incident_id) references safety.incidents (org_id, id),
    constraint fk_hazards__identified_by_user_id foreign key (org_id, identified_by_user_id) references public.users (org_id, id),
    constraint ck_hazards__status check (status in ('open', 'controlled', 'monitoring', 'closed')),
    constraint ck_hazards__closed_after_identified check (closed_at is null or closed_at >= identified_at)
);
create index ix_hazards__org_id_site_id_status on safety.hazards (org_id, site_id, status) where deleted_at is null;
create index ix_hazards__org_id_status_identified_at on safety.hazards (org_id, status, identified_at) where deleted_at is null;
create index ix_hazards__org_id_site_id on safety.hazards (org_id, site_id);
create index ix_hazards__org_id_incident_id on safety.hazards (org_id, incident_id);
create index ix_hazards__org_id_identified_by_user_id on safety.hazards (org_id, identified_by_user_id);
comment on table safety.hazards is 'A hazard identified at a workplace: anything with the potential to cause harm, kept on the hazard register until controlled.';
comment on column safety.hazards.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.hazards.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column safety.hazards.incident_id is 'The hazard report or incident that raised it.';
comment on column safety.hazards.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.hazards.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.hazards enable row level security;
alter table safety.hazards force row level security;
create policy tenant_isolation on safety.hazards for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.hazards to finnest_app;
grant select on safety.hazards to finnest_readonly;
create trigger set_updated_at before update on safety.hazards for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.hazards for each row execute function finnest.audit_row();
create table safety.risk_assessments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    hazard_id uuid,
    title text not null,
    activity text,
    site_id uuid,
    assessed_on date not null,
    assessed_by_user_id uuid,
    likelihood integer not null,
    consequence integer not null,
    risk_rating integer generated always as (likelihood * consequence) stored not null,
    control_types text[] not null default '{}'::text[],
    controls text,
    residual_likelihood integer,
    residual_consequence integer,
    residual_rating integer generated always as (residual_likelihood * residual_consequence) stored,
    status text not null default 'draft',
    approved_by_user_id uuid,
    approved_at timestamptz,
    review_on date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_risk_assessments primary key (id),
    constraint uq_risk_assessments__org_id_id unique (org_id, id),
    constraint fk_risk_assessments__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_risk_assessments__hazard_id foreign key (org_id, hazard_id) references safety.hazards (org_id, id),
    constraint fk_risk_assessments__assessed_by_user_id foreign key (org_id, assessed_by_user_id) references public.users (org_id, id),
    constraint ck_risk_assessments__likelihood_range check (likelihood between 1 and 5),
    constraint ck_risk_assessments__consequence_range check (consequence between 1 and 5),
    constraint ck_risk_assessments__risk_rating_range check (risk_rating between 1 and 25),
    constraint ck_risk_assessments__control_types_hierarchy check (control_types <@ array['elimination', 'substitution', 'isolation', 'engineering', 'administrative', 'ppe']::text[]),
    constraint ck_risk_assessments__residual_likelihood_range check (residual_likelihood between 1 and 5),
    constraint ck_risk_assessments__residual_consequence_range check (residual_consequence between 1 and 5),
    constraint ck_risk_assessments__residual_rating_range check (residual_rating between 1 and 25),
    constraint ck_risk_assessments__status check (status in ('draft', 'approved', 'superseded')),
    constraint fk_risk_assessments__approved_by_user_id foreign key (org_id, approved_by_user_id) references public.users (org_id, id),
    constraint ck_risk_assessments__residual_both_or_neither check ((residual_likelihood is null) = (residual_consequence is null)),
    constraint ck_risk_assessments__residual_not_above_inherent check (residual_rating is null or residual_rating <= risk_rating),
    constraint ck_risk_assessments__approved_has_approver check (status <> 'approved' or (approved_by_user_id is not null and approved_at is not null)),
    constraint ck_risk_assessments__review_after_assessment check (review_on is null or review_on >= assessed_on)
);
create index ix_risk_assessments__org_id_status_review_on on safety.risk_assessments (org_id, status, review_on) where deleted_at is null;
create index ix_risk_assessments__org_id_hazard_id on safety.risk_assessments (org_id, hazard_id);
create index ix_risk_assessments__org_id_site_id on safety.risk_assessments (org_id, site_id);
create index ix_risk_assessments__org_id_assessed_by_user_id on safety.risk_assessments (org_id, assessed_by_user_id);
create index ix_risk_assessments__org_id_approved_by_user_id on safety.risk_assessments (org_id, approved_by_user_id);
comment on table safety.risk_assessments is 'A risk assessment of a hazard or task on a 5×5 matrix: likelihood × consequence before controls, and the residual rating once controls from the hierarchy are in place.';
comment on column safety.risk_assessments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.risk_assessments.activity is 'The task or activity assessed when not a single registered hazard.';
comment on column safety.risk_assessments.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column safety.risk_assessments.likelihood is '1 rare … 5 almost certain.';
comment on column safety.risk_assessments.consequence is '1 insignificant … 5 catastrophic.';
comment on column safety.risk_assessments.risk_rating is 'Inherent risk before controls: likelihood × consequence, 1–25.';
comment on column safety.risk_assessments.control_types is 'Controls applied, by level of the hierarchy of control: elimination, substitution, isolation, engineering, administrative, ppe (most to least effective).';
comment on column safety.risk_assessments.controls is 'The control measures, described.';
comment on column safety.risk_assessments.residual_likelihood is 'Likelihood with the controls in place, 1–5.';
comment on column safety.risk_assessments.residual_consequence is 'Consequence with the controls in place, 1–5.';
comment on column safety.risk_assessments.residual_rating is 'Risk remaining with the controls in place, 1–25; null until assessed.';
comment on column safety.risk_assessments.review_on is 'Next review; also after any incident, change of work or control failure.';
comment on column safety.risk_assessments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.risk_assessments.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.risk_assessments enable row level security;
alter table safety.risk_assessments force row level security;
create policy tenant_isolation on safety.risk_assessments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.risk_assessments to finnest_app;
grant select on safety.risk_assessments to finnest_readonly;
create trigger set_updated_at before update on safety.risk_assessments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.risk_assessments for each row execute function finnest.audit_row();
create table safety.inspections (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    inspection_type text not null,
    site_id uuid,
    scheduled_on date,
    conducted_at timestamptz,
    inspector_user_id uuid,
    status text not null default 'scheduled',
    compliance_score numeric(6,4),
    summary text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_inspections primary key (id),
    constraint uq_inspections__org_id_id unique (org_id, id),
    constraint fk_inspections__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_inspections__inspection_type check (inspection_type in ('workplace', 'plant', 'ppe', 'housekeeping', 'fire_safety', 'vehicle', 'hygiene', 'pre_task')),
    constraint fk_inspections__inspector_user_id foreign key (org_id, inspector_user_id) references public.users (org_id, id),
    constraint ck_inspections__status check (status in ('scheduled', 'in_progress', 'completed', 'cancelled')),
    constraint ck_inspections__compliance_score_range check (compliance_score between 0 and 1),
    constraint ck_inspections__completed_has_conducted_at check (status <> 'completed' or conducted_at is not null)
);
create index ix_inspections__org_id_site_id_scheduled_on on safety.inspections (org_id, site_id, scheduled_on) where deleted_at is null;
create index ix_inspections__org_id_status_scheduled_on on safety.inspections (org_id, status, scheduled_on) where deleted_at is null;
create index ix_inspections__org_id_site_id on safety.inspections (org_id, site_id);
create index ix_inspections__org_id_inspector_user_id on safety.inspections (org_id, inspector_user_id);
comment on table safety.inspections is 'A scheduled or ad-hoc workplace inspection (site safety walk, plant, PPE, fire safety), with its checklist items.';
comment on column safety.inspections.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.inspections.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column safety.inspections.compliance_score is 'Fraction of applicable items passed: 0.9500 = 95%.';
comment on column safety.inspections.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.inspections.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.inspections enable row level security;
alter table safety.inspections force row level security;
create policy tenant_isolation on safety.inspections for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.inspections to finnest_app;
grant select on safety.inspections to finnest_readonly;
create trigger set_updated_at before update on safety.inspections for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.inspections for each row execute function finnest.audit_row();
create table safety.inspection_items (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    inspection_id uuid not null,
    position integer not null,
    category text,
    question text not null,
    result text,
    notes text,
    photo_keys text[] not null default '{}'::text[],
    hazard_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_inspection_items primary key (id),
    constraint uq_inspection_items__org_id_id unique (org_id, id),
    constraint fk_inspection_items__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_inspection_items__inspection_id foreign key (org_id, inspection_id) references safety.inspections (org_id, id),
    constraint ck_inspection_items__position_positive check (position > 0),
    constraint ck_inspection_items__result check (result in ('pass', 'fail', 'not_applicable', 'observation')),
    constraint fk_inspection_items__hazard_id foreign key (org_id, hazard_id) references safety.hazards (org_id, id),
    constraint ck_inspection_items__fail_has_notes check (result is distinct from 'fail' or notes is not null)
);
create unique index uq_inspection_items__org_id_inspection_id_position on safety.inspection_items (org_id, inspection_id, position) where deleted_at is null;
create index ix_inspection_items__org_id_inspection_id_result on safety.inspection_items (org_id, inspection_id, result) where deleted_at is null;
create index ix_inspection_items__org_id_inspection_id on safety.inspection_items (org_id, inspection_id);
create index ix_inspection_items__org_id_hazard_id on safety.inspection_items (org_id, hazard_id);
comment on table safety.inspection_items is 'One checklist question of an inspection and its finding.';
comment on column safety.inspection_items.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.inspection_items.position is 'Order on the checklist, from 1.';
comment on column safety.inspection_items.category is 'Checklist section, e.g. housekeeping, electrical, emergency.';
comment on column safety.inspection_items.result is 'Null until answered.';
comment on column safety.inspection_items.photo_keys is 'Object-storage keys of photos taken as evidence.';
comment on column safety.inspection_items.hazard_id is 'Hazard raised from a failed item.';
comment on column safety.inspection_items.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.inspection_items.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.inspection_items enable row level security;
alter table safety.inspection_items force row level security;
create policy tenant_isolation on safety.inspection_items for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.inspection_items to finnest_app;
grant select on safety.inspection_items to finnest_readonly;
create trigger set_updated_at before update on safety.inspection_items for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.inspection_items for each row execute function finnest.audit_row();
create table safety.swms_documents (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    reference text not null,
    version integer not null default 1,
    title text not null,
    work_description text not null,
    high_risk_categories text[] not null,
    site_id uuid,
    client_id uuid,
    status text not null default 'draft',
    prepared_by_user_id uuid,
    approved_by_user_id uuid,
    approved_at timestamptz,
    supersedes_id uuid,
    review_on date,
    document_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_swms_documents primary key (id),
    constraint uq_swms_documents__org_id_id unique (org_id, id),
    constraint fk_swms_documents__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_swms_documents__version_positive check (version > 0),
    constraint ck_swms_documents__high_risk_categories_reg_291 check (high_risk_categories <@ array['fall_over_2m', 'telecommunication_tower', 'demolition_load_bearing', 'asbestos_disturbance', 'temporary_structural_support', 'confined_space', 'shaft_trench_over_1_5m_or_tunnel', 'explosives', 'pressurised_gas_mains', 'chemical_fuel_refrigerant_lines', 'energised_electrical', 'contaminated_flammable_atmosphere', 'tilt_up_precast_concrete', 'traffic_corridor', 'powered_mobile_plant', 'artificial_temperature_extremes', 'water_drowning_risk', 'diving']::text[]),
    constraint ck_swms_documents__high_risk_categories_not_empty check (cardinality(high_risk_categories) >= 1),
    constraint ck_swms_documents__status check (status in ('draft', 'approved', 'active', 'superseded')),
    constraint fk_swms_documents__prepared_by_user_id foreign key (org_id, prepared_by_user_id) references public.users (org_id, id),
    constraint fk_swms_documents__approved_by_user_id foreign key (org_id, approved_by_user_id) references public.users (org_id, id),
    constraint fk_swms_documents__supersedes_id foreign key (org_id, supersedes_id) references safety.swms_documents (org_id, id),
    constraint ck_swms_documents__approved_has_approver check (status not in ('approved', 'active') or (approved_by_user_id is not null and approved_at is not null))
);
create unique index uq_swms_documents__org_id_reference_version on safety.swms_documents (org_id, reference, version) where deleted_at is null;
create index ix_swms_documents__org_id_site_id_status on safety.swms_documents (org_id, site_id, status) where deleted_at is null;
create index ix_swms_documents__org_id_site_id on safety.swms_documents (org_id, site_id);
create index ix_swms_documents__org_id_client_id on safety.swms_documents (org_id, client_id);
create index ix_swms_documents__org_id_prepared_by_user_id on safety.swms_documents (org_id, prepared_by_user_id);
create index ix_swms_documents__org_id_approved_by_user_id on safety.swms_documents (org_id, approved_by_user_id);
create index ix_swms_documents__org_id_supersedes_id on safety.swms_documents (org_id, supersedes_id);
comment on table safety.swms_documents is 'Safe Work Method Statement: required before high-risk construction work (WHS Reg 291–299). Worker sign-ons are custom form submissions linked to it. A revision supersedes the previous version.';
comment on column safety.swms_documents.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.swms_documents.reference is 'Document number, shared by all versions of the SWMS.';
comment on column safety.swms_documents.version is 'Revision of the SWMS reference, from 1.';
comment on column safety.swms_documents.work_description is 'The high-risk construction work the SWMS covers.';
comment on column safety.swms_documents.high_risk_categories is 'WHS Reg 291 categories (a)–(r): fall_over_2m, telecommunication_tower, demolition_load_bearing, asbestos_disturbance, temporary_structural_support, confined_space, shaft_trench_over_1_5m_or_tunnel, explosives, pressurised_gas_mains, chemical_fuel_refrigerant_lines, energised_electrical, contaminated_flammable_atmosphere, tilt_up_precast_concrete, traffic_corridor (road, rail, shipping lane in use), powered_mobile_plant, artificial_temperature_extremes, water_drowning_risk, diving.';
comment on column safety.swms_documents.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column safety.swms_documents.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Principal contractor or host the SWMS is given to.';
comment on column safety.swms_documents.supersedes_id is 'The previous version this revision replaces.';
comment on column safety.swms_documents.review_on is 'SWMS must be reviewed when the work or its controls change.';
comment on column safety.swms_documents.document_key is 'Object-storage key of the signed PDF.';
comment on column safety.swms_documents.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.swms_documents.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.swms_documents enable row level security;
alter table safety.swms_documents force row level security;
create policy tenant_isolation on safety.swms_documents for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.swms_documents to finnest_app;
grant select on safety.swms_documents to finnest_readonly;
create trigger set_updated_at before update on safety.swms_documents for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.swms_documents for each row execute function finnest.audit_row();
create table safety.corrective_actions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    incident_id uuid,
    investigation_id uuid,
    hazard_id uuid,
    inspection_item_id uuid,
    risk_assessment_id uuid,
    title text not null,
    description text,
    control_type text,
    priority text not null default 'medium',
    assigned_to_user_id uuid,
    due_on date not null,
    status text not null default 'open',
    completed_at timestamptz,
    verified_at timestamptz,
    verified_by_user_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_corrective_actions primary key (id),
    constraint uq_corrective_actions__org_id_id unique (org_id, id),
    constraint fk_corrective_actions__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_corrective_actions__incident_id foreign key (org_id, incident_id) references safety.incidents (org_id, id),
    constraint fk_corrective_actions__investigation_id foreign key (org_id, investigation_id) references safety.investigations (org_id, id),
    constraint fk_corrective_actions__hazard_id foreign key (org_id, hazard_id) references safety.hazards (org_id, id),
    constraint fk_corrective_actions__inspection_item_id foreign key (org_id, inspection_item_id) references safety.inspection_items (org_id, id),
    constraint fk_corrective_actions__risk_assessment_id foreign key (org_id, risk_assessment_id) references safety.risk_assessments (org_id, id),
    constraint ck_corrective_actions__control_type check (control_type in ('elimination', 'substitution', 'isolation', 'engineering', 'administrative', 'ppe')),
    constraint ck_corrective_actions__priority check (priority in ('low', 'medium', 'high', 'critical')),
    constraint fk_corrective_actions__assigned_to_user_id foreign key (org_id, assigned_to_user_id) references public.users (org_id, id),
    constraint ck_corrective_actions__status check (status in ('open', 'in_progress', 'completed', 'verified', 'cancelled')),
    constraint fk_corrective_actions__verified_by_user_id foreign key (org_id, verified_by_user_id) references public.users (org_id, id),
    constraint ck_corrective_actions__has_source check (num_nonnulls(incident_id, investigation_id, hazard_id, inspection_item_id, risk_assessment_id) >= 1),
    constraint ck_corrective_actions__completed_has_completed_at check (status not in ('completed', 'verified') or completed_at is not null),
    constraint ck_corrective_actions__verified_has_verifier check (status <> 'verified' or (verified_at is not null and verified_by_user_id is not null)),
    constraint ck_corrective_actions__verified_after_completed check (verified_at is null or verified_at >= completed_at)
);
create index ix_corrective_actions__org_id_status_due_on on safety.corrective_actions (org_id, status, due_on) where deleted_at is null;
create index ix_corrective_actions__org_id_assigned_to_user_id_status on safety.corrective_actions (org_id, assigned_to_user_id, status) where deleted_at is null;
create index ix_corrective_actions__org_id_incident_id on safety.corrective_actions (org_id, incident_id);
create index ix_corrective_actions__org_id_investigation_id on safety.corrective_actions (org_id, investigation_id);
create index ix_corrective_actions__org_id_hazard_id on safety.corrective_actions (org_id, hazard_id);
create index ix_corrective_actions__org_id_inspection_item_id on safety.corrective_actions (org_id, inspection_item_id);
create index ix_corrective_actions__org_id_risk_assessment_id on safety.corrective_actions (org_id, risk_assessment_id);
create index ix_corrective_actions__org_id_assigned_to_user_id on safety.corrective_actions (org_id, assigned_to_user_id);
create index ix_corrective_actions__org_id_verified_by_user_id on safety.corrective_actions (org_id, verified_by_user_id);
comment on table safety.corrective_actions is 'An action to eliminate or reduce a risk, raised from an incident, investigation, hazard, inspection finding or risk assessment, tracked to completion and verified.';
comment on column safety.corrective_actions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.corrective_actions.control_type is 'Level of the hierarchy of control the action implements.';
comment on column safety.corrective_actions.verified_at is 'When someone other than the assignee confirmed the action is effective.';
comment on column safety.corrective_actions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.corrective_actions.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.corrective_actions enable row level security;
alter table safety.corrective_actions force row level security;
create policy tenant_isolation on safety.corrective_actions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.corrective_actions to finnest_app;
grant select on safety.corrective_actions to finnest_readonly;
create trigger set_updated_at before update on safety.corrective_actions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.corrective_actions for each row execute function finnest.audit_row();
create table safety.drug_alcohol_tests (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    site_id uuid,
    client_id uuid,
    incident_id uuid,
    reason text not null,
    test_type text not null,
    substance_panel text[] not null,
    collected_at timestamptz not null,
    collector text,
    chain_of_custody_number text,
    consent_given boolean not null default false,
    result text,
    non_negative_substances text[],
    bac numeric(5,3),
    confirmatory_lab_result text,
    laboratory text,
    confirmed_at timestamptz,
    result_notes text,
    action_taken text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_drug_alcohol_tests primary key (id),
    constraint uq_drug_alcohol_tests__org_id_id unique (org_id, id),
    constraint fk_drug_alcohol_tests__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_drug_alcohol_tests__incident_id foreign key (org_id, incident_id) references safety.incidents (org_id, id),
    constraint ck_drug_alcohol_tests__reason check (reason in ('pre_employment', 'random', 'post_incident', 'reasonable_suspicion', 'return_to_work', 'follow_up')),
    constraint ck_drug_alcohol_tests__test_type check (test_type in ('oral_fluid', 'urine', 'breath', 'blood')),
    constraint ck_drug_alcohol_tests__substance_panel_classes check (substance_panel <@ array['alcohol', 'amphetamine_type_stimulants', 'cannabinoids', 'cocaine', 'opiates', 'benzodiazepines']::text[]),
    constraint ck_drug_alcohol_tests__substance_panel_not_empty check (cardinality(substance_panel) >= 1),
    constraint ck_drug_alcohol_tests__result check (result in ('negative', 'non_negative', 'positive', 'refused')),
    constraint ck_drug_alcohol_tests__non_negative_substances_classes check (non_negative_substances <@ array['alcohol', 'amphetamine_type_stimulants', 'cannabinoids', 'cocaine', 'opiates', 'benzodiazepines']::text[]),
    constraint ck_drug_alcohol_tests__bac_range check (bac between 0 and 1),
    constraint ck_drug_alcohol_tests__confirmatory_lab_result check (confirmatory_lab_result in ('pending', 'negative', 'positive', 'not_required')),
    constraint ck_drug_alcohol_tests__action_taken check (action_taken in ('none', 'stood_down', 'sent_home', 'disciplinary', 'referred_to_eap')),
    constraint ck_drug_alcohol_tests__confirmed_after_collected check (confirmed_at is null or confirmed_at >= collected_at),
    constraint ck_drug_alcohol_tests__bac_only_when_alcohol_tested check (bac is null or 'alcohol' = any(substance_panel))
);
create index ix_drug_alcohol_tests__org_id_employee_id_collected_at on safety.drug_alcohol_tests (org_id, employee_id, collected_at) where deleted_at is null;
create index ix_drug_alcohol_tests__org_id_reason_collected_at on safety.drug_alcohol_tests (org_id, reason, collected_at) where deleted_at is null;
create index ix_drug_alcohol_tests__org_id_employee_id on safety.drug_alcohol_tests (org_id, employee_id);
create index ix_drug_alcohol_tests__org_id_site_id on safety.drug_alcohol_tests (org_id, site_id);
create index ix_drug_alcohol_tests__org_id_client_id on safety.drug_alcohol_tests (org_id, client_id);
create index ix_drug_alcohol_tests__org_id_incident_id on safety.drug_alcohol_tests (org_id, incident_id);
comment on table safety.drug_alcohol_tests is 'Restricted: workplace drug and alcohol tests (AS/NZS 4308 urine, AS 4760 oral fluid, AS 3547 breath). Results are health information: every result column is redacted in the audit log and read only by authorised roles.';
comment on column safety.drug_alcohol_tests.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.drug_alcohol_tests.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column safety.drug_alcohol_tests.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column safety.drug_alcohol_tests.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Host whose fitness-for-work policy required the test.';
comment on column safety.drug_alcohol_tests.incident_id is 'The incident a post-incident test follows.';
comment on column safety.drug_alcohol_tests.substance_panel is 'Classes tested: alcohol and the AS/NZS 4308 / AS 4760 drug classes.';
comment on column safety.drug_alcohol_tests.collector is 'Collection provider or accredited collector.';
comment on column safety.drug_alcohol_tests.chain_of_custody_number is 'Custody form number linking the sample to the laboratory report.';
comment on column safety.drug_alcohol_tests.consent_given is 'Worker consented to the test; a refusal is recorded as result refused.';
comment on column safety.drug_alcohol_tests.result is 'On-site screening result; non_negative needs laboratory confirmation. Null while pending. Health information.';
comment on column safety.drug_alcohol_tests.non_negative_substances is 'Classes that screened non-negative. Health information.';
comment on column safety.drug_alcohol_tests.bac is 'Blood/breath alcohol concentration, g/100 mL (0.050 = the common 0.05 limit). Health information.';
comment on column safety.drug_alcohol_tests.confirmatory_lab_result is 'NATA-accredited laboratory confirmation of a non-negative screen. Health information.';
comment on column safety.drug_alcohol_tests.laboratory is 'Confirming laboratory.';
comment on column safety.drug_alcohol_tests.result_notes is 'Medical review officer notes, declared medications. Health information.';
comment on column safety.drug_alcohol_tests.action_taken is 'What followed the result; reveals the result, so redacted too.';
comment on column safety.drug_alcohol_tests.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.drug_alcohol_tests.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.drug_alcohol_tests enable row level security;
alter table safety.drug_alcohol_tests force row level security;
create policy tenant_isolation on safety.drug_alcohol_tests for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.drug_alcohol_tests to finnest_app;
grant select on safety.drug_alcohol_tests to finnest_readonly;
create trigger set_updated_at before update on safety.drug_alcohol_tests for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.drug_alcohol_tests for each row execute function finnest.audit_row('result', 'non_negative_substances', 'bac', 'confirmatory_lab_result', 'result_notes', 'action_taken');
create table safety.assessments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    assessment_type text not null,
    position_title text,
    assessed_on date not null,
    provider text,
    assessor_name text,
    assessor_discipline text,
    outcome text not null default 'pending',
    lift_capacity_kg numeric(5,1),
    medical_findings text,
    restrictions text,
    valid_until date,
    report_document_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_assessments primary key (id),
    constraint uq_assessments__org_id_id unique (org_id, id),
    constraint fk_assessments__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_assessments__assessment_type check (assessment_type in ('pre_employment_functional', 'return_to_work', 'fitness_for_duty', 'periodic_health', 'manual_handling')),
    constraint ck_assessments__assessor_discipline check (assessor_discipline in ('physiotherapist', 'occupational_therapist', 'exercise_physiologist', 'medical_practitioner', 'nurse')),
    constraint ck_assessments__outcome check (outcome in ('pending', 'fit', 'fit_with_restrictions', 'temporarily_unfit', 'unfit')),
    constraint ck_assessments__lift_capacity_kg_non_negative check (lift_capacity_kg >= 0),
    constraint ck_assessments__restricted_outcome_has_restrictions check (outcome <> 'fit_with_restrictions' or restrictions is not null),
    constraint ck_assessments__valid_after_assessed check (valid_until is null or valid_until >= assessed_on)
);
create index ix_assessments__org_id_employee_id_assessed_on on safety.assessments (org_id, employee_id, assessed_on) where deleted_at is null;
create index ix_assessments__org_id_outcome_assessed_on on safety.assessments (org_id, outcome, assessed_on) where deleted_at is null;
create index ix_assessments__org_id_employee_id on safety.assessments (org_id, employee_id);
comment on table safety.assessments is 'Pre-employment and return-to-work functional capacity assessments (v2 functional_assessment): whether a worker can safely perform a role''s physical demands. Medical findings are health information, redacted in the audit log.';
comment on column safety.assessments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.assessments.employee_id is 'Soft reference to people.employees (no FK: cross-domain). The worker or candidate assessed.';
comment on column safety.assessments.position_title is 'Role whose inherent requirements were assessed.';
comment on column safety.assessments.provider is 'Clinic or occupational health provider.';
comment on column safety.assessments.outcome is 'The employment-relevant conclusion; the reasons stay in the sensitive columns.';
comment on column safety.assessments.lift_capacity_kg is 'Safe floor-to-waist lift, kg. Health information.';
comment on column safety.assessments.medical_findings is 'Health information.';
comment on column safety.assessments.restrictions is 'Work restrictions, e.g. no lifting above shoulder height. Health information.';
comment on column safety.assessments.report_document_key is 'Object-storage key of the provider''s report.';
comment on column safety.assessments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.assessments.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.assessments enable row level security;
alter table safety.assessments force row level security;
create policy tenant_isolation on safety.assessments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.assessments to finnest_app;
grant select on safety.assessments to finnest_readonly;
create trigger set_updated_at before update on safety.assessments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.assessments for each row execute function finnest.audit_row('lift_capacity_kg', 'medical_findings', 'restrictions');
create table safety.custom_forms (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    form_key text not null,
    name text not null,
    description text,
    form_type text not null,
    schema jsonb not null,
    schema_version integer not null default 1,
    status text not null default 'draft',
    published_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_custom_forms primary key (id),
    constraint uq_custom_forms__org_id_id unique (org_id, id),
    constraint fk_custom_forms__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_custom_forms__form_key_format check (form_key ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_custom_forms__form_type check (form_type in ('inspection', 'hazard_report', 'incident_report', 'toolbox_talk', 'swms_sign_on', 'prestart', 'audit', 'other')),
    constraint ck_custom_forms__schema_object check (jsonb_typeof(schema) = 'object'),
    constraint ck_custom_forms__schema_version_positive check (schema_version > 0),
    constraint ck_custom_forms__status check (status in ('draft', 'published', 'archived')),
    constraint ck_custom_forms__published_has_published_at check (status = 'draft' or published_at is not null),
    constraint uq_custom_forms__org_id_id_schema_version unique (org_id, id, schema_version)
);
create unique index uq_custom_forms__org_id_form_key_schema_version on safety.custom_forms (org_id, form_key, schema_version) where deleted_at is null;
create index ix_custom_forms__org_id_form_type_status on safety.custom_forms (org_id, form_type, status) where deleted_at is null;
comment on table safety.custom_forms is 'Tenant-defined forms (toolbox talks, SWMS sign-on, hazard reports, audits). Each row is one version of a form''s JSON schema; a change publishes a new version so old answers stay readable.';
comment on column safety.custom_forms.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.custom_forms.form_key is 'Stable identifier shared by all versions, e.g. toolbox_talk.';
comment on column safety.custom_forms.schema is 'JSON Schema of the fields, with layout hints.';
comment on column safety.custom_forms.schema_version is 'Version of the form, increasing per form_key.';
comment on column safety.custom_forms.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.custom_forms.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.custom_forms enable row level security;
alter table safety.custom_forms force row level security;
create policy tenant_isolation on safety.custom_forms for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.custom_forms to finnest_app;
grant select on safety.custom_forms to finnest_readonly;
create trigger set_updated_at before update on safety.custom_forms for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.custom_forms for each row execute function finnest.audit_row();
create table safety.custom_form_submissions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    custom_form_id uuid not null,
    schema_version integer not null,
    answers jsonb not null,
    status text not null default 'submitted',
    submitted_at timestamptz,
    submitted_by_user_id uuid,
    employee_id uuid,
    site_id uuid,
    incident_id uuid,
    inspection_id uuid,
    swms_document_id uuid,
    latitude numeric(9,6),
    longitude numeric(9,6),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_custom_form_submissions primary key (id),
    constraint uq_custom_form_submissions__org_id_id unique (org_id, id),
    constraint fk_custom_form_submissions__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_custom_form_submissions__custom_form_id foreign key (org_id, custom_form_id) references safety.custom_forms (org_id, id),
    constraint ck_custom_form_submissions__schema_version_positive check (schema_version > 0),
    constraint ck_custom_form_submissions__answers_object check (jsonb_typeof(answers) = 'object'),
    constraint ck_custom_form_submissions__status check (status in ('draft', 'submitted', 'reviewed')),
    constraint fk_custom_form_submissions__submitted_by_user_id foreign key (org_id, submitted_by_user_id) references public.users (org_id, id),
    constraint fk_custom_form_submissions__incident_id foreign key (org_id, incident_id) references safety.incidents (org_id, id),
    constraint fk_custom_form_submissions__inspection_id foreign key (org_id, inspection_id) references safety.inspections (org_id, id),
    constraint fk_custom_form_submissions__swms_document_id foreign key (org_id, swms_document_id) references safety.swms_documents (org_id, id),
    constraint ck_custom_form_submissions__latitude_range check (latitude between -90 and 90),
    constraint ck_custom_form_submissions__longitude_range check (longitude between -180 and 180),
    constraint ck_custom_form_submissions__submitted_has_submitted_at check (status = 'draft' or submitted_at is not null),
    constraint fk_custom_form_submissions__schema_version foreign key (org_id, custom_form_id, schema_version) references safety.custom_forms (org_id, id, schema_version)
);
create index ix_custom_form_submissions__org_id_custom_form_id_sche_ae8ee22c on safety.custom_form_submissions (org_id, custom_form_id, schema_version);
create index ix_custom_form_submissions__org_id_custom_form_id_submitted_at on safety.custom_form_submissions (org_id, custom_form_id, submitted_at) where deleted_at is null;
create index ix_custom_form_submissions__org_id_swms_document_id_employee_id on safety.custom_form_submissions (org_id, swms_document_id, employee_id) where swms_document_id is not null and deleted_at is null;
create index ix_custom_form_submissions__org_id_submitted_by_user_id on safety.custom_form_submissions (org_id, submitted_by_user_id);
create index ix_custom_form_submissions__org_id_employee_id on safety.custom_form_submissions (org_id, employee_id);
create index ix_custom_form_submissions__org_id_site_id on safety.custom_form_submissions (org_id, site_id);
create index ix_custom_form_submissions__org_id_incident_id on safety.custom_form_submissions (org_id, incident_id);
create index ix_custom_form_submissions__org_id_inspection_id on safety.custom_form_submissions (org_id, inspection_id);
create index ix_custom_form_submissions__org_id_swms_document_id on safety.custom_form_submissions (org_id, swms_document_id);
comment on table safety.custom_form_submissions is 'One completed custom form: the answers and the schema version they were given against, optionally tied to an incident, inspection or SWMS (worker sign-on).';
comment on column safety.custom_form_submissions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column safety.custom_form_submissions.schema_version is 'Version of the form answered; must be the version of custom_form_id.';
comment on column safety.custom_form_submissions.answers is 'Field key → answer, valid against the form''s schema at schema_version.';
comment on column safety.custom_form_submissions.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Worker the submission is by or about.';
comment on column safety.custom_form_submissions.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column safety.custom_form_submissions.swms_document_id is 'Set for a worker''s sign-on to a SWMS.';
comment on column safety.custom_form_submissions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column safety.custom_form_submissions.metadata is 'Industry- or tenant-specific extension fields.';
alter table safety.custom_form_submissions enable row level security;
alter table safety.custom_form_submissions force row level security;
create policy tenant_isolation on safety.custom_form_submissions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on safety.custom_form_submissions to finnest_app;
grant select on safety.custom_form_submissions to finnest_readonly;
create trigger set_updated_at before update on safety.custom_form_submissions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on safety.custom_form_submissions for each row execute function finnest.audit_row();
