using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class PerformanceRulesTests(DatabaseFixture database)
{
    private static Task<Guid> EnpsSurveyAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("performance.surveys", new { org_id = org, title = "Q1 pulse", survey_type = "enps", includes_enps_question = true, min_group_size = 5 });

    [Fact]
    public async Task an_enps_answer_of_11_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var survey = await EnpsSurveyAsync(sql, org);
        await sql.InsertAsync("performance.survey_responses", new { org_id = org, survey_id = survey, respondent_token = "inv-1", enps_answer = 10 });

        var error = await sql.RejectsAsync(
            "insert into performance.survey_responses (org_id, survey_id, respondent_token, enps_answer) values (@org, @survey, 'inv-2', 11)", new { org, survey });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_survey_responses__enps_answer_range", error.ConstraintName);
    }

    [Fact]
    public async Task enps_answers_fall_into_promoters_passives_and_detractors()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var survey = await EnpsSurveyAsync(sql, org);
        foreach (var answer in new[] { 0, 6, 7, 8, 9, 10 })
            await sql.InsertAsync("performance.survey_responses", new { org_id = org, survey_id = survey, respondent_token = $"inv-{answer}", enps_answer = answer });

        var categories = await sql.QueryAsync<string>("select enps_category from performance.survey_responses where survey_id = @survey order by enps_answer", new { survey });
        Assert.Equal(["detractor", "detractor", "passive", "passive", "promoter", "promoter"], categories);
    }

    [Fact]
    public async Task the_enps_score_is_percent_promoters_minus_percent_detractors_and_small_groups_are_suppressed()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var survey = await EnpsSurveyAsync(sql, org);
        await sql.InsertAsync("performance.enps_scores", new { org_id = org, survey_id = survey, responses_count = 40, promoters_count = 18, passives_count = 12, detractors_count = 10, min_group_size = 5 });
        await sql.InsertAsync("performance.enps_scores", new { org_id = org, survey_id = survey, group_dimension = "department", group_value = "Night shift", responses_count = 4, promoters_count = 4, passives_count = 0, detractors_count = 0, min_group_size = 5 });

        var scores = await sql.QueryAsync<(string Group, decimal? Score, bool Suppressed)>(
            "select group_value, score, is_suppressed from performance.enps_scores where survey_id = @survey order by group_value", new { survey });
        Assert.Equal([("Night shift", (decimal?)null, true), ("all", 20.0m, false)], scores);

        var error = await sql.RejectsAsync(
            "insert into performance.enps_scores (org_id, survey_id, group_dimension, group_value, responses_count, promoters_count, passives_count, detractors_count, min_group_size) values (@org, @survey, 'office', 'Perth', 10, 5, 3, 3, 5)",
            new { org, survey });
        Assert.Equal("ck_enps_scores__counts_add_up", error.ConstraintName);
    }

    [Fact]
    public async Task a_review_rating_outside_one_to_five_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var user = await sql.InsertAsync("public.users", new { org_id = org, email = "manager@example.com.au", first_name = "Mia", last_name = "Nguyen", kind = "staff" });
        var cycle = await sql.InsertAsync("performance.review_cycles", new { org_id = org, name = "FY2026 annual", cycle_type = "annual", period_start = "2025-07-01", period_end = "2026-06-30" });

        var error = await sql.RejectsAsync(
            "insert into performance.reviews (org_id, review_cycle_id, employee_id, reviewer_user_id, reviewer_role, status, overall_rating, submitted_at) values (@org, @cycle, gen_random_uuid(), @user, 'manager', 'submitted', 6, now())",
            new { org, cycle, user });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_reviews__overall_rating_range", error.ConstraintName);
    }

    [Fact]
    public async Task a_review_in_another_organisations_cycle_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        var othersCycle = await sql.InsertAsync("performance.review_cycles", new { org_id = other, name = "FY2026 annual", cycle_type = "annual", period_start = "2025-07-01", period_end = "2026-06-30" });
        await sql.AsTenantAsync(org);
        var user = await sql.InsertAsync("public.users", new { org_id = org, email = "manager@example.com.au", first_name = "Mia", last_name = "Nguyen", kind = "staff" });

        var error = await sql.RejectsAsync(
            "insert into performance.reviews (org_id, review_cycle_id, employee_id, reviewer_user_id, reviewer_role) values (@org, @othersCycle, gen_random_uuid(), @user, 'manager')",
            new { org, othersCycle, user });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_reviews__review_cycle_id", error.ConstraintName);
    }
}
