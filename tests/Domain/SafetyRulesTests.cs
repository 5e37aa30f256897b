using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class SafetyRulesTests(DatabaseFixture database)
{
    private static Task<Guid> IncidentAsync(SqlSession sql, Guid org, object? extra = null) =>
        sql.InsertAsync("safety.incidents", new
        {
            org_id = org,
            incident_number = $"INC-{Guid.NewGuid():N}"[..16],
            incident_type = "injury",
            title = "Hand caught in conveyor",
            description = "Worker's glove caught at the tail pulley of conveyor 2.",
            occurred_at = "2026-03-02 09:15+11",
            reported_at = "2026-03-02 09:40+11",
        });

    [Fact]
    public async Task a_notified_incident_without_the_regulators_reference_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            """
            insert into safety.incidents (org_id, incident_number, incident_type, title, description, occurred_at, is_notifiable, notifiable_category, regulator, notified_at)
            values (@org, 'INC-1', 'injury', 'Amputation', 'Finger amputated by a guillotine.', '2026-03-02 09:15+11', true, 'serious_injury_illness', 'SafeWork NSW', '2026-03-02 09:30+11')
            """, new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_incidents__notified_has_regulator_details", error.ConstraintName);
    }

    [Fact]
    public async Task a_notifiable_incident_with_regulator_reference_and_notification_time_is_kept_five_years()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var incident = await sql.InsertAsync("safety.incidents", new
        {
            org_id = org, incident_number = "INC-2", incident_type = "dangerous_incident", title = "Gas leak",
            description = "Uncontrolled escape of LPG from a forklift cylinder.", occurred_at = "2026-03-02 09:15+11",
            reported_at = "2026-03-02 09:20+11", is_notifiable = true, notifiable_category = "dangerous_incident",
            regulator = "WorkSafe Victoria", regulator_ref = "WSV-123456", notified_at = "2026-03-02 09:45+11",
        });

        var retainUntil = await sql.ScalarAsync<DateTime>("select records_retain_until from safety.incidents where id = @incident", new { incident });
        Assert.Equal(new DateTime(2031, 3, 2), retainUntil);
    }

    [Fact]
    public async Task a_regulator_outside_the_australian_whs_regulators_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            """
            insert into safety.incidents (org_id, incident_number, incident_type, title, description, occurred_at, is_notifiable, notifiable_category, regulator, regulator_ref, notified_at)
            values (@org, 'INC-3', 'injury', 'Fall', 'Fall from a mezzanine.', now(), true, 'serious_injury_illness', 'OSHA', 'X1', now())
            """, new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_incidents__regulator", error.ConstraintName);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 5)]
    [InlineData(3, 6)]
    public async Task a_risk_rating_outside_1_to_25_is_rejected(int likelihood, int consequence)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into safety.risk_assessments (org_id, title, assessed_on, likelihood, consequence) values (@org, 'Manual handling of kegs', '2026-03-01', @likelihood, @consequence)",
            new { org, likelihood, consequence });

        Assert.Equal("23514", error.SqlState);
        Assert.StartsWith("ck_risk_assessments__", error.ConstraintName);
        Assert.EndsWith("_range", error.ConstraintName);
    }

    [Fact]
    public async Task the_risk_rating_is_likelihood_times_consequence_and_cannot_be_written()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var assessment = await sql.InsertAsync("safety.risk_assessments", new
        {
            org_id = org, title = "Working at height on racking", assessed_on = "2026-03-01", likelihood = 4, consequence = 5,
            control_types = new[] { "engineering", "administrative", "ppe" }, residual_likelihood = 2, residual_consequence = 3,
        });

        var (rating, residual) = (await sql.QueryAsync<(int, int)>("select risk_rating, residual_rating from safety.risk_assessments where id = @assessment", new { assessment }))[0];
        Assert.Equal(20, rating);
        Assert.Equal(6, residual);
        var error = await sql.RejectsAsync(
            "insert into safety.risk_assessments (org_id, title, assessed_on, likelihood, consequence, risk_rating) values (@org, 'x', '2026-03-01', 1, 1, 30)", new { org });
        Assert.Equal("428C9", error.SqlState);
        Assert.Equal("cannot insert a non-DEFAULT value into column \"risk_rating\"", error.MessageText);
    }

    [Fact]
    public async Task a_control_outside_the_hierarchy_of_control_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            "insert into safety.risk_assessments (org_id, title, assessed_on, likelihood, consequence, control_types) values (@org, 'Noise', '2026-03-01', 3, 3, array['ppe', 'hope'])",
            new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_risk_assessments__control_types_hierarchy", error.ConstraintName);
    }

    [Fact]
    public async Task a_swms_category_outside_whs_regulation_291_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await sql.InsertAsync("safety.swms_documents", new
        {
            org_id = org, reference = "SWMS-001", title = "Trenching for stormwater", work_description = "Excavate a 2 m trench with an excavator.",
            high_risk_categories = new[] { "shaft_trench_over_1_5m_or_tunnel", "powered_mobile_plant" },
        });

        var error = await sql.RejectsAsync(
            "insert into safety.swms_documents (org_id, reference, title, work_description, high_risk_categories) values (@org, 'SWMS-002', 'Painting', 'Paint the office.', array['painting'])",
            new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_swms_documents__high_risk_categories_reg_291", error.ConstraintName);
    }

    [Fact]
    public async Task drug_test_results_are_redacted_in_the_audit_log()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var test = await sql.InsertAsync("safety.drug_alcohol_tests", new
        {
            org_id = org, employee_id = Guid.NewGuid(), reason = "random", test_type = "breath",
            substance_panel = new[] { "alcohol" }, collected_at = "2026-03-02 06:05+11", consent_given = true,
            result = "positive", bac = 0.072m, confirmatory_lab_result = "not_required", action_taken = "stood_down",
        });

        var logged = (await sql.QueryAsync<(string Result, string Bac, string Lab, string Action, string TestType)>(
            """
            select new_row ->> 'result', new_row ->> 'bac', new_row ->> 'confirmatory_lab_result', new_row ->> 'action_taken', new_row ->> 'test_type'
            from public.audit_log where table_name = 'safety.drug_alcohol_tests' and row_id = @test
            """, new { test }))[0];
        Assert.Equal("[redacted]", logged.Result);
        Assert.Equal("[redacted]", logged.Bac);
        Assert.Equal("[redacted]", logged.Lab);
        Assert.Equal("[redacted]", logged.Action);
        Assert.Equal("breath", logged.TestType);
    }

    [Fact]
    public async Task injury_details_are_redacted_in_the_audit_log()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var incident = await IncidentAsync(sql, org);
        var person = await sql.InsertAsync("safety.incident_people", new
        {
            org_id = org, incident_id = incident, employee_id = Guid.NewGuid(), role = "injured",
            injury_nature = "Crush injury", body_location = "Right hand", treatment_level = "medical_treatment",
        });

        var injury = await sql.ScalarAsync<string>(
            "select new_row ->> 'injury_nature' from public.audit_log where table_name = 'safety.incident_people' and row_id = @person", new { person });
        Assert.Equal("[redacted]", injury);
    }

    [Fact]
    public async Task an_incident_person_pointing_at_another_tenants_incident_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var other = await sql.NewOrganisationAsync();
        var theirs = await IncidentAsync(sql, other);
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into safety.incident_people (org_id, incident_id, person_name, role) values (@org, @theirs, 'A. Witness', 'witness')", new { org, theirs });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_incident_people__incident_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_form_submission_must_name_the_schema_version_of_its_form()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var form = await sql.InsertAsync("safety.custom_forms", new
        {
            org_id = org, form_key = "toolbox_talk", name = "Toolbox talk", form_type = "toolbox_talk",
            schema = """{"type": "object", "properties": {"topic": {"type": "string"}}}""", schema_version = 2,
        });
        await sql.InsertAsync("safety.custom_form_submissions", new
        {
            org_id = org, custom_form_id = form, schema_version = 2, answers = """{"topic": "Heat stress"}""", submitted_at = "2026-03-02 07:00+11",
        });

        var error = await sql.RejectsAsync(
            "insert into safety.custom_form_submissions (org_id, custom_form_id, schema_version, answers, submitted_at) values (@org, @form, 1, '{}', now())",
            new { org, form });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_custom_form_submissions__schema_version", error.ConstraintName);
    }
}
