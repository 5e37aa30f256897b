using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class FatigueRulesTests(DatabaseFixture database)
{
    private const string InsertEntry =
        """
        insert into fatigue.ewd_entries (org_id, employee_id, recorded_at, entry_type, work_rest_option, base_timezone, device_id, device_sequence, location_name)
        values (@org, @driver, @at::timestamptz, 'work', 'standard', 'Australia/Brisbane', 'ewd-7731', @sequence, 'Toowoomba')
        returning id
        """;

    [Fact]
    public async Task electronic_work_diary_entries_cannot_be_updated_or_deleted()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var driver = Guid.NewGuid();
        var entry = await sql.ScalarAsync<Guid>(InsertEntry, new { org, driver, at = "2026-03-02 06:00+10", sequence = 1L });

        // As the superuser, who holds every privilege, the immutability trigger still raises.
        var update = await sql.RejectsAsync("update fatigue.ewd_entries set location_name = 'Dalby' where id = @entry", new { entry });
        Assert.Equal("42501", update.SqlState);
        Assert.Contains("is append-only", update.MessageText);
        var delete = await sql.RejectsAsync("delete from fatigue.ewd_entries where id = @entry", new { entry });
        Assert.Contains("is append-only", delete.MessageText);

        await sql.AsTenantAsync(org);
        var asApp = await sql.RejectsAsync("update fatigue.ewd_entries set location_name = 'Dalby' where id = @entry", new { entry });
        Assert.Equal("42501", asApp.SqlState);
        Assert.Equal("permission denied for table ewd_entries", asApp.MessageText);
    }

    [Fact]
    public async Task a_correction_is_a_new_entry_that_must_point_at_an_entry_of_the_same_driver()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var driver = Guid.NewGuid();
        var entry = await sql.ScalarAsync<Guid>(InsertEntry, new { org, driver, at = "2026-03-02 06:00+10", sequence = 1L });
        const string correct =
            """
            insert into fatigue.ewd_entries (org_id, employee_id, recorded_at, entry_type, work_rest_option, base_timezone, device_id, device_sequence, location_name,
                                             corrects_entry_id, corrects_recorded_at, correction_reason)
            values (@org, @driver, '2026-03-02 05:45+10', 'work', 'standard', 'Australia/Brisbane', 'ewd-7731', 2, 'Toowoomba', @entry, '2026-03-02 06:00+10', 'started pre-trip inspection earlier')
            """;

        await sql.ExecuteAsync(correct, new { org, driver, entry });
        Assert.Equal(2, await sql.ScalarAsync<long>("select count(*) from fatigue.ewd_entries where employee_id = @driver", new { driver }));

        var otherDriver = await sql.RejectsAsync(correct, new { org, driver = Guid.NewGuid(), entry });
        Assert.Equal("23503", otherDriver.SqlState);
        Assert.Equal($"fatigue.ewd_entries: the corrected entry {entry} is not an entry of this driver", otherDriver.MessageText);
        var missing = await sql.RejectsAsync(correct, new { org, driver, entry = Guid.NewGuid() });
        Assert.Equal("23503", missing.SqlState);
        Assert.EndsWith("is not an entry of this driver", missing.MessageText);
        Assert.StartsWith("fatigue.ewd_entries: the corrected entry ", missing.MessageText);
    }

    [Fact]
    public async Task an_electronic_work_diary_entry_is_recorded_to_the_whole_minute()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(InsertEntry, new { org, driver = Guid.NewGuid(), at = "2026-03-02 06:00:30+10", sequence = 1L });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_ewd_entries__recorded_at_whole_minute", error.ConstraintName);
    }

    [Fact]
    public async Task the_national_standard_hours_and_bfm_limits_are_installed_once_per_operator()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        Assert.Equal(21, await sql.ScalarAsync<int>("select fatigue.install_national_rules()")); // 12 solo, 9 two-up
        Assert.Equal(0, await sql.ScalarAsync<int>("select fatigue.install_national_rules()"));

        var day = await sql.QueryAsync<(int WorkMinutes, int RestMinutes, bool Stationary)>(
            "select max_work_minutes, min_rest_minutes, rest_must_be_stationary from fatigue.fatigue_rules where code in ('STD-SOLO-24H', 'BFM-SOLO-24H') order by code desc");
        Assert.Equal([(720, 420, true), (840, 420, true)], day);
    }

    [Fact]
    public async Task afm_limits_must_cite_the_operators_nhvr_accreditation()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into fatigue.fatigue_rules (org_id, code, work_rest_option, period_minutes, max_work_minutes, min_rest_minutes, min_continuous_rest_minutes, description, effective_from) values (@org, 'AFM-SOLO-24H', 'afm', 1440, 900, 360, 360, 'AFM 24 h', '2026-01-01')",
            new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_fatigue_rules__operator_rules_cite_approval", error.ConstraintName);
    }

    [Fact]
    public async Task a_drivers_rest_periods_cannot_overlap()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var driver = Guid.NewGuid();
        await sql.InsertAsync("fatigue.rest_periods", new { org_id = org, employee_id = driver, started_at = "2026-03-02 22:00+10", ended_at = "2026-03-03 06:00+10", rest_kind = "night_rest_break" });

        var error = await sql.RejectsAsync(
            "insert into fatigue.rest_periods (org_id, employee_id, started_at, ended_at, rest_kind) values (@org, @driver, '2026-03-03 05:00+10', '2026-03-03 07:00+10', 'stationary_rest')",
            new { org, driver });

        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_rest_periods__no_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task medical_details_of_a_fitness_assessment_are_redacted_in_the_audit_log()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var assessment = await sql.InsertAsync("fatigue.fitness_assessments", new
        {
            org_id = org, employee_id = Guid.NewGuid(), assessment_type = "medical", assessed_at = "2026-02-10 09:00+10",
            outcome = "fit_with_restrictions", restrictions = "No night driving", medical_details = "Obstructive sleep apnoea, CPAP compliant",
        });
        await sql.AsSuperuserAsync();

        var logged = await sql.ScalarAsync<string>("select new_row ->> 'medical_details' from public.audit_log where row_id = @assessment", new { assessment });
        Assert.Equal("[redacted]", logged);
    }

    [Fact]
    public async Task a_breach_against_another_organisations_fatigue_rule_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(other);
        await sql.ScalarAsync<int>("select fatigue.install_national_rules()");
        var othersRule = await sql.ScalarAsync<Guid>("select id from fatigue.fatigue_rules where code = 'STD-SOLO-24H'");
        await sql.AsSuperuserAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into fatigue.fatigue_breaches (org_id, employee_id, fatigue_rule_id, breach_type, risk_category, period_start, period_end, excess_work_minutes, detected_by) values (@org, gen_random_uuid(), @othersRule, 'work_time_exceeded', 'minor', '2026-03-02 05:00+10', '2026-03-03 05:00+10', 10, 'ewd')",
            new { org, othersRule });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_fatigue_breaches__fatigue_rule_id", error.ConstraintName);
    }

    [Fact]
    public async Task the_outcome_sleep_and_restrictions_of_a_fitness_assessment_are_redacted_in_the_audit_log()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var assessment = await sql.InsertAsync("fatigue.fitness_assessments", new
        {
            org_id = org, employee_id = Guid.NewGuid(), assessment_type = "pre_shift_declaration", assessed_at = "2026-02-10 05:00+10",
            outcome = "fit_with_restrictions", restrictions = "No night driving", sleep_hours_last_24 = "5.5", sleepiness_score = "6",
        });
        await sql.AsSuperuserAsync();

        var logged = await sql.QueryAsync<(string Outcome, string Restrictions, string Sleep, string Score, string Type)>(
            """
            select new_row ->> 'outcome', new_row ->> 'restrictions', new_row ->> 'sleep_hours_last_24', new_row ->> 'sleepiness_score', new_row ->> 'assessment_type'
            from public.audit_log where row_id = @assessment
            """, new { assessment });
        Assert.Equal(("[redacted]", "[redacted]", "[redacted]", "[redacted]", "pre_shift_declaration"), Assert.Single(logged));
    }
}
