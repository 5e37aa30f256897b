using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>The compliance registry (global reference data) and a tenant's credential tracking.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ComplianceRulesTests(DatabaseFixture database)
{
    private static Task<Guid> CredentialTypeAsync(SqlSession sql, string code) =>
        sql.ScalarAsync<Guid>("select id from compliance.credential_types where code = @code", new { code });

    [Fact]
    public async Task reference_data_is_readable_by_the_app_role_but_not_writable()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        Assert.True(await sql.ScalarAsync<long>("select count(*) from compliance.awards") >= 13);
        Assert.True(await sql.ScalarAsync<long>("select count(*) from compliance.credential_types") > 0);
        Assert.True(await sql.ScalarAsync<long>("select count(*) from compliance.award_rates") > 0);

        var insert = await sql.RejectsAsync(
            "insert into compliance.awards (code, title, short_title, version, effective_from) values ('MA999999', 'Fake Award', 'Fake', '2020', '2020-01-01')");
        Assert.Equal("42501", insert.SqlState);
        Assert.Equal("permission denied for table awards", insert.MessageText);
        var update = await sql.RejectsAsync("update compliance.award_rates set hourly_rate = 1");
        Assert.Equal("42501", update.SqlState);
        Assert.Equal("permission denied for table award_rates", update.MessageText);
        var delete = await sql.RejectsAsync("delete from compliance.credential_types");
        Assert.Equal("42501", delete.SqlState);
        Assert.Equal("permission denied for table credential_types", delete.MessageText);
    }

    [Theory]
    [InlineData("construction", "MA000020", "white_card")]
    [InlineData("warehousing", "MA000084", "hrwl_lf")]
    [InlineData("long_distance_transport", "MA000039", "dl_mc")]
    [InlineData("disability_community", "MA000100", "ndis_worker_screening")]
    [InlineData("security", "MA000016", "security_licence")]
    public async Task an_industry_profile_names_its_default_award_and_required_credentials(string profile, string award, string credential)
    {
        await using var sql = await database.BeginAsync();
        Assert.Equal(award, await sql.ScalarAsync<string>(
            "select a.code from compliance.industry_profiles p join compliance.awards a on a.id = p.default_award_id where p.code = @profile", new { profile }));
        Assert.Equal("mandatory", await sql.ScalarAsync<string>(
            """
            select r.requirement from compliance.industry_profile_credentials r
            join compliance.industry_profiles p on p.id = r.industry_profile_id
            join compliance.credential_types c on c.id = r.credential_type_id
            where p.code = @profile and c.code = @credential
            """, new { profile, credential }));
    }

    [Fact]
    public async Task the_registry_holds_every_licence_class_high_risk_licence_and_state_check()
    {
        await using var sql = await database.BeginAsync();
        var classes = await sql.QueryAsync<string>("select licence_class from compliance.credential_types where category = 'driver_licence' order by 1");
        Assert.Equal(new[] { "C", "HC", "HR", "LR", "MC", "MR", "R", "RE" }, classes);
        Assert.Equal(28, await sql.ScalarAsync<long>("select count(*) from compliance.credential_types where category = 'hrwl' and default_validity_months = 60"));
        var states = await sql.QueryAsync<string>(
            "select unnest(applicable_states) from compliance.credential_types where code like 'wwc\\_%' order by 1");
        Assert.Equal(new[] { "ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA" }, states);
        foreach (var (code, unit) in new[] { ("white_card", "CPCWHS1001"), ("first_aid", "HLTAID011"), ("hrwl_lf", "TLILIC0003") })
            Assert.Equal(unit, await sql.ScalarAsync<string>("select unit_code from compliance.credential_types where code = @code", new { code }));
    }

    [Fact]
    public async Task every_current_award_rate_is_at_least_the_minimum_wage_and_says_where_it_comes_from()
    {
        await using var sql = await database.BeginAsync();
        Assert.Equal(0, await sql.ScalarAsync<long>(
            "select count(*) from compliance.award_rates where rate_basis = 'adult' and (weekly_rate < 948.00 or hourly_rate < 24.95)"));
        Assert.Equal(0, await sql.ScalarAsync<long>(
            "select count(*) from compliance.award_rates where not verified_against_pay_guide and source not like 'derived: %'"));
        // Every award carries one current rate table.
        Assert.Equal(0, await sql.ScalarAsync<long>(
            """
            select count(*) from compliance.awards a
            where not exists (select from compliance.award_classifications c join compliance.award_rates r on r.award_classification_id = c.id
                              where c.award_id = a.id and r.effective_from = '2025-07-01' and r.effective_to is null)
            """));
        Assert.Equal(26.55m, await sql.ScalarAsync<decimal>(
            """
            select r.hourly_rate from compliance.award_rates r join compliance.award_classifications c on c.id = r.award_classification_id
            join compliance.awards a on a.id = c.award_id where a.code = 'MA000004' and c.level_code = 'Level 1'
            """));
    }

    [Fact]
    public async Task an_award_code_not_shaped_like_MA_and_six_digits_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var error = await sql.RejectsAsync(
            "insert into compliance.awards (code, title, short_title, version, effective_from) values ('MA0004', 'Short code', 'x', '2020', '2020-01-01')");
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_awards__code_format", error.ConstraintName);
    }

    [Fact]
    public async Task a_credential_type_outside_the_category_set_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var error = await sql.RejectsAsync(
            "insert into compliance.credential_types (code, name, category, issuer, has_expiry) values ('hobby', 'Hobby', 'hobby', 'Nobody', false)");
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_credential_types__category", error.ConstraintName);
    }

    [Fact]
    public async Task two_rates_for_one_classification_in_overlapping_periods_are_rejected()
    {
        await using var sql = await database.BeginAsync();
        var classification = await sql.ScalarAsync<Guid>(
            "select c.id from compliance.award_classifications c join compliance.awards a on a.id = c.award_id where a.code = 'MA000004' and c.level_code = 'Level 1'");
        var error = await sql.RejectsAsync(
            "insert into compliance.award_rates (award_classification_id, effective_from, weekly_rate, hourly_rate, source) values (@classification, '2025-10-01', 1010, 26.58, 'derived: test')",
            new { classification });
        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_award_rates__no_overlap", error.ConstraintName);

        // The previous year's rate, ending the day before, is fine.
        await sql.ExecuteAsync(
            "insert into compliance.award_rates (award_classification_id, effective_from, effective_to, weekly_rate, hourly_rate, source) values (@classification, '2024-07-01', '2025-06-30', 974.80, 25.65, 'derived: test')",
            new { classification });
    }

    [Fact]
    public async Task a_tenant_records_a_workers_credential_status_through_row_level_security()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var whiteCard = await CredentialTypeAsync(sql, "white_card");
        await sql.AsTenantAsync(org);

        var status = await sql.InsertAsync("compliance.compliance_status", new { org_id = org, employee_id = Guid.NewGuid(), credential_type_id = whiteCard });
        Assert.Equal("pending_verification", await sql.ScalarAsync<string>("select status from compliance.compliance_status where id = @status", new { status }));
        Assert.Equal(1, await sql.ExecuteAsync(
            "update compliance.compliance_status set status = 'valid', verified_at = now(), verification_method = 'document_sighted' where id = @status", new { status }));
    }

    [Fact]
    public async Task a_credential_status_outside_the_value_set_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var whiteCard = await CredentialTypeAsync(sql, "white_card");
        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_status (org_id, employee_id, credential_type_id, status) values (@org, gen_random_uuid(), @whiteCard, 'approved')",
            new { org, whiteCard });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_compliance_status__status", error.ConstraintName);
    }

    [Fact]
    public async Task a_credential_cannot_be_valid_without_being_verified()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var whiteCard = await CredentialTypeAsync(sql, "white_card");
        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_status (org_id, employee_id, credential_type_id, status) values (@org, gen_random_uuid(), @whiteCard, 'valid')",
            new { org, whiteCard });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_compliance_status__verified_when_valid", error.ConstraintName);
    }

    [Fact]
    public async Task a_worker_has_one_live_status_per_credential_type()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var rsa = await CredentialTypeAsync(sql, "rsa");
        var employee = Guid.NewGuid();
        var first = await sql.InsertAsync("compliance.compliance_status", new { org_id = org, employee_id = employee, credential_type_id = rsa });
        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_status (org_id, employee_id, credential_type_id) values (@org, @employee, @rsa)", new { org, employee, rsa });
        Assert.Equal("23505", error.SqlState);
        Assert.Equal("uq_compliance_status__org_id_employee_id_credential_type_id", error.ConstraintName);

        await sql.ExecuteAsync("update compliance.compliance_status set deleted_at = now() where id = @first", new { first });
        await sql.InsertAsync("compliance.compliance_status", new { org_id = org, employee_id = employee, credential_type_id = rsa });
    }

    [Fact]
    public async Task a_breach_pointing_at_another_tenants_credential_status_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var a = await sql.NewOrganisationAsync();
        var b = await sql.NewOrganisationAsync();
        var whiteCard = await CredentialTypeAsync(sql, "white_card");
        var statusOfB = await sql.InsertAsync("compliance.compliance_status", new { org_id = b, employee_id = Guid.NewGuid(), credential_type_id = whiteCard });

        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_breaches (org_id, employee_id, compliance_status_id, breach_type) values (@a, gen_random_uuid(), @statusOfB, 'expired_credential')",
            new { a, statusOfB });
        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_compliance_breaches__compliance_status_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_credential_rule_must_name_its_credential_type()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_rules (org_id, name, rule_type) values (@org, 'Site needs a ticket', 'credential_required')", new { org });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_compliance_rules__credential_rule_names_credential", error.ConstraintName);
    }

    [Fact]
    public async Task a_client_scoped_rule_must_name_the_client()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var police = await CredentialTypeAsync(sql, "police_check_national");
        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_rules (org_id, name, rule_type, credential_type_id, scope) values (@org, 'Client wants police checks', 'credential_required', @police, 'client')",
            new { org, police });
        Assert.Equal("ck_compliance_rules__scope_target_given", error.ConstraintName);
    }

    [Fact]
    public async Task a_waived_breach_needs_a_reason_and_an_end_date()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_breaches (org_id, employee_id, breach_type, status, resolved_at) values (@org, gen_random_uuid(), 'missing_credential', 'waived', now())",
            new { org });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_compliance_breaches__waiver_explained", error.ConstraintName);
    }

    [Fact]
    public async Task a_score_meeting_more_requirements_than_exist_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            "insert into compliance.compliance_scores (org_id, scope, employee_id, score, requirements_total, requirements_met) values (@org, 'employee', gen_random_uuid(), 100, 2, 3)",
            new { org });
        Assert.Equal("ck_compliance_scores__met_within_total", error.ConstraintName);
    }

    [Fact]
    public async Task general_retail_penalty_and_overtime_rules_are_loaded_and_the_app_role_cannot_change_them()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        async Task<decimal> Multiplier(string dayType, string kind, decimal? threshold) => await sql.ScalarAsync<decimal>(
            """
            select r.multiplier from compliance.award_penalty_rules r join compliance.awards a on a.id = r.award_id
            where a.code = 'MA000004' and r.employment_type = 'full_time' and r.day_type = @dayType and r.rule_kind = @kind
              and r.threshold_hours is not distinct from @threshold and r.effective_to is null
            """, new { dayType, kind, threshold });
        Assert.Equal(1.2500m, await Multiplier("saturday", "penalty", null));
        Assert.Equal(1.5000m, await Multiplier("sunday", "penalty", null));
        Assert.Equal(2.2500m, await Multiplier("public_holiday", "penalty", null));
        Assert.Equal(1.5000m, await Multiplier("weekday", "overtime", 0m));
        Assert.Equal(2.0000m, await Multiplier("weekday", "overtime", 3m));
        Assert.Equal(2.5000m, await Multiplier("public_holiday", "overtime", 0m));
        // Every award carries its casual loading, and every recalled figure says it still has to be verified.
        Assert.Equal(0, await sql.ScalarAsync<long>(
            """
            select count(*) from compliance.awards a where not exists (
                select from compliance.award_penalty_rules r where r.award_id = a.id and r.rule_kind = 'casual_loading' and r.multiplier = 1.2500)
            """));
        Assert.Equal(0, await sql.ScalarAsync<long>(
            "select count(*) from compliance.award_penalty_rules where source not like 'derived: %verify against the award' and verification <> 'verified'"));

        var error = await sql.RejectsAsync(
            """
            insert into compliance.award_penalty_rules (award_id, employment_type, day_type, rule_kind, multiplier, effective_from, source)
            select id, 'any', 'sunday', 'penalty', 3, '2026-01-01', 'tenant' from compliance.awards where code = 'MA000004'
            """);
        Assert.Equal("42501", error.SqlState);
        Assert.Equal("permission denied for table award_penalty_rules", error.MessageText);
    }

    [Fact]
    public async Task a_penalty_band_with_only_one_end_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var error = await sql.RejectsAsync(
            """
            insert into compliance.award_penalty_rules (award_id, employment_type, day_type, rule_kind, band_start, multiplier, effective_from, source)
            select id, 'casual', 'weekday', 'shift_loading', '18:00', 1.25, '2026-01-01', 'derived: test' from compliance.awards where code = 'MA000004'
            """);
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_award_penalty_rules__band_end_after_band_start", error.ConstraintName);
    }

    private const string InsertLicence =
        """
        insert into compliance.labour_hire_licences (org_id, holder, agency_id, state, licence_number, granted_on, expires_on)
        values (@org, @holder, @agency, @state, @number, '2025-03-01', '2026-02-28')
        """;

    [Fact]
    public async Task a_licence_held_by_an_agency_must_name_the_agency()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(InsertLicence, new { org, holder = "agency", agency = (Guid?)null, state = "QLD", number = "LHL01234" });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_labour_hire_licences__agency_named_when_agency_holds", error.ConstraintName);

        await sql.ExecuteAsync(InsertLicence, new { org, holder = "agency", agency = (Guid?)Guid.NewGuid(), state = "QLD", number = "LHL01234" });
    }

    [Fact]
    public async Task a_labour_hire_licence_from_a_state_without_a_licensing_scheme_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(InsertLicence, new { org, holder = "organisation", agency = (Guid?)null, state = "NSW", number = "NSW-1" });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_labour_hire_licences__state", error.ConstraintName);
    }

    [Fact]
    public async Task an_organisation_holds_one_current_licence_per_state_and_keeps_expired_ones()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await sql.ExecuteAsync(InsertLicence, new { org, holder = "organisation", agency = (Guid?)null, state = "VIC", number = "LH-0001" });
        var error = await sql.RejectsAsync(InsertLicence, new { org, holder = "organisation", agency = (Guid?)null, state = "VIC", number = "LH-0002" });
        Assert.Equal("23505", error.SqlState);
        Assert.Equal("uq_labour_hire_licences__org_id_holder_agency_id_state_current", error.ConstraintName);

        await sql.ExecuteAsync("update compliance.labour_hire_licences set status = 'expired' where licence_number = 'LH-0001'");
        await sql.ExecuteAsync(InsertLicence, new { org, holder = "organisation", agency = (Guid?)null, state = "VIC", number = "LH-0002" });
    }
}
