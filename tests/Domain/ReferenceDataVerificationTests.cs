using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// Reference figures a payroll team relies on say how far they were checked (verified against a
/// primary document, corroborated by a secondary copy, disputed by one, or unverified) and
/// against what; docs/design/reference-data.md lists them per award.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReferenceDataVerificationTests(DatabaseFixture database)
{
    private const string RetailRate =
        """
        select r.verification from compliance.award_rates r join compliance.award_classifications c on c.id = r.award_classification_id
        join compliance.awards a on a.id = c.award_id where a.code = 'MA000004' and c.level_code = @level
        """;

    [Fact]
    public async Task every_award_figure_says_how_far_it_was_checked_and_against_what()
    {
        await using var sql = await database.BeginAsync();

        foreach (var table in new[] { "compliance.award_rates", "compliance.award_penalty_rules", "compliance.award_allowances" })
            Assert.Equal(0, await sql.ScalarAsync<long>($"select count(*) from {table} where verification <> 'unverified' and checked_against is null"));
        Assert.Equal("corroborated", await sql.ScalarAsync<string>(RetailRate, new { level = "Level 1" }));
        Assert.Equal("disputed", await sql.ScalarAsync<string>(RetailRate, new { level = "Level 2" }));
    }

    [Fact]
    public async Task a_rate_cannot_claim_pay_guide_verification_its_verification_does_not_record()
    {
        await using var sql = await database.BeginAsync();

        var error = await sql.RejectsAsync("update compliance.award_rates set verified_against_pay_guide = true where verification = 'unverified'");

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_award_rates__pay_guide_flag_matches_verification", error.ConstraintName);
    }

    [Fact]
    public async Task a_checked_figure_names_what_it_was_checked_against()
    {
        await using var sql = await database.BeginAsync();

        var error = await sql.RejectsAsync("update compliance.award_penalty_rules set verification = 'verified', checked_against = null where verification = 'unverified'");

        Assert.Equal("ck_award_penalty_rules__checked_figure_names_source", error.ConstraintName);
    }

    [Fact]
    public async Task general_retail_weekend_public_holiday_and_weekday_evening_penalties_are_verified()
    {
        await using var sql = await database.BeginAsync();

        var rules = await sql.QueryAsync<(string Day, string? Band, decimal Multiplier, string Verification)>(
            """
            select r.day_type, r.band_start::text, r.multiplier, r.verification from compliance.award_penalty_rules r join compliance.awards a on a.id = r.award_id
            where a.code = 'MA000004' and r.employment_type = 'full_time' and r.rule_kind = 'penalty' and r.deleted_at is null
            order by r.multiplier, r.day_type
            """);

        Assert.Equal(
            [("saturday", null, 1.2500m, "verified"), ("weekday", "18:00:00", 1.2500m, "verified"), ("sunday", null, 1.5000m, "verified"), ("public_holiday", null, 2.2500m, "verified")],
            rules);
    }
}
