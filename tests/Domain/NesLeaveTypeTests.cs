using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// The National Employment Standards leave types exist for every organisation from the moment it
/// is created, and their rules cannot be configured away (annual leave is NES and not for casuals).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class NesLeaveTypeTests(DatabaseFixture database)
{
    private static readonly string[] NesCategories =
        ["annual", "carers_unpaid", "community_service", "compassionate", "family_domestic_violence", "long_service", "parental_unpaid", "personal_carers", "public_holiday"];

    [Fact]
    public async Task a_new_organisation_starts_with_every_nes_leave_type()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var categories = await sql.QueryAsync<string>("select category from people.leave_types where is_nes and deleted_at is null order by category");

        Assert.Equal(NesCategories, categories);
        Assert.Equal(152m, await sql.ScalarAsync<decimal>("select entitlement_hours from people.leave_types where category = 'annual'"));
    }

    [Fact]
    public async Task annual_leave_marked_as_not_nes_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            "insert into people.leave_types (org_id, code, name, category, is_nes, is_paid, accrual_method, entitlement_hours) values (@org, 'al_extra', 'Extra annual', 'annual', false, true, 'ordinary_hours_pro_rata', 152)",
            new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_leave_types__nes_category_is_nes", error.ConstraintName);
    }

    [Fact]
    public async Task annual_leave_open_to_casuals_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync("update people.leave_types set applies_to_casuals = true where category = 'annual'");

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_leave_types__paid_nes_leave_not_for_casuals", error.ConstraintName);
    }

    [Fact]
    public async Task annual_leave_below_the_nes_minimum_of_four_weeks_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync("update people.leave_types set entitlement_hours = 114 where category = 'annual'");

        Assert.Equal("ck_leave_types__nes_minimum_entitlement", error.ConstraintName);
    }

    [Fact]
    public async Task a_company_leave_type_cannot_claim_to_be_nes()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            "insert into people.leave_types (org_id, code, name, category, is_nes, is_paid) values (@org, 'study', 'Study leave', 'study', true, true)", new { org });

        Assert.Equal("ck_leave_types__nes_category_is_nes", error.ConstraintName);
    }
}
