create function reach.add_business_days(start_date date, days integer) returns date
language sql immutable strict parallel safe
set search_path = ''
as $$
    select case when days <= 0 then start_date else (
        select d::date
        from pg_catalog.generate_series((start_date + 1)::timestamp, (start_date + days * 2 + 7)::timestamp, interval '1 day') as d
        where pg_catalog.date_part('isodow', d) < 6
        order by d
        offset days - 1 limit 1)
    end
$$;
comment on function reach.add_business_days(date, integer) is 'The date n Monday-to-Friday days after start_date (public holidays not counted).';
create table reach.channels (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    channel_type text not null,
    name text not null,
    provider text not null,
    sender_id text,
    sender_business_name text not null,
    sender_contact text,
    unsubscribe_method text,
    provider_settings jsonb not null default '{}'::jsonb,
    credentials_encrypted bytea,
    daily_send_limit integer,
    quiet_hours_start time,
    quiet_hours_end time,
    status text not null default 'active',
    is_default boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_channels primary key (id),
    constraint uq_channels__org_id_id unique (org_id, id),
    constraint fk_channels__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_channels__channel_type check (channel_type in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_channels__daily_send_limit_positive check (daily_send_limit > 0),
    constraint ck_channels__status check (status in ('active', 'suspended', 'disabled')),
    constraint ck_channels__sms_sender_format check (channel_type <> 'sms' or sender_id is null or sender_id ~ '^(\+61[0-9]{9}|[A-Za-z0-9][A-Za-z0-9 ]{0,10})$'),
    constraint ck_channels__email_sender_format check (channel_type <> 'email' or sender_id is null or sender_id ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint ck_channels__quiet_hours_paired check ((quiet_hours_start is null) = (quiet_hours_end is null))
);
create unique index uq_channels__org_id_channel_type_name on reach.channels (org_id, channel_type, name) where deleted_at is null;
create index ix_channels__org_id_channel_type_status on reach.channels (org_id, channel_type, status) where deleted_at is null;
comment on table reach.channels is 'Sending channels an organisation has configured: which provider sends its SMS, email, push, WhatsApp, voice and in-app messages, as which sender, and how recipients unsubscribe.';
comment on column reach.channels.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.channels.name is 'e.g. SMS - rostering, Email - payroll notices.';
comment on column reach.channels.provider is 'Gateway that sends, e.g. twilio, messagemedia, sendgrid, amazon_ses, firebase, meta_whatsapp, finnest (in-app).';
comment on column reach.channels.sender_id is 'SMS sender number or alphanumeric id (up to 11 characters), email From address, WhatsApp business number.';
comment on column reach.channels.sender_business_name is 'Spam Act: commercial messages must identify the sender.';
comment on column reach.channels.sender_contact is 'How recipients can contact the sender (phone, email or web address), printed on commercial messages.';
comment on column reach.channels.unsubscribe_method is 'Functional unsubscribe offered, e.g. Reply STOP, unsubscribe link.';
comment on column reach.channels.provider_settings is 'Non-secret provider configuration (region, messaging service id, webhook URL).';
comment on column reach.channels.credentials_encrypted is 'Provider API keys, AES-256 encrypted by the application.';
comment on column reach.channels.daily_send_limit is 'Messages per day the organisation allows on this channel.';
comment on column reach.channels.quiet_hours_start is 'Local time from which non-urgent messages wait (recipient''s time zone).';
comment on column reach.channels.is_default is 'Used for its channel type unless a template or message names another.';
comment on column reach.channels.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.channels.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.channels enable row level security;
alter table reach.channels force row level security;
create policy tenant_isolation on reach.channels for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.channels to finnest_app;
grant select on reach.channels to finnest_readonly;
create trigger set_updated_at before update on reach.channels for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.channels for each row execute function finnest.audit_row('credentials_encrypted');
create table reach.templates (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    name text not null,
    channel_type text not null,
    channel_id uuid,
    category text not null,
    is_commercial boolean not null default false,
    subject text,
    body text not null,
    body_format text not null default 'text',
    variables text[] not null default '{}'::text[],
    unsubscribe_instructions text,
    locale text not null default 'en-AU',
    version integer not null default 1,
    status text not null default 'draft',
    provider_template_name text,
    provider_approval_status text not null default 'not_required',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_templates primary key (id),
    constraint uq_templates__org_id_id unique (org_id, id),
    constraint fk_templates__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_templates__code_format check (code ~ '^[a-z][a-z0-9_.]*$'),
    constraint ck_templates__channel_type check (channel_type in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint fk_templates__channel_id foreign key (org_id, channel_id) references reach.channels (org_id, id),
    constraint ck_templates__category check (category in ('roster', 'timesheet', 'payroll', 'onboarding', 'compliance', 'safety', 'recruitment', 'marketing', 'general')),
    constraint ck_templates__body_format check (body_format in ('text', 'html', 'markdown')),
    constraint ck_templates__version_positive check (version > 0),
    constraint ck_templates__status check (status in ('draft', 'active', 'archived')),
    constraint ck_templates__provider_approval_status check (provider_approval_status in ('not_required', 'pending', 'approved', 'rejected')),
    constraint ck_templates__email_has_subject check (channel_type <> 'email' or subject is not null),
    constraint ck_templates__commercial_has_unsubscribe check (not is_commercial or nullif(btrim(unsubscribe_instructions), '') is not null),
    constraint ck_templates__whatsapp_active_only_when_approved check (channel_type <> 'whatsapp' or status <> 'active' or provider_approval_status = 'approved')
);
create unique index uq_templates__org_id_code_channel_type_locale_version on reach.templates (org_id, code, channel_type, locale, version) where deleted_at is null;
create index ix_templates__org_id_category_status on reach.templates (org_id, category, status) where deleted_at is null;
create index ix_templates__org_id_channel_id on reach.templates (org_id, channel_id);
comment on table reach.templates is 'Message templates with merge variables, per channel and locale (shift offers, timesheet reminders, payslip notices, marketing). Commercial templates must carry an unsubscribe.';
comment on column reach.templates.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.templates.code is 'Key the application sends by, e.g. roster.shift_offer.';
comment on column reach.templates.channel_id is 'Channel to send through; null: the default channel of the type.';
comment on column reach.templates.is_commercial is 'Commercial electronic message under the Spam Act (needs consent, sender identification and unsubscribe); rosters and payslip notices are not.';
comment on column reach.templates.subject is 'Email subject or push title.';
comment on column reach.templates.body is 'Text with {{variable}} placeholders.';
comment on column reach.templates.variables is 'Merge variables the body uses, e.g. first_name, shift_start.';
comment on column reach.templates.unsubscribe_instructions is 'Appended to commercial messages, e.g. Reply STOP to opt out.';
comment on column reach.templates.provider_template_name is 'Name of the template registered with the provider (WhatsApp templates need Meta approval).';
comment on column reach.templates.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.templates.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.templates enable row level security;
alter table reach.templates force row level security;
create policy tenant_isolation on reach.templates for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.templates to finnest_app;
grant select on reach.templates to finnest_readonly;
create trigger set_updated_at before update on reach.templates for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.templates for each row execute function finnest.audit_row();
create table reach.conversations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    subject text,
    conversation_type text not null default 'direct',
    primary_channel text not null default 'in_app',
    status text not null default 'open',
    client_id uuid,
    related_table text,
    related_id uuid,
    assigned_user_id uuid,
    office_id uuid,
    agent_session_id uuid,
    last_message_at timestamptz,
    snoozed_until timestamptz,
    closed_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_conversations primary key (id),
    constraint uq_conversations__org_id_id unique (org_id, id),
    constraint fk_conversations__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_conversations__conversation_type check (conversation_type in ('direct', 'group', 'broadcast', 'support', 'agent')),
    constraint ck_conversations__primary_channel check (primary_channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_conversations__status check (status in ('open', 'waiting', 'snoozed', 'closed', 'archived')),
    constraint ck_conversations__related_table_format check (related_table ~ '^[a-z_]+\.[a-z_]+$'),
    constraint fk_conversations__assigned_user_id foreign key (org_id, assigned_user_id) references public.users (org_id, id),
    constraint fk_conversations__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_conversations__related_record_complete check ((related_table is null) = (related_id is null)),
    constraint ck_conversations__closed_has_time check (status not in ('closed', 'archived') or closed_at is not null),
    constraint ck_conversations__snoozed_has_time check (status <> 'snoozed' or snoozed_until is not null)
);
create index ix_conversations__org_id_status_last_message_at on reach.conversations (org_id, status, last_message_at) where deleted_at is null;
create index ix_conversations__org_id_assigned_user_id_status on reach.conversations (org_id, assigned_user_id, status) where deleted_at is null;
create index ix_conversations__org_id_related_table_related_id on reach.conversations (org_id, related_table, related_id) where deleted_at is null;
create index ix_conversations__org_id_client_id on reach.conversations (org_id, client_id);
create index ix_conversations__org_id_assigned_user_id on reach.conversations (org_id, assigned_user_id);
create index ix_conversations__org_id_office_id on reach.conversations (org_id, office_id);
create index ix_conversations__org_id_agent_session_id on reach.conversations (org_id, agent_session_id);
comment on table reach.conversations is 'Threads of messages between staff, workers, client contacts and AI agents (v2 clientmessaging_*), optionally about one record such as a shift or timecard.';
comment on column reach.conversations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.conversations.client_id is 'Soft reference to clients.clients (no FK: cross-domain). Client the conversation is with or about.';
comment on column reach.conversations.related_table is 'schema.table of the record discussed, e.g. roster.shifts.';
comment on column reach.conversations.related_id is 'id of the record discussed (soft reference into related_table).';
comment on column reach.conversations.assigned_user_id is 'Staff member responsible for replying.';
comment on column reach.conversations.agent_session_id is 'Soft reference to agents.agent_sessions (no FK: cross-domain). AI agent session currently handling the conversation.';
comment on column reach.conversations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.conversations.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.conversations enable row level security;
alter table reach.conversations force row level security;
create policy tenant_isolation on reach.conversations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.conversations to finnest_app;
grant select on reach.conversations to finnest_readonly;
create trigger set_updated_at before update on reach.conversations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.conversations for each row execute function finnest.audit_row();
create table reach.conversation_participants (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    conversation_id uuid not null,
    participant_type text not null,
    user_id uuid,
    employee_id uuid,
    candidate_id uuid,
    contact_id uuid,
    display_name text,
    channel text not null,
    address text,
    role text not null default 'member',
    joined_at timestamptz not null default now(),
    left_at timestamptz,
    last_read_at timestamptz,
    is_muted boolean not null default false,
    consent_basis text,
    consent_captured_at timestamptz,
    consent_source text,
    consent_withdrawn_at timestamptz,
    unsubscribe_due_on date generated always as (reach.add_business_days((consent_withdrawn_at at time zone 'Australia/Sydney')::date, 5)) stored,
    unsubscribe_honoured_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_conversation_participants primary key (id),
    constraint uq_conversation_participants__org_id_id unique (org_id, id),
    constraint fk_conversation_participants__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_conversation_participants__conversation_id foreign key (org_id, conversation_id) references reach.conversations (org_id, id),
    constraint ck_conversation_participants__participant_type check (participant_type in ('user', 'employee', 'candidate', 'client_contact', 'external', 'agent')),
    constraint fk_conversation_participants__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_conversation_participants__channel check (channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_conversation_participants__role check (role in ('owner', 'member', 'observer')),
    constraint ck_conversation_participants__consent_basis check (consent_basis in ('express', 'inferred')),
    constraint ck_conversation_participants__identity_matches_type check (case participant_type
    when 'user' then user_id is not null
    when 'employee' then employee_id is not null
    when 'candidate' then candidate_id is not null
    when 'client_contact' then contact_id is not null
    when 'external' then address is not null
    else true
end),
    constraint ck_conversation_participants__address_format check (address is null or case channel
    when 'sms' then address ~ '^\+614[0-9]{8}$'
    when 'whatsapp' then address ~ '^\+[1-9][0-9]{6,14}$'
    when 'voice' then address ~ '^\+[1-9][0-9]{6,14}$'
    when 'email' then address ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'
    else true
end),
    constraint ck_conversation_participants__left_after_joined check (left_at is null or left_at >= joined_at),
    constraint ck_conversation_participants__consent_basis_has_time check ((consent_basis is null) = (consent_captured_at is null)),
    constraint ck_conversation_participants__consent_withdrawn_after_captured check (consent_withdrawn_at is null or consent_captured_at is null or consent_withdrawn_at >= consent_captured_at),
    constraint ck_conversation_participants__unsubscribe_after_request check (unsubscribe_honoured_at is null or (consent_withdrawn_at is not null and unsubscribe_honoured_at >= consent_withdrawn_at))
);
create index ix_conversation_participants__org_id_conversation_id_left_at on reach.conversation_participants (org_id, conversation_id, left_at) where deleted_at is null;
create index ix_conversation_participants__org_id_employee_id_channel on reach.conversation_participants (org_id, employee_id, channel) where deleted_at is null;
create index ix_conversation_participants__org_id_channel_address on reach.conversation_participants (org_id, channel, address) where deleted_at is null;
create index ix_conversation_participants__org_id_unsubscribe_due_on on reach.conversation_participants (org_id, unsubscribe_due_on) where deleted_at is null and consent_withdrawn_at is not null and unsubscribe_honoured_at is null;
create index ix_conversation_participants__org_id_conversation_id on reach.conversation_participants (org_id, conversation_id);
create index ix_conversation_participants__org_id_user_id on reach.conversation_participants (org_id, user_id);
create index ix_conversation_participants__org_id_employee_id on reach.conversation_participants (org_id, employee_id);
create index ix_conversation_participants__org_id_candidate_id on reach.conversation_participants (org_id, candidate_id);
create index ix_conversation_participants__org_id_contact_id on reach.conversation_participants (org_id, contact_id);
comment on table reach.conversation_participants is 'Who takes part in a conversation, on which channel and address, and their Spam Act 2003 consent for that address: basis (express or inferred), when captured, when withdrawn, and when the unsubscribe was honoured (due within 5 working days).';
comment on column reach.conversation_participants.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.conversation_participants.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column reach.conversation_participants.candidate_id is 'Soft reference to recruit.candidates (no FK: cross-domain).';
comment on column reach.conversation_participants.contact_id is 'Soft reference to clients.contacts (no FK: cross-domain).';
comment on column reach.conversation_participants.channel is 'Channel this participant is reached on in the conversation.';
comment on column reach.conversation_participants.address is 'Mobile (E.164, +614xxxxxxxx for SMS), email address or device/app handle on that channel.';
comment on column reach.conversation_participants.consent_basis is 'Spam Act consent to commercial messages at this address: express (opted in) or inferred (existing relationship, conspicuously published address).';
comment on column reach.conversation_participants.consent_source is 'How consent was obtained, e.g. onboarding form, web sign-up, SMS keyword; keep evidence for the ACMA.';
comment on column reach.conversation_participants.consent_withdrawn_at is 'When the unsubscribe request was received.';
comment on column reach.conversation_participants.unsubscribe_due_on is 'Last day to honour the unsubscribe: 5 working days (Mon-Fri, Sydney time) after it was received.';
comment on column reach.conversation_participants.unsubscribe_honoured_at is 'When commercial messages to this address stopped; late honouring is recorded as it happened, not refused.';
comment on column reach.conversation_participants.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.conversation_participants.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.conversation_participants enable row level security;
alter table reach.conversation_participants force row level security;
create policy tenant_isolation on reach.conversation_participants for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.conversation_participants to finnest_app;
grant select on reach.conversation_participants to finnest_readonly;
create trigger set_updated_at before update on reach.conversation_participants for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.conversation_participants for each row execute function finnest.audit_row();
create table reach.messages (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    conversation_id uuid not null,
    sender_participant_id uuid,
    sender_type text not null,
    agent_session_id uuid,
    direction text not null,
    channel text not null,
    template_id uuid,
    template_variables jsonb,
    subject text,
    body text,
    body_format text not null default 'text',
    attachments jsonb not null default '[]'::jsonb,
    is_commercial boolean not null default false,
    in_reply_to_message_id uuid,
    sent_at timestamptz not null default now(),
    edited_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_messages primary key (id),
    constraint uq_messages__org_id_id unique (org_id, id),
    constraint fk_messages__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_messages__conversation_id foreign key (org_id, conversation_id) references reach.conversations (org_id, id),
    constraint fk_messages__sender_participant_id foreign key (org_id, sender_participant_id) references reach.conversation_participants (org_id, id),
    constraint ck_messages__sender_type check (sender_type in ('user', 'employee', 'candidate', 'client_contact', 'external', 'agent', 'system')),
    constraint ck_messages__direction check (direction in ('inbound', 'outbound')),
    constraint ck_messages__channel check (channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint fk_messages__template_id foreign key (org_id, template_id) references reach.templates (org_id, id),
    constraint ck_messages__body_format check (body_format in ('text', 'html', 'markdown')),
    constraint fk_messages__in_reply_to_message_id foreign key (org_id, in_reply_to_message_id) references reach.messages (org_id, id),
    constraint ck_messages__has_content check (nullif(btrim(body), '') is not null or jsonb_array_length(attachments) > 0),
    constraint ck_messages__attachments_is_array check (jsonb_typeof(attachments) = 'array'),
    constraint ck_messages__agent_names_session check (sender_type <> 'agent' or agent_session_id is not null),
    constraint ck_messages__edited_after_sent check (edited_at is null or edited_at >= sent_at)
);
create index ix_messages__org_id_conversation_id_sent_at on reach.messages (org_id, conversation_id, sent_at) where deleted_at is null;
create index ix_messages__org_id_conversation_id on reach.messages (org_id, conversation_id);
create index ix_messages__org_id_sender_participant_id on reach.messages (org_id, sender_participant_id);
create index ix_messages__org_id_agent_session_id on reach.messages (org_id, agent_session_id);
create index ix_messages__org_id_template_id on reach.messages (org_id, template_id);
create index ix_messages__org_id_in_reply_to_message_id on reach.messages (org_id, in_reply_to_message_id);
comment on table reach.messages is 'Messages in a conversation, written once by their sender (a person, an AI agent or the system); delivery to each recipient is tracked in message_deliveries.';
comment on column reach.messages.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.messages.agent_session_id is 'Soft reference to agents.agent_sessions (no FK: cross-domain). AI agent session that wrote the message.';
comment on column reach.messages.direction is 'inbound: from a worker, candidate or contact to the organisation; outbound: from it.';
comment on column reach.messages.template_variables is 'Values merged into the template.';
comment on column reach.messages.attachments is 'Files: [{name, content_type, size_bytes, uri}].';
comment on column reach.messages.is_commercial is 'Commercial electronic message (Spam Act): send only to participants with live consent.';
comment on column reach.messages.sent_at is 'When the sender sent it (inbound: when it reached us).';
comment on column reach.messages.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.messages.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.messages enable row level security;
alter table reach.messages force row level security;
create policy tenant_isolation on reach.messages for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.messages to finnest_app;
grant select on reach.messages to finnest_readonly;
create trigger set_updated_at before update on reach.messages for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.messages for each row execute function finnest.audit_row();
create table reach.message_deliveries (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    message_id uuid not null,
    participant_id uuid,
    channel_id uuid,
    channel text not null,
    direction text not null,
    to_address text,
    from_address text,
    status text not null default 'queued',
    provider_message_id text,
    sms_encoding text,
    character_count integer,
    sms_segments integer,
    cost numeric(12,4),
    queued_at timestamptz not null default now(),
    sent_at timestamptz,
    delivered_at timestamptz,
    read_at timestamptz,
    failed_at timestamptz,
    error_code text,
    error_message text,
    retry_count integer not null default 0,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_message_deliveries primary key (id),
    constraint uq_message_deliveries__org_id_id unique (org_id, id),
    constraint fk_message_deliveries__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_message_deliveries__message_id foreign key (org_id, message_id) references reach.messages (org_id, id),
    constraint fk_message_deliveries__participant_id foreign key (org_id, participant_id) references reach.conversation_participants (org_id, id),
    constraint fk_message_deliveries__channel_id foreign key (org_id, channel_id) references reach.channels (org_id, id),
    constraint ck_message_deliveries__channel check (channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_message_deliveries__direction check (direction in ('inbound', 'outbound')),
    constraint ck_message_deliveries__status check (status in ('queued', 'sent', 'delivered', 'failed', 'bounced', 'read', 'replied', 'opted_out')),
    constraint ck_message_deliveries__sms_encoding check (sms_encoding in ('gsm7', 'ucs2')),
    constraint ck_message_deliveries__character_count_non_negative check (character_count >= 0),
    constraint ck_message_deliveries__sms_segments_positive check (sms_segments > 0),
    constraint ck_message_deliveries__cost_non_negative check (cost >= 0),
    constraint ck_message_deliveries__retry_count_non_negative check (retry_count >= 0),
    constraint ck_message_deliveries__sms_has_segments check (channel <> 'sms' or (sms_encoding is not null and character_count is not null and sms_segments is not null)),
    constraint ck_message_deliveries__segments_only_for_sms check (channel = 'sms' or (sms_encoding is null and sms_segments is null)),
    constraint ck_message_deliveries__sms_segments_match_length check (sms_segments is null or character_count is null or sms_segments = case
    when sms_encoding = 'gsm7' then case when character_count <= 160 then 1 else ceil(character_count / 153.0)::integer end
    else case when character_count <= 70 then 1 else ceil(character_count / 67.0)::integer end
end),
    constraint ck_message_deliveries__sent_after_queued check (sent_at is null or sent_at >= queued_at),
    constraint ck_message_deliveries__delivered_after_sent check (delivered_at is null or sent_at is null or delivered_at >= sent_at),
    constraint ck_message_deliveries__delivered_has_time check (status not in ('delivered', 'read', 'replied') or delivered_at is not null or read_at is not null),
    constraint ck_message_deliveries__failed_has_reason check (status not in ('failed', 'bounced') or error_code is not null or error_message is not null)
);
create index ix_message_deliveries__provider_message_id on reach.message_deliveries (provider_message_id) where provider_message_id is not null;
create index ix_message_deliveries__org_id_status_queued_at on reach.message_deliveries (org_id, status, queued_at) where deleted_at is null;
create index ix_message_deliveries__org_id_message_id_status on reach.message_deliveries (org_id, message_id, status) where deleted_at is null;
create index ix_message_deliveries__org_id_message_id on reach.message_deliveries (org_id, message_id);
create index ix_message_deliveries__org_id_participant_id on reach.message_deliveries (org_id, participant_id);
create index ix_message_deliveries__org_id_channel_id on reach.message_deliveries (org_id, channel_id);
comment on table reach.message_deliveries is 'Delivery of one message to one recipient through a provider: status from queued to delivered, read or failed, the provider''s message id for its callbacks, and SMS encoding and segments (160 GSM-7 / 70 UCS-2 characters; 153 / 67 per part when concatenated).';
comment on column reach.message_deliveries.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.message_deliveries.provider_message_id is 'Id the provider gave the message; delivery callbacks are matched on it.';
comment on column reach.message_deliveries.sms_encoding is 'GSM-7 for plain text; UCS-2 as soon as one character is outside GSM-7 (emoji, most non-Latin scripts).';
comment on column reach.message_deliveries.character_count is 'Length in the encoding''s units: GSM-7 septets (extension characters count 2) or UCS-2 code units.';
comment on column reach.message_deliveries.sms_segments is 'Billable SMS parts.';
comment on column reach.message_deliveries.cost is 'AUD charged by the provider (to 4 decimals: SMS parts cost cents).';
comment on column reach.message_deliveries.error_code is 'Provider or carrier error code.';
comment on column reach.message_deliveries.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.message_deliveries.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.message_deliveries enable row level security;
alter table reach.message_deliveries force row level security;
create policy tenant_isolation on reach.message_deliveries for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.message_deliveries to finnest_app;
grant select on reach.message_deliveries to finnest_readonly;
create trigger set_updated_at before update on reach.message_deliveries for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.message_deliveries for each row execute function finnest.audit_row();
create table reach.message_log (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    legacy_id bigint not null,
    channel text not null,
    direction text not null,
    from_address text,
    to_address text,
    subject text,
    body text,
    status text not null,
    sent_at timestamptz not null,
    employee_id uuid,
    client_id uuid,
    contact_id uuid,
    sent_by_user_id uuid,
    conversation_id uuid,
    provider_message_id text,
    sms_segments integer,
    migration_batch text not null,
    imported_at timestamptz not null default now(),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_message_log primary key (id),
    constraint uq_message_log__org_id_id unique (org_id, id),
    constraint fk_message_log__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_message_log__channel check (channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_message_log__direction check (direction in ('inbound', 'outbound')),
    constraint ck_message_log__status check (status in ('queued', 'sent', 'delivered', 'failed', 'bounced', 'read', 'replied', 'opted_out')),
    constraint fk_message_log__sent_by_user_id foreign key (org_id, sent_by_user_id) references public.users (org_id, id),
    constraint fk_message_log__conversation_id foreign key (org_id, conversation_id) references reach.conversations (org_id, id),
    constraint ck_message_log__sms_segments_positive check (sms_segments > 0)
);
create unique index uq_message_log__org_id_legacy_id on reach.message_log (org_id, legacy_id) where deleted_at is null;
create index ix_message_log__org_id_employee_id_sent_at on reach.message_log (org_id, employee_id, sent_at) where deleted_at is null;
create index ix_message_log__org_id_sent_at on reach.message_log (org_id, sent_at) where deleted_at is null;
create index ix_message_log__org_id_employee_id on reach.message_log (org_id, employee_id);
create index ix_message_log__org_id_client_id on reach.message_log (org_id, client_id);
create index ix_message_log__org_id_contact_id on reach.message_log (org_id, contact_id);
create index ix_message_log__org_id_sent_by_user_id on reach.message_log (org_id, sent_by_user_id);
create index ix_message_log__org_id_conversation_id on reach.message_log (org_id, conversation_id);
comment on table reach.message_log is 'Archive of messages sent by ASG Central v2 (v2 message_log), imported as they were: kept for history and disputes, not sent from. Times converted from v2 local time to UTC.';
comment on column reach.message_log.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.message_log.legacy_id is 'v2 message_log id (also in public.id_mappings).';
comment on column reach.message_log.status is 'v2 status mapped to the delivery statuses; the raw v2 value is kept in metadata.v2_status.';
comment on column reach.message_log.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column reach.message_log.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column reach.message_log.contact_id is 'Soft reference to clients.contacts (no FK: cross-domain).';
comment on column reach.message_log.sent_by_user_id is 'Consultant who sent it.';
comment on column reach.message_log.conversation_id is 'Conversation it was threaded into on import, if any.';
comment on column reach.message_log.migration_batch is 'Import batch label, as in public.id_mappings.batch.';
comment on column reach.message_log.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.message_log.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.message_log enable row level security;
alter table reach.message_log force row level security;
create policy tenant_isolation on reach.message_log for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.message_log to finnest_app;
grant select on reach.message_log to finnest_readonly;
create trigger set_updated_at before update on reach.message_log for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.message_log for each row execute function finnest.audit_row();
create table reach.handoff_records (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    conversation_id uuid not null,
    agent_session_id uuid not null,
    agent_name text not null,
    reason text not null,
    reason_detail text,
    agent_confidence numeric(6,4),
    summary text not null,
    priority text not null default 'normal',
    to_user_id uuid,
    to_queue text,
    status text not null default 'pending',
    requested_at timestamptz not null default now(),
    accepted_at timestamptz,
    resolved_at timestamptz,
    resolution_note text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_handoff_records primary key (id),
    constraint uq_handoff_records__org_id_id unique (org_id, id),
    constraint fk_handoff_records__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_handoff_records__conversation_id foreign key (org_id, conversation_id) references reach.conversations (org_id, id),
    constraint ck_handoff_records__reason check (reason in ('user_requested', 'low_confidence', 'policy_sensitive', 'complaint', 'safety_concern', 'pay_dispute', 'escalation_rule', 'agent_error', 'other')),
    constraint ck_handoff_records__agent_confidence_range check (agent_confidence between 0 and 1),
    constraint ck_handoff_records__priority check (priority in ('low', 'normal', 'high', 'urgent')),
    constraint fk_handoff_records__to_user_id foreign key (org_id, to_user_id) references public.users (org_id, id),
    constraint ck_handoff_records__status check (status in ('pending', 'accepted', 'resolved', 'returned_to_agent', 'expired', 'cancelled')),
    constraint ck_handoff_records__has_destination check (to_user_id is not null or to_queue is not null),
    constraint ck_handoff_records__accepted_after_requested check (accepted_at is null or accepted_at >= requested_at),
    constraint ck_handoff_records__resolved_after_accepted check (resolved_at is null or resolved_at >= coalesce(accepted_at, requested_at)),
    constraint ck_handoff_records__accepted_has_person check (status not in ('accepted', 'resolved') or (to_user_id is not null and accepted_at is not null)),
    constraint ck_handoff_records__resolved_has_time check (status <> 'resolved' or resolved_at is not null)
);
create index ix_handoff_records__org_id_status_requested_at on reach.handoff_records (org_id, status, requested_at) where deleted_at is null;
create index ix_handoff_records__org_id_to_user_id_status on reach.handoff_records (org_id, to_user_id, status) where deleted_at is null;
create index ix_handoff_records__org_id_conversation_id on reach.handoff_records (org_id, conversation_id);
create index ix_handoff_records__org_id_agent_session_id on reach.handoff_records (org_id, agent_session_id);
create index ix_handoff_records__org_id_to_user_id on reach.handoff_records (org_id, to_user_id);
comment on table reach.handoff_records is 'An AI agent handing a conversation to a person: why, with what summary, to whom, and when it was accepted and resolved.';
comment on column reach.handoff_records.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.handoff_records.agent_session_id is 'Soft reference to agents.agent_sessions (no FK: cross-domain). Agent session that handed over.';
comment on column reach.handoff_records.agent_name is 'Agent that handed over, e.g. rostering_assistant.';
comment on column reach.handoff_records.agent_confidence is 'Agent''s confidence in its last answer when it handed over, 0.0000-1.0000.';
comment on column reach.handoff_records.summary is 'What the agent hands over, so the person need not ask again.';
comment on column reach.handoff_records.to_user_id is 'Person who takes over; null while waiting in a queue.';
comment on column reach.handoff_records.to_queue is 'Team queue waited in, e.g. payroll, rostering.';
comment on column reach.handoff_records.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.handoff_records.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.handoff_records enable row level security;
alter table reach.handoff_records force row level security;
create policy tenant_isolation on reach.handoff_records for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.handoff_records to finnest_app;
grant select on reach.handoff_records to finnest_readonly;
create trigger set_updated_at before update on reach.handoff_records for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.handoff_records for each row execute function finnest.audit_row();
create table reach.announcements (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    title text not null,
    body text not null,
    body_format text not null default 'markdown',
    audience text not null default 'all_staff',
    office_id uuid,
    role_id uuid,
    client_id uuid,
    site_id uuid,
    audience_filter jsonb,
    channels text[] not null default '{in_app}'::text[],
    priority text not null default 'normal',
    status text not null default 'draft',
    publish_at timestamptz,
    published_at timestamptz,
    expires_at timestamptz,
    requires_acknowledgement boolean not null default false,
    is_commercial boolean not null default false,
    author_user_id uuid not null,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_announcements primary key (id),
    constraint uq_announcements__org_id_id unique (org_id, id),
    constraint fk_announcements__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_announcements__body_format check (body_format in ('text', 'html', 'markdown')),
    constraint ck_announcements__audience check (audience in ('all_staff', 'office', 'client', 'site', 'role', 'custom')),
    constraint fk_announcements__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint fk_announcements__role_id foreign key (org_id, role_id) references public.roles (org_id, id),
    constraint ck_announcements__priority check (priority in ('normal', 'important', 'urgent')),
    constraint ck_announcements__status check (status in ('draft', 'scheduled', 'published', 'expired', 'withdrawn')),
    constraint fk_announcements__author_user_id foreign key (org_id, author_user_id) references public.users (org_id, id),
    constraint ck_announcements__channels_known check (cardinality(channels) > 0 and channels <@ array['sms', 'email', 'push', 'whatsapp', 'voice', 'in_app']::text[]),
    constraint ck_announcements__expires_after_publish check (expires_at is null or ((publish_at is null or expires_at > publish_at) and (published_at is null or expires_at > published_at))),
    constraint ck_announcements__audience_target_given check (case audience
    when 'office' then office_id is not null
    when 'role' then role_id is not null
    when 'client' then client_id is not null
    when 'site' then site_id is not null
    when 'custom' then audience_filter is not null
    else true
end),
    constraint ck_announcements__scheduled_has_time check (status <> 'scheduled' or publish_at is not null),
    constraint ck_announcements__published_has_time check (status not in ('published', 'expired') or published_at is not null)
);
create index ix_announcements__org_id_status_publish_at on reach.announcements (org_id, status, publish_at) where deleted_at is null;
create index ix_announcements__org_id_office_id on reach.announcements (org_id, office_id);
create index ix_announcements__org_id_role_id on reach.announcements (org_id, role_id);
create index ix_announcements__org_id_client_id on reach.announcements (org_id, client_id);
create index ix_announcements__org_id_site_id on reach.announcements (org_id, site_id);
create index ix_announcements__org_id_author_user_id on reach.announcements (org_id, author_user_id);
comment on table reach.announcements is 'Announcements from the organisation to its staff and workers (all, an office, a client''s or a site''s workers, a role), on chosen channels, optionally to be acknowledged.';
comment on column reach.announcements.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.announcements.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column reach.announcements.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column reach.announcements.audience_filter is 'Custom audience rule, e.g. {employment_type: casual, credential: white_card}.';
comment on column reach.announcements.channels is 'Channels it goes out on.';
comment on column reach.announcements.publish_at is 'Scheduled publication time.';
comment on column reach.announcements.requires_acknowledgement is 'Recipients must confirm they have read it (e.g. a safety alert, policy change).';
comment on column reach.announcements.is_commercial is 'Promotional content: Spam Act consent needed on SMS and email.';
comment on column reach.announcements.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.announcements.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.announcements enable row level security;
alter table reach.announcements force row level security;
create policy tenant_isolation on reach.announcements for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.announcements to finnest_app;
grant select on reach.announcements to finnest_readonly;
create trigger set_updated_at before update on reach.announcements for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.announcements for each row execute function finnest.audit_row();
create table reach.news_feed (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    item_type text not null,
    announcement_id uuid,
    source_table text,
    source_id uuid,
    title text not null,
    body text,
    image_uri text,
    link text,
    author_user_id uuid,
    audience text not null default 'all_staff',
    office_id uuid,
    client_id uuid,
    site_id uuid,
    status text not null default 'published',
    is_pinned boolean not null default false,
    published_at timestamptz not null default now(),
    expires_at timestamptz,
    reaction_count integer not null default 0,
    comment_count integer not null default 0,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_news_feed primary key (id),
    constraint uq_news_feed__org_id_id unique (org_id, id),
    constraint fk_news_feed__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_news_feed__item_type check (item_type in ('announcement', 'recognition', 'post', 'milestone', 'safety_alert', 'policy_update', 'event')),
    constraint fk_news_feed__announcement_id foreign key (org_id, announcement_id) references reach.announcements (org_id, id),
    constraint ck_news_feed__source_table_format check (source_table ~ '^[a-z_]+\.[a-z_]+$'),
    constraint fk_news_feed__author_user_id foreign key (org_id, author_user_id) references public.users (org_id, id),
    constraint ck_news_feed__audience check (audience in ('all_staff', 'office', 'client', 'site')),
    constraint fk_news_feed__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_news_feed__status check (status in ('draft', 'published', 'hidden', 'expired')),
    constraint ck_news_feed__reaction_count_non_negative check (reaction_count >= 0),
    constraint ck_news_feed__comment_count_non_negative check (comment_count >= 0),
    constraint ck_news_feed__announcement_item_names_announcement check ((item_type = 'announcement') = (announcement_id is not null)),
    constraint ck_news_feed__source_complete check ((source_table is null) = (source_id is null)),
    constraint ck_news_feed__expires_after_published check (expires_at is null or expires_at > published_at),
    constraint ck_news_feed__audience_target_given check ((audience <> 'office' or office_id is not null) and (audience <> 'client' or client_id is not null) and (audience <> 'site' or site_id is not null))
);
create index ix_news_feed__org_id_status_published_at on reach.news_feed (org_id, status, published_at) where deleted_at is null;
create index ix_news_feed__org_id_is_pinned_published_at on reach.news_feed (org_id, is_pinned, published_at) where deleted_at is null;
create index ix_news_feed__org_id_announcement_id on reach.news_feed (org_id, announcement_id);
create index ix_news_feed__org_id_author_user_id on reach.news_feed (org_id, author_user_id);
create index ix_news_feed__org_id_office_id on reach.news_feed (org_id, office_id);
create index ix_news_feed__org_id_client_id on reach.news_feed (org_id, client_id);
create index ix_news_feed__org_id_site_id on reach.news_feed (org_id, site_id);
comment on table reach.news_feed is 'Items in the organisation''s social news feed: announcements, recognitions, posts, milestones, safety alerts and policy updates, newest first, some pinned.';
comment on column reach.news_feed.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.news_feed.source_table is 'schema.table the item comes from, e.g. benefits.recognitions, safety.incidents.';
comment on column reach.news_feed.source_id is 'id of the source row (soft reference into source_table).';
comment on column reach.news_feed.link is 'Relative app URL to open.';
comment on column reach.news_feed.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column reach.news_feed.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column reach.news_feed.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.news_feed.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.news_feed enable row level security;
alter table reach.news_feed force row level security;
create policy tenant_isolation on reach.news_feed for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.news_feed to finnest_app;
grant select on reach.news_feed to finnest_readonly;
create trigger set_updated_at before update on reach.news_feed for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.news_feed for each row execute function finnest.audit_row();
create table reach.consents (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    channel text not null,
    address text not null,
    scope text not null default 'all_commercial',
    user_id uuid,
    employee_id uuid,
    candidate_id uuid,
    contact_id uuid,
    basis text not null,
    captured_at timestamptz not null,
    source text not null,
    evidence jsonb,
    withdrawn_at timestamptz,
    withdrawal_channel text,
    unsubscribe_due_on date generated always as (reach.add_business_days((withdrawn_at at time zone 'Australia/Sydney')::date, 5)) stored,
    honoured_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_consents primary key (id),
    constraint uq_consents__org_id_id unique (org_id, id),
    constraint fk_consents__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_consents__channel check (channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_consents__scope check (scope in ('all_commercial', 'job_alerts', 'shift_offers', 'promotions', 'newsletters')),
    constraint fk_consents__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_consents__basis check (basis in ('express', 'inferred')),
    constraint ck_consents__withdrawal_channel check (withdrawal_channel in ('sms', 'email', 'push', 'whatsapp', 'voice', 'in_app')),
    constraint ck_consents__address_format check (case channel
    when 'sms' then address ~ '^\+614[0-9]{8}$'
    when 'whatsapp' then address ~ '^\+[1-9][0-9]{6,14}$'
    when 'voice' then address ~ '^\+[1-9][0-9]{6,14}$'
    when 'email' then address ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'
    else btrim(address) <> ''
end),
    constraint ck_consents__withdrawn_after_captured check (withdrawn_at is null or withdrawn_at >= captured_at),
    constraint ck_consents__honoured_after_withdrawn check (honoured_at is null or (withdrawn_at is not null and honoured_at >= withdrawn_at)),
    constraint ck_consents__withdrawal_channel_with_withdrawal check ((withdrawal_channel is null) or (withdrawn_at is not null))
);
create unique index uq_consents__org_id_channel_lower_address_scope on reach.consents (org_id, channel, (lower(address)), scope) where deleted_at is null;
create index ix_consents__org_id_unsubscribe_due_on_outstanding on reach.consents (org_id, unsubscribe_due_on) where withdrawn_at is not null and honoured_at is null and deleted_at is null;
create index ix_consents__org_id_employee_id_channel on reach.consents (org_id, employee_id, channel) where deleted_at is null;
create index ix_consents__org_id_user_id on reach.consents (org_id, user_id);
create index ix_consents__org_id_employee_id on reach.consents (org_id, employee_id);
create index ix_consents__org_id_candidate_id on reach.consents (org_id, candidate_id);
create index ix_consents__org_id_contact_id on reach.consents (org_id, contact_id);
comment on table reach.consents is 'Spam Act 2003 consent register: who agreed to receive commercial electronic messages at which address and channel, on what basis and evidence, and when they unsubscribed (to be honoured within 5 working days). Checked before every commercial send, whatever the conversation or campaign.';
comment on column reach.consents.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column reach.consents.address is 'Mobile in E.164 (+614xxxxxxxx for SMS), email address, or device/app handle.';
comment on column reach.consents.scope is 'Which commercial messages the consent covers; all_commercial covers every kind.';
comment on column reach.consents.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column reach.consents.candidate_id is 'Soft reference to recruit.candidates (no FK: cross-domain).';
comment on column reach.consents.contact_id is 'Soft reference to clients.contacts (no FK: cross-domain).';
comment on column reach.consents.basis is 'express: the person opted in; inferred: an existing business relationship, or an address conspicuously published for business use.';
comment on column reach.consents.source is 'How consent was obtained, e.g. onboarding form, web sign-up, SMS keyword JOBS; evidence the ACMA may ask for.';
comment on column reach.consents.evidence is 'Record of the opt-in: form version, IP address, message id of the keyword reply.';
comment on column reach.consents.withdrawn_at is 'When the unsubscribe request was received.';
comment on column reach.consents.withdrawal_channel is 'Where the unsubscribe arrived (a reply STOP by SMS, a link in an email…).';
comment on column reach.consents.unsubscribe_due_on is 'Last day to honour the unsubscribe: 5 working days (Mon-Fri, Sydney time) after it was received.';
comment on column reach.consents.honoured_at is 'When commercial messages to this address stopped.';
comment on column reach.consents.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column reach.consents.metadata is 'Industry- or tenant-specific extension fields.';
alter table reach.consents enable row level security;
alter table reach.consents force row level security;
create policy tenant_isolation on reach.consents for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on reach.consents to finnest_app;
grant select on reach.consents to finnest_readonly;
create trigger set_updated_at before update on reach.consents for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on reach.consents for each row execute function finnest.audit_row();
