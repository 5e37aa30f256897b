create table recruit.candidates (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    first_name text not null,
    last_name text not null,
    preferred_name text,
    email text,
    mobile text,
    date_of_birth date,
    suburb text,
    state text,
    postcode char(4),
    source text not null,
    referred_by_employee_id uuid,
    status text not null default 'new',
    work_rights text not null default 'unknown',
    visa_subclass char(3),
    has_drivers_licence boolean not null default false,
    has_own_transport boolean not null default false,
    expected_pay_rate numeric(12,4),
    available_from date,
    resume_storage_key text,
    privacy_consent_at timestamptz,
    marketing_consent_at timestamptz,
    owner_id uuid,
    employee_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_candidates primary key (id),
    constraint uq_candidates__org_id_id unique (org_id, id),
    constraint fk_candidates__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_candidates__email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_candidates__mobile_format check (mobile ~ '^\+614[0-9]{8}$'),
    constraint ck_candidates__state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_candidates__postcode_format check (postcode ~ '^[0-9]{4}$'),
    constraint ck_candidates__source check (source in ('seek', 'indeed', 'linkedin', 'referral', 'website', 'rehire')),
    constraint ck_candidates__status check (status in ('new', 'active', 'placed', 'inactive', 'do_not_engage')),
    constraint ck_candidates__work_rights check (work_rights in ('australian_citizen', 'permanent_resident', 'nz_citizen', 'visa_holder', 'unknown')),
    constraint ck_candidates__visa_subclass_format check (visa_subclass ~ '^[0-9]{3}$'),
    constraint ck_candidates__expected_pay_rate_non_negative check (expected_pay_rate >= 0),
    constraint fk_candidates__owner_id foreign key (org_id, owner_id) references public.users (org_id, id),
    constraint ck_candidates__visa_subclass_for_visa_holders check (visa_subclass is null or work_rights = 'visa_holder')
);
create index ix_candidates__org_id_status_last_name on recruit.candidates (org_id, status, last_name) where deleted_at is null;
create index ix_candidates__org_id_lower_email on recruit.candidates (org_id, (lower(email))) where deleted_at is null;
create index ix_candidates__org_id_mobile on recruit.candidates (org_id, mobile) where deleted_at is null;
create index ix_candidates__org_id_referred_by_employee_id on recruit.candidates (org_id, referred_by_employee_id);
create index ix_candidates__org_id_owner_id on recruit.candidates (org_id, owner_id);
create index ix_candidates__org_id_employee_id on recruit.candidates (org_id, employee_id);
comment on table recruit.candidates is 'People being recruited, before they become employees: contact details, work rights, where they came from and who owns the relationship.';
comment on column recruit.candidates.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.candidates.mobile is 'Australian mobile, E.164: +614xxxxxxxx.';
comment on column recruit.candidates.date_of_birth is 'Needed for junior rates and age-restricted work (e.g. RSA, forklift).';
comment on column recruit.candidates.postcode is 'Home postcode: travel distance to sites is scored from it.';
comment on column recruit.candidates.source is 'Channel the candidate first came through.';
comment on column recruit.candidates.referred_by_employee_id is 'Soft reference to people.employees (no FK: cross-domain). Employee who referred the candidate (referral bonuses).';
comment on column recruit.candidates.status is 'do_not_engage: must not be put forward again (conduct, failed checks); the reason is kept in notes, not here.';
comment on column recruit.candidates.work_rights is 'Self-declared; verified by an onboard.right_to_work_checks row before placement.';
comment on column recruit.candidates.visa_subclass is 'Declared visa subclass, e.g. 482, 500, 417.';
comment on column recruit.candidates.expected_pay_rate is 'Hourly rate the candidate is asking for (AUD).';
comment on column recruit.candidates.resume_storage_key is 'Object storage key of the latest résumé.';
comment on column recruit.candidates.privacy_consent_at is 'When the candidate accepted the privacy collection notice (Privacy Act APP 5).';
comment on column recruit.candidates.marketing_consent_at is 'Express consent to job alerts and campaigns (Spam Act 2003); null: none given.';
comment on column recruit.candidates.owner_id is 'Recruiter who owns the candidate relationship.';
comment on column recruit.candidates.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Set when the candidate has become an employee.';
comment on column recruit.candidates.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.candidates.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.candidates enable row level security;
alter table recruit.candidates force row level security;
create policy tenant_isolation on recruit.candidates for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.candidates to finnest_app;
grant select on recruit.candidates to finnest_readonly;
create trigger set_updated_at before update on recruit.candidates for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.candidates for each row execute function finnest.audit_row();
create table recruit.job_orders (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    job_number text not null,
    client_id uuid not null,
    site_id uuid,
    client_contact_id uuid,
    rate_card_id uuid,
    office_id uuid,
    recruiter_id uuid,
    position_title text not null,
    description text,
    award_id uuid,
    award_classification_id uuid,
    occupation_code char(6),
    employment_type text not null default 'casual',
    headcount integer not null default 1,
    filled_count integer not null default 0,
    start_date date not null,
    end_date date,
    hours_per_week numeric(6,2),
    pay_rate numeric(12,4),
    charge_rate numeric(12,4),
    status text not null default 'draft',
    priority text not null default 'normal',
    required_credential_codes text[] not null default '{}'::text[],
    advertised_on text[] not null default '{}'::text[],
    published_at timestamptz,
    filled_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_job_orders primary key (id),
    constraint uq_job_orders__org_id_id unique (org_id, id),
    constraint fk_job_orders__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_job_orders__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint fk_job_orders__recruiter_id foreign key (org_id, recruiter_id) references public.users (org_id, id),
    constraint fk_job_orders__award_id foreign key (award_id) references compliance.awards (id),
    constraint fk_job_orders__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_job_orders__occupation_code_format check (occupation_code ~ '^[0-9]{6}$'),
    constraint ck_job_orders__employment_type check (employment_type in ('casual', 'full_time', 'part_time', 'fixed_term', 'contractor')),
    constraint ck_job_orders__headcount_positive check (headcount > 0),
    constraint ck_job_orders__filled_count_non_negative check (filled_count >= 0),
    constraint ck_job_orders__hours_per_week_non_negative check (hours_per_week >= 0),
    constraint ck_job_orders__pay_rate_non_negative check (pay_rate >= 0),
    constraint ck_job_orders__charge_rate_non_negative check (charge_rate >= 0),
    constraint ck_job_orders__status check (status in ('draft', 'open', 'on_hold', 'filled', 'cancelled', 'closed')),
    constraint ck_job_orders__priority check (priority in ('low', 'normal', 'high', 'urgent')),
    constraint ck_job_orders__advertised_on check (advertised_on <@ array['seek', 'indeed', 'linkedin', 'website']::text[]),
    constraint ck_job_orders__end_date_after_start_date check (end_date >= start_date),
    constraint ck_job_orders__filled_within_headcount check (filled_count <= headcount),
    constraint ck_job_orders__charge_covers_pay check (charge_rate is null or pay_rate is null or charge_rate >= pay_rate)
);
create unique index uq_job_orders__org_id_job_number on recruit.job_orders (org_id, job_number) where deleted_at is null;
create index ix_job_orders__org_id_status_start_date on recruit.job_orders (org_id, status, start_date) where deleted_at is null;
create index ix_job_orders__org_id_client_id_status on recruit.job_orders (org_id, client_id, status) where deleted_at is null;
create index ix_job_orders__org_id_client_id on recruit.job_orders (org_id, client_id);
create index ix_job_orders__org_id_site_id on recruit.job_orders (org_id, site_id);
create index ix_job_orders__org_id_client_contact_id on recruit.job_orders (org_id, client_contact_id);
create index ix_job_orders__org_id_rate_card_id on recruit.job_orders (org_id, rate_card_id);
create index ix_job_orders__org_id_office_id on recruit.job_orders (org_id, office_id);
create index ix_job_orders__org_id_recruiter_id on recruit.job_orders (org_id, recruiter_id);
create index ix_job_orders__award_id on recruit.job_orders (award_id);
create index ix_job_orders__award_classification_id on recruit.job_orders (award_classification_id);
comment on table recruit.job_orders is 'Requests from a client for workers: position, award classification, headcount, dates and rates. Filled by placing candidates from applications.';
comment on column recruit.job_orders.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.job_orders.job_number is 'Human-readable job order number, e.g. JO-2026-0142.';
comment on column recruit.job_orders.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column recruit.job_orders.site_id is 'Soft reference to clients.sites (no FK: cross-domain). Workplace the workers will attend.';
comment on column recruit.job_orders.client_contact_id is 'Soft reference to clients.contacts (no FK: cross-domain). Hiring manager who placed the order.';
comment on column recruit.job_orders.rate_card_id is 'Soft reference to clients.rate_cards (no FK: cross-domain). Rate card the pay and charge rates were taken from.';
comment on column recruit.job_orders.office_id is 'Branch filling the order.';
comment on column recruit.job_orders.recruiter_id is 'Consultant responsible for filling the order.';
comment on column recruit.job_orders.occupation_code is 'OSCA 2024 (or legacy ANZSCO) 6-digit occupation code.';
comment on column recruit.job_orders.headcount is 'Workers requested.';
comment on column recruit.job_orders.filled_count is 'Workers placed so far.';
comment on column recruit.job_orders.end_date is 'Last day of the assignment; null: ongoing.';
comment on column recruit.job_orders.pay_rate is 'Hourly pay rate offered to the worker (AUD).';
comment on column recruit.job_orders.charge_rate is 'Hourly rate charged to the client (AUD, GST exclusive).';
comment on column recruit.job_orders.required_credential_codes is 'Codes (compliance.credential_types.code) of credentials a worker must hold, beyond the industry profile''s defaults, e.g. hrwl_lf, white_card, dl_hr; each must be a live credential type (recruit.check_required_credential_codes).';
comment on column recruit.job_orders.advertised_on is 'Job boards the order is advertised on.';
comment on column recruit.job_orders.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.job_orders.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.job_orders enable row level security;
alter table recruit.job_orders force row level security;
create policy tenant_isolation on recruit.job_orders for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.job_orders to finnest_app;
grant select on recruit.job_orders to finnest_readonly;
create trigger set_updated_at before update on recruit.job_orders for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.job_orders for each row execute function finnest.audit_row();
create function recruit.check_required_credential_codes() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    unknown text[];
begin
    select array_agg(distinct c.code order by c.code) into unknown
    from unnest(new.required_credential_codes) as c(code)
    where c.code is null
       or not exists (select from compliance.credential_types ct where ct.code = c.code and ct.deleted_at is null);
    if unknown is not null then
        raise exception 'job order % requires unknown credential type code(s): %', new.job_number, array_to_string(unknown, ', ', 'NULL')
            using errcode = 'foreign_key_violation', constraint = 'check_required_credential_codes', schema = 'recruit', table = 'job_orders',
                  column = 'required_credential_codes', hint = 'Use codes of live rows of compliance.credential_types, e.g. hrwl_lf, white_card, dl_hr.';
    end if;
    return new;
end
$$;
comment on function recruit.check_required_credential_codes() is 'Before insert or update of required_credential_codes on recruit.job_orders: every element must be the code of a live compliance.credential_types row (the foreign key an array cannot have).';
revoke execute on function recruit.check_required_credential_codes() from public;
create trigger check_required_credential_codes before insert or update of required_credential_codes on recruit.job_orders for each row execute function recruit.check_required_credential_codes();
create table recruit.applications (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    job_order_id uuid not null,
    candidate_id uuid not null,
    stage text not null default 'new',
    source text not null,
    external_reference text,
    applied_at timestamptz not null default now(),
    stage_changed_at timestamptz not null default now(),
    submitted_to_client_at timestamptz,
    offered_pay_rate numeric(12,4),
    offer_made_at timestamptz,
    placed_at timestamptz,
    placement_start_date date,
    placement_end_date date,
    placement_pay_rate numeric(12,4),
    placement_charge_rate numeric(12,4),
    placement_margin numeric(12,4) generated always as (placement_charge_rate - placement_pay_rate) stored,
    placement_status text,
    outcome_reason text,
    employee_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_applications primary key (id),
    constraint uq_applications__org_id_id unique (org_id, id),
    constraint fk_applications__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_applications__job_order_id foreign key (org_id, job_order_id) references recruit.job_orders (org_id, id),
    constraint fk_applications__candidate_id foreign key (org_id, candidate_id) references recruit.candidates (org_id, id),
    constraint ck_applications__stage check (stage in ('new', 'screening', 'shortlisted', 'submitted_to_client', 'interview', 'offer', 'placed', 'rejected', 'withdrawn')),
    constraint ck_applications__source check (source in ('seek', 'indeed', 'linkedin', 'referral', 'website', 'rehire')),
    constraint ck_applications__offered_pay_rate_non_negative check (offered_pay_rate >= 0),
    constraint ck_applications__placement_pay_rate_non_negative check (placement_pay_rate >= 0),
    constraint ck_applications__placement_charge_rate_non_negative check (placement_charge_rate >= 0),
    constraint ck_applications__placement_status check (placement_status in ('active', 'ended', 'cancelled')),
    constraint ck_applications__outcome_reason_given check (stage not in ('rejected', 'withdrawn') or outcome_reason is not null),
    constraint ck_applications__placed_at_recorded check (stage <> 'placed' or placed_at is not null),
    constraint ck_applications__placement_only_when_placed check (stage = 'placed' or (placement_end_date is null and placement_pay_rate is null and placement_charge_rate is null and placement_status is null)),
    constraint ck_applications__placement_status_has_start check (placement_status is null or placement_start_date is not null),
    constraint ck_applications__placement_end_after_start check (placement_end_date is null or (placement_start_date is not null and placement_end_date >= placement_start_date)),
    constraint ck_applications__ended_placement_has_end_date check (placement_status is distinct from 'ended' or placement_end_date is not null)
);
create unique index uq_applications__org_id_job_order_id_candidate_id on recruit.applications (org_id, job_order_id, candidate_id) where deleted_at is null;
create index ix_applications__org_id_job_order_id_stage on recruit.applications (org_id, job_order_id, stage) where deleted_at is null;
create index ix_applications__org_id_candidate_id_stage on recruit.applications (org_id, candidate_id, stage) where deleted_at is null;
create index ix_applications__org_id_placement_status_placement_start_date on recruit.applications (org_id, placement_status, placement_start_date) where deleted_at is null;
create index ix_applications__org_id_job_order_id on recruit.applications (org_id, job_order_id);
create index ix_applications__org_id_candidate_id on recruit.applications (org_id, candidate_id);
create index ix_applications__org_id_employee_id on recruit.applications (org_id, employee_id);
comment on table recruit.applications is 'A candidate''s application for a job order and its progress through the pipeline, up to placement.';
comment on column recruit.applications.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.applications.external_reference is 'Application id at the job board, e.g. the SEEK application id.';
comment on column recruit.applications.offered_pay_rate is 'Hourly rate offered (AUD).';
comment on column recruit.applications.placement_start_date is 'First day of the placement (the worker''s assignment at the client).';
comment on column recruit.applications.placement_end_date is 'Last day of the placement (inclusive); null: ongoing or not yet known.';
comment on column recruit.applications.placement_pay_rate is 'Hourly rate paid to the placed worker (AUD).';
comment on column recruit.applications.placement_charge_rate is 'Hourly rate charged to the client for the placed worker (AUD, GST exclusive).';
comment on column recruit.applications.placement_margin is 'Gross margin per hour (AUD): charge rate less pay rate (derived); negative when the placement loses money.';
comment on column recruit.applications.placement_status is 'Life of the placement once placed: active (working or about to start), ended (finished), cancelled (called off before or during).';
comment on column recruit.applications.outcome_reason is 'Why the application was rejected or withdrawn.';
comment on column recruit.applications.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Employee record created on placement.';
comment on column recruit.applications.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.applications.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.applications enable row level security;
alter table recruit.applications force row level security;
create policy tenant_isolation on recruit.applications for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.applications to finnest_app;
grant select on recruit.applications to finnest_readonly;
create trigger set_updated_at before update on recruit.applications for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.applications for each row execute function finnest.audit_row();
create table recruit.interviews (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    application_id uuid not null,
    interview_type text not null,
    scheduled_start timestamptz not null,
    scheduled_end timestamptz,
    location text,
    interviewer_id uuid,
    client_contact_id uuid,
    status text not null default 'scheduled',
    outcome text,
    rating integer,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_interviews primary key (id),
    constraint uq_interviews__org_id_id unique (org_id, id),
    constraint fk_interviews__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_interviews__application_id foreign key (org_id, application_id) references recruit.applications (org_id, id),
    constraint ck_interviews__interview_type check (interview_type in ('phone', 'video', 'in_person', 'client', 'group')),
    constraint fk_interviews__interviewer_id foreign key (org_id, interviewer_id) references public.users (org_id, id),
    constraint ck_interviews__status check (status in ('scheduled', 'completed', 'cancelled', 'no_show', 'rescheduled')),
    constraint ck_interviews__outcome check (outcome in ('progress', 'hold', 'decline')),
    constraint ck_interviews__rating_range check (rating between 1 and 5),
    constraint ck_interviews__scheduled_end_after_start check (scheduled_end is null or scheduled_end > scheduled_start),
    constraint ck_interviews__outcome_when_completed check (outcome is null or status = 'completed')
);
create index ix_interviews__org_id_application_id_scheduled_start on recruit.interviews (org_id, application_id, scheduled_start) where deleted_at is null;
create index ix_interviews__org_id_interviewer_id_scheduled_start on recruit.interviews (org_id, interviewer_id, scheduled_start) where deleted_at is null;
create index ix_interviews__org_id_application_id on recruit.interviews (org_id, application_id);
create index ix_interviews__org_id_interviewer_id on recruit.interviews (org_id, interviewer_id);
create index ix_interviews__org_id_client_contact_id on recruit.interviews (org_id, client_contact_id);
comment on table recruit.interviews is 'Interviews of an application: by our consultants or by the client''s hiring manager.';
comment on column recruit.interviews.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.interviews.location is 'Address or meeting link.';
comment on column recruit.interviews.interviewer_id is 'Consultant conducting the interview.';
comment on column recruit.interviews.client_contact_id is 'Soft reference to clients.contacts (no FK: cross-domain). Client''s interviewer for client interviews.';
comment on column recruit.interviews.outcome is 'Interviewer''s decision: move the application on, keep it on hold, or decline it.';
comment on column recruit.interviews.rating is 'Interviewer''s overall rating, 1 (poor) to 5 (excellent).';
comment on column recruit.interviews.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.interviews.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.interviews enable row level security;
alter table recruit.interviews force row level security;
create policy tenant_isolation on recruit.interviews for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.interviews to finnest_app;
grant select on recruit.interviews to finnest_readonly;
create trigger set_updated_at before update on recruit.interviews for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.interviews for each row execute function finnest.audit_row();
create table recruit.candidate_pools (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    first_name text,
    last_name text,
    email text,
    phone text,
    position_applied_for text,
    job_order_id uuid,
    source text not null,
    ats_applicant_ref text,
    applied_at timestamptz,
    postcode char(4),
    resume_storage_key text,
    screening_answers jsonb not null default '{}'::jsonb,
    status text not null default 'unprocessed',
    candidate_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_candidate_pools primary key (id),
    constraint uq_candidate_pools__org_id_id unique (org_id, id),
    constraint fk_candidate_pools__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_candidate_pools__email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint fk_candidate_pools__job_order_id foreign key (org_id, job_order_id) references recruit.job_orders (org_id, id),
    constraint ck_candidate_pools__source check (source in ('seek', 'indeed', 'linkedin', 'referral', 'website', 'rehire')),
    constraint ck_candidate_pools__postcode_format check (postcode ~ '^[0-9]{4}$'),
    constraint ck_candidate_pools__status check (status in ('unprocessed', 'converted', 'duplicate', 'unsuitable', 'expired')),
    constraint fk_candidate_pools__candidate_id foreign key (org_id, candidate_id) references recruit.candidates (org_id, id),
    constraint ck_candidate_pools__candidate_when_converted check (status not in ('converted', 'duplicate') or candidate_id is not null)
);
create unique index uq_candidate_pools__org_id_source_ats_applicant_ref on recruit.candidate_pools (org_id, source, ats_applicant_ref) where deleted_at is null;
create index ix_candidate_pools__org_id_status_applied_at on recruit.candidate_pools (org_id, status, applied_at) where deleted_at is null;
create index ix_candidate_pools__org_id_job_order_id on recruit.candidate_pools (org_id, job_order_id);
create index ix_candidate_pools__org_id_candidate_id on recruit.candidate_pools (org_id, candidate_id);
comment on table recruit.candidate_pools is 'Raw applicant records from the applicant tracking system (v2 admin_atslive applicant data) and job boards, before they are screened into candidates.';
comment on column recruit.candidate_pools.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.candidate_pools.phone is 'As supplied by the applicant; normalised to E.164 when converted to a candidate.';
comment on column recruit.candidate_pools.job_order_id is 'Job order the applicant answered, when known.';
comment on column recruit.candidate_pools.ats_applicant_ref is 'Applicant id in the source ATS (admin_atslive) or job board.';
comment on column recruit.candidate_pools.screening_answers is 'Job board screening questions and the applicant''s answers.';
comment on column recruit.candidate_pools.candidate_id is 'Candidate the applicant became, or duplicated.';
comment on column recruit.candidate_pools.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.candidate_pools.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.candidate_pools enable row level security;
alter table recruit.candidate_pools force row level security;
create policy tenant_isolation on recruit.candidate_pools for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.candidate_pools to finnest_app;
grant select on recruit.candidate_pools to finnest_readonly;
create trigger set_updated_at before update on recruit.candidate_pools for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.candidate_pools for each row execute function finnest.audit_row();
create table recruit.candidate_assessments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    candidate_id uuid not null,
    application_id uuid,
    assessment_type text not null,
    name text not null,
    provider text,
    provider_reference text,
    credential_type_id uuid,
    status text not null default 'invited',
    scheduled_at timestamptz,
    completed_at timestamptz,
    score numeric(7,2),
    max_score numeric(7,2),
    result text,
    assessor_id uuid,
    report_storage_key text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_candidate_assessments primary key (id),
    constraint uq_candidate_assessments__org_id_id unique (org_id, id),
    constraint fk_candidate_assessments__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_candidate_assessments__candidate_id foreign key (org_id, candidate_id) references recruit.candidates (org_id, id),
    constraint fk_candidate_assessments__application_id foreign key (org_id, application_id) references recruit.applications (org_id, id),
    constraint ck_candidate_assessments__assessment_type check (assessment_type in ('skills', 'literacy_numeracy', 'psychometric', 'practical', 'language', 'situational_judgement')),
    constraint fk_candidate_assessments__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_candidate_assessments__status check (status in ('invited', 'scheduled', 'in_progress', 'completed', 'expired', 'cancelled')),
    constraint ck_candidate_assessments__score_non_negative check (score >= 0),
    constraint ck_candidate_assessments__max_score_positive check (max_score > 0),
    constraint ck_candidate_assessments__result check (result in ('pass', 'fail', 'inconclusive')),
    constraint fk_candidate_assessments__assessor_id foreign key (org_id, assessor_id) references public.users (org_id, id),
    constraint ck_candidate_assessments__score_within_max check (score is null or max_score is null or score <= max_score),
    constraint ck_candidate_assessments__result_when_completed check (result is null or status = 'completed')
);
create index ix_candidate_assessments__org_id_candidate_id_status on recruit.candidate_assessments (org_id, candidate_id, status) where deleted_at is null;
create index ix_candidate_assessments__org_id_candidate_id on recruit.candidate_assessments (org_id, candidate_id);
create index ix_candidate_assessments__org_id_application_id on recruit.candidate_assessments (org_id, application_id);
create index ix_candidate_assessments__credential_type_id on recruit.candidate_assessments (credential_type_id);
create index ix_candidate_assessments__org_id_assessor_id on recruit.candidate_assessments (org_id, assessor_id);
comment on table recruit.candidate_assessments is 'Tests a candidate sits: skills, literacy and numeracy, psychometric, practical (e.g. a forklift practical); scores and results.';
comment on column recruit.candidate_assessments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.candidate_assessments.name is 'Test name, e.g. Warehouse pick accuracy, LLN level 2.';
comment on column recruit.candidate_assessments.provider is 'internal, or the external testing vendor.';
comment on column recruit.candidate_assessments.credential_type_id is 'Credential the practical assessment is evidence toward, e.g. forklift LF.';
comment on column recruit.candidate_assessments.score is 'Points scored, on the test''s own scale (see max_score).';
comment on column recruit.candidate_assessments.max_score is 'Highest possible score of the test.';
comment on column recruit.candidate_assessments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.candidate_assessments.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.candidate_assessments enable row level security;
alter table recruit.candidate_assessments force row level security;
create policy tenant_isolation on recruit.candidate_assessments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.candidate_assessments to finnest_app;
grant select on recruit.candidate_assessments to finnest_readonly;
create trigger set_updated_at before update on recruit.candidate_assessments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.candidate_assessments for each row execute function finnest.audit_row();
create table recruit.scoring_results (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    candidate_id uuid not null,
    job_order_id uuid not null,
    application_id uuid,
    model_name text not null,
    model_version text not null,
    score numeric(6,4) not null,
    rank integer,
    recommendation text not null,
    components jsonb not null default '{}'::jsonb,
    distance_km numeric(7,2),
    explanation text,
    scored_at timestamptz not null default now(),
    agent_session_id uuid,
    overridden_by_id uuid,
    override_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_scoring_results primary key (id),
    constraint uq_scoring_results__org_id_id unique (org_id, id),
    constraint fk_scoring_results__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_scoring_results__candidate_id foreign key (org_id, candidate_id) references recruit.candidates (org_id, id),
    constraint fk_scoring_results__job_order_id foreign key (org_id, job_order_id) references recruit.job_orders (org_id, id),
    constraint fk_scoring_results__application_id foreign key (org_id, application_id) references recruit.applications (org_id, id),
    constraint ck_scoring_results__score_range check (score between 0 and 1),
    constraint ck_scoring_results__rank_positive check (rank > 0),
    constraint ck_scoring_results__recommendation check (recommendation in ('strong_match', 'match', 'weak_match', 'no_match')),
    constraint ck_scoring_results__distance_km_non_negative check (distance_km >= 0),
    constraint fk_scoring_results__overridden_by_id foreign key (org_id, overridden_by_id) references public.users (org_id, id),
    constraint ck_scoring_results__override_explained check (overridden_by_id is null or override_reason is not null)
);
create index ix_scoring_results__org_id_job_order_id_score on recruit.scoring_results (org_id, job_order_id, score) where deleted_at is null;
create index ix_scoring_results__org_id_candidate_id_scored_at on recruit.scoring_results (org_id, candidate_id, scored_at) where deleted_at is null;
create index ix_scoring_results__org_id_candidate_id on recruit.scoring_results (org_id, candidate_id);
create index ix_scoring_results__org_id_job_order_id on recruit.scoring_results (org_id, job_order_id);
create index ix_scoring_results__org_id_application_id on recruit.scoring_results (org_id, application_id);
create index ix_scoring_results__org_id_agent_session_id on recruit.scoring_results (org_id, agent_session_id);
create index ix_scoring_results__org_id_overridden_by_id on recruit.scoring_results (org_id, overridden_by_id);
comment on table recruit.scoring_results is 'Match scores of candidates against job orders, from the scoring model or AI agent, with the components behind the score and any human override.';
comment on column recruit.scoring_results.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.scoring_results.score is 'Overall match, 0 (none) to 1 (perfect).';
comment on column recruit.scoring_results.rank is 'Position among the candidates scored for the job order in the same run.';
comment on column recruit.scoring_results.components is 'Sub-scores: skills, credentials, distance, availability, history.';
comment on column recruit.scoring_results.distance_km is 'Travel distance from home to site, km.';
comment on column recruit.scoring_results.explanation is 'Why the model scored as it did, shown to the recruiter.';
comment on column recruit.scoring_results.agent_session_id is 'Soft reference to agents.agent_sessions (no FK: cross-domain). Agent session that produced the score.';
comment on column recruit.scoring_results.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.scoring_results.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.scoring_results enable row level security;
alter table recruit.scoring_results force row level security;
create policy tenant_isolation on recruit.scoring_results for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.scoring_results to finnest_app;
grant select on recruit.scoring_results to finnest_readonly;
create trigger set_updated_at before update on recruit.scoring_results for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.scoring_results for each row execute function finnest.audit_row();
create table recruit.reference_checks (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    candidate_id uuid not null,
    application_id uuid,
    referee_name text not null,
    referee_position text,
    referee_company text,
    referee_phone text,
    referee_email text,
    relationship text not null,
    worked_from date,
    worked_to date,
    method text not null default 'phone',
    status text not null default 'requested',
    checked_by_id uuid,
    checked_at timestamptz,
    would_rehire boolean,
    overall_rating integer,
    responses jsonb not null default '{}'::jsonb,
    comments text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_reference_checks primary key (id),
    constraint uq_reference_checks__org_id_id unique (org_id, id),
    constraint fk_reference_checks__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_reference_checks__candidate_id foreign key (org_id, candidate_id) references recruit.candidates (org_id, id),
    constraint fk_reference_checks__application_id foreign key (org_id, application_id) references recruit.applications (org_id, id),
    constraint ck_reference_checks__referee_email_format check (referee_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_reference_checks__relationship check (relationship in ('direct_manager', 'supervisor', 'colleague', 'client', 'other')),
    constraint ck_reference_checks__method check (method in ('phone', 'email', 'online_form')),
    constraint ck_reference_checks__status check (status in ('requested', 'in_progress', 'completed', 'unable_to_contact', 'declined')),
    constraint fk_reference_checks__checked_by_id foreign key (org_id, checked_by_id) references public.users (org_id, id),
    constraint ck_reference_checks__overall_rating_range check (overall_rating between 1 and 5),
    constraint ck_reference_checks__worked_to_after_worked_from check (worked_to >= worked_from),
    constraint ck_reference_checks__checked_when_completed check (status <> 'completed' or checked_at is not null)
);
create index ix_reference_checks__org_id_candidate_id_status on recruit.reference_checks (org_id, candidate_id, status) where deleted_at is null;
create index ix_reference_checks__org_id_candidate_id on recruit.reference_checks (org_id, candidate_id);
create index ix_reference_checks__org_id_application_id on recruit.reference_checks (org_id, application_id);
create index ix_reference_checks__org_id_checked_by_id on recruit.reference_checks (org_id, checked_by_id);
comment on table recruit.reference_checks is 'Referee checks of a candidate (v2 candidates_referencecheck): who was asked, how, and what they said.';
comment on column recruit.reference_checks.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.reference_checks.would_rehire is 'Referee would employ the candidate again.';
comment on column recruit.reference_checks.responses is 'Questions asked and the referee''s answers.';
comment on column recruit.reference_checks.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.reference_checks.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.reference_checks enable row level security;
alter table recruit.reference_checks force row level security;
create policy tenant_isolation on recruit.reference_checks for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.reference_checks to finnest_app;
grant select on recruit.reference_checks to finnest_readonly;
create trigger set_updated_at before update on recruit.reference_checks for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.reference_checks for each row execute function finnest.audit_row();
create table recruit.talent_pools (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    description text,
    pool_type text not null default 'static',
    criteria jsonb not null default '{}'::jsonb,
    owner_id uuid,
    office_id uuid,
    is_shared boolean not null default true,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_talent_pools primary key (id),
    constraint uq_talent_pools__org_id_id unique (org_id, id),
    constraint fk_talent_pools__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_talent_pools__pool_type check (pool_type in ('static', 'smart')),
    constraint fk_talent_pools__owner_id foreign key (org_id, owner_id) references public.users (org_id, id),
    constraint fk_talent_pools__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_talent_pools__status check (status in ('active', 'archived'))
);
create unique index uq_talent_pools__org_id_name on recruit.talent_pools (org_id, name) where deleted_at is null;
create index ix_talent_pools__org_id_status_owner_id on recruit.talent_pools (org_id, status, owner_id) where deleted_at is null;
create index ix_talent_pools__org_id_owner_id on recruit.talent_pools (org_id, owner_id);
create index ix_talent_pools__org_id_office_id on recruit.talent_pools (org_id, office_id);
comment on table recruit.talent_pools is 'Named groups of candidates kept warm for recurring needs, e.g. Forklift drivers – Western Sydney; smart pools refresh from criteria.';
comment on column recruit.talent_pools.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.talent_pools.pool_type is 'static: members added by hand; smart: membership refreshed from criteria.';
comment on column recruit.talent_pools.criteria is 'Filters of a smart pool: skills, credentials, postcodes, availability.';
comment on column recruit.talent_pools.is_shared is 'Visible to every consultant, not only the owner.';
comment on column recruit.talent_pools.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.talent_pools.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.talent_pools enable row level security;
alter table recruit.talent_pools force row level security;
create policy tenant_isolation on recruit.talent_pools for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.talent_pools to finnest_app;
grant select on recruit.talent_pools to finnest_readonly;
create trigger set_updated_at before update on recruit.talent_pools for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.talent_pools for each row execute function finnest.audit_row();
create table recruit.talent_pool_members (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    talent_pool_id uuid not null,
    candidate_id uuid not null,
    added_by_id uuid,
    added_at timestamptz not null default now(),
    status text not null default 'active',
    removed_at timestamptz,
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_talent_pool_members primary key (id),
    constraint uq_talent_pool_members__org_id_id unique (org_id, id),
    constraint fk_talent_pool_members__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_talent_pool_members__talent_pool_id foreign key (org_id, talent_pool_id) references recruit.talent_pools (org_id, id),
    constraint fk_talent_pool_members__candidate_id foreign key (org_id, candidate_id) references recruit.candidates (org_id, id),
    constraint fk_talent_pool_members__added_by_id foreign key (org_id, added_by_id) references public.users (org_id, id),
    constraint ck_talent_pool_members__status check (status in ('active', 'engaged', 'placed', 'removed')),
    constraint ck_talent_pool_members__removed_at_when_removed check ((status = 'removed') = (removed_at is not null))
);
create unique index uq_talent_pool_members__org_id_talent_pool_id_candidate_id on recruit.talent_pool_members (org_id, talent_pool_id, candidate_id) where deleted_at is null;
create index ix_talent_pool_members__org_id_candidate_id_status on recruit.talent_pool_members (org_id, candidate_id, status) where deleted_at is null;
create index ix_talent_pool_members__org_id_talent_pool_id on recruit.talent_pool_members (org_id, talent_pool_id);
create index ix_talent_pool_members__org_id_candidate_id on recruit.talent_pool_members (org_id, candidate_id);
create index ix_talent_pool_members__org_id_added_by_id on recruit.talent_pool_members (org_id, added_by_id);
comment on table recruit.talent_pool_members is 'Candidates in a talent pool.';
comment on column recruit.talent_pool_members.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.talent_pool_members.added_by_id is 'Null when a smart pool added the member.';
comment on column recruit.talent_pool_members.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.talent_pool_members.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.talent_pool_members enable row level security;
alter table recruit.talent_pool_members force row level security;
create policy tenant_isolation on recruit.talent_pool_members for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.talent_pool_members to finnest_app;
grant select on recruit.talent_pool_members to finnest_readonly;
create trigger set_updated_at before update on recruit.talent_pool_members for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.talent_pool_members for each row execute function finnest.audit_row();
create table recruit.drip_campaigns (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    description text,
    talent_pool_id uuid,
    channel text not null,
    status text not null default 'draft',
    steps jsonb not null default '[]'::jsonb,
    starts_at timestamptz,
    ends_at timestamptz,
    send_window_start time,
    send_window_end time,
    timezone text not null default 'Australia/Sydney',
    max_messages_per_week integer,
    created_by_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_drip_campaigns primary key (id),
    constraint uq_drip_campaigns__org_id_id unique (org_id, id),
    constraint fk_drip_campaigns__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_drip_campaigns__talent_pool_id foreign key (org_id, talent_pool_id) references recruit.talent_pools (org_id, id),
    constraint ck_drip_campaigns__channel check (channel in ('sms', 'email', 'whatsapp')),
    constraint ck_drip_campaigns__status check (status in ('draft', 'active', 'paused', 'completed', 'archived')),
    constraint ck_drip_campaigns__steps_array check (jsonb_typeof(steps) = 'array'),
    constraint ck_drip_campaigns__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_drip_campaigns__max_messages_per_week_positive check (max_messages_per_week > 0),
    constraint fk_drip_campaigns__created_by_id foreign key (org_id, created_by_id) references public.users (org_id, id),
    constraint ck_drip_campaigns__ends_at_after_starts_at check (ends_at > starts_at),
    constraint ck_drip_campaigns__send_window_order check (send_window_end is null or send_window_start is null or send_window_end > send_window_start)
);
create index ix_drip_campaigns__org_id_status on recruit.drip_campaigns (org_id, status) where deleted_at is null;
create index ix_drip_campaigns__org_id_talent_pool_id on recruit.drip_campaigns (org_id, talent_pool_id);
create index ix_drip_campaigns__org_id_created_by_id on recruit.drip_campaigns (org_id, created_by_id);
comment on table recruit.drip_campaigns is 'Automated message sequences that nurture candidates (job alerts, re-engagement of past workers), sent within a local time window and only with Spam Act consent.';
comment on column recruit.drip_campaigns.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.drip_campaigns.talent_pool_id is 'Audience; null when candidates are enrolled individually.';
comment on column recruit.drip_campaigns.steps is 'Ordered steps: delay in days after the previous step and the reach template to send.';
comment on column recruit.drip_campaigns.send_window_start is 'Earliest local time a message may go out.';
comment on column recruit.drip_campaigns.send_window_end is 'Latest local time a message may go out.';
comment on column recruit.drip_campaigns.timezone is 'IANA time zone the send window is read in.';
comment on column recruit.drip_campaigns.max_messages_per_week is 'Frequency cap per candidate.';
comment on column recruit.drip_campaigns.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.drip_campaigns.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.drip_campaigns enable row level security;
alter table recruit.drip_campaigns force row level security;
create policy tenant_isolation on recruit.drip_campaigns for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.drip_campaigns to finnest_app;
grant select on recruit.drip_campaigns to finnest_readonly;
create trigger set_updated_at before update on recruit.drip_campaigns for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.drip_campaigns for each row execute function finnest.audit_row();
create table recruit.outreach_log (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    candidate_id uuid not null,
    job_order_id uuid,
    drip_campaign_id uuid,
    channel text not null,
    direction text not null default 'outbound',
    purpose text not null,
    status text not null default 'queued',
    consent_basis text,
    subject text,
    body_preview text,
    sent_at timestamptz,
    responded_at timestamptz,
    sent_by_id uuid,
    message_id uuid,
    agent_session_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_outreach_log primary key (id),
    constraint uq_outreach_log__org_id_id unique (org_id, id),
    constraint fk_outreach_log__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_outreach_log__candidate_id foreign key (org_id, candidate_id) references recruit.candidates (org_id, id),
    constraint fk_outreach_log__job_order_id foreign key (org_id, job_order_id) references recruit.job_orders (org_id, id),
    constraint fk_outreach_log__drip_campaign_id foreign key (org_id, drip_campaign_id) references recruit.drip_campaigns (org_id, id),
    constraint ck_outreach_log__channel check (channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_outreach_log__direction check (direction in ('inbound', 'outbound')),
    constraint ck_outreach_log__purpose check (purpose in ('job_alert', 'screening', 'follow_up', 'campaign', 'reference_request', 'offer')),
    constraint ck_outreach_log__status check (status in ('queued', 'sent', 'delivered', 'failed', 'bounced', 'read', 'replied', 'opted_out')),
    constraint ck_outreach_log__consent_basis check (consent_basis in ('express', 'inferred')),
    constraint fk_outreach_log__sent_by_id foreign key (org_id, sent_by_id) references public.users (org_id, id),
    constraint ck_outreach_log__responded_after_sent check (responded_at is null or sent_at is null or responded_at >= sent_at)
);
create index ix_outreach_log__org_id_candidate_id_sent_at on recruit.outreach_log (org_id, candidate_id, sent_at) where deleted_at is null;
create index ix_outreach_log__org_id_drip_campaign_id_status on recruit.outreach_log (org_id, drip_campaign_id, status) where deleted_at is null;
create index ix_outreach_log__org_id_candidate_id on recruit.outreach_log (org_id, candidate_id);
create index ix_outreach_log__org_id_job_order_id on recruit.outreach_log (org_id, job_order_id);
create index ix_outreach_log__org_id_drip_campaign_id on recruit.outreach_log (org_id, drip_campaign_id);
create index ix_outreach_log__org_id_sent_by_id on recruit.outreach_log (org_id, sent_by_id);
create index ix_outreach_log__org_id_message_id on recruit.outreach_log (org_id, message_id);
create index ix_outreach_log__org_id_agent_session_id on recruit.outreach_log (org_id, agent_session_id);
comment on table recruit.outreach_log is 'Every contact attempt with a candidate (SMS, email, call) for a job, a campaign or screening, with delivery status and response.';
comment on column recruit.outreach_log.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column recruit.outreach_log.consent_basis is 'Spam Act 2003 basis for a commercial message; null for non-commercial contact.';
comment on column recruit.outreach_log.body_preview is 'First characters of the message, for the timeline.';
comment on column recruit.outreach_log.sent_by_id is 'Null when an automation or agent sent it.';
comment on column recruit.outreach_log.message_id is 'Soft reference to reach.messages (no FK: cross-domain). Message row in the communication domain.';
comment on column recruit.outreach_log.agent_session_id is 'Soft reference to agents.agent_sessions (no FK: cross-domain).';
comment on column recruit.outreach_log.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column recruit.outreach_log.metadata is 'Industry- or tenant-specific extension fields.';
alter table recruit.outreach_log enable row level security;
alter table recruit.outreach_log force row level security;
create policy tenant_isolation on recruit.outreach_log for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on recruit.outreach_log to finnest_app;
grant select on recruit.outreach_log to finnest_readonly;
create trigger set_updated_at before update on recruit.outreach_log for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on recruit.outreach_log for each row execute function finnest.audit_row();
