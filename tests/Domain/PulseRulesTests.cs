using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class PulseRulesTests(DatabaseFixture database)
{
    private const string NotifyAction = """[{"type": "notify", "to": "employee", "template": "compliance.credential_expiring"}]""";

    private static Task<Guid> AutomationAsync(SqlSession sql, Guid org, string name = "Credential expiring") =>
        sql.InsertAsync("pulse.automations", new
        {
            org_id = org, name, category = "compliance", trigger_type = "event", trigger_event_type = "credential.expiring",
            conditions = """{"days_until_expiry": {"in": [30, 14, 7]}}""", actions = NotifyAction, enabled = true,
        });

    private static Task<Guid> AnomalyAsync(SqlSession sql, Guid org, string dedupeKey) =>
        sql.InsertAsync("pulse.anomaly_detections", new
        {
            org_id = org, anomaly_type = "visa_hour_cap", severity = "critical", detector = "rule", employee_id = Guid.NewGuid(),
            title = "Student visa worker rostered 52 h this fortnight", observed_value = 52m, threshold_value = 48m, unit = "hours", dedupe_key = dedupeKey,
        });

    [Fact]
    public async Task an_automation_run_of_another_tenants_automation_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var a = await sql.NewOrganisationAsync("Tenant A");
        var b = await sql.NewOrganisationAsync("Tenant B");
        var automationOfB = await AutomationAsync(sql, b);
        await sql.AsTenantAsync(a);

        var error = await sql.RejectsAsync(
            "insert into pulse.automation_runs (org_id, automation_id, trigger_source) values (@a, @automationOfB, 'event')", new { a, automationOfB });
        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_automation_runs__automation_id", error.ConstraintName);
    }

    [Theory]
    [InlineData("severity", "'urgent'", "ck_anomaly_detections__severity")]
    [InlineData("status", "'closed'", "ck_anomaly_detections__status")]
    [InlineData("anomaly_type", "'weather'", "ck_anomaly_detections__anomaly_type")]
    public async Task anomaly_value_sets_are_enforced(string column, string value, string constraint)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var anomaly = await AnomalyAsync(sql, org, "emp-1:2026-W02");
        var error = await sql.RejectsAsync($"update pulse.anomaly_detections set {column} = {value} where id = @anomaly", new { anomaly });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task a_dismissed_anomaly_needs_a_reason_and_a_resolution_time()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var anomaly = await AnomalyAsync(sql, org, "emp-1:2026-W02");
        var error = await sql.RejectsAsync("update pulse.anomaly_detections set status = 'dismissed', resolved_at = now() where id = @anomaly", new { anomaly });
        Assert.Equal("ck_anomaly_detections__dismissed_has_reason", error.ConstraintName);
        Assert.Equal(1, await sql.ExecuteAsync(
            "update pulse.anomaly_detections set status = 'dismissed', resolved_at = now(), dismissed_reason = 'Visa changed to 485, no hour cap' where id = @anomaly", new { anomaly }));
    }

    [Fact]
    public async Task only_one_open_anomaly_per_type_and_dedupe_key_but_a_new_one_once_the_old_is_done()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var first = await AnomalyAsync(sql, org, "emp-1:2026-W02");
        var duplicate = await sql.RejectsAsync(
            "insert into pulse.anomaly_detections (org_id, anomaly_type, severity, detector, title, dedupe_key) values (@org, 'visa_hour_cap', 'critical', 'rule', 'again', 'emp-1:2026-W02')",
            new { org });
        Assert.Equal("23505", duplicate.SqlState);
        Assert.Equal("uq_anomaly_detections__org_id_anomaly_type_dedupe_key", duplicate.ConstraintName);

        await sql.ExecuteAsync("update pulse.anomaly_detections set status = 'done', resolved_at = now() where id = @first", new { first });
        await AnomalyAsync(sql, org, "emp-1:2026-W02");
    }

    [Fact]
    public async Task an_event_triggered_automation_needs_an_event_type_and_at_least_one_action()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var noEvent = await sql.RejectsAsync(
            "insert into pulse.automations (org_id, name, category, trigger_type, actions) values (@org, 'x', 'roster', 'event', @actions::jsonb)",
            new { org, actions = NotifyAction });
        Assert.Equal("ck_automations__event_trigger_names_event", noEvent.ConstraintName);

        var noActions = await sql.RejectsAsync(
            "insert into pulse.automations (org_id, name, category, trigger_type, trigger_event_type, actions) values (@org, 'y', 'timesheet', 'event', 'timecard.missing', '[]')",
            new { org });
        Assert.Equal("ck_automations__actions_is_non_empty_array", noActions.ConstraintName);

        var badCron = await sql.RejectsAsync(
            "insert into pulse.automations (org_id, name, category, trigger_type, cron_expression, actions) values (@org, 'z', 'timesheet', 'schedule', 'every monday', @actions::jsonb)",
            new { org, actions = NotifyAction });
        Assert.Equal("ck_automations__cron_expression_format", badCron.ConstraintName);
    }

    [Fact]
    public async Task a_run_cannot_report_more_successful_actions_than_it_attempted()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var automation = await AutomationAsync(sql, org);
        var error = await sql.RejectsAsync(
            "insert into pulse.automation_runs (org_id, automation_id, trigger_source, status, actions_attempted, actions_succeeded, started_at, finished_at) values (@org, @automation, 'event', 'succeeded', 1, 2, now(), now())",
            new { org, automation });
        Assert.Equal("ck_automation_runs__succeeded_within_attempted", error.ConstraintName);
    }

    [Fact]
    public async Task only_one_active_predictive_model_per_type()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.InsertAsync("pulse.predictive_models", new
        {
            org_id = org, name = "No-show v1", model_type = "no_show_risk", algorithm = "gradient_boosting", version = "1", status = "active",
            artifact_uri = "s3://models/no-show/1", activated_at = "2026-01-01T00:00:00Z",
        });
        var error = await sql.RejectsAsync(
            """
            insert into pulse.predictive_models (org_id, name, model_type, algorithm, version, status, artifact_uri, activated_at)
            values (@org, 'No-show v2', 'no_show_risk', 'gradient_boosting', '2', 'active', 's3://models/no-show/2', now())
            """, new { org });
        Assert.Equal("uq_predictive_models__org_id_model_type", error.ConstraintName);
    }

    [Fact]
    public async Task a_widget_must_fit_the_24_column_grid()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var user = await sql.InsertAsync("public.users", new { org_id = org, email = "ops@example.com.au", first_name = "Grace", last_name = "Hopper", kind = "staff" });
        var dashboard = await sql.InsertAsync("pulse.dashboards", new { org_id = org, name = "Operations", owner_user_id = user });
        var error = await sql.RejectsAsync(
            "insert into pulse.dashboard_widgets (org_id, dashboard_id, title, widget_type, metric_key, position_x, width) values (@org, @dashboard, 'Fill rate', 'kpi', 'roster.fill_rate', 20, 6)",
            new { org, dashboard });
        Assert.Equal("ck_dashboard_widgets__fits_grid", error.ConstraintName);
    }
}
