create table clients.clients (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    legal_name text not null,
    trading_name text,
    client_code text,
    abn char(11),
    acn char(9),
    status text not null default 'prospect',
    industry_profile_id uuid,
    primary_office_id uuid,
    account_manager_id uuid,
    payment_terms_days integer not null default 14,
    payment_terms_eom boolean not null default false,
    credit_limit numeric(14,2),
    invoice_frequency text not null default 'weekly',
    billing_email text,
    phone text,
    website text,
    client_since date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_clients primary key (id),
    constraint uq_clients__org_id_id unique (org_id, id),
    constraint fk_clients__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_clients__abn_format check (abn ~ '^[0-9]{11}$'),
    constraint ck_clients__abn_checksum check (finnest.is_valid_abn(abn)),
    constraint ck_clients__acn_format check (acn ~ '^[0-9]{9}$'),
    constraint ck_clients__acn_checksum check (finnest.is_valid_acn(acn)),
    constraint ck_clients__status check (status in ('prospect', 'active', 'on_hold', 'inactive')),
    constraint fk_clients__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id),
    constraint fk_clients__primary_office_id foreign key (org_id, primary_office_id) references public.offices (org_id, id),
    constraint fk_clients__account_manager_id foreign key (org_id, account_manager_id) references public.users (org_id, id),
    constraint ck_clients__payment_terms_days_range check (payment_terms_days between 0 and 180),
    constraint ck_clients__credit_limit_non_negative check (credit_limit >= 0),
    constraint ck_clients__invoice_frequency check (invoice_frequency in ('weekly', 'fortnightly', 'monthly', 'per_timesheet')),
    constraint ck_clients__billing_email_format check (billing_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_clients__phone_format check (phone ~ '^\+[1-9][0-9]{6,14}$')
);
create unique index uq_clients__org_id_client_code on clients.clients (org_id, client_code) where deleted_at is null;
create index ix_clients__org_id_status_legal_name on clients.clients (org_id, status, legal_name) where deleted_at is null;
create index ix_clients__org_id_abn on clients.clients (org_id, abn) where deleted_at is null;
create index ix_clients__industry_profile_id on clients.clients (industry_profile_id);
create index ix_clients__org_id_primary_office_id on clients.clients (org_id, primary_office_id);
create index ix_clients__org_id_account_manager_id on clients.clients (org_id, account_manager_id);
comment on table clients.clients is 'Host employers and customers the organisation supplies labour to (v2 clients); prospects live here too until they sign.';
comment on column clients.clients.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.clients.legal_name is 'Registered entity name, as on the ABN register; invoices are addressed to it.';
comment on column clients.clients.trading_name is 'Business name the client is known by, when it differs from the legal name.';
comment on column clients.clients.client_code is 'Short code printed on timesheets, invoices and payroll exports.';
comment on column clients.clients.abn is 'Australian Business Number: 11 digits, modulus-89 check digits verified. Needed on tax invoices over $1,000.';
comment on column clients.clients.acn is 'Australian Company Number where the client is a company.';
comment on column clients.clients.status is 'prospect: in the sales pipeline; active: may be supplied and invoiced; on_hold: no new placements (credit or dispute); inactive: no longer trading with us.';
comment on column clients.clients.industry_profile_id is 'Industry the client operates in: default award and credentials required of workers supplied.';
comment on column clients.clients.primary_office_id is 'Branch that manages the account.';
comment on column clients.clients.account_manager_id is 'Consultant responsible for the account.';
comment on column clients.clients.payment_terms_days is 'Days allowed to pay an invoice: counted from the invoice date, or from the end of the invoice month when payment_terms_eom.';
comment on column clients.clients.payment_terms_eom is 'Terms run from the end of the month of the invoice (e.g. 30 days EOM).';
comment on column clients.clients.credit_limit is 'Maximum unpaid invoiced amount (AUD, GST inclusive) before new work is put on hold; null: no limit set.';
comment on column clients.clients.billing_email is 'Where invoices are sent.';
comment on column clients.clients.phone is 'E.164, e.g. +61298765432.';
comment on column clients.clients.client_since is 'Date of the first signed labour-hire agreement.';
comment on column clients.clients.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.clients.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.clients enable row level security;
alter table clients.clients force row level security;
create policy tenant_isolation on clients.clients for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.clients to finnest_app;
grant select on clients.clients to finnest_readonly;
create trigger set_updated_at before update on clients.clients for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.clients for each row execute function finnest.audit_row();
create table clients.sites (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    client_id uuid not null,
    name text not null,
    site_code text,
    address_line1 text not null,
    address_line2 text,
    suburb text not null,
    state text not null,
    postcode char(4) not null,
    timezone text not null default 'Australia/Sydney',
    latitude numeric(9,6),
    longitude numeric(9,6),
    geofence_radius_m integer,
    induction_required boolean not null default false,
    induction_course_id uuid,
    ppe_required text[] not null default '{}'::text[],
    access_instructions text,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_sites primary key (id),
    constraint uq_sites__org_id_id unique (org_id, id),
    constraint fk_sites__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_sites__client_id foreign key (org_id, client_id) references clients.clients (org_id, id),
    constraint ck_sites__state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_sites__postcode_format check (postcode ~ '^[0-9]{4}$'),
    constraint ck_sites__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_sites__latitude_range check (latitude between -90 and 90),
    constraint ck_sites__longitude_range check (longitude between -180 and 180),
    constraint ck_sites__geofence_radius_m_range check (geofence_radius_m between 10 and 10000),
    constraint ck_sites__status check (status in ('active', 'inactive')),
    constraint ck_sites__geofence_complete check ((latitude is null) = (longitude is null) and (geofence_radius_m is null or latitude is not null))
);
create unique index uq_sites__org_id_client_id_site_code on clients.sites (org_id, client_id, site_code) where deleted_at is null;
create index ix_sites__org_id_client_id_name on clients.sites (org_id, client_id, name) where deleted_at is null;
create index ix_sites__org_id_state_postcode on clients.sites (org_id, state, postcode) where deleted_at is null;
create index ix_sites__org_id_client_id on clients.sites (org_id, client_id);
create index ix_sites__org_id_induction_course_id on clients.sites (org_id, induction_course_id);
comment on table clients.sites is 'Workplaces of a client where workers are placed (v2 site): address, time zone for local wall-clock times, geofence for clock-ins, induction requirement.';
comment on column clients.sites.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.sites.site_code is 'Client''s or our short code for the site, used on rosters and timesheets.';
comment on column clients.sites.state is 'Sets public holidays, payroll tax jurisdiction and labour-hire licensing rules.';
comment on column clients.sites.timezone is 'IANA time zone of the site (Australia/Perth, Australia/Darwin…): shift and clock times are shown in it.';
comment on column clients.sites.latitude is 'Geofence centre, decimal degrees (WGS84).';
comment on column clients.sites.longitude is 'Geofence centre, decimal degrees (WGS84).';
comment on column clients.sites.geofence_radius_m is 'Geofence radius in metres: mobile clock-ins outside it are flagged.';
comment on column clients.sites.induction_required is 'Workers must complete the site induction before their first shift.';
comment on column clients.sites.induction_course_id is 'Soft reference to learn.courses (no FK: cross-domain). Site induction course, when delivered online.';
comment on column clients.sites.ppe_required is 'PPE a worker must bring, e.g. hi_vis, steel_cap_boots, hard_hat.';
comment on column clients.sites.access_instructions is 'Parking, entry gate, sign-in point, who to report to.';
comment on column clients.sites.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.sites.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.sites enable row level security;
alter table clients.sites force row level security;
create policy tenant_isolation on clients.sites for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.sites to finnest_app;
grant select on clients.sites to finnest_readonly;
create trigger set_updated_at before update on clients.sites for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.sites for each row execute function finnest.audit_row();
create table clients.contacts (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    client_id uuid not null,
    site_id uuid,
    user_id uuid,
    first_name text not null,
    last_name text not null,
    position_title text,
    email text,
    phone text,
    mobile text,
    roles text[] not null default '{}'::text[],
    is_primary boolean not null default false,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_contacts primary key (id),
    constraint uq_contacts__org_id_id unique (org_id, id),
    constraint fk_contacts__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_contacts__client_id foreign key (org_id, client_id) references clients.clients (org_id, id),
    constraint fk_contacts__site_id foreign key (org_id, site_id) references clients.sites (org_id, id),
    constraint fk_contacts__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_contacts__email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_contacts__phone_format check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint ck_contacts__mobile_format check (mobile ~ '^\+614[0-9]{8}$'),
    constraint ck_contacts__roles check (roles <@ array['hiring_manager', 'timesheet_approver', 'billing', 'safety']::text[]),
    constraint ck_contacts__status check (status in ('active', 'left'))
);
create unique index uq_contacts__org_id_client_id_primary on clients.contacts (org_id, client_id) where is_primary and deleted_at is null;
create index ix_contacts__org_id_client_id_last_name on clients.contacts (org_id, client_id, last_name) where deleted_at is null;
create index ix_contacts__org_id_client_id on clients.contacts (org_id, client_id);
create index ix_contacts__org_id_site_id on clients.contacts (org_id, site_id);
create index ix_contacts__org_id_user_id on clients.contacts (org_id, user_id);
comment on table clients.contacts is 'People at a client we deal with (v2 client_contacts), with the roles they play: hiring manager, timesheet approver, billing, safety.';
comment on column clients.contacts.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.contacts.site_id is 'Site the contact works at or is responsible for; null: the whole client.';
comment on column clients.contacts.user_id is 'Portal login (public.users of kind client_contact), e.g. to approve timesheets online.';
comment on column clients.contacts.phone is 'Landline or direct line, E.164.';
comment on column clients.contacts.mobile is 'Australian mobile, E.164: +614xxxxxxxx.';
comment on column clients.contacts.roles is 'What the contact does for us: hiring_manager (orders labour), timesheet_approver, billing (receives invoices), safety (WHS contact at the host).';
comment on column clients.contacts.is_primary is 'Main contact of the client; at most one live per client.';
comment on column clients.contacts.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.contacts.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.contacts enable row level security;
alter table clients.contacts force row level security;
create policy tenant_isolation on clients.contacts for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.contacts to finnest_app;
grant select on clients.contacts to finnest_readonly;
create trigger set_updated_at before update on clients.contacts for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.contacts for each row execute function finnest.audit_row();
create table clients.agencies (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    legal_name text,
    abn char(11),
    acn char(9),
    agency_type text not null default 'labour_hire',
    labour_hire_licence_number text,
    labour_hire_licence_state text,
    labour_hire_licence_expiry date,
    licence_verified_at timestamptz,
    contact_name text,
    email text,
    phone text,
    supplier_markup numeric(6,4),
    payment_terms_days integer,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_agencies primary key (id),
    constraint uq_agencies__org_id_id unique (org_id, id),
    constraint fk_agencies__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_agencies__abn_format check (abn ~ '^[0-9]{11}$'),
    constraint ck_agencies__abn_checksum check (finnest.is_valid_abn(abn)),
    constraint ck_agencies__acn_format check (acn ~ '^[0-9]{9}$'),
    constraint ck_agencies__acn_checksum check (finnest.is_valid_acn(acn)),
    constraint ck_agencies__agency_type check (agency_type in ('labour_hire', 'recruitment', 'subcontractor', 'master_vendor')),
    constraint ck_agencies__labour_hire_licence_state check (labour_hire_licence_state in ('QLD', 'VIC', 'SA', 'ACT')),
    constraint ck_agencies__email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_agencies__phone_format check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint ck_agencies__supplier_markup_non_negative check (supplier_markup >= 0),
    constraint ck_agencies__payment_terms_days_range check (payment_terms_days between 0 and 180),
    constraint ck_agencies__status check (status in ('active', 'suspended', 'inactive')),
    constraint ck_agencies__licence_complete check (labour_hire_licence_number is null or (labour_hire_licence_state is not null and labour_hire_licence_expiry is not null))
);
create index ix_agencies__org_id_status_name on clients.agencies (org_id, status, name) where deleted_at is null;
create index ix_agencies__org_id_labour_hire_licence_expiry on clients.agencies (org_id, labour_hire_licence_expiry) where deleted_at is null;
create index ix_agencies__org_id_abn on clients.agencies (org_id, abn) where deleted_at is null;
comment on table clients.agencies is 'Other labour-hire agencies and suppliers we subcontract to or partner with (v2 agency). QLD, VIC, SA and the ACT require labour-hire providers to be licensed and hosts to use only licensed ones.';
comment on column clients.agencies.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.agencies.abn is 'Australian Business Number: 11 digits, modulus-89 check digits verified.';
comment on column clients.agencies.agency_type is 'labour_hire: supplies workers under its own employment; recruitment: permanent placement only; subcontractor: supplies a service crew; master_vendor: manages other suppliers for a client.';
comment on column clients.agencies.labour_hire_licence_number is 'Licence number on the state register.';
comment on column clients.agencies.labour_hire_licence_state is 'Jurisdiction that issued the licence (only these four license labour hire).';
comment on column clients.agencies.licence_verified_at is 'When the licence was last confirmed on the public register.';
comment on column clients.agencies.supplier_markup is 'Agency''s markup on the worker''s pay rate, fraction: 0.1500 = 15%.';
comment on column clients.agencies.payment_terms_days is 'Days we have to pay the agency''s invoices.';
comment on column clients.agencies.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.agencies.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.agencies enable row level security;
alter table clients.agencies force row level security;
create policy tenant_isolation on clients.agencies for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.agencies to finnest_app;
grant select on clients.agencies to finnest_readonly;
create trigger set_updated_at before update on clients.agencies for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.agencies for each row execute function finnest.audit_row();
create table clients.rate_cards (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    client_id uuid not null,
    site_id uuid,
    name text,
    position_title text not null,
    award_id uuid,
    award_classification_id uuid,
    employment_type text not null default 'casual',
    base_pay_rate numeric(12,4) not null,
    base_charge_rate numeric(12,4) not null,
    markup numeric(6,4),
    effective_from date not null,
    effective_to date,
    status text not null default 'draft',
    approved_by_id uuid,
    approved_at timestamptz,
    client_reference text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_rate_cards primary key (id),
    constraint uq_rate_cards__org_id_id unique (org_id, id),
    constraint fk_rate_cards__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_rate_cards__client_id foreign key (org_id, client_id) references clients.clients (org_id, id),
    constraint fk_rate_cards__site_id foreign key (org_id, site_id) references clients.sites (org_id, id),
    constraint fk_rate_cards__award_id foreign key (award_id) references compliance.awards (id),
    constraint fk_rate_cards__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_rate_cards__employment_type check (employment_type in ('casual', 'full_time', 'part_time', 'fixed_term')),
    constraint ck_rate_cards__base_pay_rate_non_negative check (base_pay_rate >= 0),
    constraint ck_rate_cards__base_charge_rate_non_negative check (base_charge_rate >= 0),
    constraint ck_rate_cards__markup_non_negative check (markup >= 0),
    constraint ck_rate_cards__status check (status in ('draft', 'approved', 'withdrawn')),
    constraint fk_rate_cards__approved_by_id foreign key (org_id, approved_by_id) references public.users (org_id, id),
    constraint ck_rate_cards__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_rate_cards__charge_covers_pay check (base_charge_rate >= base_pay_rate),
    constraint ck_rate_cards__approval_recorded check (status <> 'approved' or approved_at is not null),
    constraint ex_rate_cards__no_overlap exclude using gist (org_id with =, client_id with =, (coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =, (lower(position_title)) with =, employment_type with =, daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null and status = 'approved')
);
create index ix_rate_cards__org_id_client_id_status_effective_from on clients.rate_cards (org_id, client_id, status, effective_from) where deleted_at is null;
create index ix_rate_cards__org_id_client_id on clients.rate_cards (org_id, client_id);
create index ix_rate_cards__org_id_site_id on clients.rate_cards (org_id, site_id);
create index ix_rate_cards__award_id on clients.rate_cards (award_id);
create index ix_rate_cards__award_classification_id on clients.rate_cards (award_classification_id);
create index ix_rate_cards__org_id_approved_by_id on clients.rate_cards (org_id, approved_by_id);
comment on table clients.rate_cards is 'Agreed rates for a position at a client (optionally one site): what the worker is paid and what the client is charged, per employment type, for a period. Approved cards of the same client, site, position and employment type never overlap in time.';
comment on column clients.rate_cards.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.rate_cards.site_id is 'Site the rates apply to; null: every site of the client (a site card takes precedence).';
comment on column clients.rate_cards.name is 'Label on the client''s rate schedule, e.g. FY26 Warehouse rates.';
comment on column clients.rate_cards.position_title is 'Position the rates are for, e.g. Forklift Driver; compared case-insensitively for overlaps.';
comment on column clients.rate_cards.award_id is 'Modern award covering the position.';
comment on column clients.rate_cards.award_classification_id is 'Award classification the worker is paid at; the pay rate must not fall below its minimum.';
comment on column clients.rate_cards.employment_type is 'Casual rates include the casual loading (typically 25%).';
comment on column clients.rate_cards.base_pay_rate is 'Ordinary hourly pay rate to the worker (AUD).';
comment on column clients.rate_cards.base_charge_rate is 'Ordinary hourly rate charged to the client (AUD, GST exclusive).';
comment on column clients.rate_cards.markup is 'Markup the charge rates were derived with: (charge - pay) / pay, 0.3500 = 35%.';
comment on column clients.rate_cards.effective_to is 'Last day the rates apply (inclusive); null: until replaced.';
comment on column clients.rate_cards.status is 'Only approved cards are used for pay and invoicing and are kept free of overlaps; drafts may overlap while being negotiated.';
comment on column clients.rate_cards.client_reference is 'Client''s reference for the agreed schedule, e.g. a purchase order or contract schedule number.';
comment on column clients.rate_cards.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.rate_cards.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.rate_cards enable row level security;
alter table clients.rate_cards force row level security;
create policy tenant_isolation on clients.rate_cards for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.rate_cards to finnest_app;
grant select on clients.rate_cards to finnest_readonly;
create trigger set_updated_at before update on clients.rate_cards for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.rate_cards for each row execute function finnest.audit_row();
create table clients.rate_configurations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    rate_card_id uuid not null,
    pay_category text not null,
    allowance_code text,
    unit text not null default 'hour',
    pay_multiplier numeric(6,4),
    pay_rate numeric(12,4) not null,
    charge_basis text not null default 'fixed',
    markup numeric(6,4),
    charge_rate numeric(12,4) not null,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_rate_configurations primary key (id),
    constraint uq_rate_configurations__org_id_id unique (org_id, id),
    constraint fk_rate_configurations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_rate_configurations__rate_card_id foreign key (org_id, rate_card_id) references clients.rate_cards (org_id, id),
    constraint ck_rate_configurations__pay_category check (pay_category in ('ordinary', 'saturday', 'sunday', 'public_holiday', 'evening_shift', 'night_shift', 'overtime_150', 'overtime_200', 'overtime_250', 'allowance')),
    constraint ck_rate_configurations__unit check (unit in ('hour', 'shift', 'day', 'week', 'km', 'each')),
    constraint ck_rate_configurations__pay_multiplier_non_negative check (pay_multiplier >= 0),
    constraint ck_rate_configurations__pay_rate_non_negative check (pay_rate >= 0),
    constraint ck_rate_configurations__charge_basis check (charge_basis in ('fixed', 'markup')),
    constraint ck_rate_configurations__markup_non_negative check (markup >= 0),
    constraint ck_rate_configurations__charge_rate_non_negative check (charge_rate >= 0),
    constraint ck_rate_configurations__allowance_code_for_allowances check ((pay_category = 'allowance') = (allowance_code is not null)),
    constraint ck_rate_configurations__markup_given check (charge_basis <> 'markup' or markup is not null)
);
create unique index uq_rate_configurations__org_id_rate_card_id_category on clients.rate_configurations (org_id, rate_card_id, pay_category, (coalesce(allowance_code, ''))) where deleted_at is null;
create index ix_rate_configurations__org_id_rate_card_id on clients.rate_configurations (org_id, rate_card_id);
comment on table clients.rate_configurations is 'The rate of each pay category on a rate card (ordinary, weekend, public holiday, shift, overtime, allowances): pay rate against charge rate.';
comment on column clients.rate_configurations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.rate_configurations.pay_category is 'Category of worked time priced, as on timecard lines; overtime_150/200/250: overtime at 150%, 200% and 250% (public holiday overtime).';
comment on column clients.rate_configurations.allowance_code is 'Which allowance (e.g. first_aid, leading_hand, meal, tool) when pay_category is allowance.';
comment on column clients.rate_configurations.unit is 'What one rate is paid per; allowances are often per shift or per km.';
comment on column clients.rate_configurations.pay_multiplier is 'Multiplier of the ordinary pay rate under the award: 1.5000 = 150%.';
comment on column clients.rate_configurations.pay_rate is 'Paid to the worker per unit (AUD).';
comment on column clients.rate_configurations.charge_basis is 'fixed: charge_rate agreed as is; markup: charge_rate = pay_rate × (1 + markup).';
comment on column clients.rate_configurations.markup is 'Fraction over pay: 0.3500 = 35%. Required when charge_basis is markup.';
comment on column clients.rate_configurations.charge_rate is 'Charged to the client per unit (AUD, GST exclusive).';
comment on column clients.rate_configurations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.rate_configurations.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.rate_configurations enable row level security;
alter table clients.rate_configurations force row level security;
create policy tenant_isolation on clients.rate_configurations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.rate_configurations to finnest_app;
grant select on clients.rate_configurations to finnest_readonly;
create trigger set_updated_at before update on clients.rate_configurations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.rate_configurations for each row execute function finnest.audit_row();
create table clients.job_costings (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    client_id uuid not null,
    site_id uuid,
    rate_card_id uuid,
    position_title text not null,
    award_classification_id uuid,
    employment_type text not null,
    state text not null,
    costed_on date not null default current_date,
    base_pay_rate numeric(12,4) not null,
    casual_loading numeric(6,4) not null default 0,
    super_rate numeric(6,4) not null default 0.1200,
    payroll_tax_rate numeric(6,4) not null default 0,
    workers_comp_rate numeric(6,4) not null default 0,
    leave_accrual_rate numeric(6,4) not null default 0,
    portable_lsl_rate numeric(6,4) not null default 0,
    other_costs_per_hour numeric(12,4) not null default 0,
    total_cost_rate numeric(12,4) not null,
    charge_rate numeric(12,4) not null,
    margin_per_hour numeric(12,4) generated always as (charge_rate - total_cost_rate) stored,
    hours_per_week numeric(6,2),
    headcount integer,
    status text not null default 'draft',
    prepared_by_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_job_costings primary key (id),
    constraint uq_job_costings__org_id_id unique (org_id, id),
    constraint fk_job_costings__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_job_costings__client_id foreign key (org_id, client_id) references clients.clients (org_id, id),
    constraint fk_job_costings__site_id foreign key (org_id, site_id) references clients.sites (org_id, id),
    constraint fk_job_costings__rate_card_id foreign key (org_id, rate_card_id) references clients.rate_cards (org_id, id),
    constraint fk_job_costings__award_classification_id foreign key (award_classification_id) references compliance.award_classifications (id),
    constraint ck_job_costings__employment_type check (employment_type in ('casual', 'full_time', 'part_time', 'fixed_term')),
    constraint ck_job_costings__state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_job_costings__base_pay_rate_non_negative check (base_pay_rate >= 0),
    constraint ck_job_costings__casual_loading_non_negative check (casual_loading >= 0),
    constraint ck_job_costings__super_rate_non_negative check (super_rate >= 0),
    constraint ck_job_costings__payroll_tax_rate_range check (payroll_tax_rate between 0 and 1),
    constraint ck_job_costings__workers_comp_rate_range check (workers_comp_rate between 0 and 1),
    constraint ck_job_costings__leave_accrual_rate_range check (leave_accrual_rate between 0 and 1),
    constraint ck_job_costings__portable_lsl_rate_range check (portable_lsl_rate between 0 and 1),
    constraint ck_job_costings__other_costs_per_hour_non_negative check (other_costs_per_hour >= 0),
    constraint ck_job_costings__total_cost_rate_non_negative check (total_cost_rate >= 0),
    constraint ck_job_costings__charge_rate_non_negative check (charge_rate >= 0),
    constraint ck_job_costings__hours_per_week_non_negative check (hours_per_week >= 0),
    constraint ck_job_costings__headcount_positive check (headcount > 0),
    constraint ck_job_costings__status check (status in ('draft', 'quoted', 'accepted', 'superseded')),
    constraint fk_job_costings__prepared_by_id foreign key (org_id, prepared_by_id) references public.users (org_id, id),
    constraint ck_job_costings__total_cost_covers_pay check (total_cost_rate >= base_pay_rate)
);
create index ix_job_costings__org_id_client_id_status on clients.job_costings (org_id, client_id, status) where deleted_at is null;
create index ix_job_costings__org_id_client_id on clients.job_costings (org_id, client_id);
create index ix_job_costings__org_id_site_id on clients.job_costings (org_id, site_id);
create index ix_job_costings__org_id_rate_card_id on clients.job_costings (org_id, rate_card_id);
create index ix_job_costings__award_classification_id on clients.job_costings (award_classification_id);
create index ix_job_costings__org_id_prepared_by_id on clients.job_costings (org_id, prepared_by_id);
comment on table clients.job_costings is 'Cost build-up of a position for a client: pay rate plus on-costs (super, payroll tax, workers'' compensation, leave accrual) against the charge rate, giving the margin per hour.';
comment on column clients.job_costings.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.job_costings.rate_card_id is 'Rate card the costing supports or was derived from.';
comment on column clients.job_costings.state is 'State whose payroll tax and workers'' compensation rates apply.';
comment on column clients.job_costings.base_pay_rate is 'Ordinary hourly pay rate (AUD), excluding casual loading.';
comment on column clients.job_costings.casual_loading is '0.2500 = 25% for casuals; 0 for permanents.';
comment on column clients.job_costings.super_rate is 'Superannuation guarantee: 0.1200 = 12% of ordinary time earnings from 1 Jul 2025.';
comment on column clients.job_costings.payroll_tax_rate is 'State payroll tax rate, e.g. 0.0545 = 5.45% (NSW).';
comment on column clients.job_costings.workers_comp_rate is 'Workers'' compensation premium as a fraction of wages for the industry classification.';
comment on column clients.job_costings.leave_accrual_rate is 'Cost of paid leave accruing to permanents, fraction of wages.';
comment on column clients.job_costings.portable_lsl_rate is 'Portable long service levy where the industry has a scheme (e.g. construction, contract cleaning).';
comment on column clients.job_costings.other_costs_per_hour is 'PPE, training, administration and similar, AUD per hour.';
comment on column clients.job_costings.total_cost_rate is 'Full cost of one hour of the worker (AUD): pay with loading plus every on-cost.';
comment on column clients.job_costings.charge_rate is 'Hourly rate charged to the client (AUD, GST exclusive).';
comment on column clients.job_costings.margin_per_hour is 'Gross margin per hour (AUD); negative when the job loses money.';
comment on column clients.job_costings.hours_per_week is 'Expected hours per worker per week, to project weekly margin.';
comment on column clients.job_costings.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.job_costings.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.job_costings enable row level security;
alter table clients.job_costings force row level security;
create policy tenant_isolation on clients.job_costings for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.job_costings to finnest_app;
grant select on clients.job_costings to finnest_readonly;
create trigger set_updated_at before update on clients.job_costings for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.job_costings for each row execute function finnest.audit_row();
create table clients.client_hierarchies (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    parent_client_id uuid not null,
    child_client_id uuid not null,
    relationship_type text not null default 'subsidiary',
    consolidated_billing boolean not null default false,
    effective_from date,
    effective_to date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_client_hierarchies primary key (id),
    constraint uq_client_hierarchies__org_id_id unique (org_id, id),
    constraint fk_client_hierarchies__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_client_hierarchies__parent_client_id foreign key (org_id, parent_client_id) references clients.clients (org_id, id),
    constraint fk_client_hierarchies__child_client_id foreign key (org_id, child_client_id) references clients.clients (org_id, id),
    constraint ck_client_hierarchies__relationship_type check (relationship_type in ('subsidiary', 'division', 'branch', 'franchise', 'billing_entity')),
    constraint ck_client_hierarchies__no_self_parent check (parent_client_id <> child_client_id),
    constraint ck_client_hierarchies__effective_to_after_effective_from check (effective_to >= effective_from)
);
create unique index uq_client_hierarchies__org_id_child_client_id on clients.client_hierarchies (org_id, child_client_id) where deleted_at is null;
create index ix_client_hierarchies__org_id_parent_client_id_relatio_0be54eb0 on clients.client_hierarchies (org_id, parent_client_id, relationship_type) where deleted_at is null;
create index ix_client_hierarchies__org_id_parent_client_id on clients.client_hierarchies (org_id, parent_client_id);
create index ix_client_hierarchies__org_id_child_client_id on clients.client_hierarchies (org_id, child_client_id);
comment on table clients.client_hierarchies is 'Edges of the tree of client entities: a parent company and its subsidiaries, divisions or franchisees, for roll-up reporting and consolidated billing. A client has at most one parent; cycles are refused.';
comment on column clients.client_hierarchies.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.client_hierarchies.consolidated_billing is 'The child''s invoices are addressed to and paid by the parent.';
comment on column clients.client_hierarchies.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.client_hierarchies.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.client_hierarchies enable row level security;
alter table clients.client_hierarchies force row level security;
create policy tenant_isolation on clients.client_hierarchies for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.client_hierarchies to finnest_app;
grant select on clients.client_hierarchies to finnest_readonly;
create trigger set_updated_at before update on clients.client_hierarchies for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.client_hierarchies for each row execute function finnest.audit_row();
create function clients.prevent_hierarchy_cycle() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    -- A self-parent is left to ck_client_hierarchies__no_self_parent, which names the real fault.
    if new.deleted_at is not null or new.parent_client_id = new.child_client_id then
        return new;
    end if;
    -- Serialise hierarchy changes of one organisation: two concurrent edges could otherwise close a loop unseen.
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('clients.client_hierarchies'), pg_catalog.hashtext(new.org_id::text));
    if exists (
        with recursive ancestors (client_id) as (
            select new.parent_client_id
            union
            select h.parent_client_id
            from clients.client_hierarchies h
            join ancestors a on h.child_client_id = a.client_id
            where h.org_id = new.org_id and h.deleted_at is null and h.id <> new.id
        )
        select from ancestors where client_id = new.child_client_id
    ) then
        raise exception 'client % cannot be placed under client %: the hierarchy would contain a cycle', new.child_client_id, new.parent_client_id
            using errcode = 'check_violation', constraint = 'ck_client_hierarchies__no_cycle', table = 'client_hierarchies', schema = 'clients';
    end if;
    return new;
end
$$;
comment on function clients.prevent_hierarchy_cycle() is 'Refuses a client hierarchy edge whose child is already an ancestor of its parent (a cycle).';
revoke execute on function clients.prevent_hierarchy_cycle() from public;
create trigger prevent_hierarchy_cycle before insert or update of parent_client_id, child_client_id, deleted_at on clients.client_hierarchies for each row execute function clients.prevent_hierarchy_cycle();
create table clients.opportunities (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    client_id uuid not null,
    contact_id uuid,
    owner_id uuid,
    title text not null,
    description text,
    stage text not null default 'lead',
    source text,
    probability numeric(6,4),
    estimated_annual_value numeric(14,2),
    estimated_headcount integer,
    expected_close_date date,
    closed_at timestamptz,
    lost_reason text,
    quote_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_opportunities primary key (id),
    constraint uq_opportunities__org_id_id unique (org_id, id),
    constraint fk_opportunities__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_opportunities__client_id foreign key (org_id, client_id) references clients.clients (org_id, id),
    constraint fk_opportunities__contact_id foreign key (org_id, contact_id) references clients.contacts (org_id, id),
    constraint fk_opportunities__owner_id foreign key (org_id, owner_id) references public.users (org_id, id),
    constraint ck_opportunities__stage check (stage in ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
    constraint ck_opportunities__source check (source in ('referral', 'tender', 'inbound', 'outbound', 'existing_client')),
    constraint ck_opportunities__probability_range check (probability between 0 and 1),
    constraint ck_opportunities__estimated_annual_value_non_negative check (estimated_annual_value >= 0),
    constraint ck_opportunities__estimated_headcount_non_negative check (estimated_headcount >= 0),
    constraint ck_opportunities__closed_when_won_or_lost check ((stage in ('won', 'lost')) = (closed_at is not null)),
    constraint ck_opportunities__lost_reason_given check (stage <> 'lost' or lost_reason is not null)
);
create index ix_opportunities__org_id_stage_expected_close_date on clients.opportunities (org_id, stage, expected_close_date) where deleted_at is null;
create index ix_opportunities__org_id_client_id_stage on clients.opportunities (org_id, client_id, stage) where deleted_at is null;
create index ix_opportunities__org_id_client_id on clients.opportunities (org_id, client_id);
create index ix_opportunities__org_id_contact_id on clients.opportunities (org_id, contact_id);
create index ix_opportunities__org_id_owner_id on clients.opportunities (org_id, owner_id);
create index ix_opportunities__org_id_quote_id on clients.opportunities (org_id, quote_id);
comment on table clients.opportunities is 'Sales pipeline: potential work with a new or existing client, from first lead to won or lost.';
comment on column clients.opportunities.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.opportunities.client_id is 'Client or prospect (clients.status prospect) the opportunity is with.';
comment on column clients.opportunities.contact_id is 'Decision maker at the client.';
comment on column clients.opportunities.owner_id is 'Business development consultant who owns the opportunity.';
comment on column clients.opportunities.probability is 'Chance of winning, fraction: 0.6000 = 60%.';
comment on column clients.opportunities.estimated_annual_value is 'Expected charge revenue over 12 months (AUD, GST exclusive).';
comment on column clients.opportunities.estimated_headcount is 'Workers the client would need.';
comment on column clients.opportunities.quote_id is 'Soft reference to quotes.quotes (no FK: cross-domain). Quote sent for this opportunity.';
comment on column clients.opportunities.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.opportunities.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.opportunities enable row level security;
alter table clients.opportunities force row level security;
create policy tenant_isolation on clients.opportunities for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.opportunities to finnest_app;
grant select on clients.opportunities to finnest_readonly;
create trigger set_updated_at before update on clients.opportunities for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.opportunities for each row execute function finnest.audit_row();
create table clients.client_documents (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    client_id uuid not null,
    site_id uuid,
    document_type text not null,
    title text not null,
    reference_number text,
    amount numeric(14,2),
    storage_key text not null,
    file_name text,
    mime_type text,
    file_size_bytes bigint,
    sha256 char(64),
    issued_on date,
    expires_on date,
    signed_at timestamptz,
    status text not null default 'current',
    uploaded_by_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_client_documents primary key (id),
    constraint uq_client_documents__org_id_id unique (org_id, id),
    constraint fk_client_documents__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_client_documents__client_id foreign key (org_id, client_id) references clients.clients (org_id, id),
    constraint fk_client_documents__site_id foreign key (org_id, site_id) references clients.sites (org_id, id),
    constraint ck_client_documents__document_type check (document_type in ('master_services_agreement', 'labour_hire_agreement', 'rate_schedule', 'insurance_certificate', 'purchase_order', 'credit_application', 'site_induction_pack', 'swms', 'other')),
    constraint ck_client_documents__amount_non_negative check (amount >= 0),
    constraint ck_client_documents__mime_type_format check (mime_type ~ '^[a-z]+/[A-Za-z0-9.+-]+$'),
    constraint ck_client_documents__file_size_bytes_non_negative check (file_size_bytes >= 0),
    constraint ck_client_documents__sha256_format check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_client_documents__status check (status in ('draft', 'current', 'expired', 'superseded')),
    constraint fk_client_documents__uploaded_by_id foreign key (org_id, uploaded_by_id) references public.users (org_id, id),
    constraint ck_client_documents__expires_on_after_issued_on check (expires_on >= issued_on)
);
create index ix_client_documents__org_id_client_id_document_type on clients.client_documents (org_id, client_id, document_type) where deleted_at is null;
create index ix_client_documents__org_id_expires_on on clients.client_documents (org_id, expires_on) where deleted_at is null;
create index ix_client_documents__org_id_client_id on clients.client_documents (org_id, client_id);
create index ix_client_documents__org_id_site_id on clients.client_documents (org_id, site_id);
create index ix_client_documents__org_id_uploaded_by_id on clients.client_documents (org_id, uploaded_by_id);
comment on table clients.client_documents is 'Paperwork held for a client: labour-hire agreements, rate schedules, insurance certificates, purchase orders, site induction packs; files live in object storage.';
comment on column clients.client_documents.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column clients.client_documents.site_id is 'Site the document concerns, e.g. its induction pack or SWMS.';
comment on column clients.client_documents.reference_number is 'Purchase order, policy or contract number stated in the document.';
comment on column clients.client_documents.amount is 'Amount the document states (AUD): purchase order value or insurance cover.';
comment on column clients.client_documents.storage_key is 'Object storage key of the file.';
comment on column clients.client_documents.mime_type is 'Media type of the file, e.g. application/pdf, image/jpeg.';
comment on column clients.client_documents.sha256 is 'Hash of the file: detects tampering and duplicates.';
comment on column clients.client_documents.expires_on is 'Insurance and agreements lapse: reminders are raised before this date.';
comment on column clients.client_documents.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column clients.client_documents.metadata is 'Industry- or tenant-specific extension fields.';
alter table clients.client_documents enable row level security;
alter table clients.client_documents force row level security;
create policy tenant_isolation on clients.client_documents for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on clients.client_documents to finnest_app;
grant select on clients.client_documents to finnest_readonly;
create trigger set_updated_at before update on clients.client_documents for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on clients.client_documents for each row execute function finnest.audit_row();
