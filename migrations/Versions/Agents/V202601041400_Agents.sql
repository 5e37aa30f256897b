create table agents.agent_sessions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    agent_name text not null,
    user_id uuid,
    model text not null,
    triggered_by text not null default 'user',
    status text not null default 'active',
    title text,
    started_at timestamptz not null default now(),
    ended_at timestamptz,
    input_tokens bigint not null default 0,
    output_tokens bigint not null default 0,
    cached_tokens bigint not null default 0,
    cost_aud numeric(14,6) not null default 0,
    correlation_id uuid,
    error_message text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_agent_sessions primary key (id),
    constraint uq_agent_sessions__org_id_id unique (org_id, id),
    constraint fk_agent_sessions__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_agent_sessions__agent_name_format check (agent_name ~ '^[a-z][a-z0-9_]*$'),
    constraint fk_agent_sessions__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_agent_sessions__triggered_by check (triggered_by in ('user', 'schedule', 'event', 'api')),
    constraint ck_agent_sessions__status check (status in ('active', 'completed', 'failed', 'cancelled')),
    constraint ck_agent_sessions__input_tokens_non_negative check (input_tokens >= 0),
    constraint ck_agent_sessions__output_tokens_non_negative check (output_tokens >= 0),
    constraint ck_agent_sessions__cached_tokens_non_negative check (cached_tokens >= 0),
    constraint ck_agent_sessions__cost_aud_non_negative check (cost_aud >= 0),
    constraint ck_agent_sessions__ended_after_started check (ended_at is null or ended_at >= started_at),
    constraint ck_agent_sessions__ended_unless_active check ((status = 'active') = (ended_at is null)),
    constraint ck_agent_sessions__cached_within_input check (cached_tokens <= input_tokens),
    constraint ck_agent_sessions__failure_explained check (status <> 'failed' or error_message is not null)
);
create index ix_agent_sessions__org_id_user_id_started_at on agents.agent_sessions (org_id, user_id, started_at) where deleted_at is null;
create index ix_agent_sessions__org_id_agent_name_status on agents.agent_sessions (org_id, agent_name, status) where deleted_at is null;
create index ix_agent_sessions__org_id_correlation_id on agents.agent_sessions (org_id, correlation_id);
create index ix_agent_sessions__org_id_user_id on agents.agent_sessions (org_id, user_id);
comment on table agents.agent_sessions is 'A conversation or background run of one AI agent (roster assistant, payroll checker, recruiter…) for a user or the system, with the model used and its token usage and cost.';
comment on column agents.agent_sessions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column agents.agent_sessions.agent_name is 'Agent that ran, e.g. roster_assistant, timesheet_auditor.';
comment on column agents.agent_sessions.user_id is 'User the agent worked for; null for a scheduled or event-triggered run.';
comment on column agents.agent_sessions.model is 'Model identifier used, e.g. claude-sonnet-4-5.';
comment on column agents.agent_sessions.triggered_by is 'What started the session.';
comment on column agents.agent_sessions.title is 'Short summary of the session''s purpose.';
comment on column agents.agent_sessions.input_tokens is 'Prompt tokens over the session.';
comment on column agents.agent_sessions.output_tokens is 'Completion tokens over the session.';
comment on column agents.agent_sessions.cached_tokens is 'Prompt tokens served from the provider''s cache (cheaper), included in input_tokens.';
comment on column agents.agent_sessions.cost_aud is 'Provider cost of the session, AUD to six decimals (per-token prices are fractions of a cent).';
comment on column agents.agent_sessions.correlation_id is 'correlation_id of the domain events the session caused (events.domain_events metadata).';
comment on column agents.agent_sessions.error_message is 'Why a failed session failed.';
comment on column agents.agent_sessions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column agents.agent_sessions.metadata is 'Industry- or tenant-specific extension fields.';
alter table agents.agent_sessions enable row level security;
alter table agents.agent_sessions force row level security;
create policy tenant_isolation on agents.agent_sessions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on agents.agent_sessions to finnest_app;
grant select on agents.agent_sessions to finnest_readonly;
create trigger set_updated_at before update on agents.agent_sessions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on agents.agent_sessions for each row execute function finnest.audit_row();
create table agents.agent_messages (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    session_id uuid not null,
    sequence_no integer not null,
    role text not null,
    content text,
    tool_calls jsonb,
    tool_call_id text,
    tool_name text,
    tool_error boolean not null default false,
    input_tokens integer,
    output_tokens integer,
    latency_ms integer,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_agent_messages primary key (id),
    constraint uq_agent_messages__org_id_id unique (org_id, id),
    constraint fk_agent_messages__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_agent_messages__session_id foreign key (org_id, session_id) references agents.agent_sessions (org_id, id),
    constraint ck_agent_messages__sequence_no_positive check (sequence_no > 0),
    constraint ck_agent_messages__role check (role in ('system', 'user', 'assistant', 'tool')),
    constraint ck_agent_messages__tool_calls_is_array check (tool_calls is null or jsonb_typeof(tool_calls) = 'array'),
    constraint ck_agent_messages__input_tokens_non_negative check (input_tokens >= 0),
    constraint ck_agent_messages__output_tokens_non_negative check (output_tokens >= 0),
    constraint ck_agent_messages__latency_ms_non_negative check (latency_ms >= 0),
    constraint ck_agent_messages__tool_calls_only_from_assistant check (tool_calls is null or role = 'assistant'),
    constraint ck_agent_messages__tool_result_names_call check (role <> 'tool' or (tool_call_id is not null and tool_name is not null)),
    constraint ck_agent_messages__has_content check (content is not null or tool_calls is not null),
    constraint uq_agent_messages__org_id_session_id_sequence_no unique (org_id, session_id, sequence_no)
);
create index ix_agent_messages__org_id_session_id_role on agents.agent_messages (org_id, session_id, role) where deleted_at is null;
comment on table agents.agent_messages is 'Messages of an agent session in order: system prompt, user turns, assistant replies (with the tool calls they request) and tool results.';
comment on column agents.agent_messages.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column agents.agent_messages.sequence_no is 'Order of the message in its session, from 1.';
comment on column agents.agent_messages.content is 'Message text; null for an assistant turn that only calls tools.';
comment on column agents.agent_messages.tool_calls is 'Assistant turns: the tool calls requested, an array of {id, name, arguments}.';
comment on column agents.agent_messages.tool_call_id is 'Tool turns: id of the call (in an earlier assistant message''s tool_calls) this result answers.';
comment on column agents.agent_messages.tool_name is 'Tool turns: the tool that ran, e.g. roster.find_available_workers.';
comment on column agents.agent_messages.tool_error is 'Tool turns: the tool failed and content holds the error.';
comment on column agents.agent_messages.input_tokens is 'Prompt tokens billed for producing this message (assistant turns).';
comment on column agents.agent_messages.output_tokens is 'Completion tokens of this message (assistant turns).';
comment on column agents.agent_messages.latency_ms is 'Time to produce the message, milliseconds.';
comment on column agents.agent_messages.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column agents.agent_messages.metadata is 'Industry- or tenant-specific extension fields.';
alter table agents.agent_messages enable row level security;
alter table agents.agent_messages force row level security;
create policy tenant_isolation on agents.agent_messages for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on agents.agent_messages to finnest_app;
grant select on agents.agent_messages to finnest_readonly;
create trigger set_updated_at before update on agents.agent_messages for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on agents.agent_messages for each row execute function finnest.audit_row();
create table agents.agent_memories (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    scope text not null,
    kind text not null,
    user_id uuid,
    agent_name text,
    content text not null,
    embedding real[],
    embedding_model text,
    importance numeric(6,4) not null default 0.5,
    expires_at timestamptz,
    last_recalled_at timestamptz,
    recall_count integer not null default 0,
    source_session_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_agent_memories primary key (id),
    constraint uq_agent_memories__org_id_id unique (org_id, id),
    constraint fk_agent_memories__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_agent_memories__scope check (scope in ('user', 'tenant', 'global')),
    constraint ck_agent_memories__kind check (kind in ('episodic', 'semantic', 'procedural')),
    constraint fk_agent_memories__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_agent_memories__agent_name_format check (agent_name ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_agent_memories__embedding_dimensions check (embedding is null or (array_ndims(embedding) = 1 and cardinality(embedding) between 1 and 4096)),
    constraint ck_agent_memories__importance_range check (importance between 0 and 1),
    constraint ck_agent_memories__recall_count_non_negative check (recall_count >= 0),
    constraint fk_agent_memories__source_session_id foreign key (org_id, source_session_id) references agents.agent_sessions (org_id, id),
    constraint ck_agent_memories__user_scope_names_user check ((scope = 'user') = (user_id is not null)),
    constraint ck_agent_memories__embedding_names_model check (embedding is null or embedding_model is not null),
    constraint ck_agent_memories__expires_after_created check (expires_at is null or expires_at > inserted_at)
);
create index ix_agent_memories__org_id_scope_user_id_kind on agents.agent_memories (org_id, scope, user_id, kind) where deleted_at is null;
create index ix_agent_memories__org_id_agent_name_kind on agents.agent_memories (org_id, agent_name, kind) where deleted_at is null;
create index ix_agent_memories__org_id_user_id on agents.agent_memories (org_id, user_id);
create index ix_agent_memories__org_id_source_session_id on agents.agent_memories (org_id, source_session_id);
comment on table agents.agent_memories is 'What agents remember between sessions: episodic (what happened), semantic (facts learned) and procedural (how to do a task) memories of one user, the whole tenant, or global platform knowledge, with an embedding for similarity search, an importance and an optional expiry.';
comment on column agents.agent_memories.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column agents.agent_memories.scope is 'user: one user''s memory; tenant: shared by the organisation''s users; global: platform knowledge, kept under Finnest''s own organisation (org_id stays set) and served to every tenant by the application.';
comment on column agents.agent_memories.kind is 'episodic: something that happened (a past conversation or event); semantic: a fact or preference learned; procedural: how to do a task.';
comment on column agents.agent_memories.user_id is 'Whose memory, for scope user.';
comment on column agents.agent_memories.agent_name is 'Agent the memory belongs to; null when every agent may use it.';
comment on column agents.agent_memories.embedding is 'Embedding of content, one float per dimension (real[] because pgvector is not installed; becomes vector(n) when it is).';
comment on column agents.agent_memories.embedding_model is 'Model that produced the embedding; embeddings of different models are not comparable.';
comment on column agents.agent_memories.importance is 'How much the memory matters when recalling, 0 to 1.';
comment on column agents.agent_memories.expires_at is 'After this the memory is no longer recalled; null keeps it.';
comment on column agents.agent_memories.recall_count is 'Times the memory was recalled into a session; with importance and age, decides what is forgotten first.';
comment on column agents.agent_memories.source_session_id is 'Session the memory was formed in.';
comment on column agents.agent_memories.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column agents.agent_memories.metadata is 'Industry- or tenant-specific extension fields.';
alter table agents.agent_memories enable row level security;
alter table agents.agent_memories force row level security;
create policy tenant_isolation on agents.agent_memories for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on agents.agent_memories to finnest_app;
grant select on agents.agent_memories to finnest_readonly;
create trigger set_updated_at before update on agents.agent_memories for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on agents.agent_memories for each row execute function finnest.audit_row();
create table agents.ai_budget_limits (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    user_id uuid,
    agent_name text,
    period text not null,
    period_start date not null,
    period_end date not null,
    token_limit bigint,
    soft_limit_aud numeric(14,2),
    hard_limit_aud numeric(14,2) not null,
    tokens_spent bigint not null default 0,
    spent_aud numeric(14,6) not null default 0,
    overage_approved boolean not null default false,
    overage_approved_by_user_id uuid,
    overage_approved_at timestamptz,
    overage_reason text,
    soft_limit_warned_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_ai_budget_limits primary key (id),
    constraint uq_ai_budget_limits__org_id_id unique (org_id, id),
    constraint fk_ai_budget_limits__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_ai_budget_limits__user_id foreign key (org_id, user_id) references public.users (org_id, id),
    constraint ck_ai_budget_limits__agent_name_format check (agent_name ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_ai_budget_limits__period check (period in ('daily', 'monthly')),
    constraint ck_ai_budget_limits__token_limit_positive check (token_limit > 0),
    constraint ck_ai_budget_limits__soft_limit_aud_non_negative check (soft_limit_aud >= 0),
    constraint ck_ai_budget_limits__hard_limit_aud_non_negative check (hard_limit_aud >= 0),
    constraint ck_ai_budget_limits__tokens_spent_non_negative check (tokens_spent >= 0),
    constraint ck_ai_budget_limits__spent_aud_non_negative check (spent_aud >= 0),
    constraint fk_ai_budget_limits__overage_approved_by_user_id foreign key (org_id, overage_approved_by_user_id) references public.users (org_id, id),
    constraint ck_ai_budget_limits__period_bounds check ((period = 'daily' and period_end = period_start) or (period = 'monthly' and extract(day from period_start) = 1 and period_end = (period_start + interval '1 month')::date - 1)),
    constraint ck_ai_budget_limits__soft_limit_within_hard_limit check (soft_limit_aud is null or soft_limit_aud <= hard_limit_aud),
    constraint ck_ai_budget_limits__spent_within_hard_limit check (spent_aud <= hard_limit_aud or overage_approved),
    constraint ck_ai_budget_limits__tokens_within_limit check (token_limit is null or tokens_spent <= token_limit or overage_approved),
    constraint ck_ai_budget_limits__overage_approval_recorded check (not overage_approved or (overage_approved_by_user_id is not null and overage_approved_at is not null and overage_reason is not null))
);
create unique index uq_ai_budget_limits__org_id_user_id_agent_name_period_start on agents.ai_budget_limits (org_id, (coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid)), (coalesce(agent_name, '')), period, period_start) where deleted_at is null;
create index ix_ai_budget_limits__org_id_period_start_period on agents.ai_budget_limits (org_id, period_start, period) where deleted_at is null;
create index ix_ai_budget_limits__org_id_user_id on agents.ai_budget_limits (org_id, user_id);
create index ix_ai_budget_limits__org_id_overage_approved_by_user_id on agents.ai_budget_limits (org_id, overage_approved_by_user_id);
comment on table agents.ai_budget_limits is 'Caps on AI usage per day or month, for the whole organisation, one user or one agent: token and AUD cost limits with the amount spent so far. Spend may pass the hard limit only when an overage has been approved.';
comment on column agents.ai_budget_limits.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column agents.ai_budget_limits.user_id is 'User the limit applies to; null for the whole organisation.';
comment on column agents.ai_budget_limits.agent_name is 'Agent the limit applies to; null for every agent.';
comment on column agents.ai_budget_limits.period_start is 'First day of the period (the 1st for monthly limits), in the organisation''s time zone.';
comment on column agents.ai_budget_limits.period_end is 'Last day of the period, inclusive.';
comment on column agents.ai_budget_limits.token_limit is 'Most tokens (input + output) in the period; null: no token cap.';
comment on column agents.ai_budget_limits.soft_limit_aud is 'Spend at which users and admins are warned, AUD.';
comment on column agents.ai_budget_limits.hard_limit_aud is 'Spend at which AI calls stop, AUD, unless an overage is approved.';
comment on column agents.ai_budget_limits.tokens_spent is 'Tokens (input + output) used so far in the period.';
comment on column agents.ai_budget_limits.spent_aud is 'AI cost so far in the period, AUD to six decimals (sum of session costs).';
comment on column agents.ai_budget_limits.overage_approved is 'An admin allowed spend past the hard limit for this period.';
comment on column agents.ai_budget_limits.soft_limit_warned_at is 'When the soft-limit warning went out, so it is sent once.';
comment on column agents.ai_budget_limits.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column agents.ai_budget_limits.metadata is 'Industry- or tenant-specific extension fields.';
alter table agents.ai_budget_limits enable row level security;
alter table agents.ai_budget_limits force row level security;
create policy tenant_isolation on agents.ai_budget_limits for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on agents.ai_budget_limits to finnest_app;
grant select on agents.ai_budget_limits to finnest_readonly;
create trigger set_updated_at before update on agents.ai_budget_limits for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on agents.ai_budget_limits for each row execute function finnest.audit_row();
