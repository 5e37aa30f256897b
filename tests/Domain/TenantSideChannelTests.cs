using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// The side channels between tenants that are closed (docs/design/tenant-side-channels.md): soft
/// references on the roster and clock paths must name a row of the same organisation, and the
/// application cannot probe other tenants' slugs by renaming its own.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class TenantSideChannelTests(DatabaseFixture database)
{
    private static Task<Guid> EmployeeAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("people.employees", new { org_id = org, first_name = "Ada", last_name = "Lovelace", employment_type = "casual" });

    private static async Task<Guid> SiteAsync(SqlSession sql, Guid org)
    {
        var client = await sql.InsertAsync("clients.clients", new { org_id = org, legal_name = "Harbour Logistics Pty Ltd" });
        return await sql.InsertAsync("clients.sites", new
        {
            org_id = org, client_id = client, name = "Kewdale DC", address_line1 = "1 Miles Rd", suburb = "Kewdale", state = "WA", postcode = "6105", timezone = "Australia/Perth",
        });
    }

    private static Task<Guid> ShiftAsync(SqlSession sql, Guid org, Guid site) =>
        sql.InsertAsync("roster.shifts", new
        {
            org_id = org, site_id = site, position = "Forklift operator", start_at = "2026-03-02 06:00+08", end_at = "2026-03-02 14:00+08", timezone = "Australia/Perth",
        });

    [Fact]
    public async Task a_shift_at_another_tenants_site_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var (mine, theirs) = (await sql.NewOrganisationAsync(), await sql.NewOrganisationAsync());
        var theirSite = await SiteAsync(sql, theirs);
        await sql.AsTenantAsync(mine);

        var error = await sql.RejectsAsync(
            "insert into roster.shifts (org_id, site_id, position, start_at, end_at) values (@mine, @theirSite, 'Picker', '2026-03-02 06:00+08', '2026-03-02 14:00+08')",
            new { mine, theirSite });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("sr_shifts__site_id", error.ConstraintName);
        Assert.Contains("clients.sites", error.MessageText);
    }

    [Fact]
    public async Task assigning_another_tenants_employee_to_a_shift_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var (mine, theirs) = (await sql.NewOrganisationAsync(), await sql.NewOrganisationAsync());
        var shift = await ShiftAsync(sql, mine, await SiteAsync(sql, mine));
        var theirEmployee = await EmployeeAsync(sql, theirs);
        await sql.AsTenantAsync(mine);

        var error = await sql.RejectsAsync(
            "insert into roster.shift_assignments (org_id, shift_id, employee_id) values (@mine, @shift, @theirEmployee)", new { mine, shift, theirEmployee });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("sr_shift_assignments__employee_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_clock_event_for_another_tenants_employee_is_rejected_and_one_for_our_own_is_kept()
    {
        await using var sql = await database.BeginAsync();
        var (mine, theirs) = (await sql.NewOrganisationAsync(), await sql.NewOrganisationAsync());
        var ours = await EmployeeAsync(sql, mine);
        var theirEmployee = await EmployeeAsync(sql, theirs);
        await sql.AsTenantAsync(mine);
        const string clockIn =
            "insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone) values (@mine, @employee, 'clock_in', 'kiosk', now(), 'Australia/Perth')";

        var error = await sql.RejectsAsync(clockIn, new { mine, employee = theirEmployee });
        Assert.Equal("23503", error.SqlState);
        Assert.Equal("sr_clock_events__employee_id", error.ConstraintName);
        Assert.Equal(1, await sql.ExecuteAsync(clockIn, new { mine, employee = ours }));
    }

    [Fact]
    public async Task moving_an_assignment_to_another_tenants_employee_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var (mine, theirs) = (await sql.NewOrganisationAsync(), await sql.NewOrganisationAsync());
        var shift = await ShiftAsync(sql, mine, await SiteAsync(sql, mine));
        var assignment = await sql.InsertAsync("roster.shift_assignments", new { org_id = mine, shift_id = shift, employee_id = await EmployeeAsync(sql, mine) });
        var theirEmployee = await EmployeeAsync(sql, theirs);

        var error = await sql.RejectsAsync("update roster.shift_assignments set employee_id = @theirEmployee where id = @assignment", new { theirEmployee, assignment });

        Assert.Equal("sr_shift_assignments__employee_id", error.ConstraintName);
    }

    [Fact]
    public async Task the_application_cannot_rename_its_slug_to_probe_other_tenants()
    {
        await using var sql = await database.BeginAsync();
        var mine = await sql.NewOrganisationAsync();
        await sql.NewOrganisationAsync("Taken Pty Ltd");
        await sql.AsTenantAsync(mine);

        var error = await sql.RejectsAsync("update public.organisations set slug = 'anything-else' where id = @mine", new { mine });
        Assert.Equal("42501", error.SqlState);
        Assert.Equal(1, await sql.ExecuteAsync("update public.organisations set name = 'Renamed Pty Ltd' where id = @mine", new { mine }));
    }
}
