create function learn.is_valid_usi(usi text) returns boolean
language sql immutable strict parallel safe
set search_path = ''
as $$
    select usi ~ '^[2-9A-HJ-NP-Z]{10}$' and (
        select sum((f * v) / 32 + (f * v) % 32)
        from (
            select case when (10 - i) % 2 = 0 then 1 else 2 end as f,
                   strpos('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', substr(usi, i, 1)) - 1 as v
            from generate_series(1, 10) as i
        ) as c
    ) % 32 = 0
$$;
comment on function learn.is_valid_usi(text) is 'Unique Student Identifier check: 10 characters from 2-9, A-H, J-N, P-Z; the last is a Luhn mod-32 check character over that alphabet.';
create table learn.courses (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    title text not null,
    description text,
    course_type text not null,
    national_unit_code text,
    rto_code text,
    credential_type_id uuid,
    duration_minutes integer,
    pass_mark integer,
    validity_months integer,
    package_key text,
    launch_path text,
    version integer not null default 1,
    status text not null default 'draft',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_courses primary key (id),
    constraint uq_courses__org_id_id unique (org_id, id),
    constraint fk_courses__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_courses__course_type check (course_type in ('internal', 'scorm_1_2', 'scorm_2004', 'xapi', 'video')),
    constraint ck_courses__national_unit_code_format check (national_unit_code ~ '^[A-Z]{6,7}[0-9]{3,4}[A-Z]?$'),
    constraint ck_courses__rto_code_format check (rto_code ~ '^[0-9]{4,5}$'),
    constraint fk_courses__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_courses__duration_minutes_positive check (duration_minutes > 0),
    constraint ck_courses__pass_mark_range check (pass_mark between 0 and 100),
    constraint ck_courses__validity_months_positive check (validity_months > 0),
    constraint ck_courses__version_positive check (version > 0),
    constraint ck_courses__status check (status in ('draft', 'published', 'retired')),
    constraint ck_courses__packaged_has_package check (course_type = 'internal' or package_key is not null)
);
create unique index uq_courses__org_id_code on learn.courses (org_id, code) where deleted_at is null;
create index ix_courses__org_id_status_course_type on learn.courses (org_id, status, course_type) where deleted_at is null;
create index ix_courses__org_id_national_unit_code on learn.courses (org_id, national_unit_code) where deleted_at is null;
create index ix_courses__credential_type_id on learn.courses (credential_type_id);
comment on table learn.courses is 'A course workers take: internal training, a SCORM or xAPI package, a video, or delivery of a nationally recognised unit of competency (training.gov.au).';
comment on column learn.courses.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.courses.code is 'The organisation''s course code.';
comment on column learn.courses.national_unit_code is 'Unit of competency on training.gov.au, e.g. HLTAID011 Provide First Aid, CPCWHS1001 (White Card), TLILIC0003 (forklift), SITHFAB021 (RSA).';
comment on column learn.courses.rto_code is 'National code of the registered training organisation that delivers and certifies the unit.';
comment on column learn.courses.credential_type_id is 'Credential a completion grants, e.g. the construction induction card.';
comment on column learn.courses.duration_minutes is 'Expected time to complete, minutes.';
comment on column learn.courses.pass_mark is 'Minimum score, percent.';
comment on column learn.courses.validity_months is 'How long a completion stays current, e.g. 12 for CPR (HLTAID009), 36 for first aid; null: does not expire.';
comment on column learn.courses.package_key is 'Object-storage key of the SCORM/xAPI package or video.';
comment on column learn.courses.launch_path is 'Entry point inside the package (imsmanifest resource href, xAPI launch URL).';
comment on column learn.courses.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.courses.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.courses enable row level security;
alter table learn.courses force row level security;
create policy tenant_isolation on learn.courses for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.courses to finnest_app;
grant select on learn.courses to finnest_readonly;
create trigger set_updated_at before update on learn.courses for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.courses for each row execute function finnest.audit_row();
create table learn.course_modules (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    course_id uuid not null,
    position integer not null,
    title text not null,
    module_type text not null,
    duration_minutes integer,
    content_key text,
    is_mandatory boolean not null default true,
    pass_mark integer,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_course_modules primary key (id),
    constraint uq_course_modules__org_id_id unique (org_id, id),
    constraint fk_course_modules__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_course_modules__course_id foreign key (org_id, course_id) references learn.courses (org_id, id),
    constraint ck_course_modules__position_positive check (position > 0),
    constraint ck_course_modules__module_type check (module_type in ('content', 'video', 'quiz', 'scorm_sco', 'assessment', 'practical')),
    constraint ck_course_modules__duration_minutes_positive check (duration_minutes > 0),
    constraint ck_course_modules__pass_mark_range check (pass_mark between 0 and 100)
);
create unique index uq_course_modules__org_id_course_id_position on learn.course_modules (org_id, course_id, position) where deleted_at is null;
create index ix_course_modules__org_id_course_id_module_type on learn.course_modules (org_id, course_id, module_type) where deleted_at is null;
create index ix_course_modules__org_id_course_id on learn.course_modules (org_id, course_id);
comment on table learn.course_modules is 'An ordered part of a course: a lesson, video, quiz, SCORM SCO, assessment or practical.';
comment on column learn.course_modules.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.course_modules.content_key is 'Object-storage key or SCO identifier of the module''s content.';
comment on column learn.course_modules.pass_mark is 'Minimum score, percent, for a quiz or assessment.';
comment on column learn.course_modules.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.course_modules.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.course_modules enable row level security;
alter table learn.course_modules force row level security;
create policy tenant_isolation on learn.course_modules for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.course_modules to finnest_app;
grant select on learn.course_modules to finnest_readonly;
create trigger set_updated_at before update on learn.course_modules for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.course_modules for each row execute function finnest.audit_row();
create table learn.tutors (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    user_id uuid,
    name text not null,
    email text,
    organisation text,
    rto_code text,
    tae_qualification_code text,
    specialties text[] not null default '{}'::text[],
    accreditation_expires_on date,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_tutors primary key (id),
    constraint uq_tutors__org_id_id unique (org_id, id),
    constraint fk_tutors__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_tutors__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_tutors__email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_tutors__rto_code_format check (rto_code ~ '^[0-9]{4,5}$'),
    constraint ck_tutors__tae_qualification_code_format check (tae_qualification_code ~ '^TAE[0-9]{5}$'),
    constraint ck_tutors__status check (status in ('active', 'inactive'))
);
create index ix_tutors__org_id_status_name on learn.tutors (org_id, status, name) where deleted_at is null;
create index ix_tutors__org_id_user_id on learn.tutors (org_id, user_id);
comment on table learn.tutors is 'A trainer or assessor: internal staff or from an RTO. Assessing nationally recognised units needs the TAE Certificate IV.';
comment on column learn.tutors.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.tutors.user_id is 'Set for internal trainers.';
comment on column learn.tutors.organisation is 'Training provider for external tutors.';
comment on column learn.tutors.tae_qualification_code is 'Training and assessment qualification held, e.g. TAE40122.';
comment on column learn.tutors.specialties is 'Course codes or topics the tutor delivers.';
comment on column learn.tutors.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.tutors.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.tutors enable row level security;
alter table learn.tutors force row level security;
create policy tenant_isolation on learn.tutors for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.tutors to finnest_app;
grant select on learn.tutors to finnest_readonly;
create trigger set_updated_at before update on learn.tutors for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.tutors for each row execute function finnest.audit_row();
create table learn.learning_paths (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    description text,
    industry_profile_id uuid,
    position_title text,
    course_ids uuid[] not null,
    is_onboarding boolean not null default false,
    status text not null default 'draft',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_learning_paths primary key (id),
    constraint uq_learning_paths__org_id_id unique (org_id, id),
    constraint fk_learning_paths__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_learning_paths__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint ck_learning_paths__status check (status in ('draft', 'published', 'retired')),
    constraint ck_learning_paths__has_courses check (cardinality(course_ids) >= 1)
);
create unique index uq_learning_paths__org_id_name on learn.learning_paths (org_id, name) where deleted_at is null;
create index ix_learning_paths__org_id_status_name on learn.learning_paths (org_id, status, name) where deleted_at is null;
create index ix_learning_paths__industry_profile_id on learn.learning_paths (industry_profile_id);
comment on table learn.learning_paths is 'An ordered set of courses for a role or industry, e.g. the warehouse starter path: site induction, manual handling, forklift.';
comment on column learn.learning_paths.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.learning_paths.position_title is 'Role the path prepares for.';
comment on column learn.learning_paths.course_ids is 'Courses in order (learn.courses ids of the same organisation; checked by trigger).';
comment on column learn.learning_paths.is_onboarding is 'Assigned automatically to new starters in the role.';
comment on column learn.learning_paths.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.learning_paths.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.learning_paths enable row level security;
alter table learn.learning_paths force row level security;
create policy tenant_isolation on learn.learning_paths for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.learning_paths to finnest_app;
grant select on learn.learning_paths to finnest_readonly;
create trigger set_updated_at before update on learn.learning_paths for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.learning_paths for each row execute function finnest.audit_row();
create function learn.check_learning_path_courses() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if cardinality(new.course_ids) <> (select count(distinct c) from unnest(new.course_ids) as c) then
        raise exception 'learning path % lists a course twice', new.id using errcode = 'check_violation';
    end if;
    if exists (
        select from unnest(new.course_ids) as c(id)
        where not exists (select from learn.courses k where k.org_id = new.org_id and k.id = c.id and k.deleted_at is null)
    ) then
        raise exception 'learning path % lists a course that is not a live course of its organisation', new.id
            using errcode = 'foreign_key_violation';
    end if;
    return new;
end
$$;
comment on function learn.check_learning_path_courses() is 'An array cannot carry a foreign key: every course of a path must be a live course of the same organisation, listed once.';
revoke execute on function learn.check_learning_path_courses() from public;
create trigger check_learning_path_courses before insert or update of course_ids, org_id on learn.learning_paths
    for each row execute function learn.check_learning_path_courses();
create table learn.enrollments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    course_id uuid not null,
    employee_id uuid not null,
    learning_path_id uuid,
    tutor_id uuid,
    reason text not null default 'assigned',
    status text not null default 'enrolled',
    enrolled_at timestamptz not null default now(),
    assigned_by_user_id uuid,
    due_on date,
    started_at timestamptz,
    completed_at timestamptz,
    score numeric(5,2),
    attempts integer not null default 0,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_enrollments primary key (id),
    constraint uq_enrollments__org_id_id unique (org_id, id),
    constraint fk_enrollments__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_enrollments__course_id foreign key (org_id, course_id) references learn.courses (org_id, id),
    constraint fk_enrollments__learning_path_id foreign key (org_id, learning_path_id) references learn.learning_paths (org_id, id),
    constraint fk_enrollments__tutor_id foreign key (org_id, tutor_id) references learn.tutors (org_id, id),
    constraint ck_enrollments__reason check (reason in ('self', 'assigned', 'induction', 'reinduction', 'compliance_gap')),
    constraint ck_enrollments__status check (status in ('enrolled', 'in_progress', 'completed', 'failed', 'expired', 'withdrawn')),
    constraint fk_enrollments__assigned_by_user_id foreign key (org_id, assigned_by_user_id) references public.users (org_id, id),
    constraint ck_enrollments__score_range check (score between 0 and 100),
    constraint ck_enrollments__attempts_non_negative check (attempts >= 0),
    constraint ck_enrollments__started_after_enrolled check (started_at is null or started_at >= enrolled_at),
    constraint ck_enrollments__completed_after_enrolled check (completed_at is null or completed_at >= enrolled_at),
    constraint ck_enrollments__finished_has_completed_at check (status not in ('completed', 'failed') or completed_at is not null)
);
create unique index uq_enrollments__org_id_employee_id_course_id_open on learn.enrollments (org_id, employee_id, course_id) where status in ('enrolled', 'in_progress') and deleted_at is null;
create index ix_enrollments__org_id_employee_id_status on learn.enrollments (org_id, employee_id, status) where deleted_at is null;
create index ix_enrollments__org_id_course_id_status on learn.enrollments (org_id, course_id, status) where deleted_at is null;
create index ix_enrollments__org_id_course_id on learn.enrollments (org_id, course_id);
create index ix_enrollments__org_id_employee_id on learn.enrollments (org_id, employee_id);
create index ix_enrollments__org_id_learning_path_id on learn.enrollments (org_id, learning_path_id);
create index ix_enrollments__org_id_tutor_id on learn.enrollments (org_id, tutor_id);
create index ix_enrollments__org_id_assigned_by_user_id on learn.enrollments (org_id, assigned_by_user_id);
comment on table learn.enrollments is 'A worker enrolled in a course, alone or as part of a learning path, through to completion, failure, expiry or withdrawal.';
comment on column learn.enrollments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.enrollments.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column learn.enrollments.reason is 'Why enrolled: self-enrolled, assigned by a manager, new-starter induction, scheduled re-induction, or to close a compliance gap.';
comment on column learn.enrollments.score is 'Final score, percent.';
comment on column learn.enrollments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.enrollments.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.enrollments enable row level security;
alter table learn.enrollments force row level security;
create policy tenant_isolation on learn.enrollments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.enrollments to finnest_app;
grant select on learn.enrollments to finnest_readonly;
create trigger set_updated_at before update on learn.enrollments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.enrollments for each row execute function finnest.audit_row();
create table learn.progress (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    enrollment_id uuid not null,
    course_module_id uuid not null,
    status text not null default 'not_started',
    progress numeric(6,4) not null default 0,
    score numeric(5,2),
    attempts integer not null default 0,
    time_spent_seconds integer not null default 0,
    last_accessed_at timestamptz,
    completed_at timestamptz,
    lesson_location text,
    suspend_data text,
    xapi_registration uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_progress primary key (id),
    constraint uq_progress__org_id_id unique (org_id, id),
    constraint fk_progress__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_progress__enrollment_id foreign key (org_id, enrollment_id) references learn.enrollments (org_id, id),
    constraint fk_progress__course_module_id foreign key (org_id, course_module_id) references learn.course_modules (org_id, id),
    constraint ck_progress__status check (status in ('not_started', 'in_progress', 'completed', 'passed', 'failed')),
    constraint ck_progress__progress_range check (progress between 0 and 1),
    constraint ck_progress__score_range check (score between 0 and 100),
    constraint ck_progress__attempts_non_negative check (attempts >= 0),
    constraint ck_progress__time_spent_seconds_non_negative check (time_spent_seconds >= 0),
    constraint ck_progress__done_has_completed_at check (status not in ('completed', 'passed', 'failed') or completed_at is not null)
);
create unique index uq_progress__org_id_enrollment_id_course_module_id on learn.progress (org_id, enrollment_id, course_module_id) where deleted_at is null;
create index ix_progress__org_id_course_module_id_status on learn.progress (org_id, course_module_id, status) where deleted_at is null;
create index ix_progress__org_id_enrollment_id on learn.progress (org_id, enrollment_id);
create index ix_progress__org_id_course_module_id on learn.progress (org_id, course_module_id);
comment on table learn.progress is 'A learner''s progress through one module of an enrolment, including the SCORM/xAPI state needed to resume.';
comment on column learn.progress.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.progress.progress is 'Fraction of the module done: 0.5000 = half.';
comment on column learn.progress.score is 'Percent.';
comment on column learn.progress.lesson_location is 'SCORM cmi.core.lesson_location / cmi.location: bookmark to resume at.';
comment on column learn.progress.suspend_data is 'SCORM cmi.suspend_data: the package''s saved state (4,096 characters in SCORM 1.2, 64,000 in 2004).';
comment on column learn.progress.xapi_registration is 'xAPI registration id grouping the module''s statements in the LRS.';
comment on column learn.progress.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.progress.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.progress enable row level security;
alter table learn.progress force row level security;
create policy tenant_isolation on learn.progress for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.progress to finnest_app;
grant select on learn.progress to finnest_readonly;
create trigger set_updated_at before update on learn.progress for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.progress for each row execute function finnest.audit_row();
create table learn.certifications (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    enrollment_id uuid,
    course_id uuid,
    credential_type_id uuid,
    title text not null,
    national_unit_code text,
    certificate_number text,
    issuer text,
    issuer_rto_code text,
    usi char(10),
    issued_on date not null,
    expires_on date,
    status text not null default 'current',
    verified_at timestamptz,
    verified_by_user_id uuid,
    document_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_certifications primary key (id),
    constraint uq_certifications__org_id_id unique (org_id, id),
    constraint fk_certifications__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_certifications__enrollment_id foreign key (org_id, enrollment_id) references learn.enrollments (org_id, id),
    constraint fk_certifications__course_id foreign key (org_id, course_id) references learn.courses (org_id, id),
    constraint fk_certifications__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_certifications__national_unit_code_format check (national_unit_code ~ '^[A-Z]{6,7}[0-9]{3,4}[A-Z]?$'),
    constraint ck_certifications__issuer_rto_code_format check (issuer_rto_code ~ '^[0-9]{4,5}$'),
    constraint ck_certifications__usi_format check (usi ~ '^[2-9A-HJ-NP-Z]{10}$'),
    constraint ck_certifications__usi_check_character check (learn.is_valid_usi(usi)),
    constraint ck_certifications__status check (status in ('current', 'expired', 'revoked', 'superseded')),
    constraint fk_certifications__verified_by_user_id foreign key (org_id, verified_by_user_id) references public.users (org_id, id),
    constraint ck_certifications__expires_after_issued check (expires_on is null or expires_on > issued_on)
);
create unique index uq_certifications__org_id_issuer_rto_code_certificate_number on learn.certifications (org_id, issuer_rto_code, certificate_number) where deleted_at is null;
create index ix_certifications__org_id_employee_id_expires_on on learn.certifications (org_id, employee_id, expires_on) where deleted_at is null;
create index ix_certifications__org_id_status_expires_on on learn.certifications (org_id, status, expires_on) where deleted_at is null;
create index ix_certifications__org_id_employee_id on learn.certifications (org_id, employee_id);
create index ix_certifications__org_id_enrollment_id on learn.certifications (org_id, enrollment_id);
create index ix_certifications__org_id_course_id on learn.certifications (org_id, course_id);
create index ix_certifications__credential_type_id on learn.certifications (credential_type_id);
create index ix_certifications__org_id_verified_by_user_id on learn.certifications (org_id, verified_by_user_id);
comment on table learn.certifications is 'A certificate a worker holds from a course or an external provider: statement of attainment for a national unit, or internal completion, with issue and expiry.';
comment on column learn.certifications.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.certifications.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column learn.certifications.enrollment_id is 'The enrolment that earned it; null for certificates obtained elsewhere.';
comment on column learn.certifications.credential_type_id is 'Credential the certificate evidences for compliance checks.';
comment on column learn.certifications.national_unit_code is 'Unit of competency attained, e.g. HLTAID011.';
comment on column learn.certifications.certificate_number is 'Number printed on the certificate or statement of attainment.';
comment on column learn.certifications.issuer is 'Issuing RTO or provider.';
comment on column learn.certifications.usi is 'Unique Student Identifier of the learner, under which the unit is recorded in the national VET transcript.';
comment on column learn.certifications.verified_at is 'When the certificate was checked against the USI transcript or the issuer.';
comment on column learn.certifications.document_key is 'Object-storage key of the certificate scan.';
comment on column learn.certifications.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.certifications.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.certifications enable row level security;
alter table learn.certifications force row level security;
create policy tenant_isolation on learn.certifications for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.certifications to finnest_app;
grant select on learn.certifications to finnest_readonly;
create trigger set_updated_at before update on learn.certifications for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.certifications for each row execute function finnest.audit_row();
create table learn.reinduction_schedules (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    course_id uuid not null,
    site_id uuid,
    client_id uuid,
    interval_months integer not null,
    last_completed_on date,
    next_due_on date not null,
    last_certification_id uuid,
    next_enrollment_id uuid,
    reminder_days_before integer not null default 30,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_reinduction_schedules primary key (id),
    constraint uq_reinduction_schedules__org_id_id unique (org_id, id),
    constraint fk_reinduction_schedules__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_reinduction_schedules__course_id foreign key (org_id, course_id) references learn.courses (org_id, id),
    constraint ck_reinduction_schedules__interval_months_range check (interval_months between 1 and 120),
    constraint fk_reinduction_schedules__last_certification_id foreign key (org_id, last_certification_id) references learn.certifications (org_id, id),
    constraint fk_reinduction_schedules__next_enrollment_id foreign key (org_id, next_enrollment_id) references learn.enrollments (org_id, id),
    constraint ck_reinduction_schedules__reminder_days_before_non_negative check (reminder_days_before >= 0),
    constraint ck_reinduction_schedules__status check (status in ('active', 'paused', 'ended')),
    constraint ck_reinduction_schedules__next_due_after_last check (last_completed_on is null or next_due_on > last_completed_on)
);
create unique index uq_reinduction_schedules__org_id_employee_id_course_id_site_id on learn.reinduction_schedules (org_id, employee_id, course_id, (coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid))) where deleted_at is null;
create index ix_reinduction_schedules__org_id_status_next_due_on on learn.reinduction_schedules (org_id, status, next_due_on) where deleted_at is null;
create index ix_reinduction_schedules__org_id_employee_id on learn.reinduction_schedules (org_id, employee_id);
create index ix_reinduction_schedules__org_id_course_id on learn.reinduction_schedules (org_id, course_id);
create index ix_reinduction_schedules__org_id_site_id on learn.reinduction_schedules (org_id, site_id);
create index ix_reinduction_schedules__org_id_client_id on learn.reinduction_schedules (org_id, client_id);
create index ix_reinduction_schedules__org_id_last_certification_id on learn.reinduction_schedules (org_id, last_certification_id);
create index ix_reinduction_schedules__org_id_next_enrollment_id on learn.reinduction_schedules (org_id, next_enrollment_id);
comment on table learn.reinduction_schedules is 'When a worker must redo a course: site re-inductions and refreshers (CPR yearly, first aid every 3 years), with the next due date.';
comment on column learn.reinduction_schedules.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column learn.reinduction_schedules.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column learn.reinduction_schedules.site_id is 'Soft reference to clients.sites (no FK: cross-domain). Site whose induction must be repeated; null for a general refresher.';
comment on column learn.reinduction_schedules.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Host that requires the re-induction.';
comment on column learn.reinduction_schedules.interval_months is 'Months between completions.';
comment on column learn.reinduction_schedules.next_enrollment_id is 'Enrolment opened for the next round.';
comment on column learn.reinduction_schedules.reminder_days_before is 'Days before next_due_on to start reminding the worker.';
comment on column learn.reinduction_schedules.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column learn.reinduction_schedules.metadata is 'Industry- or tenant-specific extension fields.';
alter table learn.reinduction_schedules enable row level security;
alter table learn.reinduction_schedules force row level security;
create policy tenant_isolation on learn.reinduction_schedules for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on learn.reinduction_schedules to finnest_app;
grant select on learn.reinduction_schedules to finnest_readonly;
create trigger set_updated_at before update on learn.reinduction_schedules for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on learn.reinduction_schedules for each row execute function finnest.audit_row();
