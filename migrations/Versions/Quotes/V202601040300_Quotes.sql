create table quotes.leads (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    company_name text not null,
    abn char(11),
    contact_name text,
    contact_email text,
    contact_phone text,
    source text not null,
    industry_profile_id uuid,
    state text,
    headcount integer,
    estimated_value numeric(14,2),
    expected_start_on date,
    status text not null default 'new',
    owner_user_id uuid,
    lost_reason text,
    client_id uuid,
    converted_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_leads primary key (id),
    constraint uq_leads__org_id_id unique (org_id, id),
    constraint fk_leads__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_leads__abn_format check (abn ~ '^[0-9]{11}$'),
    constraint ck_leads__abn_checksum check (finnest.is_valid_abn(abn)),
    constraint ck_leads__contact_email_format check (contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_leads__contact_phone_format check (contact_phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint ck_leads__source check (source in ('website', 'referral', 'tender', 'cold_call', 'repeat_client', 'event', 'linkedin', 'other')),
    constraint fk_leads__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint ck_leads__state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_leads__headcount_positive check (headcount > 0),
    constraint ck_leads__estimated_value_non_negative check (estimated_value >= 0),
    constraint ck_leads__status check (status in ('new', 'contacted', 'qualified', 'quoted', 'won', 'lost', 'disqualified')),
    constraint fk_leads__owner_user_id foreign key (org_id, owner_user_id) references public.users (org_id, id),
    constraint ck_leads__lost_has_reason check (status not in ('lost', 'disqualified') or lost_reason is not null)
);
create index ix_leads__org_id_status_owner_user_id on quotes.leads (org_id, status, owner_user_id) where deleted_at is null;
create index ix_leads__org_id_abn on quotes.leads (org_id, abn) where deleted_at is null;
create index ix_leads__industry_profile_id on quotes.leads (industry_profile_id);
create index ix_leads__org_id_owner_user_id on quotes.leads (org_id, owner_user_id);
create index ix_leads__org_id_client_id on quotes.leads (org_id, client_id);
comment on table quotes.leads is 'A prospective customer or piece of work, before a quote: who, what labour, how much, and where it came from.';
comment on column quotes.leads.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.leads.abn is 'Australian Business Number: 11 digits, modulus-89 check digits verified.';
comment on column quotes.leads.contact_phone is 'E.164, e.g. +61412345678.';
comment on column quotes.leads.industry_profile_id is 'Industry of the work, which sets the likely award and credentials.';
comment on column quotes.leads.state is 'Where the work is: drives payroll tax, workers'' comp and labour-hire licensing.';
comment on column quotes.leads.headcount is 'Workers the prospect expects to need.';
comment on column quotes.leads.estimated_value is 'AUD, GST-exclusive, over the expected engagement.';
comment on column quotes.leads.owner_user_id is 'Business development consultant who owns the lead.';
comment on column quotes.leads.client_id is 'Soft reference to clients.clients (no FK: cross-domain). The client record once the lead is won or if it already exists.';
comment on column quotes.leads.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.leads.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.leads enable row level security;
alter table quotes.leads force row level security;
create policy tenant_isolation on quotes.leads for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.leads to finnest_app;
grant select on quotes.leads to finnest_readonly;
create trigger set_updated_at before update on quotes.leads for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.leads for each row execute function finnest.audit_row();
create table quotes.quotes (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    quote_number text not null,
    revision integer not null default 1,
    lead_id uuid,
    client_id uuid,
    site_id uuid,
    contact_id uuid,
    title text not null,
    scope text,
    status text not null default 'draft',
    issued_on date,
    valid_until date,
    term_weeks integer,
    payment_terms_days integer,
    total_weekly_ex_gst numeric(14,2) not null default 0,
    prepared_by_user_id uuid,
    accepted_at timestamptz,
    rejection_reason text,
    supersedes_quote_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_quotes primary key (id),
    constraint uq_quotes__org_id_id unique (org_id, id),
    constraint fk_quotes__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_quotes__revision_positive check (revision > 0),
    constraint fk_quotes__lead_id foreign key (org_id, lead_id) references quotes.leads (org_id, id),
    constraint ck_quotes__status check (status in ('draft', 'sent', 'accepted', 'rejected', 'expired', 'superseded')),
    constraint ck_quotes__term_weeks_positive check (term_weeks > 0),
    constraint ck_quotes__payment_terms_days_non_negative check (payment_terms_days >= 0),
    constraint ck_quotes__total_weekly_ex_gst_non_negative check (total_weekly_ex_gst >= 0),
    constraint fk_quotes__prepared_by_user_id foreign key (org_id, prepared_by_user_id) references public.users (org_id, id),
    constraint fk_quotes__supersedes_quote_id foreign key (org_id, supersedes_quote_id) references quotes.quotes (org_id, id),
    constraint ck_quotes__valid_until_after_issued check (valid_until is null or issued_on is null or valid_until >= issued_on),
    constraint ck_quotes__sent_has_dates check (status = 'draft' or (issued_on is not null and valid_until is not null)),
    constraint ck_quotes__accepted_has_accepted_at check (status <> 'accepted' or accepted_at is not null)
);
create unique index uq_quotes__org_id_quote_number_revision on quotes.quotes (org_id, quote_number, revision) where deleted_at is null;
create index ix_quotes__org_id_status_valid_until on quotes.quotes (org_id, status, valid_until) where deleted_at is null;
create index ix_quotes__org_id_lead_id on quotes.quotes (org_id, lead_id);
create index ix_quotes__org_id_client_id on quotes.quotes (org_id, client_id);
create index ix_quotes__org_id_site_id on quotes.quotes (org_id, site_id);
create index ix_quotes__org_id_contact_id on quotes.quotes (org_id, contact_id);
create index ix_quotes__org_id_prepared_by_user_id on quotes.quotes (org_id, prepared_by_user_id);
create index ix_quotes__org_id_supersedes_quote_id on quotes.quotes (org_id, supersedes_quote_id);
comment on table quotes.quotes is 'A priced offer of labour to a client. Once sent it is frozen: a change is a new revision that supersedes it. Totals are GST-exclusive.';
comment on column quotes.quotes.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.quotes.quote_number is 'Shared by every revision of the quote, e.g. Q-2026-0117.';
comment on column quotes.quotes.revision is 'Revision of quote_number, from 1.';
comment on column quotes.quotes.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column quotes.quotes.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column quotes.quotes.contact_id is 'Soft reference to clients.contacts (no FK: cross-domain). Client contact the quote is addressed to.';
comment on column quotes.quotes.scope is 'Work covered, assumptions and exclusions.';
comment on column quotes.quotes.issued_on is 'Date sent to the client.';
comment on column quotes.quotes.valid_until is 'Last day the client may accept at these rates.';
comment on column quotes.quotes.term_weeks is 'Expected engagement length, weeks, for the estimated value.';
comment on column quotes.quotes.payment_terms_days is 'Days from invoice to payment.';
comment on column quotes.quotes.total_weekly_ex_gst is 'AUD per week, GST-exclusive: the sum of the live lines'' weekly charge, kept by trigger.';
comment on column quotes.quotes.supersedes_quote_id is 'Earlier revision this one replaces.';
comment on column quotes.quotes.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.quotes.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.quotes enable row level security;
alter table quotes.quotes force row level security;
create policy tenant_isolation on quotes.quotes for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.quotes to finnest_app;
grant select on quotes.quotes to finnest_readonly;
create trigger set_updated_at before update on quotes.quotes for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.quotes for each row execute function finnest.audit_row();
create table quotes.quote_lines (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    quote_id uuid not null,
    position integer not null,
    position_title text not null,
    award_id uuid,
    award_classification_id uuid,
    employment_type text not null,
    headcount integer not null default 1,
    hours_pattern text,
    ordinary_hours_per_week numeric(6,2) not null default 0,
    overtime_hours_per_week numeric(6,2) not null default 0,
    penalty_hours_per_week numeric(6,2) not null default 0,
    pay_rate numeric(12,4) not null,
    casual_loading numeric(6,4) not null default 0,
    super_rate numeric(6,4) not null default 0.1200,
    payroll_tax_state text,
    payroll_tax_rate numeric(6,4) not null default 0,
    workers_comp_rate numeric(6,4) not null default 0,
    leave_accrual_rate numeric(6,4) not null default 0,
    portable_lsl_rate numeric(6,4) not null default 0,
    on_cost_rate numeric(6,4) generated always as (super_rate + payroll_tax_rate + workers_comp_rate + leave_accrual_rate + portable_lsl_rate) stored not null,
    margin_type text not null,
    margin_percent numeric(6,4),
    margin_amount numeric(12,4),
    charge_rate_ordinary numeric(12,4) not null,
    charge_rate_overtime numeric(12,4),
    charge_rate_penalty numeric(12,4),
    weekly_charge_ex_gst numeric(14,2) generated always as (round(headcount * (ordinary_hours_per_week * charge_rate_ordinary + overtime_hours_per_week * coalesce(charge_rate_overtime, 0) + penalty_hours_per_week * coalesce(charge_rate_penalty, 0)), 2)) stored not null,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_quote_lines primary key (id),
    constraint uq_quote_lines__org_id_id unique (org_id, id),
    constraint fk_quote_lines__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_quote_lines__quote_id foreign key (org_id, quote_id) references quotes.quotes (org_id, id),
    constraint ck_quote_lines__position_positive check (position > 0),
    constraint fk_quote_lines__award_id foreign key (award_id) references compliance.awards (id),
    constraint fk_quote_lines__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_quote_lines__employment_type check (employment_type in ('casual', 'part_time', 'full_time', 'fixed_term')),
    constraint ck_quote_lines__headcount_positive check (headcount > 0),
    constraint ck_quote_lines__ordinary_hours_per_week_non_negative check (ordinary_hours_per_week >= 0),
    constraint ck_quote_lines__overtime_hours_per_week_non_negative check (overtime_hours_per_week >= 0),
    constraint ck_quote_lines__penalty_hours_per_week_non_negative check (penalty_hours_per_week >= 0),
    constraint ck_quote_lines__pay_rate_positive check (pay_rate > 0),
    constraint ck_quote_lines__casual_loading_range check (casual_loading between 0 and 1),
    constraint ck_quote_lines__super_rate_range check (super_rate between 0 and 1),
    constraint ck_quote_lines__payroll_tax_state check (payroll_tax_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_quote_lines__payroll_tax_rate_range check (payroll_tax_rate between 0 and 1),
    constraint ck_quote_lines__workers_comp_rate_range check (workers_comp_rate between 0 and 1),
    constraint ck_quote_lines__leave_accrual_rate_range check (leave_accrual_rate between 0 and 1),
    constraint ck_quote_lines__portable_lsl_rate_range check (portable_lsl_rate between 0 and 1),
    constraint ck_quote_lines__margin_type check (margin_type in ('percent', 'fixed')),
    constraint ck_quote_lines__margin_percent_range check (margin_percent between 0 and 10),
    constraint ck_quote_lines__margin_amount_non_negative check (margin_amount >= 0),
    constraint ck_quote_lines__charge_rate_ordinary_positive check (charge_rate_ordinary > 0),
    constraint ck_quote_lines__charge_rate_overtime_positive check (charge_rate_overtime > 0),
    constraint ck_quote_lines__charge_rate_penalty_positive check (charge_rate_penalty > 0),
    constraint ck_quote_lines__margin_matches_type check ((margin_type = 'percent' and margin_percent is not null and margin_amount is null) or (margin_type = 'fixed' and margin_amount is not null and margin_percent is null)),
    constraint ck_quote_lines__charge_not_below_pay check (charge_rate_ordinary >= pay_rate),
    constraint ck_quote_lines__overtime_hours_have_rate check (overtime_hours_per_week = 0 or charge_rate_overtime is not null),
    constraint ck_quote_lines__penalty_hours_have_rate check (penalty_hours_per_week = 0 or charge_rate_penalty is not null),
    constraint ck_quote_lines__casual_loading_only_for_casuals check (employment_type = 'casual' or casual_loading = 0)
);
create unique index uq_quote_lines__org_id_quote_id_position on quotes.quote_lines (org_id, quote_id, position) where deleted_at is null;
create index ix_quote_lines__org_id_award_classification_id on quotes.quote_lines (org_id, award_classification_id) where deleted_at is null;
create index ix_quote_lines__org_id_quote_id on quotes.quote_lines (org_id, quote_id);
create index ix_quote_lines__award_id on quotes.quote_lines (award_id);
create index ix_quote_lines__award_classification_id on quotes.quote_lines (award_classification_id);
comment on table quotes.quote_lines is 'One position on a quote: the award classification and hours pattern, the pay rate and on-costs that make up the cost, the margin, and the charge rate per band.';
comment on column quotes.quote_lines.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.quote_lines.position is 'Line order on the quote, from 1.';
comment on column quotes.quote_lines.position_title is 'Job position, e.g. forklift operator, aged care worker.';
comment on column quotes.quote_lines.award_classification_id is 'Must be a classification of award_id (checked by trigger).';
comment on column quotes.quote_lines.hours_pattern is 'Roster described, e.g. Mon–Fri 06:00–14:30, alternate Saturdays.';
comment on column quotes.quote_lines.penalty_hours_per_week is 'Weekend, public holiday or shift hours charged at the penalty band.';
comment on column quotes.quote_lines.pay_rate is 'Base hourly pay, AUD, before casual loading.';
comment on column quotes.quote_lines.casual_loading is 'Fraction: 0.2500 = 25% casual loading; 0 for permanents.';
comment on column quotes.quote_lines.super_rate is 'Superannuation guarantee on OTE, fraction: 0.1200 = 12% from 1 July 2025.';
comment on column quotes.quote_lines.payroll_tax_state is 'State whose payroll tax applies to the wages.';
comment on column quotes.quote_lines.payroll_tax_rate is 'Fraction: 0.0545 = 5.45%.';
comment on column quotes.quote_lines.workers_comp_rate is 'Workers'' compensation premium, fraction of wages for the industry classification.';
comment on column quotes.quote_lines.leave_accrual_rate is 'Annual and personal leave accrued by permanents, fraction of wages; 0 for casuals.';
comment on column quotes.quote_lines.portable_lsl_rate is 'Portable long service levy where the industry has a scheme (construction, cleaning, community services), fraction of wages.';
comment on column quotes.quote_lines.on_cost_rate is 'Total on-costs as a fraction of wages.';
comment on column quotes.quote_lines.margin_percent is 'Margin on cost, fraction: 0.1500 = 15%.';
comment on column quotes.quote_lines.margin_amount is 'Margin in AUD per hour.';
comment on column quotes.quote_lines.charge_rate_ordinary is 'AUD per hour charged for ordinary hours, GST-exclusive.';
comment on column quotes.quote_lines.charge_rate_overtime is 'AUD per hour charged for overtime, GST-exclusive.';
comment on column quotes.quote_lines.charge_rate_penalty is 'AUD per hour charged at the penalty band, GST-exclusive.';
comment on column quotes.quote_lines.weekly_charge_ex_gst is 'AUD per week for the line, GST-exclusive: headcount × hours × charge rate per band.';
comment on column quotes.quote_lines.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.quote_lines.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.quote_lines enable row level security;
alter table quotes.quote_lines force row level security;
create policy tenant_isolation on quotes.quote_lines for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.quote_lines to finnest_app;
grant select on quotes.quote_lines to finnest_readonly;
create trigger set_updated_at before update on quotes.quote_lines for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.quote_lines for each row execute function finnest.audit_row();
create function quotes.check_quote_line() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    quote_status text;
begin
    select q.status into quote_status
    from quotes.quotes q
    where q.org_id = new.org_id and q.id = new.quote_id;
    -- No quote found: the foreign key reports it (another tenant's or a missing quote).
    if found and quote_status <> 'draft' then
        raise exception 'quote % is %: only a draft quote''s lines may change; revise it as a new quote', new.quote_id, quote_status
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    if tg_op = 'UPDATE' and old.quote_id <> new.quote_id then
        raise exception 'a quote line cannot move to another quote' using errcode = 'object_not_in_prerequisite_state';
    end if;
    if new.award_classification_id is not null and new.award_id is not null and not exists (
        select from compliance.award_classifications c
        where c.id = new.award_classification_id and c.award_id = new.award_id
    ) then
        raise exception 'classification % is not a classification of award %', new.award_classification_id, new.award_id
            using errcode = 'foreign_key_violation';
    end if;
    return new;
end
$$;
comment on function quotes.check_quote_line() is 'A sent quote is what the client saw, so its lines are frozen (changes go into a new revision); and a line''s classification must belong to its award.';
revoke execute on function quotes.check_quote_line() from public;
create trigger check_quote_line before insert or update on quotes.quote_lines
    for each row execute function quotes.check_quote_line();
create function quotes.sync_quote_total() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    update quotes.quotes q
    set total_weekly_ex_gst = (
        select coalesce(sum(l.weekly_charge_ex_gst), 0)
        from quotes.quote_lines l
        where l.org_id = new.org_id and l.quote_id = new.quote_id and l.deleted_at is null)
    where q.org_id = new.org_id and q.id = new.quote_id;
    return null;
end
$$;
comment on function quotes.sync_quote_total() is 'Keeps quotes.total_weekly_ex_gst equal to the sum of the live lines.';
revoke execute on function quotes.sync_quote_total() from public;
create trigger sync_quote_total after insert or update on quotes.quote_lines
    for each row execute function quotes.sync_quote_total();
create table quotes.agreements (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    agreement_number text not null,
    quote_id uuid,
    client_id uuid not null,
    agreement_type text not null,
    title text not null,
    status text not null default 'draft',
    effective_from date,
    effective_to date,
    auto_renews boolean not null default false,
    notice_period_days integer,
    payment_terms_days integer,
    document_key text,
    document_sha256 char(64),
    parent_agreement_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_agreements primary key (id),
    constraint uq_agreements__org_id_id unique (org_id, id),
    constraint fk_agreements__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_agreements__quote_id foreign key (org_id, quote_id) references quotes.quotes (org_id, id),
    constraint ck_agreements__agreement_type check (agreement_type in ('labour_hire_services', 'master_services', 'statement_of_work', 'variation')),
    constraint ck_agreements__status check (status in ('draft', 'sent', 'signed', 'active', 'expired', 'terminated', 'superseded')),
    constraint ck_agreements__notice_period_days_non_negative check (notice_period_days >= 0),
    constraint ck_agreements__payment_terms_days_non_negative check (payment_terms_days >= 0),
    constraint ck_agreements__document_sha256_format check (document_sha256 ~ '^[0-9a-f]{64}$'),
    constraint fk_agreements__parent_agreement_id foreign key (org_id, parent_agreement_id) references quotes.agreements (org_id, id),
    constraint ck_agreements__effective_to_after_from check (effective_to is null or effective_from is null or effective_to >= effective_from),
    constraint ck_agreements__signed_has_document check (status in ('draft', 'sent') or document_sha256 is not null)
);
create unique index uq_agreements__org_id_agreement_number on quotes.agreements (org_id, agreement_number) where deleted_at is null;
create index ix_agreements__org_id_client_id_status on quotes.agreements (org_id, client_id, status) where deleted_at is null;
create index ix_agreements__org_id_status_effective_to on quotes.agreements (org_id, status, effective_to) where deleted_at is null;
create index ix_agreements__org_id_quote_id on quotes.agreements (org_id, quote_id);
create index ix_agreements__org_id_client_id on quotes.agreements (org_id, client_id);
create index ix_agreements__org_id_parent_agreement_id on quotes.agreements (org_id, parent_agreement_id);
comment on table quotes.agreements is 'The contract under which work is supplied: labour-hire services agreement, master services agreement, statement of work or variation.';
comment on column quotes.agreements.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.agreements.quote_id is 'The accepted quote it puts into effect.';
comment on column quotes.agreements.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column quotes.agreements.notice_period_days is 'Notice either party must give to end the agreement.';
comment on column quotes.agreements.document_key is 'Object-storage key of the agreement document.';
comment on column quotes.agreements.document_sha256 is 'SHA-256 (lower-case hex) of the document sent for signature.';
comment on column quotes.agreements.parent_agreement_id is 'Master agreement a statement of work or variation falls under.';
comment on column quotes.agreements.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.agreements.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.agreements enable row level security;
alter table quotes.agreements force row level security;
create policy tenant_isolation on quotes.agreements for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.agreements to finnest_app;
grant select on quotes.agreements to finnest_readonly;
create trigger set_updated_at before update on quotes.agreements for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.agreements for each row execute function finnest.audit_row();
create table quotes.signatures (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    agreement_id uuid,
    quote_id uuid,
    signer_name text not null,
    signer_email text,
    signer_title text,
    signer_party text not null,
    signer_user_id uuid,
    signer_contact_id uuid,
    signed_at timestamptz not null,
    document_sha256 char(64) not null,
    ip_address inet,
    user_agent text,
    method text not null,
    external_envelope_id text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_signatures primary key (id),
    constraint uq_signatures__org_id_id unique (org_id, id),
    constraint fk_signatures__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_signatures__agreement_id foreign key (org_id, agreement_id) references quotes.agreements (org_id, id),
    constraint fk_signatures__quote_id foreign key (org_id, quote_id) references quotes.quotes (org_id, id),
    constraint ck_signatures__signer_email_format check (signer_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_signatures__signer_party check (signer_party in ('client', 'provider', 'worker', 'witness')),
    constraint fk_signatures__signer_user_id foreign key (org_id, signer_user_id) references public.users (org_id, id),
    constraint ck_signatures__document_sha256_format check (document_sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_signatures__method check (method in ('click_to_accept', 'typed', 'drawn', 'docusign', 'adobe_sign', 'wet_ink_scan')),
    constraint ck_signatures__signs_one_document check (num_nonnulls(agreement_id, quote_id) = 1)
);
create index ix_signatures__org_id_agreement_id_signed_at on quotes.signatures (org_id, agreement_id, signed_at) where deleted_at is null;
create index ix_signatures__org_id_quote_id_signed_at on quotes.signatures (org_id, quote_id, signed_at) where deleted_at is null;
create index ix_signatures__org_id_agreement_id on quotes.signatures (org_id, agreement_id);
create index ix_signatures__org_id_quote_id on quotes.signatures (org_id, quote_id);
create index ix_signatures__org_id_signer_user_id on quotes.signatures (org_id, signer_user_id);
create index ix_signatures__org_id_signer_contact_id on quotes.signatures (org_id, signer_contact_id);
comment on table quotes.signatures is 'Evidence that a person signed a quote or agreement electronically (Electronic Transactions Act 1999): who, when, how, from where, and the hash of exactly what they signed.';
comment on column quotes.signatures.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.signatures.quote_id is 'Set when a client accepts a quote by signing it.';
comment on column quotes.signatures.signer_title is 'Position of the signer, e.g. Operations Manager; shows authority to bind.';
comment on column quotes.signatures.signer_user_id is 'Set when the signer is a user of the organisation.';
comment on column quotes.signatures.signer_contact_id is 'Soft reference to clients.contacts (no FK: cross-domain). Set when the signer is a client contact.';
comment on column quotes.signatures.document_sha256 is 'SHA-256 (lower-case hex) of the document as signed.';
comment on column quotes.signatures.ip_address is 'Address the signature came from.';
comment on column quotes.signatures.method is 'How the signer signed: clicked to accept, typed or drew a signature, through DocuSign or Adobe Sign, or a scanned wet-ink signature.';
comment on column quotes.signatures.external_envelope_id is 'Envelope or agreement id at the e-signature provider.';
comment on column quotes.signatures.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.signatures.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.signatures enable row level security;
alter table quotes.signatures force row level security;
create policy tenant_isolation on quotes.signatures for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.signatures to finnest_app;
grant select on quotes.signatures to finnest_readonly;
create trigger set_updated_at before update on quotes.signatures for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.signatures for each row execute function finnest.audit_row();
create table quotes.jobs (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    job_number text not null,
    quote_id uuid,
    agreement_id uuid,
    client_id uuid not null,
    site_id uuid,
    job_order_id uuid,
    title text not null,
    description text,
    status text not null default 'planned',
    start_on date,
    end_on date,
    manager_user_id uuid,
    budget_ex_gst numeric(14,2),
    purchase_order_number text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_jobs primary key (id),
    constraint uq_jobs__org_id_id unique (org_id, id),
    constraint fk_jobs__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_jobs__quote_id foreign key (org_id, quote_id) references quotes.quotes (org_id, id),
    constraint fk_jobs__agreement_id foreign key (org_id, agreement_id) references quotes.agreements (org_id, id),
    constraint ck_jobs__status check (status in ('planned', 'active', 'on_hold', 'completed', 'cancelled')),
    constraint fk_jobs__manager_user_id foreign key (org_id, manager_user_id) references public.users (org_id, id),
    constraint ck_jobs__budget_ex_gst_non_negative check (budget_ex_gst >= 0),
    constraint ck_jobs__end_after_start check (end_on is null or start_on is null or end_on >= start_on)
);
create unique index uq_jobs__org_id_job_number on quotes.jobs (org_id, job_number) where deleted_at is null;
create index ix_jobs__org_id_status_start_on on quotes.jobs (org_id, status, start_on) where deleted_at is null;
create index ix_jobs__org_id_client_id_status on quotes.jobs (org_id, client_id, status) where deleted_at is null;
create index ix_jobs__org_id_quote_id on quotes.jobs (org_id, quote_id);
create index ix_jobs__org_id_agreement_id on quotes.jobs (org_id, agreement_id);
create index ix_jobs__org_id_client_id on quotes.jobs (org_id, client_id);
create index ix_jobs__org_id_site_id on quotes.jobs (org_id, site_id);
create index ix_jobs__org_id_job_order_id on quotes.jobs (org_id, job_order_id);
create index ix_jobs__org_id_manager_user_id on quotes.jobs (org_id, manager_user_id);
comment on table quotes.jobs is 'Work won and being delivered: a project or ongoing engagement at a client, from an accepted quote and agreement.';
comment on column quotes.jobs.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.jobs.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column quotes.jobs.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column quotes.jobs.job_order_id is 'Soft reference to recruit.job_orders (no FK: cross-domain). Staffing order raised to fill the job''s positions.';
comment on column quotes.jobs.manager_user_id is 'Account or project manager responsible for delivery.';
comment on column quotes.jobs.budget_ex_gst is 'AUD, GST-exclusive.';
comment on column quotes.jobs.purchase_order_number is 'Client''s PO, quoted on invoices.';
comment on column quotes.jobs.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.jobs.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.jobs enable row level security;
alter table quotes.jobs force row level security;
create policy tenant_isolation on quotes.jobs for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.jobs to finnest_app;
grant select on quotes.jobs to finnest_readonly;
create trigger set_updated_at before update on quotes.jobs for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.jobs for each row execute function finnest.audit_row();
create table quotes.milestones (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    job_id uuid not null,
    position integer not null,
    name text not null,
    due_on date,
    achieved_on date,
    status text not null default 'pending',
    billing_amount_ex_gst numeric(14,2),
    invoice_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_milestones primary key (id),
    constraint uq_milestones__org_id_id unique (org_id, id),
    constraint fk_milestones__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_milestones__job_id foreign key (org_id, job_id) references quotes.jobs (org_id, id),
    constraint ck_milestones__position_positive check (position > 0),
    constraint ck_milestones__status check (status in ('pending', 'achieved', 'missed', 'cancelled')),
    constraint ck_milestones__billing_amount_ex_gst_non_negative check (billing_amount_ex_gst >= 0),
    constraint ck_milestones__achieved_has_date check (status <> 'achieved' or achieved_on is not null)
);
create unique index uq_milestones__org_id_job_id_position on quotes.milestones (org_id, job_id, position) where deleted_at is null;
create index ix_milestones__org_id_status_due_on on quotes.milestones (org_id, status, due_on) where deleted_at is null;
create index ix_milestones__org_id_job_id on quotes.milestones (org_id, job_id);
create index ix_milestones__org_id_invoice_id on quotes.milestones (org_id, invoice_id);
comment on table quotes.milestones is 'A point in a job where a deliverable is due, and often where a progress invoice is raised.';
comment on column quotes.milestones.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.milestones.billing_amount_ex_gst is 'AUD, GST-exclusive, invoiced when the milestone is achieved.';
comment on column quotes.milestones.invoice_id is 'Soft reference to payroll.invoices (no FK: cross-domain). Invoice that billed the milestone.';
comment on column quotes.milestones.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.milestones.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.milestones enable row level security;
alter table quotes.milestones force row level security;
create policy tenant_isolation on quotes.milestones for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.milestones to finnest_app;
grant select on quotes.milestones to finnest_readonly;
create trigger set_updated_at before update on quotes.milestones for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.milestones for each row execute function finnest.audit_row();
create table quotes.tasks (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    job_id uuid not null,
    milestone_id uuid,
    title text not null,
    description text,
    status text not null default 'todo',
    priority text not null default 'medium',
    assigned_to_user_id uuid,
    due_on date,
    completed_at timestamptz,
    estimated_hours numeric(6,2),
    actual_hours numeric(6,2),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_tasks primary key (id),
    constraint uq_tasks__org_id_id unique (org_id, id),
    constraint fk_tasks__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_tasks__job_id foreign key (org_id, job_id) references quotes.jobs (org_id, id),
    constraint fk_tasks__milestone_id foreign key (org_id, milestone_id) references quotes.milestones (org_id, id),
    constraint ck_tasks__status check (status in ('todo', 'in_progress', 'blocked', 'done', 'cancelled')),
    constraint ck_tasks__priority check (priority in ('low', 'medium', 'high', 'urgent')),
    constraint fk_tasks__assigned_to_user_id foreign key (org_id, assigned_to_user_id) references public.users (org_id, id),
    constraint ck_tasks__estimated_hours_non_negative check (estimated_hours >= 0),
    constraint ck_tasks__actual_hours_non_negative check (actual_hours >= 0),
    constraint ck_tasks__done_has_completed_at check (status <> 'done' or completed_at is not null)
);
create index ix_tasks__org_id_job_id_status on quotes.tasks (org_id, job_id, status) where deleted_at is null;
create index ix_tasks__org_id_assigned_to_user_id_status on quotes.tasks (org_id, assigned_to_user_id, status) where deleted_at is null;
create index ix_tasks__org_id_job_id on quotes.tasks (org_id, job_id);
create index ix_tasks__org_id_milestone_id on quotes.tasks (org_id, milestone_id);
create index ix_tasks__org_id_assigned_to_user_id on quotes.tasks (org_id, assigned_to_user_id);
comment on table quotes.tasks is 'A unit of work in a job, optionally under a milestone, assigned to a staff member.';
comment on column quotes.tasks.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column quotes.tasks.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column quotes.tasks.metadata is 'Industry- or tenant-specific extension fields.';
alter table quotes.tasks enable row level security;
alter table quotes.tasks force row level security;
create policy tenant_isolation on quotes.tasks for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on quotes.tasks to finnest_app;
grant select on quotes.tasks to finnest_readonly;
create trigger set_updated_at before update on quotes.tasks for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on quotes.tasks for each row execute function finnest.audit_row();
