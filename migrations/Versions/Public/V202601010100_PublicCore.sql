create table public.organisations (
    id uuid not null default gen_random_uuid(),
    name text not null,
    slug text not null,
    legal_name text,
    abn char(11),
    acn char(9),
    industry_profile_id uuid,
    subscription_tier text not null default 'tier1',
    status text not null default 'active',
    settings jsonb not null default '{}'::jsonb,
    irap_classified boolean not null default false,
    timezone text not null default 'Australia/Sydney',
    head_office_state text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_organisations primary key (id),
    constraint ck_organisations__slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint ck_organisations__abn_format check (abn ~ '^[0-9]{11}$'),
    constraint ck_organisations__abn_checksum check (finnest.is_valid_abn(abn)),
    constraint ck_organisations__acn_format check (acn ~ '^[0-9]{9}$'),
    constraint ck_organisations__acn_checksum check (finnest.is_valid_acn(acn)),
    constraint ck_organisations__subscription_tier check (subscription_tier in ('tier1', 'tier2', 'tier3', 'enterprise')),
    constraint ck_organisations__status check (status in ('trial', 'active', 'suspended', 'closed')),
    constraint ck_organisations__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_organisations__head_office_state_state check (head_office_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT'))
);
create unique index uq_organisations__slug on public.organisations (slug) where deleted_at is null;
create index ix_organisations__abn on public.organisations (abn) where deleted_at is null;
create index ix_organisations__industry_profile_id on public.organisations (industry_profile_id);
comment on table public.organisations is 'Tenants: each organisation (labour-hire provider or employer) using Finnest. Row-level security everywhere keys on its id.';
comment on column public.organisations.name is 'Display name of the organisation.';
comment on column public.organisations.slug is 'URL-safe unique handle, e.g. acme-labour.';
comment on column public.organisations.legal_name is 'Registered entity name, as on the ABN register.';
comment on column public.organisations.abn is 'Australian Business Number: 11 digits, modulus-89 check digits verified.';
comment on column public.organisations.acn is 'Australian Company Number (9 digits) where the organisation is a company.';
comment on column public.organisations.industry_profile_id is 'Default industry profile: award and credential set (FK added by the compliance reference migration).';
comment on column public.organisations.subscription_tier is 'Pricing tier.';
comment on column public.organisations.settings is 'Organisation-level configuration (pay frequency defaults, branding, integrations).';
comment on column public.organisations.irap_classified is 'Deployed under IRAP assessment (Australian government data); restricts hosting and features.';
comment on column public.organisations.timezone is 'IANA time zone of head office; sites carry their own.';
comment on column public.organisations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.organisations.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.organisations enable row level security;
alter table public.organisations force row level security;
create policy tenant_isolation on public.organisations for all using (id = (select finnest.current_org_id())) with check (id = (select finnest.current_org_id()));
grant select, insert, update on public.organisations to finnest_app;
grant select on public.organisations to finnest_readonly;
create trigger set_updated_at before update on public.organisations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.organisations for each row execute function finnest.audit_row();
create table public.offices (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    code text,
    address_line1 text,
    address_line2 text,
    suburb text,
    state text,
    postcode char(4),
    phone text,
    email text,
    timezone text not null default 'Australia/Sydney',
    is_head_office boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_offices primary key (id),
    constraint uq_offices__org_id_id unique (org_id, id),
    constraint fk_offices__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_offices__state_state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_offices__postcode_format check (postcode ~ '^[0-9]{4}$'),
    constraint ck_offices__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$')
);
create unique index uq_offices__org_id_code on public.offices (org_id, code) where deleted_at is null;
create index ix_offices__org_id_name on public.offices (org_id, name) where deleted_at is null;
comment on table public.offices is 'Branches of an organisation (v2 office_locations); employees and users have a primary office.';
comment on column public.offices.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.offices.code is 'Short branch code used on reports and payroll exports.';
comment on column public.offices.timezone is 'IANA time zone of the office (Australia/Perth, Australia/Darwin…).';
comment on column public.offices.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.offices.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.offices enable row level security;
alter table public.offices force row level security;
create policy tenant_isolation on public.offices for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.offices to finnest_app;
grant select on public.offices to finnest_readonly;
create trigger set_updated_at before update on public.offices for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.offices for each row execute function finnest.audit_row();
create table public.users (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    email text not null,
    first_name text not null,
    last_name text not null,
    phone text,
    kind text not null,
    status text not null default 'invited',
    primary_office_id uuid,
    auth_subject text,
    mfa_enabled boolean not null default false,
    last_sign_in_at timestamptz,
    locale text not null default 'en-AU',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_users primary key (id),
    constraint uq_users__org_id_id unique (org_id, id),
    constraint fk_users__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_users__email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_users__phone_format check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint ck_users__kind check (kind in ('admin', 'staff', 'payroll', 'worker', 'client_contact')),
    constraint ck_users__status check (status in ('invited', 'active', 'suspended', 'deactivated')),
    constraint fk_users__primary_office_id foreign key (org_id, primary_office_id) references public.offices (org_id, id)
);
create unique index uq_users__org_id_lower_email on public.users (org_id, (lower(email))) where deleted_at is null;
create index ix_users__org_id_kind_status on public.users (org_id, kind, status) where deleted_at is null;
create index ix_users__org_id_primary_office_id on public.users (org_id, primary_office_id);
comment on table public.users is 'People who sign in: admin users, staff consultants, payroll staff, workers and client contacts (the three v2 user tables merged).';
comment on column public.users.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.users.email is 'Sign-in email; unique per organisation, compared lower-case.';
comment on column public.users.phone is 'E.164, e.g. +61412345678.';
comment on column public.users.kind is 'Which v2 table the user came from or what they are: admin (admin_users), staff (consultants), payroll (payroll_staffs), worker, client_contact.';
comment on column public.users.auth_subject is 'Subject id at the identity provider; null until first sign-in.';
comment on column public.users.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.users.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.users enable row level security;
alter table public.users force row level security;
create policy tenant_isolation on public.users for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.users to finnest_app;
grant select on public.users to finnest_readonly;
create trigger set_updated_at before update on public.users for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.users for each row execute function finnest.audit_row();
create table public.roles (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    description text,
    permissions text[] not null default '{}'::text[],
    is_system boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_roles primary key (id),
    constraint uq_roles__org_id_id unique (org_id, id),
    constraint fk_roles__org_id foreign key (org_id) references public.organisations (id)
);
create unique index uq_roles__org_id_name on public.roles (org_id, name) where deleted_at is null;
comment on table public.roles is 'Named permission sets (v2 roles), per organisation.';
comment on column public.roles.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.roles.permissions is 'Permission keys, e.g. timesheets.approve, payroll.run.';
comment on column public.roles.is_system is 'Provided by Finnest and not editable by the tenant.';
comment on column public.roles.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.roles.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.roles enable row level security;
alter table public.roles force row level security;
create policy tenant_isolation on public.roles for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.roles to finnest_app;
grant select on public.roles to finnest_readonly;
create trigger set_updated_at before update on public.roles for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.roles for each row execute function finnest.audit_row();
create table public.user_roles (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    user_id uuid not null,
    role_id uuid not null,
    office_id uuid,
    granted_at timestamptz not null default now(),
    granted_by uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_user_roles primary key (id),
    constraint uq_user_roles__org_id_id unique (org_id, id),
    constraint fk_user_roles__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_user_roles__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint fk_user_roles__role_id foreign key (org_id, role_id) references public.roles (org_id, id),
    constraint fk_user_roles__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint fk_user_roles__granted_by foreign key (org_id, granted_by) references public.users (org_id, id)
);
create unique index uq_user_roles__org_id_user_id_role_id_office_id on public.user_roles (org_id, user_id, role_id, (coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid))) where deleted_at is null;
create index ix_user_roles__org_id_user_id on public.user_roles (org_id, user_id);
create index ix_user_roles__org_id_role_id on public.user_roles (org_id, role_id);
create index ix_user_roles__org_id_office_id on public.user_roles (org_id, office_id);
create index ix_user_roles__org_id_granted_by on public.user_roles (org_id, granted_by);
comment on table public.user_roles is 'Roles granted to users, optionally limited to one office.';
comment on column public.user_roles.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.user_roles.office_id is 'Null: the role applies in every office.';
comment on column public.user_roles.granted_by is 'User who granted the role.';
comment on column public.user_roles.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.user_roles.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.user_roles enable row level security;
alter table public.user_roles force row level security;
create policy tenant_isolation on public.user_roles for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.user_roles to finnest_app;
grant select on public.user_roles to finnest_readonly;
create trigger set_updated_at before update on public.user_roles for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.user_roles for each row execute function finnest.audit_row();
create table public.feature_flags (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    key text not null,
    enabled boolean not null default false,
    rollout_percent integer not null default 100,
    description text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_feature_flags primary key (id),
    constraint uq_feature_flags__org_id_id unique (org_id, id),
    constraint fk_feature_flags__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_feature_flags__key_format check (key ~ '^[a-z][a-z0-9_.]*$'),
    constraint ck_feature_flags__rollout_percent_range check (rollout_percent between 0 and 100)
);
create unique index uq_feature_flags__org_id_key on public.feature_flags (org_id, key) where deleted_at is null;
comment on table public.feature_flags is 'Per-organisation feature switches and staged rollouts.';
comment on column public.feature_flags.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.feature_flags.key is 'Flag key, e.g. roster.auto_fill.';
comment on column public.feature_flags.rollout_percent is 'Share of users who see the feature when enabled.';
comment on column public.feature_flags.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.feature_flags.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.feature_flags enable row level security;
alter table public.feature_flags force row level security;
create policy tenant_isolation on public.feature_flags for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.feature_flags to finnest_app;
grant select on public.feature_flags to finnest_readonly;
create trigger set_updated_at before update on public.feature_flags for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.feature_flags for each row execute function finnest.audit_row();
create table public.notifications (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    user_id uuid not null,
    category text not null,
    severity text not null default 'info',
    title text not null,
    body text,
    link text,
    channel text not null default 'in_app',
    read_at timestamptz,
    dismissed_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_notifications primary key (id),
    constraint uq_notifications__org_id_id unique (org_id, id),
    constraint fk_notifications__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_notifications__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_notifications__category check (category in ('compliance', 'roster', 'timesheet', 'payroll', 'safety', 'recruit', 'system')),
    constraint ck_notifications__severity check (severity in ('info', 'warning', 'critical')),
    constraint ck_notifications__channel check (channel in ('in_app', 'email', 'push', 'sms'))
);
create index ix_notifications__org_id_user_id_read_at on public.notifications (org_id, user_id, read_at) where deleted_at is null;
create index ix_notifications__org_id_user_id on public.notifications (org_id, user_id);
comment on table public.notifications is 'In-app and pushed notices to a user (credential expiring, shift offered, timesheet to approve).';
comment on column public.notifications.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.notifications.link is 'Relative app URL to open.';
comment on column public.notifications.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.notifications.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.notifications enable row level security;
alter table public.notifications force row level security;
create policy tenant_isolation on public.notifications for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.notifications to finnest_app;
grant select on public.notifications to finnest_readonly;
create trigger set_updated_at before update on public.notifications for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.notifications for each row execute function finnest.audit_row();
create table public.tags (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    colour text,
    description text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_tags primary key (id),
    constraint uq_tags__org_id_id unique (org_id, id),
    constraint fk_tags__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_tags__colour_format check (colour ~ '^#[0-9a-fA-F]{6}$')
);
create unique index uq_tags__org_id_name on public.tags (org_id, name) where deleted_at is null;
comment on table public.tags is 'Free labels an organisation defines for people, clients, jobs and more.';
comment on column public.tags.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.tags.colour is 'Hex colour, e.g. #1f77b4.';
comment on column public.tags.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.tags.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.tags enable row level security;
alter table public.tags force row level security;
create policy tenant_isolation on public.tags for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.tags to finnest_app;
grant select on public.tags to finnest_readonly;
create trigger set_updated_at before update on public.tags for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.tags for each row execute function finnest.audit_row();
create table public.taggings (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    tag_id uuid not null,
    taggable_table text not null,
    taggable_id uuid not null,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_taggings primary key (id),
    constraint uq_taggings__org_id_id unique (org_id, id),
    constraint fk_taggings__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_taggings__tag_id foreign key (org_id, tag_id) references public.tags (org_id, id),
    constraint ck_taggings__taggable_table_format check (taggable_table ~ '^[a-z_]+\.[a-z_]+$')
);
create unique index uq_taggings__org_id_tag_id_taggable_table_taggable_id on public.taggings (org_id, tag_id, taggable_table, taggable_id) where deleted_at is null;
create index ix_taggings__org_id_taggable_table_taggable_id on public.taggings (org_id, taggable_table, taggable_id) where deleted_at is null;
create index ix_taggings__org_id_tag_id on public.taggings (org_id, tag_id);
comment on table public.taggings is 'A tag applied to a row of any domain table (polymorphic, so a soft reference).';
comment on column public.taggings.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.taggings.taggable_table is 'schema.table of the tagged row.';
comment on column public.taggings.taggable_id is 'id of the tagged row in taggable_table (soft reference).';
comment on column public.taggings.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.taggings.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.taggings enable row level security;
alter table public.taggings force row level security;
create policy tenant_isolation on public.taggings for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.taggings to finnest_app;
grant select on public.taggings to finnest_readonly;
create trigger set_updated_at before update on public.taggings for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.taggings for each row execute function finnest.audit_row();
create table public.id_mappings (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    legacy_system text not null,
    legacy_database text,
    legacy_table text not null,
    legacy_id bigint not null,
    target_table text not null,
    target_id uuid not null,
    migrated_at timestamptz not null default now(),
    batch text not null,
    source_checksum text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_id_mappings primary key (id),
    constraint uq_id_mappings__org_id_id unique (org_id, id),
    constraint fk_id_mappings__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_id_mappings__legacy_system check (legacy_system in ('asg_central_v2', 'actatek', 'atslive', 'csv_import')),
    constraint ck_id_mappings__target_table_format check (target_table ~ '^[a-z_]+\.[a-z_]+$'),
    constraint uq_id_mappings__org_id_legacy_system_legacy_table_legacy_id unique (org_id, legacy_system, legacy_table, legacy_id)
);
create index ix_id_mappings__org_id_target_table_target_id on public.id_mappings (org_id, target_table, target_id);
create index ix_id_mappings__org_id_batch on public.id_mappings (org_id, batch) where deleted_at is null;
comment on table public.id_mappings is 'Migration backbone: every legacy integer id mapped to its Finnest uuid. Scripts resolve references through it; kept until the legacy systems are decommissioned.';
comment on column public.id_mappings.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.id_mappings.legacy_system is 'Source system: ASG Central v2 (admin_central), actatek clocks, admin_atslive applicants, or a tenant CSV import.';
comment on column public.id_mappings.legacy_database is 'Source database name, e.g. admin_central.';
comment on column public.id_mappings.legacy_table is 'Source table, e.g. candidates, joborders.';
comment on column public.id_mappings.legacy_id is 'Integer primary key in the source table.';
comment on column public.id_mappings.target_table is 'schema.table the row became.';
comment on column public.id_mappings.target_id is 'id of the new row in target_table.';
comment on column public.id_mappings.batch is 'Migration batch label (phase and run), to find or roll back one load.';
comment on column public.id_mappings.source_checksum is 'Hash of the source row when migrated, to detect later changes in the legacy system.';
comment on column public.id_mappings.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column public.id_mappings.metadata is 'Industry- or tenant-specific extension fields.';
alter table public.id_mappings enable row level security;
alter table public.id_mappings force row level security;
create policy tenant_isolation on public.id_mappings for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on public.id_mappings to finnest_app;
grant select on public.id_mappings to finnest_readonly;
create trigger set_updated_at before update on public.id_mappings for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on public.id_mappings for each row execute function finnest.audit_row();
create table public.audit_log (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    table_name text not null,
    operation text not null,
    row_id uuid not null,
    actor_id uuid,
    actor_role text not null,
    old_row jsonb,
    new_row jsonb,
    changed_columns text[],
    transaction_id bigint not null,
    inserted_at timestamptz not null default now(),
    constraint pk_audit_log primary key (id, inserted_at),
    constraint fk_audit_log__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_audit_log__operation check (operation in ('insert', 'update', 'soft_delete', 'restore', 'delete'))
) partition by range (inserted_at);
create index ix_audit_log__org_id_table_name_row_id on public.audit_log (org_id, table_name, row_id);
create index ix_audit_log__org_id_actor_id on public.audit_log (org_id, actor_id);
comment on table public.audit_log is 'Every insert, update, soft delete and delete on a tenant table, written by the audit_row trigger. Sensitive columns are redacted. Immutable; partitioned monthly.';
comment on column public.audit_log.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column public.audit_log.table_name is 'schema.table of the changed row.';
comment on column public.audit_log.row_id is 'id of the changed row.';
comment on column public.audit_log.actor_id is 'public.users id from the app.user_id setting; null for system or migration changes.';
comment on column public.audit_log.actor_role is 'Database role that made the change (current_user).';
comment on column public.audit_log.old_row is 'Row before the change, sensitive columns redacted.';
comment on column public.audit_log.new_row is 'Row after the change, sensitive columns redacted.';
comment on column public.audit_log.changed_columns is 'Columns whose value changed (updates).';
comment on column public.audit_log.transaction_id is 'txid_current() of the change: groups the rows of one transaction.';
alter table public.audit_log enable row level security;
alter table public.audit_log force row level security;
create policy tenant_isolation on public.audit_log for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert on public.audit_log to finnest_app;
grant select on public.audit_log to finnest_readonly;
create trigger block_update_delete before update or delete on public.audit_log for each row execute function finnest.block_update_delete();
create trigger block_truncate before truncate on public.audit_log for each statement execute function finnest.block_truncate();
create table public.audit_log_default partition of public.audit_log default;
create trigger block_truncate before truncate on public.audit_log_default for each statement execute function finnest.block_truncate();
insert into finnest.partitioned_tables (parent_table, partition_column) values ('public.audit_log', 'inserted_at');
revoke insert on public.audit_log from finnest_app;
