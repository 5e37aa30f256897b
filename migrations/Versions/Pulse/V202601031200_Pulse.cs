using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Pulse;

/// <summary>
/// Operations automation (docs/design/DOMAIN.md §8): rules that fire on domain events or a schedule and run
/// actions, the runs and per-action results, anomalies raised for people to work (credential
/// expiring, missing timesheet, overtime or fatigue threshold, no-show, visa-hour cap),
/// roster optimisation runs, predictive models, and dashboards.
/// </summary>
[Migration(202601031200, "pulse: automations, runs, results, predictive models, optimisation runs, anomaly detections, dashboards, widgets")]
public sealed class V202601031200_Pulse : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("pulse.automations", "Automation rules: when an event happens (or on a cron schedule) and the conditions hold, run the actions. E.g. credential expiring in 30/14/7 days → notify the worker and their consultant.", t =>
        {
            t.Text("name").NotNull();
            t.Text("description");
            t.Text("category").NotNull().In("compliance", "roster", "timesheet", "fatigue", "payroll", "recruitment", "safety", "communication", "custom");
            t.Text("trigger_type").NotNull().In("event", "schedule", "manual");
            t.Text("trigger_event_type").Matches("^[A-Za-z][A-Za-z0-9_.]*$").Comment("events.domain_events event_type that fires the rule, e.g. credential.expiring, TimecardMissing.");
            t.Text("cron_expression").Matches("^\\S+(\\s+\\S+){4}$").Comment("Five-field cron (minute hour day month weekday), evaluated in timezone.");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern).Comment("IANA time zone the schedule runs in.");
            t.Jsonb("conditions").NotNull().Default("'{}'::jsonb").Comment("Predicate over the event or record, e.g. {days_until_expiry: {in: [30, 14, 7]}}.");
            t.Jsonb("actions").NotNull().Comment("Ordered actions: [{type: notify|send_message|create_task|create_alert|update_record|call_webhook|start_agent|escalate, ...}].");
            t.Bool("enabled").NotNull().Default("false");
            t.Bool("is_system").NotNull().Default("false").Comment("Provided by Finnest (compliance defaults); tenants may disable but not edit it.");
            t.Int("cooldown_minutes").NonNegative().Comment("Minutes before the rule may fire again for the same subject.");
            t.Int("max_runs_per_hour").Positive().Comment("Safety cap against event storms.");
            t.TenantRef("created_by_user_id", "public.users");
            t.Timestamp("last_run_at");
            t.Timestamp("next_run_at").Comment("Next scheduled run (schedule triggers).");
            t.Check("event_trigger_names_event", "trigger_type <> 'event' or trigger_event_type is not null");
            t.Check("schedule_trigger_has_cron", "(trigger_type = 'schedule') = (cron_expression is not null)");
            t.Check("conditions_is_object", "jsonb_typeof(conditions) = 'object'");
            t.Check("actions_is_non_empty_array", "jsonb_typeof(actions) = 'array' and jsonb_array_length(actions) > 0");
            t.UniqueWhileActive("name");
            t.ActiveIndex("enabled", "trigger_event_type");
            t.Index("next_run_at").Where("deleted_at is null and enabled and trigger_type = 'schedule'");
        });

        db.TenantTable("pulse.automation_runs", "One firing of an automation: what triggered it, whether its conditions held, and how its actions went.", t =>
        {
            t.TenantRef("automation_id", "pulse.automations").NotNull();
            t.Text("trigger_source").NotNull().In("event", "schedule", "manual", "retry");
            t.SoftRef("triggering_event_id", "events.domain_events", "Domain event that fired the run.");
            t.Uuid("correlation_id").Comment("Correlation id carried from the triggering event into everything the run does.");
            t.Text("subject_table").Matches("^[a-z_]+\\.[a-z_]+$").Comment("schema.table of the record the run is about, e.g. people.employee_qualifications.");
            t.Uuid("subject_id").Comment("id of that record (soft reference).");
            t.TenantRef("triggered_by_user_id", "public.users").Comment("Who started a manual run.");
            t.TenantRef("retry_of_run_id", "pulse.automation_runs");
            t.Text("status").NotNull().Default("'queued'").In("queued", "running", "succeeded", "partially_failed", "failed", "skipped", "cancelled");
            t.Bool("conditions_matched").Comment("Null until evaluated; false: the run was skipped.");
            t.Int("actions_attempted").NotNull().Default("0").NonNegative();
            t.Int("actions_succeeded").NotNull().Default("0").NonNegative();
            t.Timestamp("started_at");
            t.Timestamp("finished_at");
            t.Text("error_message");
            t.Check("succeeded_within_attempted", "actions_succeeded <= actions_attempted");
            t.Check("finished_after_started", "finished_at is null or (started_at is not null and finished_at >= started_at)");
            t.Check("finished_has_time", "status in ('queued', 'running') or finished_at is not null");
            t.Check("failed_has_reason", "status <> 'failed' or error_message is not null");
            t.Check("subject_complete", "(subject_table is null) = (subject_id is null)");
            t.Check("manual_names_user", "trigger_source <> 'manual' or triggered_by_user_id is not null");
            t.Check("retry_names_run", "(trigger_source = 'retry') = (retry_of_run_id is not null)");
            t.ActiveIndex("automation_id", "started_at");
            t.ActiveIndex("status", "started_at");
            t.Index("correlation_id");
        });

        db.TenantTable("pulse.automation_results", "Outcome of one action of an automation run: what it did, to which record, and any error.", t =>
        {
            t.TenantRef("automation_run_id", "pulse.automation_runs").NotNull();
            t.Int("action_index").NotNull().NonNegative().Comment("Position of the action in automations.actions (0-based).");
            t.Text("action_type").NotNull().In("notify", "send_message", "create_task", "create_alert", "update_record", "call_webhook", "start_agent", "escalate");
            t.Text("status").NotNull().In("succeeded", "failed", "skipped");
            t.Text("target_table").Matches("^[a-z_]+\\.[a-z_]+$").Comment("schema.table of the record created or changed, e.g. reach.messages, pulse.anomaly_detections.");
            t.Uuid("target_id").Comment("id of that record (soft reference).");
            t.Jsonb("output").Comment("What the action returned (message id, HTTP status, agent answer).");
            t.Text("error_message");
            t.Timestamp("executed_at").NotNull().Default("now()");
            t.Int("duration_ms").NonNegative().Comment("Milliseconds the action took.");
            t.Check("failed_has_reason", "status <> 'failed' or error_message is not null");
            t.Check("target_complete", "(target_table is null) = (target_id is null)");
            t.UniqueWhileActive("automation_run_id", "action_index");
            t.ActiveIndex("status", "executed_at");
        });

        db.TenantTable("pulse.predictive_models", "Trained models a tenant uses (demand forecast, no-show and attrition risk, fatigue risk, timesheet anomalies): algorithm, version, training window, features, metrics and where the artefact is. One active model per type.", t =>
        {
            t.Text("name").NotNull();
            t.Text("model_type").NotNull().In("demand_forecast", "no_show_risk", "attrition_risk", "fatigue_risk", "timesheet_anomaly", "candidate_fit", "cost_forecast", "credential_lapse_risk");
            t.Text("algorithm").NotNull().Comment("e.g. gradient_boosting, prophet, isolation_forest, logistic_regression.");
            t.Text("version").NotNull().Comment("Model version, e.g. 2026.01.1.");
            t.Text("status").NotNull().Default("'training'").In("training", "validating", "active", "retired", "failed");
            t.Date("training_data_from");
            t.Date("training_data_to");
            t.BigInt("training_rows").NonNegative();
            t.Column("feature_names", "text[]").NotNull().Default("'{}'::text[]").Comment("Input features, e.g. day_of_week, site_id, lead_time_hours.");
            t.Jsonb("hyperparameters").NotNull().Default("'{}'::jsonb");
            t.Jsonb("metrics").NotNull().Default("'{}'::jsonb").Comment("Evaluation on held-out data, e.g. {auc: 0.87, mape: 0.12}.");
            t.Text("primary_metric").Comment("Metric the model is judged by, e.g. auc, mape.");
            t.Column("primary_metric_value", "numeric(12,6)");
            t.Text("artifact_uri").Comment("Where the trained model is stored.");
            t.Timestamp("trained_at");
            t.Timestamp("activated_at");
            t.Timestamp("retired_at");
            t.Check("training_window", "training_data_to is null or training_data_from is null or training_data_to >= training_data_from");
            t.Check("active_is_deployable", "status <> 'active' or (artifact_uri is not null and activated_at is not null)");
            t.Check("retired_has_time", "status <> 'retired' or retired_at is not null");
            t.Check("metric_named", "(primary_metric is null) = (primary_metric_value is null)");
            t.UniqueWhileActive("name", "version");
            t.UniqueWhileActive("model_type").Where("deleted_at is null and status = 'active'");
            t.ActiveIndex("model_type", "status");
        });

        db.TenantTable("pulse.optimisation_runs", "Solver runs that fill or rebalance rosters (assignments, travel, overtime, fatigue): scope, objective, solver, result and whether it was applied.", t =>
        {
            t.Text("problem_type").NotNull().In("roster_fill", "shift_assignment", "travel_minimisation", "overtime_minimisation", "labour_cost", "fatigue_balancing");
            t.SoftRef("roster_id", "roster.rosters");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.TenantRef("office_id", "public.offices");
            t.Date("period_start").NotNull();
            t.Date("period_end").NotNull();
            t.Text("objective").NotNull().In("minimise_cost", "maximise_fill", "minimise_travel", "minimise_overtime", "balance_hours", "weighted");
            t.Jsonb("objective_weights").Comment("Weights when objective = weighted, e.g. {cost: 0.6, fill: 0.3, travel: 0.1}.");
            t.Jsonb("parameters").NotNull().Default("'{}'::jsonb").Comment("Hard and soft constraints switched on (award minimum engagement, 10 h between shifts, credentials, fatigue limits).");
            t.Text("solver").NotNull().Comment("e.g. or-tools cp-sat.");
            t.Text("solver_version");
            t.Int("time_limit_seconds").Positive();
            t.Text("status").NotNull().Default("'queued'").In("queued", "running", "completed", "infeasible", "timed_out", "failed", "cancelled", "applied");
            t.Timestamp("started_at");
            t.Timestamp("finished_at");
            t.Column("baseline_value", "numeric(18,4)").Comment("Objective value of the current roster, in the objective's unit (AUD, km, hours, shifts).");
            t.Column("objective_value", "numeric(18,4)").Comment("Objective value of the solution, same unit.");
            t.Fraction("optimality_gap").Between(0, 1).Comment("Solver's bound gap at stop: 0.0000 = proven optimal.");
            t.Int("shifts_considered").NonNegative();
            t.Int("assignments_proposed").NonNegative();
            t.Int("shifts_unfilled").NonNegative();
            t.Jsonb("result_summary").Comment("Proposed assignments and changes, or the infeasibility explanation.");
            t.TenantRef("requested_by_user_id", "public.users");
            t.SoftRef("agent_session_id", "agents.agent_sessions", "AI agent session that requested the run.");
            t.TenantRef("applied_by_user_id", "public.users");
            t.Timestamp("applied_at");
            t.Text("error_message");
            t.Period("period_start", "period_end");
            t.Check("finished_after_started", "finished_at is null or (started_at is not null and finished_at >= started_at)");
            t.Check("completed_has_value", "status not in ('completed', 'applied') or objective_value is not null");
            t.Check("applied_has_approver", "status <> 'applied' or (applied_at is not null and applied_by_user_id is not null)");
            t.Check("weighted_has_weights", "objective <> 'weighted' or objective_weights is not null");
            t.Check("failed_has_reason", "status <> 'failed' or error_message is not null");
            t.ActiveIndex("status", "inserted_at");
            t.ActiveIndex("problem_type", "period_start");
        });

        db.TenantTable("pulse.anomaly_detections", "Anomalies and alerts raised by rules, models or agents for people to work: credential expiring (30/14/7 days), missing timesheet, overtime or fatigue threshold, no-show, visa-hour cap, pay variance. Severity and a work status.", t =>
        {
            t.Text("anomaly_type").NotNull().In("credential_expiring", "credential_expired", "missing_timesheet", "overtime_threshold", "fatigue_threshold",
                "no_show", "visa_hour_cap", "pay_variance", "duplicate_timesheet", "geofence_breach", "unusual_hours", "cost_overrun");
            t.Text("severity").NotNull().In("info", "warning", "critical");
            t.Text("status").NotNull().Default("'open'").In("open", "in_progress", "done", "dismissed");
            t.Text("detector").NotNull().In("rule", "model", "agent");
            t.TenantRef("automation_run_id", "pulse.automation_runs");
            t.TenantRef("predictive_model_id", "pulse.predictive_models");
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("subject_table").Matches("^[a-z_]+\\.[a-z_]+$").Comment("schema.table of the record concerned, e.g. timekeep.timecards.");
            t.Uuid("subject_id").Comment("id of that record (soft reference).");
            t.SoftRef("employee_id", "people.employees");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.Timestamp("detected_at").NotNull().Default("now()");
            t.Timestamp("due_at").Comment("When it becomes a breach, e.g. the credential's expiry or the visa fortnight's end.");
            t.Column("observed_value", "numeric(14,4)").Comment("Measured value in unit, e.g. 52.5 hours this fortnight.");
            t.Column("expected_value", "numeric(14,4)").Comment("Expected or forecast value in unit.");
            t.Column("threshold_value", "numeric(14,4)").Comment("Limit crossed in unit, e.g. 48 hours per fortnight for a student visa.");
            t.Text("unit").Comment("Unit of the values: hours, AUD, days, shifts.");
            t.Fraction("anomaly_score").Between(0, 1).Comment("Model score, 0.0000-1.0000.");
            t.Jsonb("details");
            t.Text("dedupe_key").Comment("Identifies the same anomaly raised again (e.g. employee id + credential + 7d), so only one stays open.");
            t.TenantRef("assigned_to_user_id", "public.users");
            t.Timestamp("acknowledged_at");
            t.Timestamp("resolved_at");
            t.Text("resolution_note");
            t.Text("dismissed_reason");
            t.Check("subject_complete", "(subject_table is null) = (subject_id is null)");
            t.Check("model_detection_names_model", "detector <> 'model' or predictive_model_id is not null");
            t.Check("closed_has_time", "status not in ('done', 'dismissed') or resolved_at is not null");
            t.Check("dismissed_has_reason", "status <> 'dismissed' or dismissed_reason is not null");
            t.Check("resolved_after_detected", "resolved_at is null or resolved_at >= detected_at");
            t.Check("acknowledged_after_detected", "acknowledged_at is null or acknowledged_at >= detected_at");
            t.UniqueWhileActive("anomaly_type", "dedupe_key").Where("deleted_at is null and status in ('open', 'in_progress')");
            t.ActiveIndex("status", "severity", "detected_at");
            t.ActiveIndex("employee_id", "status");
            t.ActiveIndex("assigned_to_user_id", "status");
        });

        db.TenantTable("pulse.dashboards", "Operations dashboards: a named layout of widgets, private to a user or shared with an office or the organisation.", t =>
        {
            t.Text("name").NotNull();
            t.Text("description");
            t.TenantRef("owner_user_id", "public.users").NotNull();
            t.Text("visibility").NotNull().Default("'private'").In("private", "office", "organisation");
            t.TenantRef("office_id", "public.offices").Comment("Office shared with when visibility = office.");
            t.Bool("is_default").NotNull().Default("false").Comment("Opened first for users it is shared with.");
            t.Jsonb("filters").NotNull().Default("'{}'::jsonb").Comment("Default filters, e.g. {office: ..., client: ..., range: last_7_days}.");
            t.Int("refresh_interval_seconds").Check("refresh_interval_seconds >= 30", "minimum").Comment("Auto-refresh period; null: manual.");
            t.Check("office_visibility_names_office", "(visibility = 'office') = (office_id is not null)");
            t.UniqueWhileActive("owner_user_id", "name");
            t.ActiveIndex("visibility", "office_id");
        });

        db.TenantTable("pulse.dashboard_widgets", "Widgets on a dashboard: a metric shown as a KPI, chart, table or map, placed on a 24-column grid.", t =>
        {
            t.TenantRef("dashboard_id", "pulse.dashboards").NotNull();
            t.Text("title").NotNull();
            t.Text("widget_type").NotNull().In("kpi", "line_chart", "bar_chart", "pie_chart", "table", "list", "map", "gauge", "heatmap");
            t.Text("metric_key").NotNull().Matches("^[a-z][a-z0-9_.]*$").Comment("Metric shown, e.g. roster.fill_rate, timekeep.missing_timesheets, payroll.gross_wages.");
            t.TenantRef("predictive_model_id", "pulse.predictive_models").Comment("Model whose forecast is overlaid, if any.");
            t.Jsonb("query_config").NotNull().Default("'{}'::jsonb").Comment("Grouping, filters and time range of the metric.");
            t.Jsonb("thresholds").Comment("Warning and critical bands, e.g. {warning: 0.9, critical: 0.8}.");
            t.Int("position_x").NotNull().Default("0").Between(0, 23).Comment("Grid column of the left edge (0-23).");
            t.Int("position_y").NotNull().Default("0").NonNegative().Comment("Grid row of the top edge.");
            t.Int("width").NotNull().Default("6").Between(1, 24).Comment("Grid columns wide.");
            t.Int("height").NotNull().Default("4").Between(1, 24).Comment("Grid rows high.");
            t.Int("refresh_interval_seconds").Check("refresh_interval_seconds >= 30", "minimum").Comment("Overrides the dashboard's refresh; null: inherit.");
            t.Check("fits_grid", "position_x + width <= 24");
            t.ActiveIndex("dashboard_id", "position_y", "position_x");
        });
    }

    public override void Down(SchemaBuilder db) =>
        db.DropWhatUpCreated(Up);
}
