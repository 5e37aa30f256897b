create table onboard.onboarding_templates (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    description text,
    industry_profile_id uuid,
    employment_type text,
    client_id uuid,
    tasks jsonb not null default '[]'::jsonb,
    required_task_kinds text[] not null default '{}'::text[],
    due_within_days integer,
    version integer not null default 1,
    is_default boolean not null default false,
    status text not null default 'draft',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_onboarding_templates primary key (id),
    constraint uq_onboarding_templates__org_id_id unique (org_id, id),
    constraint fk_onboarding_templates__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_onboarding_templates__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint ck_onboarding_templates__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term', 'contractor')),
    constraint ck_onboarding_templates__tasks_array check (jsonb_typeof(tasks) = 'array'),
    constraint ck_onboarding_templates__required_task_kinds check (required_task_kinds <@ array['tfn_declaration', 'super_choice', 'bank_details', 'fair_work_information_statement', 'casual_employment_information_statement', 'fixed_term_contract_information_statement', 'identity_check', 'right_to_work', 'emergency_contacts', 'policy_acknowledgement', 'induction', 'credential_upload', 'employment_contract', 'medical_declaration', 'custom']::text[]),
    constraint ck_onboarding_templates__due_within_days_positive check (due_within_days > 0),
    constraint ck_onboarding_templates__version_positive check (version > 0),
    constraint ck_onboarding_templates__status check (status in ('draft', 'active', 'retired'))
);
create unique index uq_onboarding_templates__org_id_name_version on onboard.onboarding_templates (org_id, name, version) where deleted_at is null;
create index ix_onboarding_templates__org_id_status_employment_type on onboard.onboarding_templates (org_id, status, employment_type) where deleted_at is null;
create index ix_onboarding_templates__industry_profile_id on onboard.onboarding_templates (industry_profile_id);
create index ix_onboarding_templates__org_id_client_id on onboard.onboarding_templates (org_id, client_id);
comment on table onboard.onboarding_templates is 'Task lists a new worker must complete, per industry, employment type or client: which forms, documents, policies and inductions.';
comment on column onboard.onboarding_templates.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.onboarding_templates.industry_profile_id is 'Industry the template is for; its required credentials become credential_upload tasks.';
comment on column onboard.onboarding_templates.employment_type is 'Employment type the template is for; null: any.';
comment on column onboard.onboarding_templates.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Client whose placements use this template (client-specific onboarding).';
comment on column onboard.onboarding_templates.tasks is 'Ordered task definitions: kind, title, required, form or policy reference, due offset in days.';
comment on column onboard.onboarding_templates.required_task_kinds is 'Kinds that must be verified or waived before the worker can be rostered.';
comment on column onboard.onboarding_templates.due_within_days is 'Days from invitation the worker has to finish.';
comment on column onboard.onboarding_templates.is_default is 'Used when no more specific template matches.';
comment on column onboard.onboarding_templates.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.onboarding_templates.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.onboarding_templates enable row level security;
alter table onboard.onboarding_templates force row level security;
create policy tenant_isolation on onboard.onboarding_templates for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.onboarding_templates to finnest_app;
grant select on onboard.onboarding_templates to finnest_readonly;
create trigger set_updated_at before update on onboard.onboarding_templates for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.onboarding_templates for each row execute function finnest.audit_row();
create table onboard.onboarding_profiles (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid,
    candidate_id uuid,
    application_id uuid,
    onboarding_template_id uuid,
    client_id uuid,
    site_id uuid,
    employment_type text not null,
    expected_start_date date,
    status text not null default 'invited',
    invited_at timestamptz not null default now(),
    invite_expires_at timestamptz,
    started_at timestamptz,
    submitted_at timestamptz,
    approved_at timestamptz,
    approved_by_id uuid,
    consultant_id uuid,
    progress numeric(6,4) not null default 0,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_onboarding_profiles primary key (id),
    constraint uq_onboarding_profiles__org_id_id unique (org_id, id),
    constraint fk_onboarding_profiles__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_onboarding_profiles__onboarding_template_id foreign key (org_id, onboarding_template_id) references onboard.onboarding_templates (org_id, id),
    constraint ck_onboarding_profiles__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term', 'contractor')),
    constraint ck_onboarding_profiles__status check (status in ('invited', 'in_progress', 'submitted', 'under_review', 'approved', 'rejected', 'withdrawn', 'expired')),
    constraint fk_onboarding_profiles__approved_by_id foreign key (org_id, approved_by_id) references public.users (org_id, id),
    constraint fk_onboarding_profiles__consultant_id foreign key (org_id, consultant_id) references public.users (org_id, id),
    constraint ck_onboarding_profiles__progress_range check (progress between 0 and 1),
    constraint ck_onboarding_profiles__worker_identified check (employee_id is not null or candidate_id is not null),
    constraint ck_onboarding_profiles__invite_expires_after_invited check (invite_expires_at is null or invite_expires_at > invited_at),
    constraint ck_onboarding_profiles__approval_recorded check (status <> 'approved' or approved_at is not null)
);
create index ix_onboarding_profiles__org_id_status_expected_start_date on onboard.onboarding_profiles (org_id, status, expected_start_date) where deleted_at is null;
create index ix_onboarding_profiles__org_id_employee_id_status on onboard.onboarding_profiles (org_id, employee_id, status) where deleted_at is null;
create index ix_onboarding_profiles__org_id_employee_id on onboard.onboarding_profiles (org_id, employee_id);
create index ix_onboarding_profiles__org_id_candidate_id on onboard.onboarding_profiles (org_id, candidate_id);
create index ix_onboarding_profiles__org_id_application_id on onboard.onboarding_profiles (org_id, application_id);
create index ix_onboarding_profiles__org_id_onboarding_template_id on onboard.onboarding_profiles (org_id, onboarding_template_id);
create index ix_onboarding_profiles__org_id_client_id on onboard.onboarding_profiles (org_id, client_id);
create index ix_onboarding_profiles__org_id_site_id on onboard.onboarding_profiles (org_id, site_id);
create index ix_onboarding_profiles__org_id_approved_by_id on onboard.onboarding_profiles (org_id, approved_by_id);
create index ix_onboarding_profiles__org_id_consultant_id on onboard.onboarding_profiles (org_id, consultant_id);
comment on table onboard.onboarding_profiles is 'One onboarding journey of a worker (v2 onboarding_profile): from invitation to approval as ready to work.';
comment on column onboard.onboarding_profiles.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.onboarding_profiles.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Employee being onboarded (pre_start until approved).';
comment on column onboard.onboarding_profiles.candidate_id is 'Soft reference to recruit.candidates (no FK: cross-domain). Candidate the journey started from.';
comment on column onboard.onboarding_profiles.application_id is 'Soft reference to recruit.applications (no FK: cross-domain). Placed application that triggered onboarding.';
comment on column onboard.onboarding_profiles.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Client the worker is placed with, for client-specific tasks.';
comment on column onboard.onboarding_profiles.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column onboard.onboarding_profiles.consultant_id is 'Consultant looking after the worker''s onboarding.';
comment on column onboard.onboarding_profiles.progress is 'Share of required tasks verified or waived: 0.7500 = 75%.';
comment on column onboard.onboarding_profiles.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.onboarding_profiles.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.onboarding_profiles enable row level security;
alter table onboard.onboarding_profiles force row level security;
create policy tenant_isolation on onboard.onboarding_profiles for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.onboarding_profiles to finnest_app;
grant select on onboard.onboarding_profiles to finnest_readonly;
create trigger set_updated_at before update on onboard.onboarding_profiles for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.onboarding_profiles for each row execute function finnest.audit_row();
create table onboard.onboarding_tasks (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    onboarding_profile_id uuid not null,
    task_kind text not null,
    title text not null,
    sequence integer not null default 0,
    is_required boolean not null default true,
    status text not null default 'pending',
    form_reference text,
    due_date date,
    provided_at timestamptz,
    submitted_at timestamptz,
    verified_at timestamptz,
    verified_by_id uuid,
    status_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_onboarding_tasks primary key (id),
    constraint uq_onboarding_tasks__org_id_id unique (org_id, id),
    constraint fk_onboarding_tasks__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_onboarding_tasks__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint ck_onboarding_tasks__task_kind check (task_kind in ('tfn_declaration', 'super_choice', 'bank_details', 'fair_work_information_statement', 'casual_employment_information_statement', 'fixed_term_contract_information_statement', 'identity_check', 'right_to_work', 'emergency_contacts', 'policy_acknowledgement', 'induction', 'credential_upload', 'employment_contract', 'medical_declaration', 'custom')),
    constraint ck_onboarding_tasks__sequence_non_negative check (sequence >= 0),
    constraint ck_onboarding_tasks__status check (status in ('pending', 'in_progress', 'submitted', 'verified', 'rejected', 'waived', 'expired')),
    constraint fk_onboarding_tasks__verified_by_id foreign key (org_id, verified_by_id) references public.users (org_id, id),
    constraint ck_onboarding_tasks__reason_when_rejected_or_waived check (status not in ('rejected', 'waived') or status_reason is not null),
    constraint ck_onboarding_tasks__verification_recorded check (status <> 'verified' or verified_at is not null)
);
create index ix_onboarding_tasks__org_id_onboarding_profile_id_status on onboard.onboarding_tasks (org_id, onboarding_profile_id, status) where deleted_at is null;
create index ix_onboarding_tasks__org_id_task_kind_status_due_date on onboard.onboarding_tasks (org_id, task_kind, status, due_date) where deleted_at is null;
create index ix_onboarding_tasks__org_id_onboarding_profile_id on onboard.onboarding_tasks (org_id, onboarding_profile_id);
create index ix_onboarding_tasks__org_id_verified_by_id on onboard.onboarding_tasks (org_id, verified_by_id);
comment on table onboard.onboarding_tasks is 'Tasks of an onboarding journey: forms (TFN declaration NAT 3092, super choice NAT 13080), information statements (FWIS, CEIS), ID, right to work, bank, policies, inductions.';
comment on column onboard.onboarding_tasks.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.onboarding_tasks.task_kind is 'fair_work_information_statement: to every new employee; casual_employment_information_statement: to casuals at start and after 12 months; fixed_term_contract_information_statement: to fixed-term employees.';
comment on column onboard.onboarding_tasks.sequence is 'Order the worker sees the task in.';
comment on column onboard.onboarding_tasks.form_reference is 'ATO or Fair Work form and version, e.g. NAT 3092, NAT 13080, FWIS 2024.';
comment on column onboard.onboarding_tasks.provided_at is 'When an information statement or policy was given to the worker.';
comment on column onboard.onboarding_tasks.status_reason is 'Why the task was rejected or waived.';
comment on column onboard.onboarding_tasks.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.onboarding_tasks.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.onboarding_tasks enable row level security;
alter table onboard.onboarding_tasks force row level security;
create policy tenant_isolation on onboard.onboarding_tasks for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.onboarding_tasks to finnest_app;
grant select on onboard.onboarding_tasks to finnest_readonly;
create trigger set_updated_at before update on onboard.onboarding_tasks for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.onboarding_tasks for each row execute function finnest.audit_row();
create table onboard.identity_checklists (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    onboarding_profile_id uuid not null,
    employee_id uuid,
    onboarding_task_id uuid,
    required_points integer not null default 100,
    method text not null default 'in_person',
    name_match_confirmed boolean not null default false,
    status text not null default 'in_progress',
    checked_by_id uuid,
    checked_at timestamptz,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_identity_checklists primary key (id),
    constraint uq_identity_checklists__org_id_id unique (org_id, id),
    constraint fk_identity_checklists__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_identity_checklists__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint fk_identity_checklists__onboarding_task_id foreign key (org_id, onboarding_task_id) references onboard.onboarding_tasks (org_id, id),
    constraint ck_identity_checklists__required_points_minimum check (required_points >= 100),
    constraint ck_identity_checklists__method check (method in ('in_person', 'video', 'digital')),
    constraint ck_identity_checklists__status check (status in ('in_progress', 'passed', 'failed')),
    constraint fk_identity_checklists__checked_by_id foreign key (org_id, checked_by_id) references public.users (org_id, id),
    constraint ck_identity_checklists__checked_when_decided check (status = 'in_progress' or checked_at is not null)
);
create index ix_identity_checklists__org_id_onboarding_profile_id_status on onboard.identity_checklists (org_id, onboarding_profile_id, status) where deleted_at is null;
create index ix_identity_checklists__org_id_onboarding_profile_id on onboard.identity_checklists (org_id, onboarding_profile_id);
create index ix_identity_checklists__org_id_employee_id on onboard.identity_checklists (org_id, employee_id);
create index ix_identity_checklists__org_id_onboarding_task_id on onboard.identity_checklists (org_id, onboarding_task_id);
create index ix_identity_checklists__org_id_checked_by_id on onboard.identity_checklists (org_id, checked_by_id);
comment on table onboard.identity_checklists is '100-point identity checks: documents linked to the check (onboard.verifiable_documents.identity_checklist_id) carry points; a check may pass only when its verified documents reach the required points.';
comment on column onboard.identity_checklists.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.identity_checklists.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.identity_checklists.required_points is 'Points needed to pass: 100, or more where a client demands it.';
comment on column onboard.identity_checklists.method is 'How originals were sighted: in person, on a video call, or digitally (DVS).';
comment on column onboard.identity_checklists.name_match_confirmed is 'Names on all documents match, or a change-of-name document links them.';
comment on column onboard.identity_checklists.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.identity_checklists.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.identity_checklists enable row level security;
alter table onboard.identity_checklists force row level security;
create policy tenant_isolation on onboard.identity_checklists for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.identity_checklists to finnest_app;
grant select on onboard.identity_checklists to finnest_readonly;
create trigger set_updated_at before update on onboard.identity_checklists for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.identity_checklists for each row execute function finnest.audit_row();
create table onboard.verifiable_documents (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    onboarding_profile_id uuid,
    onboarding_task_id uuid,
    employee_id uuid,
    candidate_id uuid,
    document_type text not null,
    credential_type_id uuid,
    document_number text,
    issuing_authority text,
    issuing_country char(2),
    issuing_state text,
    issued_on date,
    expires_on date,
    identity_checklist_id uuid,
    identity_points integer,
    storage_key text not null,
    file_sha256 char(64),
    mime_type text,
    page_count integer,
    status text not null default 'uploaded',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_verifiable_documents primary key (id),
    constraint uq_verifiable_documents__org_id_id unique (org_id, id),
    constraint fk_verifiable_documents__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_verifiable_documents__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint fk_verifiable_documents__onboarding_task_id foreign key (org_id, onboarding_task_id) references onboard.onboarding_tasks (org_id, id),
    constraint ck_verifiable_documents__document_type check (document_type in ('passport', 'australian_birth_certificate', 'citizenship_certificate', 'driver_licence', 'proof_of_age_card', 'medicare_card', 'visa_grant_notice', 'immicard', 'bank_card', 'utility_bill', 'credential_certificate', 'white_card', 'high_risk_work_licence', 'police_check', 'working_with_children_check', 'other')),
    constraint fk_verifiable_documents__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_verifiable_documents__issuing_country_format check (issuing_country ~ '^[A-Z]{2}$'),
    constraint ck_verifiable_documents__issuing_state check (issuing_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint fk_verifiable_documents__identity_checklist_id foreign key (org_id, identity_checklist_id) references onboard.identity_checklists (org_id, id),
    constraint ck_verifiable_documents__identity_points_range check (identity_points between 0 and 70),
    constraint ck_verifiable_documents__file_sha256_format check (file_sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_verifiable_documents__mime_type_format check (mime_type ~ '^[a-z]+/[A-Za-z0-9.+-]+$'),
    constraint ck_verifiable_documents__page_count_positive check (page_count > 0),
    constraint ck_verifiable_documents__status check (status in ('uploaded', 'processing', 'verified', 'rejected', 'expired')),
    constraint ck_verifiable_documents__expires_on_after_issued_on check (expires_on >= issued_on),
    constraint ck_verifiable_documents__points_with_checklist check (identity_points is null or identity_checklist_id is not null)
);
create index ix_verifiable_documents__org_id_onboarding_profile_id_e4861e79 on onboard.verifiable_documents (org_id, onboarding_profile_id, document_type) where deleted_at is null;
create index ix_verifiable_documents__org_id_employee_id_document_type on onboard.verifiable_documents (org_id, employee_id, document_type) where deleted_at is null;
create index ix_verifiable_documents__org_id_expires_on on onboard.verifiable_documents (org_id, expires_on) where deleted_at is null;
create index ix_verifiable_documents__org_id_onboarding_profile_id on onboard.verifiable_documents (org_id, onboarding_profile_id);
create index ix_verifiable_documents__org_id_onboarding_task_id on onboard.verifiable_documents (org_id, onboarding_task_id);
create index ix_verifiable_documents__org_id_employee_id on onboard.verifiable_documents (org_id, employee_id);
create index ix_verifiable_documents__org_id_candidate_id on onboard.verifiable_documents (org_id, candidate_id);
create index ix_verifiable_documents__credential_type_id on onboard.verifiable_documents (credential_type_id);
create index ix_verifiable_documents__org_id_identity_checklist_id on onboard.verifiable_documents (org_id, identity_checklist_id);
comment on table onboard.verifiable_documents is 'Documents a worker uploads for verification: identity documents, visas, licences, certificates. The file is in object storage; identity numbers are redacted in the audit log.';
comment on column onboard.verifiable_documents.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.verifiable_documents.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.verifiable_documents.candidate_id is 'Soft reference to recruit.candidates (no FK: cross-domain).';
comment on column onboard.verifiable_documents.credential_type_id is 'Credential the document evidences, e.g. a forklift licence.';
comment on column onboard.verifiable_documents.document_number is 'Number on the document (passport, licence, card): identity data, redacted in the audit log.';
comment on column onboard.verifiable_documents.issuing_country is 'ISO 3166-1 alpha-2, e.g. AU.';
comment on column onboard.verifiable_documents.identity_checklist_id is '100-point check this document counts toward.';
comment on column onboard.verifiable_documents.identity_points is 'Points toward the 100-point check: 70 for a primary document (birth certificate, passport, citizenship), 25–40 for secondary ones.';
comment on column onboard.verifiable_documents.storage_key is 'Object storage key of the file.';
comment on column onboard.verifiable_documents.mime_type is 'Media type of the file, e.g. application/pdf, image/jpeg.';
comment on column onboard.verifiable_documents.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.verifiable_documents.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.verifiable_documents enable row level security;
alter table onboard.verifiable_documents force row level security;
create policy tenant_isolation on onboard.verifiable_documents for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.verifiable_documents to finnest_app;
grant select on onboard.verifiable_documents to finnest_readonly;
create trigger set_updated_at before update on onboard.verifiable_documents for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.verifiable_documents for each row execute function finnest.audit_row('document_number');
create function onboard.check_identity_points() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    checklist_ids uuid[];
    short record;
begin
    if tg_table_name = 'identity_checklists' then
        checklist_ids := array[new.id];
    else
        checklist_ids := array_remove(array[new.identity_checklist_id, case when tg_op = 'UPDATE' then old.identity_checklist_id end], null);
    end if;
    select c.id, c.required_points, coalesce(sum(d.identity_points), 0) as points into short
    from onboard.identity_checklists c
    left join onboard.verifiable_documents d
        on d.org_id = c.org_id and d.identity_checklist_id = c.id and d.deleted_at is null and d.status = 'verified'
    where c.org_id = new.org_id and c.id = any (checklist_ids) and c.status = 'passed' and c.deleted_at is null
    group by c.id, c.required_points
    having coalesce(sum(d.identity_points), 0) < c.required_points
    limit 1;
    if found then
        raise exception 'identity check % has % points from verified documents; % are needed to pass', short.id, short.points, short.required_points
            using errcode = 'check_violation', constraint = 'check_identity_points', table = tg_table_name, schema = 'onboard';
    end if;
    return null;
end
$$;
comment on function onboard.check_identity_points() is 'A passed 100-point check must keep at least its required points in live, verified documents.';
revoke execute on function onboard.check_identity_points() from public;
create constraint trigger check_identity_points after insert or update of status, required_points, deleted_at on onboard.identity_checklists deferrable initially immediate for each row execute function onboard.check_identity_points();
create constraint trigger check_identity_points after insert or update of identity_checklist_id, identity_points, status, deleted_at on onboard.verifiable_documents deferrable initially immediate for each row execute function onboard.check_identity_points();
create table onboard.document_verifications (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    verifiable_document_id uuid not null,
    method text not null,
    provider text,
    provider_reference text,
    status text not null default 'pending',
    requested_at timestamptz not null default now(),
    completed_at timestamptz,
    match_score numeric(6,4),
    reviewer_id uuid,
    failure_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_document_verifications primary key (id),
    constraint uq_document_verifications__org_id_id unique (org_id, id),
    constraint fk_document_verifications__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_document_verifications__verifiable_document_id foreign key (org_id, verifiable_document_id) references onboard.verifiable_documents (org_id, id),
    constraint ck_document_verifications__method check (method in ('manual_review', 'ocr', 'dvs', 'issuer_api', 'vevo')),
    constraint ck_document_verifications__status check (status in ('pending', 'in_progress', 'passed', 'failed', 'needs_review', 'cancelled')),
    constraint ck_document_verifications__match_score_range check (match_score between 0 and 1),
    constraint fk_document_verifications__reviewer_id foreign key (org_id, reviewer_id) references public.users (org_id, id),
    constraint ck_document_verifications__completed_after_requested check (completed_at is null or completed_at >= requested_at),
    constraint ck_document_verifications__failure_explained check (status <> 'failed' or failure_reason is not null)
);
create index ix_document_verifications__org_id_verifiable_document_id_status on onboard.document_verifications (org_id, verifiable_document_id, status) where deleted_at is null;
create index ix_document_verifications__org_id_status_requested_at on onboard.document_verifications (org_id, status, requested_at) where deleted_at is null;
create index ix_document_verifications__org_id_verifiable_document_id on onboard.document_verifications (org_id, verifiable_document_id);
create index ix_document_verifications__org_id_reviewer_id on onboard.document_verifications (org_id, reviewer_id);
comment on table onboard.document_verifications is 'Verification runs of a document: manual review, OCR, a Document Verification Service (DVS) match, an issuer API or VEVO; outcome and reviewer.';
comment on column onboard.document_verifications.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.document_verifications.method is 'dvs: the government Document Verification Service matches details against the issuer''s record.';
comment on column onboard.document_verifications.provider is 'Service that ran the check, e.g. the DVS gateway provider.';
comment on column onboard.document_verifications.provider_reference is 'Transaction id at the provider, for disputes.';
comment on column onboard.document_verifications.match_score is 'Provider''s confidence that the details match, 0 to 1.';
comment on column onboard.document_verifications.reviewer_id is 'Staff member who decided a manual review.';
comment on column onboard.document_verifications.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.document_verifications.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.document_verifications enable row level security;
alter table onboard.document_verifications force row level security;
create policy tenant_isolation on onboard.document_verifications for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.document_verifications to finnest_app;
grant select on onboard.document_verifications to finnest_readonly;
create trigger set_updated_at before update on onboard.document_verifications for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.document_verifications for each row execute function finnest.audit_row();
create table onboard.verification_stages (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    document_verification_id uuid not null,
    stage text not null,
    sequence integer not null,
    status text not null default 'pending',
    started_at timestamptz,
    finished_at timestamptz,
    performed_by_id uuid,
    agent_session_id uuid,
    detail jsonb not null default '{}'::jsonb,
    error_message text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_verification_stages primary key (id),
    constraint uq_verification_stages__org_id_id unique (org_id, id),
    constraint fk_verification_stages__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_verification_stages__document_verification_id foreign key (org_id, document_verification_id) references onboard.document_verifications (org_id, id),
    constraint ck_verification_stages__stage check (stage in ('upload_check', 'ocr_extraction', 'data_match', 'dvs_check', 'liveness_check', 'human_review', 'decision')),
    constraint ck_verification_stages__sequence_non_negative check (sequence >= 0),
    constraint ck_verification_stages__status check (status in ('pending', 'running', 'passed', 'failed', 'skipped')),
    constraint fk_verification_stages__performed_by_id foreign key (org_id, performed_by_id) references public.users (org_id, id),
    constraint ck_verification_stages__finished_after_started check (finished_at is null or started_at is null or finished_at >= started_at)
);
create unique index uq_verification_stages__org_id_document_verification_i_649da4e9 on onboard.verification_stages (org_id, document_verification_id, sequence) where deleted_at is null;
create index ix_verification_stages__org_id_document_verification_id on onboard.verification_stages (org_id, document_verification_id);
create index ix_verification_stages__org_id_performed_by_id on onboard.verification_stages (org_id, performed_by_id);
create index ix_verification_stages__org_id_agent_session_id on onboard.verification_stages (org_id, agent_session_id);
comment on table onboard.verification_stages is 'Steps of a verification run (upload check, OCR, data match, DVS, liveness, human review, decision), automated or by a person.';
comment on column onboard.verification_stages.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.verification_stages.sequence is 'Order of the step within the run.';
comment on column onboard.verification_stages.performed_by_id is 'Null for automated steps.';
comment on column onboard.verification_stages.agent_session_id is 'Soft reference to agents.agent_sessions (no FK: cross-domain). AI agent session that ran the step.';
comment on column onboard.verification_stages.detail is 'Step output: matched fields, provider response codes.';
comment on column onboard.verification_stages.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.verification_stages.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.verification_stages enable row level security;
alter table onboard.verification_stages force row level security;
create policy tenant_isolation on onboard.verification_stages for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.verification_stages to finnest_app;
grant select on onboard.verification_stages to finnest_readonly;
create trigger set_updated_at before update on onboard.verification_stages for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.verification_stages for each row execute function finnest.audit_row();
create table onboard.extracted_fields (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    verifiable_document_id uuid not null,
    document_verification_id uuid,
    field_name text not null,
    raw_value text,
    normalised_value text,
    confidence numeric(6,4) not null,
    page_number integer,
    bounding_box jsonb,
    extractor text,
    is_confirmed boolean not null default false,
    corrected_value text,
    confirmed_by_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_extracted_fields primary key (id),
    constraint uq_extracted_fields__org_id_id unique (org_id, id),
    constraint fk_extracted_fields__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_extracted_fields__verifiable_document_id foreign key (org_id, verifiable_document_id) references onboard.verifiable_documents (org_id, id),
    constraint fk_extracted_fields__document_verification_id foreign key (org_id, document_verification_id) references onboard.document_verifications (org_id, id),
    constraint ck_extracted_fields__field_name_format check (field_name ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_extracted_fields__confidence_range check (confidence between 0 and 1),
    constraint ck_extracted_fields__page_number_positive check (page_number > 0),
    constraint fk_extracted_fields__confirmed_by_id foreign key (org_id, confirmed_by_id) references public.users (org_id, id)
);
create index ix_extracted_fields__org_id_verifiable_document_id_field_name on onboard.extracted_fields (org_id, verifiable_document_id, field_name) where deleted_at is null;
create index ix_extracted_fields__org_id_unconfirmed_confidence on onboard.extracted_fields (org_id, confidence) where deleted_at is null and not is_confirmed;
create index ix_extracted_fields__org_id_verifiable_document_id on onboard.extracted_fields (org_id, verifiable_document_id);
create index ix_extracted_fields__org_id_document_verification_id on onboard.extracted_fields (org_id, document_verification_id);
create index ix_extracted_fields__org_id_confirmed_by_id on onboard.extracted_fields (org_id, confirmed_by_id);
comment on table onboard.extracted_fields is 'Fields read from a document by OCR (name, date of birth, number, expiry) with the engine''s confidence, and the human correction where one was needed.';
comment on column onboard.extracted_fields.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.extracted_fields.document_verification_id is 'Run that extracted the field.';
comment on column onboard.extracted_fields.field_name is 'e.g. family_name, date_of_birth, document_number, expiry_date.';
comment on column onboard.extracted_fields.raw_value is 'Text as read; identity data, redacted in the audit log.';
comment on column onboard.extracted_fields.normalised_value is 'Value in canonical form (ISO date, upper-case number).';
comment on column onboard.extracted_fields.confidence is 'OCR confidence, 0 to 1; low values are queued for human review.';
comment on column onboard.extracted_fields.bounding_box is 'Where on the page the value was found: x, y, width, height (fractions of the page).';
comment on column onboard.extracted_fields.extractor is 'OCR engine and model version.';
comment on column onboard.extracted_fields.is_confirmed is 'A person confirmed or corrected the value.';
comment on column onboard.extracted_fields.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.extracted_fields.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.extracted_fields enable row level security;
alter table onboard.extracted_fields force row level security;
create policy tenant_isolation on onboard.extracted_fields for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.extracted_fields to finnest_app;
grant select on onboard.extracted_fields to finnest_readonly;
create trigger set_updated_at before update on onboard.extracted_fields for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.extracted_fields for each row execute function finnest.audit_row('raw_value', 'normalised_value', 'corrected_value');
create table onboard.right_to_work_checks (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    onboarding_profile_id uuid,
    employee_id uuid,
    basis text not null,
    visa_subclass char(3),
    visa_stream text,
    visa_grant_number text,
    grant_date date,
    expiry_date date,
    check_date date not null,
    check_method text not null,
    vevo_reference text,
    result text not null,
    conditions text[] not null default '{}'::text[],
    fortnightly_hours_limit numeric(6,2),
    employer_limit_months integer,
    next_check_due date,
    evidence_document_id uuid,
    checked_by_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_right_to_work_checks primary key (id),
    constraint uq_right_to_work_checks__org_id_id unique (org_id, id),
    constraint fk_right_to_work_checks__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_right_to_work_checks__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint ck_right_to_work_checks__basis check (basis in ('australian_citizen', 'permanent_resident', 'nz_citizen', 'visa_holder')),
    constraint ck_right_to_work_checks__visa_subclass_format check (visa_subclass ~ '^[0-9]{3}$'),
    constraint ck_right_to_work_checks__check_method check (check_method in ('vevo', 'document_sighted', 'dvs')),
    constraint ck_right_to_work_checks__result check (result in ('unrestricted', 'restricted', 'no_work_rights', 'not_found', 'pending')),
    constraint ck_right_to_work_checks__conditions_format check (array_to_string(conditions, ',') ~ '^([0-9]{4}(,[0-9]{4})*)?$'),
    constraint ck_right_to_work_checks__fortnightly_hours_limit_positive check (fortnightly_hours_limit > 0),
    constraint ck_right_to_work_checks__employer_limit_months_positive check (employer_limit_months > 0),
    constraint fk_right_to_work_checks__evidence_document_id foreign key (org_id, evidence_document_id) references onboard.verifiable_documents (org_id, id),
    constraint fk_right_to_work_checks__checked_by_id foreign key (org_id, checked_by_id) references public.users (org_id, id),
    constraint ck_right_to_work_checks__worker_identified check (employee_id is not null or onboarding_profile_id is not null),
    constraint ck_right_to_work_checks__visa_subclass_for_visa_holders check ((basis = 'visa_holder') = (visa_subclass is not null)),
    constraint ck_right_to_work_checks__expiry_date_after_grant_date check (expiry_date >= grant_date)
);
create index ix_right_to_work_checks__org_id_employee_id_check_date on onboard.right_to_work_checks (org_id, employee_id, check_date) where deleted_at is null;
create index ix_right_to_work_checks__org_id_expiry_date on onboard.right_to_work_checks (org_id, expiry_date) where deleted_at is null;
create index ix_right_to_work_checks__org_id_onboarding_profile_id on onboard.right_to_work_checks (org_id, onboarding_profile_id);
create index ix_right_to_work_checks__org_id_employee_id on onboard.right_to_work_checks (org_id, employee_id);
create index ix_right_to_work_checks__org_id_evidence_document_id on onboard.right_to_work_checks (org_id, evidence_document_id);
create index ix_right_to_work_checks__org_id_checked_by_id on onboard.right_to_work_checks (org_id, checked_by_id);
comment on table onboard.right_to_work_checks is 'Checks that a worker may work in Australia: citizenship or residency evidence, or a visa checked in VEVO with its subclass, expiry and work conditions (e.g. 8105: 48 hours a fortnight while a student''s course is in session).';
comment on column onboard.right_to_work_checks.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.right_to_work_checks.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.right_to_work_checks.visa_subclass is 'e.g. 500 student, 417/462 working holiday, 482 Skills in Demand.';
comment on column onboard.right_to_work_checks.visa_stream is 'Stream of the visa where the subclass has several, e.g. Core Skills stream of subclass 482.';
comment on column onboard.right_to_work_checks.visa_grant_number is 'Visa Grant Number used for the VEVO enquiry; identity data, redacted in the audit log.';
comment on column onboard.right_to_work_checks.expiry_date is 'Work rights end; null: no expiry (citizens, permanent residents).';
comment on column onboard.right_to_work_checks.vevo_reference is 'VEVO enquiry reference, kept as evidence of the check.';
comment on column onboard.right_to_work_checks.result is 'restricted: may work subject to conditions (hours, employer duration).';
comment on column onboard.right_to_work_checks.conditions is 'Visa condition codes, e.g. 8105 (work hours limit), 8547 (six months per employer).';
comment on column onboard.right_to_work_checks.fortnightly_hours_limit is 'Maximum hours per fortnight while the limit applies (48 under condition 8105).';
comment on column onboard.right_to_work_checks.employer_limit_months is 'Maximum months with one employer (6 for working holiday makers under 8547).';
comment on column onboard.right_to_work_checks.next_check_due is 'When to check again: before expiry, or periodically for bridging visas.';
comment on column onboard.right_to_work_checks.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.right_to_work_checks.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.right_to_work_checks enable row level security;
alter table onboard.right_to_work_checks force row level security;
create policy tenant_isolation on onboard.right_to_work_checks for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.right_to_work_checks to finnest_app;
grant select on onboard.right_to_work_checks to finnest_readonly;
create trigger set_updated_at before update on onboard.right_to_work_checks for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.right_to_work_checks for each row execute function finnest.audit_row('visa_grant_number');
create table onboard.tfn_declarations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    onboarding_profile_id uuid,
    onboarding_task_id uuid,
    tfn_encrypted bytea,
    tfn_exemption char(9),
    payment_basis text not null,
    residency text not null,
    claims_tax_free_threshold boolean not null,
    has_study_training_loan boolean not null default false,
    previous_family_name text,
    signed_on date not null,
    received_at timestamptz not null default now(),
    status text not null default 'current',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_tfn_declarations primary key (id),
    constraint uq_tfn_declarations__org_id_id unique (org_id, id),
    constraint fk_tfn_declarations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_tfn_declarations__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint fk_tfn_declarations__onboarding_task_id foreign key (org_id, onboarding_task_id) references onboard.onboarding_tasks (org_id, id),
    constraint ck_tfn_declarations__tfn_exemption check (tfn_exemption in ('000000000', '111111111', '333333333', '444444444')),
    constraint ck_tfn_declarations__payment_basis check (payment_basis in ('full_time', 'part_time', 'casual', 'labour_hire', 'super_income_stream', 'annuity')),
    constraint ck_tfn_declarations__residency check (residency in ('australian_resident', 'foreign_resident', 'working_holiday_maker')),
    constraint ck_tfn_declarations__status check (status in ('current', 'superseded')),
    constraint ck_tfn_declarations__tfn_or_exemption check ((tfn_encrypted is null) <> (tfn_exemption is null)),
    constraint ck_tfn_declarations__threshold_residents_only check (residency = 'australian_resident' or not claims_tax_free_threshold)
);
create unique index uq_tfn_declarations__org_id_employee_id_current on onboard.tfn_declarations (org_id, employee_id) where status = 'current' and deleted_at is null;
create index ix_tfn_declarations__org_id_employee_id_signed_on on onboard.tfn_declarations (org_id, employee_id, signed_on) where deleted_at is null;
create index ix_tfn_declarations__org_id_employee_id on onboard.tfn_declarations (org_id, employee_id);
create index ix_tfn_declarations__org_id_onboarding_profile_id on onboard.tfn_declarations (org_id, onboarding_profile_id);
create index ix_tfn_declarations__org_id_onboarding_task_id on onboard.tfn_declarations (org_id, onboarding_task_id);
comment on table onboard.tfn_declarations is 'Tax file number declarations (ATO NAT 3092) made by a payee: the TFN, encrypted, or an exemption code, with residency and the answers that set PAYG withholding.';
comment on column onboard.tfn_declarations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.tfn_declarations.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.tfn_declarations.tfn_encrypted is 'Tax file number, AES-256 encrypted by the application; never stored or logged in clear.';
comment on column onboard.tfn_declarations.tfn_exemption is 'Instead of a TFN: 000000000 not quoted (withhold at the top rate), 111111111 applied for (28 days to provide), 333333333 under 18 below the threshold, 444444444 pensioner.';
comment on column onboard.tfn_declarations.residency is 'Residency for tax purposes.';
comment on column onboard.tfn_declarations.claims_tax_free_threshold is 'Claims the tax-free threshold from this payer (only one payer at a time).';
comment on column onboard.tfn_declarations.has_study_training_loan is 'Has a study and training support loan (HELP, VSL, SFSS, SSL, TSL): extra withholding.';
comment on column onboard.tfn_declarations.previous_family_name is 'Family name on the ATO record if it has changed.';
comment on column onboard.tfn_declarations.signed_on is 'Date the payee signed the declaration.';
comment on column onboard.tfn_declarations.status is 'A newer declaration supersedes the old one; one current per employee.';
comment on column onboard.tfn_declarations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.tfn_declarations.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.tfn_declarations enable row level security;
alter table onboard.tfn_declarations force row level security;
create policy tenant_isolation on onboard.tfn_declarations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.tfn_declarations to finnest_app;
grant select on onboard.tfn_declarations to finnest_readonly;
create trigger set_updated_at before update on onboard.tfn_declarations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.tfn_declarations for each row execute function finnest.audit_row('tfn_encrypted');
create table onboard.super_choices (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    onboarding_profile_id uuid,
    onboarding_task_id uuid,
    choice_type text not null,
    fund_name text,
    fund_usi varchar(20),
    fund_abn char(11),
    member_number text,
    smsf_bsb text,
    smsf_account_number_encrypted bytea,
    smsf_account_name text,
    smsf_esa text,
    stapled_requested_at timestamptz,
    stapled_result text,
    compliance_evidence_received boolean not null default false,
    super_fund_id uuid,
    signed_on date,
    received_at timestamptz not null default now(),
    status text not null default 'current',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_super_choices primary key (id),
    constraint uq_super_choices__org_id_id unique (org_id, id),
    constraint fk_super_choices__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_super_choices__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint fk_super_choices__onboarding_task_id foreign key (org_id, onboarding_task_id) references onboard.onboarding_tasks (org_id, id),
    constraint ck_super_choices__choice_type check (choice_type in ('apra_fund', 'smsf', 'stapled_fund', 'employer_default')),
    constraint ck_super_choices__fund_usi_format check (fund_usi ~ '^[A-Z0-9]{9,20}$'),
    constraint ck_super_choices__fund_abn_format check (fund_abn ~ '^[0-9]{11}$'),
    constraint ck_super_choices__fund_abn_checksum check (finnest.is_valid_abn(fund_abn)),
    constraint ck_super_choices__smsf_bsb_format check (smsf_bsb ~ '^[0-9]{3}-?[0-9]{3}$'),
    constraint ck_super_choices__stapled_result check (stapled_result in ('pending', 'fund_found', 'no_stapled_fund')),
    constraint ck_super_choices__status check (status in ('current', 'superseded')),
    constraint ck_super_choices__choice_details check ((choice_type = 'apra_fund' and fund_usi is not null and smsf_bsb is null and smsf_account_number_encrypted is null and smsf_esa is null) or (choice_type = 'smsf' and fund_usi is null and fund_abn is not null and smsf_bsb is not null and smsf_account_number_encrypted is not null and smsf_account_name is not null and smsf_esa is not null) or (choice_type = 'stapled_fund' and stapled_requested_at is not null and stapled_result is not null and (stapled_result <> 'fund_found' or fund_usi is not null) and smsf_bsb is null and smsf_account_number_encrypted is null and smsf_esa is null) or (choice_type = 'employer_default' and fund_usi is not null and stapled_result = 'no_stapled_fund' and smsf_bsb is null and smsf_account_number_encrypted is null and smsf_esa is null))
);
create unique index uq_super_choices__org_id_employee_id_current on onboard.super_choices (org_id, employee_id) where status = 'current' and deleted_at is null;
create index ix_super_choices__org_id_employee_id_received_at on onboard.super_choices (org_id, employee_id, received_at) where deleted_at is null;
create index ix_super_choices__org_id_employee_id on onboard.super_choices (org_id, employee_id);
create index ix_super_choices__org_id_onboarding_profile_id on onboard.super_choices (org_id, onboarding_profile_id);
create index ix_super_choices__org_id_onboarding_task_id on onboard.super_choices (org_id, onboarding_task_id);
create index ix_super_choices__org_id_super_fund_id on onboard.super_choices (org_id, super_fund_id);
comment on table onboard.super_choices is 'Superannuation standard choice forms (ATO NAT 13080): an APRA fund by USI, a self-managed fund by ABN, bank account and electronic service address, the stapled fund requested from the ATO, or the employer''s default fund when no stapled fund exists.';
comment on column onboard.super_choices.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.super_choices.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.super_choices.fund_usi is 'Unique Superannuation Identifier of an APRA fund, e.g. STA0100AU, or fund ABN + 3 digits.';
comment on column onboard.super_choices.fund_abn is 'ABN of the fund; required for an SMSF.';
comment on column onboard.super_choices.member_number is 'Member number at the fund.';
comment on column onboard.super_choices.smsf_bsb is 'BSB of the SMSF''s bank account.';
comment on column onboard.super_choices.smsf_account_number_encrypted is 'SMSF bank account number, AES-256 encrypted by the application.';
comment on column onboard.super_choices.smsf_esa is 'Electronic service address the SMSF receives SuperStream contribution messages at.';
comment on column onboard.super_choices.stapled_requested_at is 'When the stapled fund was requested from the ATO (required before using the default fund).';
comment on column onboard.super_choices.compliance_evidence_received is 'Letter of compliance (APRA fund) or trustee declaration (SMSF) received with the form.';
comment on column onboard.super_choices.super_fund_id is 'Soft reference to payroll.super_funds (no FK: cross-domain). Fund record payroll pays contributions to.';
comment on column onboard.super_choices.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.super_choices.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.super_choices enable row level security;
alter table onboard.super_choices force row level security;
create policy tenant_isolation on onboard.super_choices for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.super_choices to finnest_app;
grant select on onboard.super_choices to finnest_readonly;
create trigger set_updated_at before update on onboard.super_choices for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.super_choices for each row execute function finnest.audit_row('smsf_account_number_encrypted');
create table onboard.bank_details (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    onboarding_profile_id uuid,
    account_name text not null,
    bsb text not null,
    account_number_encrypted bytea not null,
    bank_name text,
    allocation_type text not null default 'remainder',
    allocation_percentage numeric(6,4),
    allocation_amount numeric(14,2),
    priority integer not null default 1,
    status text not null default 'pending_verification',
    verified_at timestamptz,
    effective_from date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_bank_details primary key (id),
    constraint uq_bank_details__org_id_id unique (org_id, id),
    constraint fk_bank_details__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_bank_details__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint ck_bank_details__bsb_format check (bsb ~ '^[0-9]{3}-?[0-9]{3}$'),
    constraint ck_bank_details__allocation_type check (allocation_type in ('percentage', 'fixed_amount', 'remainder')),
    constraint ck_bank_details__allocation_percentage_range check (allocation_percentage > 0 and allocation_percentage <= 1),
    constraint ck_bank_details__allocation_amount_positive check (allocation_amount > 0),
    constraint ck_bank_details__priority_positive check (priority > 0),
    constraint ck_bank_details__status check (status in ('pending_verification', 'active', 'inactive')),
    constraint ck_bank_details__allocation_details check ((allocation_type = 'percentage' and allocation_percentage is not null and allocation_amount is null) or (allocation_type = 'fixed_amount' and allocation_amount is not null and allocation_percentage is null) or (allocation_type = 'remainder' and allocation_percentage is null and allocation_amount is null))
);
create unique index uq_bank_details__org_id_employee_id_remainder on onboard.bank_details (org_id, employee_id) where allocation_type = 'remainder' and status <> 'inactive' and deleted_at is null;
create index ix_bank_details__org_id_employee_id_priority on onboard.bank_details (org_id, employee_id, priority) where deleted_at is null;
create index ix_bank_details__org_id_employee_id on onboard.bank_details (org_id, employee_id);
create index ix_bank_details__org_id_onboarding_profile_id on onboard.bank_details (org_id, onboarding_profile_id);
comment on table onboard.bank_details is 'Bank accounts a worker''s net pay goes to, with split allocations: a percentage, a fixed amount, or the remainder. Percentages of an employee''s live accounts add up to at most 100%.';
comment on column onboard.bank_details.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.bank_details.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.bank_details.bsb is 'Bank-State-Branch: first two digits the bank, third the state.';
comment on column onboard.bank_details.account_number_encrypted is 'Account number (1–9 digits), AES-256 encrypted by the application; never stored or logged in clear.';
comment on column onboard.bank_details.allocation_type is 'Fixed amounts are paid first in priority order, then percentages of the rest; the remainder account takes what is left.';
comment on column onboard.bank_details.allocation_percentage is 'Share of net pay: 0.2500 = 25%.';
comment on column onboard.bank_details.allocation_amount is 'Fixed amount per pay (AUD).';
comment on column onboard.bank_details.priority is 'Order accounts are paid in; 1 first.';
comment on column onboard.bank_details.verified_at is 'When the account was confirmed (e.g. a penny test or the worker''s second confirmation).';
comment on column onboard.bank_details.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.bank_details.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.bank_details enable row level security;
alter table onboard.bank_details force row level security;
create policy tenant_isolation on onboard.bank_details for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.bank_details to finnest_app;
grant select on onboard.bank_details to finnest_readonly;
create trigger set_updated_at before update on onboard.bank_details for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.bank_details for each row execute function finnest.audit_row('account_number_encrypted');
create function onboard.check_bank_allocation() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    total numeric;
begin
    -- Serialise allocation changes of one employee: two concurrent splits could otherwise pass unseen.
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('onboard.bank_details'), pg_catalog.hashtext(new.org_id::text || new.employee_id::text));
    select coalesce(sum(b.allocation_percentage), 0) into total
    from onboard.bank_details b
    where b.org_id = new.org_id and b.employee_id = new.employee_id
      and b.allocation_type = 'percentage' and b.status <> 'inactive' and b.deleted_at is null;
    if total > 1 then
        raise exception 'bank allocations of employee % add up to % percent; at most 100 percent may be allocated', new.employee_id, total * 100
            using errcode = 'check_violation', constraint = 'check_bank_allocation', table = 'bank_details', schema = 'onboard';
    end if;
    return null;
end
$$;
comment on function onboard.check_bank_allocation() is 'The percentage allocations of an employee''s live bank accounts add up to at most 100%.';
revoke execute on function onboard.check_bank_allocation() from public;
create constraint trigger check_bank_allocation after insert or update of employee_id, allocation_type, allocation_percentage, status, deleted_at on onboard.bank_details deferrable initially immediate for each row execute function onboard.check_bank_allocation();
create table onboard.policy_acknowledgements (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    onboarding_profile_id uuid,
    onboarding_task_id uuid,
    policy_code text not null,
    policy_title text not null,
    policy_version text not null,
    client_id uuid,
    document_storage_key text,
    acknowledged_at timestamptz not null default now(),
    method text not null default 'click_through',
    ip_address inet,
    user_agent text,
    signature_storage_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_policy_acknowledgements primary key (id),
    constraint uq_policy_acknowledgements__org_id_id unique (org_id, id),
    constraint fk_policy_acknowledgements__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_policy_acknowledgements__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint fk_policy_acknowledgements__onboarding_task_id foreign key (org_id, onboarding_task_id) references onboard.onboarding_tasks (org_id, id),
    constraint ck_policy_acknowledgements__policy_code_format check (policy_code ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_policy_acknowledgements__method check (method in ('electronic_signature', 'click_through', 'paper'))
);
create unique index uq_policy_acknowledgements__org_id_employee_id_policy_52df1171 on onboard.policy_acknowledgements (org_id, employee_id, policy_code, policy_version) where deleted_at is null;
create index ix_policy_acknowledgements__org_id_employee_id on onboard.policy_acknowledgements (org_id, employee_id);
create index ix_policy_acknowledgements__org_id_onboarding_profile_id on onboard.policy_acknowledgements (org_id, onboarding_profile_id);
create index ix_policy_acknowledgements__org_id_onboarding_task_id on onboard.policy_acknowledgements (org_id, onboarding_task_id);
create index ix_policy_acknowledgements__org_id_client_id on onboard.policy_acknowledgements (org_id, client_id);
comment on table onboard.policy_acknowledgements is 'A worker''s acknowledgement of a policy version (code of conduct, WHS, drug and alcohol, privacy, anti-harassment, IT use), with how and when it was given.';
comment on column onboard.policy_acknowledgements.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.policy_acknowledgements.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.policy_acknowledgements.policy_code is 'e.g. code_of_conduct, whs, drug_alcohol, privacy, anti_harassment, it_use.';
comment on column onboard.policy_acknowledgements.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Client whose site policy this is; null for the organisation''s own.';
comment on column onboard.policy_acknowledgements.document_storage_key is 'Object storage key of the policy text shown.';
comment on column onboard.policy_acknowledgements.ip_address is 'Address the acknowledgement came from (evidence).';
comment on column onboard.policy_acknowledgements.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.policy_acknowledgements.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.policy_acknowledgements enable row level security;
alter table onboard.policy_acknowledgements force row level security;
create policy tenant_isolation on onboard.policy_acknowledgements for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.policy_acknowledgements to finnest_app;
grant select on onboard.policy_acknowledgements to finnest_readonly;
create trigger set_updated_at before update on onboard.policy_acknowledgements for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.policy_acknowledgements for each row execute function finnest.audit_row();
create table onboard.induction_records (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    onboarding_profile_id uuid,
    induction_type text not null,
    title text not null,
    client_id uuid,
    site_id uuid,
    course_id uuid,
    delivery_method text not null,
    delivered_by_id uuid,
    status text not null default 'scheduled',
    scheduled_at timestamptz,
    completed_at timestamptz,
    duration_minutes integer,
    score numeric(6,4),
    valid_until date,
    evidence_storage_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_induction_records primary key (id),
    constraint uq_induction_records__org_id_id unique (org_id, id),
    constraint fk_induction_records__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_induction_records__onboarding_profile_id foreign key (org_id, onboarding_profile_id) references onboard.onboarding_profiles (org_id, id),
    constraint ck_induction_records__induction_type check (induction_type in ('company', 'client', 'site', 'whs_general', 'construction_general', 'role_specific')),
    constraint ck_induction_records__delivery_method check (delivery_method in ('in_person', 'online', 'video')),
    constraint fk_induction_records__delivered_by_id foreign key (org_id, delivered_by_id) references public.users (org_id, id),
    constraint ck_induction_records__status check (status in ('scheduled', 'completed', 'failed', 'expired', 'cancelled')),
    constraint ck_induction_records__duration_minutes_positive check (duration_minutes > 0),
    constraint ck_induction_records__score_range check (score between 0 and 1),
    constraint ck_induction_records__completed_at_when_completed check (status <> 'completed' or completed_at is not null)
);
create index ix_induction_records__org_id_employee_id_induction_type on onboard.induction_records (org_id, employee_id, induction_type) where deleted_at is null;
create index ix_induction_records__org_id_site_id_valid_until on onboard.induction_records (org_id, site_id, valid_until) where deleted_at is null;
create index ix_induction_records__org_id_employee_id on onboard.induction_records (org_id, employee_id);
create index ix_induction_records__org_id_onboarding_profile_id on onboard.induction_records (org_id, onboarding_profile_id);
create index ix_induction_records__org_id_client_id on onboard.induction_records (org_id, client_id);
create index ix_induction_records__org_id_site_id on onboard.induction_records (org_id, site_id);
create index ix_induction_records__org_id_course_id on onboard.induction_records (org_id, course_id);
create index ix_induction_records__org_id_delivered_by_id on onboard.induction_records (org_id, delivered_by_id);
comment on table onboard.induction_records is 'Inductions a worker has completed: company, client, site or WHS inductions, with validity for re-induction.';
comment on column onboard.induction_records.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column onboard.induction_records.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column onboard.induction_records.induction_type is 'construction_general: the general construction induction (White Card, CPCWHS1001).';
comment on column onboard.induction_records.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column onboard.induction_records.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column onboard.induction_records.course_id is 'Soft reference to learn.courses (no FK: cross-domain). Online course the induction was delivered through.';
comment on column onboard.induction_records.duration_minutes is 'Length of the induction, minutes.';
comment on column onboard.induction_records.score is 'Assessment score, 0.8000 = 80%.';
comment on column onboard.induction_records.valid_until is 'Re-induction due after this date.';
comment on column onboard.induction_records.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column onboard.induction_records.metadata is 'Industry- or tenant-specific extension fields.';
alter table onboard.induction_records enable row level security;
alter table onboard.induction_records force row level security;
create policy tenant_isolation on onboard.induction_records for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on onboard.induction_records to finnest_app;
grant select on onboard.induction_records to finnest_readonly;
create trigger set_updated_at before update on onboard.induction_records for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on onboard.induction_records for each row execute function finnest.audit_row();
