using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>The super guarantee rate by financial year, as data: the rate of a payment follows the day it is paid.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SuperGuaranteeRateTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("2014-07-01", 0.0950)]
    [InlineData("2021-06-30", 0.0950)]
    [InlineData("2021-07-01", 0.1000)]
    [InlineData("2022-07-01", 0.1050)]
    [InlineData("2023-07-01", 0.1100)]
    [InlineData("2025-06-30", 0.1150)]
    [InlineData("2025-07-01", 0.1200)]
    [InlineData("2031-03-15", 0.1200)]
    public async Task the_rate_applied_to_a_payment_is_the_rate_of_its_payment_date(string paidOn, decimal rate)
    {
        await using var sql = await database.BeginAsync();
        await sql.AsTenantAsync(await sql.NewOrganisationAsync());

        Assert.Equal(rate, await sql.ScalarAsync<decimal>("select payroll.super_guarantee_rate(@paidOn::date)", new { paidOn }));
    }

    [Fact]
    public async Task every_financial_year_from_2014_15_to_the_open_ended_2027_28_has_exactly_one_rate_with_its_source()
    {
        await using var sql = await database.BeginAsync();

        var years = await sql.QueryAsync<string>("select financial_year from payroll.super_guarantee_rates where deleted_at is null order by effective_from");
        Assert.Equal(Enumerable.Range(2014, 14).Select(y => $"{y}-{(y + 1) % 100:00}"), years);
        Assert.Equal(0, await sql.ScalarAsync<long>("select count(*) from payroll.super_guarantee_rates where nullif(btrim(source), '') is null"));
        Assert.Null(await sql.ScalarAsync<decimal?>("select payroll.super_guarantee_rate('2014-06-30')"));
    }

    [Fact]
    public async Task a_second_rate_for_an_overlapping_period_is_rejected()
    {
        await using var sql = await database.BeginAsync();

        var error = await sql.RejectsAsync(
            "insert into payroll.super_guarantee_rates (financial_year, rate, effective_from, effective_to, source) values ('2024-25', 0.1200, '2024-07-01', '2025-06-30', 'test')");

        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_super_guarantee_rates__no_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task the_application_reads_the_rates_but_cannot_change_them()
    {
        await using var sql = await database.BeginAsync();
        await sql.AsTenantAsync(await sql.NewOrganisationAsync());

        var error = await sql.RejectsAsync("update payroll.super_guarantee_rates set rate = 0.1300 where financial_year = '2025-26'");

        Assert.Equal("42501", error.SqlState);
    }
}
