using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>Two-up driving (standard hours and BFM) has national limits of its own, installed beside the solo ones.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class TwoUpFatigueRulesTests(DatabaseFixture database)
{
    [Fact]
    public async Task installing_the_national_rules_brings_standard_and_bfm_two_up_limits()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        await sql.ScalarAsync<int>("select fatigue.install_national_rules()");

        var options = await sql.QueryAsync<string>(
            "select distinct work_rest_option from fatigue.fatigue_rules where mode = 'two_up' and deleted_at is null order by 1");
        Assert.Equal(["bfm", "standard"], options);
    }

    [Fact]
    public async Task a_two_up_driver_under_standard_hours_needs_5_continuous_hours_rest_in_24_which_may_be_in_a_moving_sleeper_berth()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await sql.ScalarAsync<int>("select fatigue.install_national_rules()");

        var day = await sql.QueryAsync<(int Work, int Continuous, bool Stationary)>(
            "select max_work_minutes, min_continuous_rest_minutes, rest_must_be_stationary from fatigue.fatigue_rules where code = 'STD-TWOUP-24H'");

        Assert.Equal([(720, 300, false)], day);
    }

    [Fact]
    public async Task every_national_rule_says_whether_it_was_verified_against_a_source()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        await sql.ScalarAsync<int>("select fatigue.install_national_rules()");

        var unmarked = await sql.ScalarAsync<long>(
            "select count(*) from fatigue.fatigue_rules where not (metadata ? 'verification' and metadata ->> 'verification' in ('verified', 'corroborated', 'unverified'))");

        Assert.Equal(0, unmarked);
    }
}
