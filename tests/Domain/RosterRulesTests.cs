using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class RosterRulesTests(DatabaseFixture database)
{
    private static Task<Guid> ShiftAsync(SqlSession sql, Guid org, Guid site, string start, string end, int breakMinutes = 0) =>
        sql.InsertAsync("roster.shifts", new
        {
            org_id = org, site_id = site, position = "Forklift operator", start_at = start, end_at = end,
            unpaid_break_minutes = breakMinutes, timezone = "Australia/Perth",
        });

    // Sites and employees are real rows of the organisation: the soft references of shifts and assignments are checked within the tenant.
    private static async Task<Guid> SiteAsync(SqlSession sql, Guid org)
    {
        var client = await sql.InsertAsync("clients.clients", new { org_id = org, legal_name = "Harbour Logistics Pty Ltd" });
        return await sql.InsertAsync("clients.sites", new
        {
            org_id = org, client_id = client, name = "Kewdale DC", address_line1 = "1 Miles Rd", suburb = "Kewdale", state = "WA", postcode = "6105", timezone = "Australia/Perth",
        });
    }

    private static Task<Guid> EmployeeAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("people.employees", new { org_id = org, first_name = "Ada", last_name = "Lovelace", employment_type = "casual" });

    private static Task<Guid> AssignAsync(SqlSession sql, Guid org, Guid shift, Guid employee) =>
        sql.InsertAsync("roster.shift_assignments", new { org_id = org, shift_id = shift, employee_id = employee });

    [Fact]
    public async Task a_shift_ending_before_it_starts_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var site = await SiteAsync(sql, org);
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            """
            insert into roster.shifts (org_id, site_id, position, start_at, end_at)
            values (@org, @site, 'Storeperson', '2026-03-02 14:00+08', '2026-03-02 06:00+08')
            """, new { org, site });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_shifts__end_at_after_start_at", error.ConstraintName);
    }

    [Fact]
    public async Task an_unpaid_break_as_long_as_the_shift_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var site = await SiteAsync(sql, org);
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            """
            insert into roster.shifts (org_id, site_id, position, start_at, end_at, unpaid_break_minutes)
            values (@org, @site, 'Storeperson', '2026-03-02 06:00+08', '2026-03-02 07:00+08', 60)
            """, new { org, site });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_shifts__break_shorter_than_shift", error.ConstraintName);
    }

    [Fact]
    public async Task an_employee_cannot_be_booked_on_two_overlapping_shifts()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var (site, employee) = (await SiteAsync(sql, org), await EmployeeAsync(sql, org));
        var morning = await ShiftAsync(sql, org, site, "2026-03-02 06:00+08", "2026-03-02 14:30+08", 30);
        var overlapping = await ShiftAsync(sql, org, site, "2026-03-02 14:00+08", "2026-03-02 22:00+08", 30);
        await AssignAsync(sql, org, morning, employee);

        var error = await sql.RejectsAsync(
            "insert into roster.shift_assignments (org_id, shift_id, employee_id) values (@org, @overlapping, @employee)",
            new { org, overlapping, employee });

        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_shift_assignments__no_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task back_to_back_shifts_and_a_different_employee_on_the_same_hours_are_accepted()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var (site, ada, ben) = (await SiteAsync(sql, org), await EmployeeAsync(sql, org), await EmployeeAsync(sql, org));
        var morning = await ShiftAsync(sql, org, site, "2026-03-02 06:00+08", "2026-03-02 14:00+08");
        var afternoon = await ShiftAsync(sql, org, site, "2026-03-02 14:00+08", "2026-03-02 22:00+08");

        await AssignAsync(sql, org, morning, ada);
        await AssignAsync(sql, org, afternoon, ada);
        await AssignAsync(sql, org, morning, ben);

        var copied = await sql.ScalarAsync<bool>(
            """
            select bool_and(a.start_at = s.start_at and a.end_at = s.end_at)
            from roster.shift_assignments a join roster.shifts s on s.id = a.shift_id
            where a.org_id = @org
            """, new { org });
        Assert.True(copied);
    }

    [Fact]
    public async Task a_cancelled_assignment_frees_the_time_for_another_shift()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var (site, employee) = (await SiteAsync(sql, org), await EmployeeAsync(sql, org));
        var first = await ShiftAsync(sql, org, site, "2026-03-03 06:00+08", "2026-03-03 14:00+08");
        var second = await ShiftAsync(sql, org, site, "2026-03-03 08:00+08", "2026-03-03 16:00+08");
        var assignment = await AssignAsync(sql, org, first, employee);

        await sql.ExecuteAsync("update roster.shift_assignments set status = 'cancelled', cancelled_at = now() where id = @assignment", new { assignment });

        await AssignAsync(sql, org, second, employee);
    }

    [Fact]
    public async Task moving_a_shift_onto_another_shift_of_the_same_employee_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var (site, employee) = (await SiteAsync(sql, org), await EmployeeAsync(sql, org));
        var monday = await ShiftAsync(sql, org, site, "2026-03-02 06:00+08", "2026-03-02 14:00+08");
        var tuesday = await ShiftAsync(sql, org, site, "2026-03-03 06:00+08", "2026-03-03 14:00+08");
        await AssignAsync(sql, org, monday, employee);
        await AssignAsync(sql, org, tuesday, employee);

        var error = await sql.RejectsAsync(
            "update roster.shifts set start_at = '2026-03-02 10:00+08', end_at = '2026-03-02 18:00+08' where id = @tuesday", new { tuesday });

        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_shift_assignments__no_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task an_offer_expiring_before_it_was_sent_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var shift = await ShiftAsync(sql, org, await SiteAsync(sql, org), "2026-03-02 06:00+08", "2026-03-02 14:00+08");

        var error = await sql.RejectsAsync(
            """
            insert into roster.shift_offers (org_id, shift_id, employee_id, sent_at, expires_at)
            values (@org, @shift, gen_random_uuid(), '2026-03-01 09:00+08', '2026-03-01 08:00+08')
            """, new { org, shift });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_shift_offers__expires_after_sent", error.ConstraintName);
    }

    [Fact]
    public async Task an_assignment_to_another_tenants_shift_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var mine = await sql.NewOrganisationAsync();
        var theirs = await sql.NewOrganisationAsync();
        var theirShift = await ShiftAsync(sql, theirs, await SiteAsync(sql, theirs), "2026-03-02 06:00+08", "2026-03-02 14:00+08");

        // As the superuser, RLS is bypassed: only the composite key (org_id, shift_id) stops the reference.
        var error = await sql.RejectsAsync(
            """
            insert into roster.shift_assignments (org_id, shift_id, employee_id, start_at, end_at)
            values (@mine, @theirShift, @ourEmployee, '2026-03-02 06:00+08', '2026-03-02 14:00+08')
            """, new { mine, theirShift, ourEmployee = await EmployeeAsync(sql, mine) });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_shift_assignments__shift_id", error.ConstraintName);
    }

    [Fact]
    public async Task an_availability_window_with_only_one_time_bound_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        const string insert =
            """
            insert into roster.availability (org_id, employee_id, kind, availability_type, day_of_week, start_time, end_time)
            values (@org, gen_random_uuid(), 'recurring', 'available', 2, @start::time, @end::time)
            """;

        var error = await sql.RejectsAsync(insert, new { org, start = "09:00", end = (string?)null });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_availability__time_range", error.ConstraintName);
        error = await sql.RejectsAsync(insert, new { org, start = (string?)null, end = "17:00" });
        Assert.Equal("ck_availability__time_range", error.ConstraintName);

        // Both bounds (a window) or neither (the whole day) are fine.
        await sql.ExecuteAsync(insert, new { org, start = "09:00", end = "17:00" });
        await sql.ExecuteAsync(insert, new { org, start = (string?)null, end = (string?)null });
    }

    [Fact]
    public async Task a_span_of_ordinary_hours_with_only_one_end_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            """
            insert into roster.roster_rules (org_id, name, min_engagement_hours, effective_from, ordinary_span_saturday_start)
            values (@org, 'Retail casuals', 3, '2026-01-01', '07:00')
            """, new { org });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_roster_rules__saturday_span", error.ConstraintName);
    }
}
