create table pulse.automations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    description text,
    category text not null,
    trigger_type text not null,
    trigger_event_type text,
    cron_expression text,
    timezone text not null default 'Australia/Sydney',
    conditions jsonb not null default '{}'::jsonb,
    actions jsonb not null,
    enabled boolean not null default false,
    is_system boolean not null default false,
    cooldown_minutes integer,
    max_runs_per_hour integer,
    created_by_user_id uuid,
    last_run_at timestamptz,
    next_run_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_automations primary key (id),
    constraint uq_automations__org_id_id unique (org_id, id),
    constraint fk_automations__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_automations__category check (category in ('compliance', 'roster', 'timesheet', 'fatigue', 'payroll', 'recruitment', 'safety', 'communication', 'custom')),
    constraint ck_automations__trigger_type check (trigger_type in ('event', 'schedule', 'manual')),
    constraint ck_automations__trigger_event_type_format check (trigger_event_type ~ '^[A-Za-z][A-Za-z0-9_.]*$'),
    constraint ck_automations__cron_expression_format check (cron_expression ~ '^\S+(\s+\S+){4}$'),
    constraint ck_automations__timezone_format check (timezone ~ '^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$'),
    constraint ck_automations__cooldown_minutes_non_negative check (cooldown_minutes >= 0),
    constraint ck_automations__max_runs_per_hour_positive check (max_runs_per_hour > 0),
    constraint fk_automations__created_by_user_id foreign key (org_id, created_by_user_id) references public.users (org_id, id),
    constraint ck_automations__event_trigger_names_event check (trigger_type <> 'event' or trigger_event_type is not null),
    constraint ck_automations__schedule_trigger_has_cron check ((trigger_type = 'schedule') = (cron_expression is not null)),
    constraint ck_automations__conditions_is_object check (jsonb_typeof(conditions) = 'object'),
    constraint ck_automations__actions_is_non_empty_array check (jsonb_typeof(actions) = 'array' and jsonb_array_length(actions) > 0)
);
create unique index uq_automations__org_id_name on pulse.automations (org_id, name) where deleted_at is null;
create index ix_automations__org_id_enabled_trigger_event_type on pulse.automations (org_id, enabled, trigger_event_type) where deleted_at is null;
create index ix_automations__org_id_next_run_at on pulse.automations (org_id, next_run_at) where deleted_at is null and enabled and trigger_type = 'schedule';
create index ix_automations__org_id_created_by_user_id on pulse.automations (org_id, created_by_user_id);
comment on table pulse.automations is 'Automation rules: when an event happens (or on a cron schedule) and the conditions hold, run the actions. E.g. credential expiring in 30/14/7 days → notify the worker and their consultant.';
comment on column pulse.automations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.automations.trigger_event_type is 'events.domain_events event_type that fires the rule, e.g. credential.expiring, TimecardMissing.';
comment on column pulse.automations.cron_expression is 'Five-field cron (minute hour day month weekday), evaluated in timezone.';
comment on column pulse.automations.timezone is 'IANA time zone the schedule runs in.';
comment on column pulse.automations.conditions is 'Predicate over the event or record, e.g. {days_until_expiry: {in: [30, 14, 7]}}.';
comment on column pulse.automations.actions is 'Ordered actions: [{type: notify|send_message|create_task|create_alert|update_record|call_webhook|start_agent|escalate, ...}].';
comment on column pulse.automations.is_system is 'Provided by Finnest (compliance defaults); tenants may disable but not edit it.';
comment on column pulse.automations.cooldown_minutes is 'Minutes before the rule may fire again for the same subject.';
comment on column pulse.automations.max_runs_per_hour is 'Safety cap against event storms.';
comment on column pulse.automations.next_run_at is 'Next scheduled run (schedule triggers).';
comment on column pulse.automations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.automations.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.automations enable row level security;
alter table pulse.automations force row level security;
create policy tenant_isolation on pulse.automations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.automations to finnest_app;
grant select on pulse.automations to finnest_readonly;
create trigger set_updated_at before update on pulse.automations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.automations for each row execute function finnest.audit_row();
create table pulse.automation_runs (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    automation_id uuid not null,
    trigger_source text not null,
    triggering_event_id uuid,
    correlation_id uuid,
    subject_table text,
    subject_id uuid,
    triggered_by_user_id uuid,
    retry_of_run_id uuid,
    status text not null default 'queued',
    conditions_matched boolean,
    actions_attempted integer not null default 0,
    actions_succeeded integer not null default 0,
    started_at timestamptz,
    finished_at timestamptz,
    error_message text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_automation_runs primary key (id),
    constraint uq_automation_runs__org_id_id unique (org_id, id),
    constraint fk_automation_runs__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_automation_runs__automation_id foreign key (org_id, automation_id) references pulse.automations (org_id, id),
    constraint ck_automation_runs__trigger_source check (trigger_source in ('event', 'schedule', 'manual', 'retry')),
    constraint ck_automation_runs__subject_table_format check (subject_table ~ '^[a-z_]+\.[a-z_]+$'),
    constraint fk_automation_runs__triggered_by_user_id foreign key (org_id, triggered_by_user_id) references public.users (org_id, id),
    constraint fk_automation_runs__retry_of_run_id foreign key (org_id, retry_of_run_id) references pulse.automation_runs (org_id, id),
    constraint ck_automation_runs__status check (status in ('queued', 'running', 'succeeded', 'partially_failed', 'failed', 'skipped', 'cancelled')),
    constraint ck_automation_runs__actions_attempted_non_negative check (actions_attempted >= 0),
    constraint ck_automation_runs__actions_succeeded_non_negative check (actions_succeeded >= 0),
    constraint ck_automation_runs__succeeded_within_attempted check (actions_succeeded <= actions_attempted),
    constraint ck_automation_runs__finished_after_started check (finished_at is null or (started_at is not null and finished_at >= started_at)),
    constraint ck_automation_runs__finished_has_time check (status in ('queued', 'running') or finished_at is not null),
    constraint ck_automation_runs__failed_has_reason check (status <> 'failed' or error_message is not null),
    constraint ck_automation_runs__subject_complete check ((subject_table is null) = (subject_id is null)),
    constraint ck_automation_runs__manual_names_user check (trigger_source <> 'manual' or triggered_by_user_id is not null),
    constraint ck_automation_runs__retry_names_run check ((trigger_source = 'retry') = (retry_of_run_id is not null))
);
create index ix_automation_runs__org_id_automation_id_started_at on pulse.automation_runs (org_id, automation_id, started_at) where deleted_at is null;
create index ix_automation_runs__org_id_status_started_at on pulse.automation_runs (org_id, status, started_at) where deleted_at is null;
create index ix_automation_runs__org_id_correlation_id on pulse.automation_runs (org_id, correlation_id);
create index ix_automation_runs__org_id_automation_id on pulse.automation_runs (org_id, automation_id);
create index ix_automation_runs__org_id_triggering_event_id on pulse.automation_runs (org_id, triggering_event_id);
create index ix_automation_runs__org_id_triggered_by_user_id on pulse.automation_runs (org_id, triggered_by_user_id);
create index ix_automation_runs__org_id_retry_of_run_id on pulse.automation_runs (org_id, retry_of_run_id);
comment on table pulse.automation_runs is 'One firing of an automation: what triggered it, whether its conditions held, and how its actions went.';
comment on column pulse.automation_runs.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.automation_runs.triggering_event_id is 'Soft reference to events.domain_events (no FK: cross-domain). Domain event that fired the run.';
comment on column pulse.automation_runs.correlation_id is 'Correlation id carried from the triggering event into everything the run does.';
comment on column pulse.automation_runs.subject_table is 'schema.table of the record the run is about, e.g. people.employee_qualifications.';
comment on column pulse.automation_runs.subject_id is 'id of that record (soft reference).';
comment on column pulse.automation_runs.triggered_by_user_id is 'Who started a manual run.';
comment on column pulse.automation_runs.conditions_matched is 'Null until evaluated; false: the run was skipped.';
comment on column pulse.automation_runs.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.automation_runs.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.automation_runs enable row level security;
alter table pulse.automation_runs force row level security;
create policy tenant_isolation on pulse.automation_runs for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.automation_runs to finnest_app;
grant select on pulse.automation_runs to finnest_readonly;
create trigger set_updated_at before update on pulse.automation_runs for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.automation_runs for each row execute function finnest.audit_row();
create table pulse.automation_results (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    automation_run_id uuid not null,
    action_index integer not null,
    action_type text not null,
    status text not null,
    target_table text,
    target_id uuid,
    output jsonb,
    error_message text,
    executed_at timestamptz not null default now(),
    duration_ms integer,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_automation_results primary key (id),
    constraint uq_automation_results__org_id_id unique (org_id, id),
    constraint fk_automation_results__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_automation_results__automation_run_id foreign key (org_id, automation_run_id) references pulse.automation_runs (org_id, id),
    constraint ck_automation_results__action_index_non_negative check (action_index >= 0),
    constraint ck_automation_results__action_type check (action_type in ('notify', 'send_message', 'create_task', 'create_alert', 'update_record', 'call_webhook', 'start_agent', 'escalate')),
    constraint ck_automation_results__status check (status in ('succeeded', 'failed', 'skipped')),
    constraint ck_automation_results__target_table_format check (target_table ~ '^[a-z_]+\.[a-z_]+$'),
    constraint ck_automation_results__duration_ms_non_negative check (duration_ms >= 0),
    constraint ck_automation_results__failed_has_reason check (status <> 'failed' or error_message is not null),
    constraint ck_automation_results__target_complete check ((target_table is null) = (target_id is null))
);
create unique index uq_automation_results__org_id_automation_run_id_action_index on pulse.automation_results (org_id, automation_run_id, action_index) where deleted_at is null;
create index ix_automation_results__org_id_status_executed_at on pulse.automation_results (org_id, status, executed_at) where deleted_at is null;
create index ix_automation_results__org_id_automation_run_id on pulse.automation_results (org_id, automation_run_id);
comment on table pulse.automation_results is 'Outcome of one action of an automation run: what it did, to which record, and any error.';
comment on column pulse.automation_results.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.automation_results.action_index is 'Position of the action in automations.actions (0-based).';
comment on column pulse.automation_results.target_table is 'schema.table of the record created or changed, e.g. reach.messages, pulse.anomaly_detections.';
comment on column pulse.automation_results.target_id is 'id of that record (soft reference).';
comment on column pulse.automation_results.output is 'What the action returned (message id, HTTP status, agent answer).';
comment on column pulse.automation_results.duration_ms is 'Milliseconds the action took.';
comment on column pulse.automation_results.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.automation_results.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.automation_results enable row level security;
alter table pulse.automation_results force row level security;
create policy tenant_isolation on pulse.automation_results for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.automation_results to finnest_app;
grant select on pulse.automation_results to finnest_readonly;
create trigger set_updated_at before update on pulse.automation_results for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.automation_results for each row execute function finnest.audit_row();
create table pulse.predictive_models (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    model_type text not null,
    algorithm text not null,
    version text not null,
    status text not null default 'training',
    training_data_from date,
    training_data_to date,
    training_rows bigint,
    feature_names text[] not null default '{}'::text[],
    hyperparameters jsonb not null default '{}'::jsonb,
    metrics jsonb not null default '{}'::jsonb,
    primary_metric text,
    primary_metric_value numeric(12,6),
    artifact_uri text,
    trained_at timestamptz,
    activated_at timestamptz,
    retired_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_predictive_models primary key (id),
    constraint uq_predictive_models__org_id_id unique (org_id, id),
    constraint fk_predictive_models__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_predictive_models__model_type check (model_type in ('demand_forecast', 'no_show_risk', 'attrition_risk', 'fatigue_risk', 'timesheet_anomaly', 'candidate_fit', 'cost_forecast', 'credential_lapse_risk')),
    constraint ck_predictive_models__status check (status in ('training', 'validating', 'active', 'retired', 'failed')),
    constraint ck_predictive_models__training_rows_non_negative check (training_rows >= 0),
    constraint ck_predictive_models__training_window check (training_data_to is null or training_data_from is null or training_data_to >= training_data_from),
    constraint ck_predictive_models__active_is_deployable check (status <> 'active' or (artifact_uri is not null and activated_at is not null)),
    constraint ck_predictive_models__retired_has_time check (status <> 'retired' or retired_at is not null),
    constraint ck_predictive_models__metric_named check ((primary_metric is null) = (primary_metric_value is null))
);
create unique index uq_predictive_models__org_id_name_version on pulse.predictive_models (org_id, name, version) where deleted_at is null;
create unique index uq_predictive_models__org_id_model_type on pulse.predictive_models (org_id, model_type) where deleted_at is null and status = 'active';
create index ix_predictive_models__org_id_model_type_status on pulse.predictive_models (org_id, model_type, status) where deleted_at is null;
comment on table pulse.predictive_models is 'Trained models a tenant uses (demand forecast, no-show and attrition risk, fatigue risk, timesheet anomalies): algorithm, version, training window, features, metrics and where the artefact is. One active model per type.';
comment on column pulse.predictive_models.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.predictive_models.algorithm is 'e.g. gradient_boosting, prophet, isolation_forest, logistic_regression.';
comment on column pulse.predictive_models.version is 'Model version, e.g. 2026.01.1.';
comment on column pulse.predictive_models.feature_names is 'Input features, e.g. day_of_week, site_id, lead_time_hours.';
comment on column pulse.predictive_models.metrics is 'Evaluation on held-out data, e.g. {auc: 0.87, mape: 0.12}.';
comment on column pulse.predictive_models.primary_metric is 'Metric the model is judged by, e.g. auc, mape.';
comment on column pulse.predictive_models.artifact_uri is 'Where the trained model is stored.';
comment on column pulse.predictive_models.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.predictive_models.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.predictive_models enable row level security;
alter table pulse.predictive_models force row level security;
create policy tenant_isolation on pulse.predictive_models for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.predictive_models to finnest_app;
grant select on pulse.predictive_models to finnest_readonly;
create trigger set_updated_at before update on pulse.predictive_models for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.predictive_models for each row execute function finnest.audit_row();
create table pulse.optimisation_runs (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    problem_type text not null,
    roster_id uuid,
    client_id uuid,
    site_id uuid,
    office_id uuid,
    period_start date not null,
    period_end date not null,
    objective text not null,
    objective_weights jsonb,
    parameters jsonb not null default '{}'::jsonb,
    solver text not null,
    solver_version text,
    time_limit_seconds integer,
    status text not null default 'queued',
    started_at timestamptz,
    finished_at timestamptz,
    baseline_value numeric(18,4),
    objective_value numeric(18,4),
    optimality_gap numeric(6,4),
    shifts_considered integer,
    assignments_proposed integer,
    shifts_unfilled integer,
    result_summary jsonb,
    requested_by_user_id uuid,
    agent_session_id uuid,
    applied_by_user_id uuid,
    applied_at timestamptz,
    error_message text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_optimisation_runs primary key (id),
    constraint uq_optimisation_runs__org_id_id unique (org_id, id),
    constraint fk_optimisation_runs__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_optimisation_runs__problem_type check (problem_type in ('roster_fill', 'shift_assignment', 'travel_minimisation', 'overtime_minimisation', 'labour_cost', 'fatigue_balancing')),
    constraint fk_optimisation_runs__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_optimisation_runs__objective check (objective in ('minimise_cost', 'maximise_fill', 'minimise_travel', 'minimise_overtime', 'balance_hours', 'weighted')),
    constraint ck_optimisation_runs__time_limit_seconds_positive check (time_limit_seconds > 0),
    constraint ck_optimisation_runs__status check (status in ('queued', 'running', 'completed', 'infeasible', 'timed_out', 'failed', 'cancelled', 'applied')),
    constraint ck_optimisation_runs__optimality_gap_range check (optimality_gap between 0 and 1),
    constraint ck_optimisation_runs__shifts_considered_non_negative check (shifts_considered >= 0),
    constraint ck_optimisation_runs__assignments_proposed_non_negative check (assignments_proposed >= 0),
    constraint ck_optimisation_runs__shifts_unfilled_non_negative check (shifts_unfilled >= 0),
    constraint fk_optimisation_runs__requested_by_user_id foreign key (org_id, requested_by_user_id) references public.users (org_id, id),
    constraint fk_optimisation_runs__applied_by_user_id foreign key (org_id, applied_by_user_id) references public.users (org_id, id),
    constraint ck_optimisation_runs__period_end_after_period_start check (period_end >= period_start),
    constraint ck_optimisation_runs__finished_after_started check (finished_at is null or (started_at is not null and finished_at >= started_at)),
    constraint ck_optimisation_runs__completed_has_value check (status not in ('completed', 'applied') or objective_value is not null),
    constraint ck_optimisation_runs__applied_has_approver check (status <> 'applied' or (applied_at is not null and applied_by_user_id is not null)),
    constraint ck_optimisation_runs__weighted_has_weights check (objective <> 'weighted' or objective_weights is not null),
    constraint ck_optimisation_runs__failed_has_reason check (status <> 'failed' or error_message is not null)
);
create index ix_optimisation_runs__org_id_status_inserted_at on pulse.optimisation_runs (org_id, status, inserted_at) where deleted_at is null;
create index ix_optimisation_runs__org_id_problem_type_period_start on pulse.optimisation_runs (org_id, problem_type, period_start) where deleted_at is null;
create index ix_optimisation_runs__org_id_roster_id on pulse.optimisation_runs (org_id, roster_id);
create index ix_optimisation_runs__org_id_client_id on pulse.optimisation_runs (org_id, client_id);
create index ix_optimisation_runs__org_id_site_id on pulse.optimisation_runs (org_id, site_id);
create index ix_optimisation_runs__org_id_office_id on pulse.optimisation_runs (org_id, office_id);
create index ix_optimisation_runs__org_id_requested_by_user_id on pulse.optimisation_runs (org_id, requested_by_user_id);
create index ix_optimisation_runs__org_id_agent_session_id on pulse.optimisation_runs (org_id, agent_session_id);
create index ix_optimisation_runs__org_id_applied_by_user_id on pulse.optimisation_runs (org_id, applied_by_user_id);
comment on table pulse.optimisation_runs is 'Solver runs that fill or rebalance rosters (assignments, travel, overtime, fatigue): scope, objective, solver, result and whether it was applied.';
comment on column pulse.optimisation_runs.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.optimisation_runs.roster_id is 'Soft reference to roster.rosters (no FK: cross-domain).';
comment on column pulse.optimisation_runs.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column pulse.optimisation_runs.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column pulse.optimisation_runs.objective_weights is 'Weights when objective = weighted, e.g. {cost: 0.6, fill: 0.3, travel: 0.1}.';
comment on column pulse.optimisation_runs.parameters is 'Hard and soft constraints switched on (award minimum engagement, 10 h between shifts, credentials, fatigue limits).';
comment on column pulse.optimisation_runs.solver is 'e.g. or-tools cp-sat.';
comment on column pulse.optimisation_runs.baseline_value is 'Objective value of the current roster, in the objective''s unit (AUD, km, hours, shifts).';
comment on column pulse.optimisation_runs.objective_value is 'Objective value of the solution, same unit.';
comment on column pulse.optimisation_runs.optimality_gap is 'Solver''s bound gap at stop: 0.0000 = proven optimal.';
comment on column pulse.optimisation_runs.result_summary is 'Proposed assignments and changes, or the infeasibility explanation.';
comment on column pulse.optimisation_runs.agent_session_id is 'Soft reference to agents.agent_sessions (no FK: cross-domain). AI agent session that requested the run.';
comment on column pulse.optimisation_runs.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.optimisation_runs.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.optimisation_runs enable row level security;
alter table pulse.optimisation_runs force row level security;
create policy tenant_isolation on pulse.optimisation_runs for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.optimisation_runs to finnest_app;
grant select on pulse.optimisation_runs to finnest_readonly;
create trigger set_updated_at before update on pulse.optimisation_runs for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.optimisation_runs for each row execute function finnest.audit_row();
create table pulse.anomaly_detections (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    anomaly_type text not null,
    severity text not null,
    status text not null default 'open',
    detector text not null,
    automation_run_id uuid,
    predictive_model_id uuid,
    title text not null,
    description text,
    subject_table text,
    subject_id uuid,
    employee_id uuid,
    client_id uuid,
    site_id uuid,
    detected_at timestamptz not null default now(),
    due_at timestamptz,
    observed_value numeric(14,4),
    expected_value numeric(14,4),
    threshold_value numeric(14,4),
    unit text,
    anomaly_score numeric(6,4),
    details jsonb,
    dedupe_key text,
    assigned_to_user_id uuid,
    acknowledged_at timestamptz,
    resolved_at timestamptz,
    resolution_note text,
    dismissed_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_anomaly_detections primary key (id),
    constraint uq_anomaly_detections__org_id_id unique (org_id, id),
    constraint fk_anomaly_detections__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_anomaly_detections__anomaly_type check (anomaly_type in ('credential_expiring', 'credential_expired', 'missing_timesheet', 'overtime_threshold', 'fatigue_threshold', 'no_show', 'visa_hour_cap', 'pay_variance', 'duplicate_timesheet', 'geofence_breach', 'unusual_hours', 'cost_overrun')),
    constraint ck_anomaly_detections__severity check (severity in ('info', 'warning', 'critical')),
    constraint ck_anomaly_detections__status check (status in ('open', 'in_progress', 'done', 'dismissed')),
    constraint ck_anomaly_detections__detector check (detector in ('rule', 'model', 'agent')),
    constraint fk_anomaly_detections__automation_run_id foreign key (org_id, automation_run_id) references pulse.automation_runs (org_id, id),
    constraint fk_anomaly_detections__predictive_model_id foreign key (org_id, predictive_model_id) references pulse.predictive_models (org_id, id),
    constraint ck_anomaly_detections__subject_table_format check (subject_table ~ '^[a-z_]+\.[a-z_]+$'),
    constraint ck_anomaly_detections__anomaly_score_range check (anomaly_score between 0 and 1),
    constraint fk_anomaly_detections__assigned_to_user_id foreign key (org_id, assigned_to_user_id) references public.users (org_id, id),
    constraint ck_anomaly_detections__subject_complete check ((subject_table is null) = (subject_id is null)),
    constraint ck_anomaly_detections__model_detection_names_model check (detector <> 'model' or predictive_model_id is not null),
    constraint ck_anomaly_detections__closed_has_time check (status not in ('done', 'dismissed') or resolved_at is not null),
    constraint ck_anomaly_detections__dismissed_has_reason check (status <> 'dismissed' or dismissed_reason is not null),
    constraint ck_anomaly_detections__resolved_after_detected check (resolved_at is null or resolved_at >= detected_at),
    constraint ck_anomaly_detections__acknowledged_after_detected check (acknowledged_at is null or acknowledged_at >= detected_at)
);
create unique index uq_anomaly_detections__org_id_anomaly_type_dedupe_key on pulse.anomaly_detections (org_id, anomaly_type, dedupe_key) where deleted_at is null and status in ('open', 'in_progress');
create index ix_anomaly_detections__org_id_status_severity_detected_at on pulse.anomaly_detections (org_id, status, severity, detected_at) where deleted_at is null;
create index ix_anomaly_detections__org_id_employee_id_status on pulse.anomaly_detections (org_id, employee_id, status) where deleted_at is null;
create index ix_anomaly_detections__org_id_assigned_to_user_id_status on pulse.anomaly_detections (org_id, assigned_to_user_id, status) where deleted_at is null;
create index ix_anomaly_detections__org_id_automation_run_id on pulse.anomaly_detections (org_id, automation_run_id);
create index ix_anomaly_detections__org_id_predictive_model_id on pulse.anomaly_detections (org_id, predictive_model_id);
create index ix_anomaly_detections__org_id_employee_id on pulse.anomaly_detections (org_id, employee_id);
create index ix_anomaly_detections__org_id_client_id on pulse.anomaly_detections (org_id, client_id);
create index ix_anomaly_detections__org_id_site_id on pulse.anomaly_detections (org_id, site_id);
create index ix_anomaly_detections__org_id_assigned_to_user_id on pulse.anomaly_detections (org_id, assigned_to_user_id);
comment on table pulse.anomaly_detections is 'Anomalies and alerts raised by rules, models or agents for people to work: credential expiring (30/14/7 days), missing timesheet, overtime or fatigue threshold, no-show, visa-hour cap, pay variance. Severity and a work status.';
comment on column pulse.anomaly_detections.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.anomaly_detections.subject_table is 'schema.table of the record concerned, e.g. timekeep.timecards.';
comment on column pulse.anomaly_detections.subject_id is 'id of that record (soft reference).';
comment on column pulse.anomaly_detections.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column pulse.anomaly_detections.client_id is 'Soft reference to clients.clients (no FK: cross-domain).';
comment on column pulse.anomaly_detections.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';
comment on column pulse.anomaly_detections.due_at is 'When it becomes a breach, e.g. the credential''s expiry or the visa fortnight''s end.';
comment on column pulse.anomaly_detections.observed_value is 'Measured value in unit, e.g. 52.5 hours this fortnight.';
comment on column pulse.anomaly_detections.expected_value is 'Expected or forecast value in unit.';
comment on column pulse.anomaly_detections.threshold_value is 'Limit crossed in unit, e.g. 48 hours per fortnight for a student visa.';
comment on column pulse.anomaly_detections.unit is 'Unit of the values: hours, AUD, days, shifts.';
comment on column pulse.anomaly_detections.anomaly_score is 'Model score, 0.0000-1.0000.';
comment on column pulse.anomaly_detections.dedupe_key is 'Identifies the same anomaly raised again (e.g. employee id + credential + 7d), so only one stays open.';
comment on column pulse.anomaly_detections.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.anomaly_detections.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.anomaly_detections enable row level security;
alter table pulse.anomaly_detections force row level security;
create policy tenant_isolation on pulse.anomaly_detections for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.anomaly_detections to finnest_app;
grant select on pulse.anomaly_detections to finnest_readonly;
create trigger set_updated_at before update on pulse.anomaly_detections for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.anomaly_detections for each row execute function finnest.audit_row();
create table pulse.dashboards (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    description text,
    owner_user_id uuid not null,
    visibility text not null default 'private',
    office_id uuid,
    is_default boolean not null default false,
    filters jsonb not null default '{}'::jsonb,
    refresh_interval_seconds integer,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_dashboards primary key (id),
    constraint uq_dashboards__org_id_id unique (org_id, id),
    constraint fk_dashboards__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_dashboards__owner_user_id foreign key (org_id, owner_user_id) references public.users (org_id, id),
    constraint ck_dashboards__visibility check (visibility in ('private', 'office', 'organisation')),
    constraint fk_dashboards__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_dashboards__refresh_interval_seconds_minimum check (refresh_interval_seconds >= 30),
    constraint ck_dashboards__office_visibility_names_office check ((visibility = 'office') = (office_id is not null))
);
create unique index uq_dashboards__org_id_owner_user_id_name on pulse.dashboards (org_id, owner_user_id, name) where deleted_at is null;
create index ix_dashboards__org_id_visibility_office_id on pulse.dashboards (org_id, visibility, office_id) where deleted_at is null;
create index ix_dashboards__org_id_owner_user_id on pulse.dashboards (org_id, owner_user_id);
create index ix_dashboards__org_id_office_id on pulse.dashboards (org_id, office_id);
comment on table pulse.dashboards is 'Operations dashboards: a named layout of widgets, private to a user or shared with an office or the organisation.';
comment on column pulse.dashboards.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.dashboards.office_id is 'Office shared with when visibility = office.';
comment on column pulse.dashboards.is_default is 'Opened first for users it is shared with.';
comment on column pulse.dashboards.filters is 'Default filters, e.g. {office: ..., client: ..., range: last_7_days}.';
comment on column pulse.dashboards.refresh_interval_seconds is 'Auto-refresh period; null: manual.';
comment on column pulse.dashboards.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.dashboards.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.dashboards enable row level security;
alter table pulse.dashboards force row level security;
create policy tenant_isolation on pulse.dashboards for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.dashboards to finnest_app;
grant select on pulse.dashboards to finnest_readonly;
create trigger set_updated_at before update on pulse.dashboards for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.dashboards for each row execute function finnest.audit_row();
create table pulse.dashboard_widgets (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    dashboard_id uuid not null,
    title text not null,
    widget_type text not null,
    metric_key text not null,
    predictive_model_id uuid,
    query_config jsonb not null default '{}'::jsonb,
    thresholds jsonb,
    position_x integer not null default 0,
    position_y integer not null default 0,
    width integer not null default 6,
    height integer not null default 4,
    refresh_interval_seconds integer,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_dashboard_widgets primary key (id),
    constraint uq_dashboard_widgets__org_id_id unique (org_id, id),
    constraint fk_dashboard_widgets__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_dashboard_widgets__dashboard_id foreign key (org_id, dashboard_id) references pulse.dashboards (org_id, id),
    constraint ck_dashboard_widgets__widget_type check (widget_type in ('kpi', 'line_chart', 'bar_chart', 'pie_chart', 'table', 'list', 'map', 'gauge', 'heatmap')),
    constraint ck_dashboard_widgets__metric_key_format check (metric_key ~ '^[a-z][a-z0-9_.]*$'),
    constraint fk_dashboard_widgets__predictive_model_id foreign key (org_id, predictive_model_id) references pulse.predictive_models (org_id, id),
    constraint ck_dashboard_widgets__position_x_range check (position_x between 0 and 23),
    constraint ck_dashboard_widgets__position_y_non_negative check (position_y >= 0),
    constraint ck_dashboard_widgets__width_range check (width between 1 and 24),
    constraint ck_dashboard_widgets__height_range check (height between 1 and 24),
    constraint ck_dashboard_widgets__refresh_interval_seconds_minimum check (refresh_interval_seconds >= 30),
    constraint ck_dashboard_widgets__fits_grid check (position_x + width <= 24)
);
create index ix_dashboard_widgets__org_id_dashboard_id_position_y_position_x on pulse.dashboard_widgets (org_id, dashboard_id, position_y, position_x) where deleted_at is null;
create index ix_dashboard_widgets__org_id_dashboard_id on pulse.dashboard_widgets (org_id, dashboard_id);
create index ix_dashboard_widgets__org_id_predictive_model_id on pulse.dashboard_widgets (org_id, predictive_model_id);
comment on table pulse.dashboard_widgets is 'Widgets on a dashboard: a metric shown as a KPI, chart, table or map, placed on a 24-column grid.';
comment on column pulse.dashboard_widgets.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column pulse.dashboard_widgets.metric_key is 'Metric shown, e.g. roster.fill_rate, timekeep.missing_timesheets, payroll.gross_wages.';
comment on column pulse.dashboard_widgets.predictive_model_id is 'Model whose forecast is overlaid, if any.';
comment on column pulse.dashboard_widgets.query_config is 'Grouping, filters and time range of the metric.';
comment on column pulse.dashboard_widgets.thresholds is 'Warning and critical bands, e.g. {warning: 0.9, critical: 0.8}.';
comment on column pulse.dashboard_widgets.position_x is 'Grid column of the left edge (0-23).';
comment on column pulse.dashboard_widgets.position_y is 'Grid row of the top edge.';
comment on column pulse.dashboard_widgets.width is 'Grid columns wide.';
comment on column pulse.dashboard_widgets.height is 'Grid rows high.';
comment on column pulse.dashboard_widgets.refresh_interval_seconds is 'Overrides the dashboard''s refresh; null: inherit.';
comment on column pulse.dashboard_widgets.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column pulse.dashboard_widgets.metadata is 'Industry- or tenant-specific extension fields.';
alter table pulse.dashboard_widgets enable row level security;
alter table pulse.dashboard_widgets force row level security;
create policy tenant_isolation on pulse.dashboard_widgets for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on pulse.dashboard_widgets to finnest_app;
grant select on pulse.dashboard_widgets to finnest_readonly;
create trigger set_updated_at before update on pulse.dashboard_widgets for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on pulse.dashboard_widgets for each row execute function finnest.audit_row();
