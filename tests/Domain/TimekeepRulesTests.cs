using System.Globalization;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class TimekeepRulesTests(DatabaseFixture database)
{
    private static Task<Guid> TimecardAsync(SqlSession sql, Guid org, string periodStart = "2026-01-05", string periodEnd = "2026-01-18") =>
        sql.InsertAsync("timekeep.timecards", new { org_id = org, employee_id = Guid.NewGuid(), period_start = periodStart, period_end = periodEnd });

    private static Task<Guid> EntryAsync(SqlSession sql, Guid org, Guid timecard, string workDate, string category = "ordinary", decimal hours = 7.6m) =>
        sql.InsertAsync("timekeep.timecard_entries", new { org_id = org, timecard_id = timecard, work_date = workDate, pay_category = category, hours });

    private static Task LockAsync(SqlSession sql, Guid org, string periodStart, string periodEnd) =>
        sql.InsertAsync("timekeep.pay_period_locks", new { org_id = org, period_start = periodStart, period_end = periodEnd, reason = "pay run finalised" });

    // A clock event's employee is a real employee of the organisation: the soft reference is checked within the tenant.
    private static Task<Guid> EmployeeAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("people.employees", new { org_id = org, first_name = "Ada", last_name = "Lovelace", employment_type = "casual" });

    private static async Task ClockInAsync(SqlSession sql, Guid org, DateTime occurredAtUtc) =>
        await sql.ExecuteAsync(
            """
            insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone, latitude, longitude, accuracy_metres)
            values (@org, @employee, 'clock_in', 'mobile_gps', @occurredAtUtc, 'Australia/Perth', -31.953500, 115.857000, 8.5)
            """, new { org, occurredAtUtc, employee = await EmployeeAsync(sql, org) });

    [Fact]
    public async Task entries_dated_in_a_locked_pay_period_are_refused_and_entries_outside_it_accepted()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var timecard = await TimecardAsync(sql, org);
        var before = await EntryAsync(sql, org, timecard, "2026-01-09");
        await LockAsync(sql, org, "2026-01-05", "2026-01-11");

        var insert = await sql.RejectsAsync(
            "insert into timekeep.timecard_entries (org_id, timecard_id, work_date, pay_category, hours) values (@org, @timecard, '2026-01-11', 'sunday', 8)",
            new { org, timecard });
        var change = await sql.RejectsAsync("update timekeep.timecard_entries set hours = 10 where id = @before", new { before });
        var moveOut = await sql.RejectsAsync("update timekeep.timecard_entries set work_date = '2026-01-12' where id = @before", new { before });
        var softDelete = await sql.RejectsAsync("update timekeep.timecard_entries set deleted_at = now() where id = @before", new { before });

        foreach (var error in new[] { insert, change, moveOut, softDelete })
        {
            Assert.Equal("55000", error.SqlState);
            Assert.Contains("pay period 2026-01-05 to 2026-01-11 is locked", error.MessageText);
        }
        await EntryAsync(sql, org, timecard, "2026-01-12");
    }

    [Fact]
    public async Task allowances_and_breaks_dated_in_a_locked_pay_period_are_refused()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var timecard = await TimecardAsync(sql, org);
        await LockAsync(sql, org, "2026-01-05", "2026-01-11");

        var allowance = await sql.RejectsAsync(
            "insert into timekeep.timecard_allowances (org_id, timecard_id, allowance_date, allowance_code, amount) values (@org, @timecard, '2026-01-08', 'FIRSTAID', 3.42)",
            new { org, timecard });
        var meal = await sql.RejectsAsync(
            "insert into timekeep.breaks (org_id, timecard_id, work_date, break_type, is_paid, duration_minutes) values (@org, @timecard, '2026-01-08', 'meal', false, 30)",
            new { org, timecard });

        Assert.Equal("55000", allowance.SqlState);
        Assert.Matches("^pay period 2026-01-05 to 2026-01-11 is locked .*: insert on timekeep.timecard_allowances is refused$", allowance.MessageText);
        Assert.Equal("55000", meal.SqlState);
        Assert.Matches("^pay period 2026-01-05 to 2026-01-11 is locked .*: insert on timekeep.breaks is refused$", meal.MessageText);
    }

    [Fact]
    public async Task a_lock_of_another_tenant_or_a_released_lock_does_not_refuse_entries()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        await LockAsync(sql, other, "2026-01-05", "2026-01-11");
        await sql.InsertAsync("timekeep.pay_period_locks", new
        {
            org_id = org, period_start = "2026-01-05", period_end = "2026-01-11",
            unlocked_at = "2099-01-01 00:00+00", unlock_reason = "correction run",
        });
        await sql.AsTenantAsync(org);
        var timecard = await TimecardAsync(sql, org);

        await EntryAsync(sql, org, timecard, "2026-01-07");
    }

    [Fact]
    public async Task a_timecard_in_a_locked_period_can_be_marked_paid_but_not_reopened()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var timecard = await TimecardAsync(sql, org, "2026-01-05", "2026-01-11");
        await EntryAsync(sql, org, timecard, "2026-01-06");
        await sql.ExecuteAsync("update timekeep.timecards set status = 'approved', approved_at = now() where id = @timecard", new { timecard });
        await LockAsync(sql, org, "2026-01-05", "2026-01-11");

        Assert.Equal(1, await sql.ExecuteAsync("update timekeep.timecards set status = 'paid', paid_at = now() where id = @timecard", new { timecard }));
        var reopen = await sql.RejectsAsync("update timekeep.timecards set status = 'draft' where id = @timecard", new { timecard });
        Assert.Equal("55000", reopen.SqlState);
        Assert.Matches("^pay period 2026-01-05 to 2026-01-11 is locked .*: update on timekeep.timecards is refused$", reopen.MessageText);
        var newCard = await sql.RejectsAsync(
            "insert into timekeep.timecards (org_id, employee_id, period_start, period_end) values (@org, gen_random_uuid(), '2026-01-10', '2026-01-16')", new { org });
        Assert.Equal("55000", newCard.SqlState);
        Assert.Matches("^pay period 2026-01-05 to 2026-01-11 is locked .*: insert on timekeep.timecards is refused$", newCard.MessageText);
    }

    [Fact]
    public async Task timecard_totals_follow_their_entries_and_allowances()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var timecard = await TimecardAsync(sql, org);
        await EntryAsync(sql, org, timecard, "2026-01-05", "ordinary", 7.6m);
        await EntryAsync(sql, org, timecard, "2026-01-10", "saturday", 8m);
        var overtime = await EntryAsync(sql, org, timecard, "2026-01-06", "overtime_150", 2m);
        await sql.InsertAsync("timekeep.timecard_allowances", new
        {
            org_id = org, timecard_id = timecard, allowance_date = "2026-01-06", allowance_code = "MEAL_OT", stp_allowance_type = "MD", amount = 23.59m,
        });
        await sql.ExecuteAsync("update timekeep.timecard_entries set deleted_at = now() where id = @overtime", new { overtime });

        var totals = (await sql.QueryAsync<(decimal Ordinary, decimal Penalty, decimal Overtime, decimal Total, decimal Allowances)>(
            "select ordinary_hours, penalty_hours, overtime_hours, total_hours, allowance_amount from timekeep.timecards where id = @timecard",
            new { timecard })).Single();
        Assert.Equal((7.6m, 8m, 0m, 15.6m, 23.59m), totals);
    }

    [Fact]
    public async Task clock_events_cannot_be_updated_or_deleted()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await ClockInAsync(sql, org, TestClock.UtcNow);

        foreach (var statement in new[]
                 {
                     "update timekeep.clock_events set event_type = 'clock_out' where org_id = @org",
                     "delete from timekeep.clock_events where org_id = @org",
                     "truncate timekeep.clock_events",
                 })
        {
            var error = await sql.RejectsAsync(statement, new { org });
            Assert.Contains("is append-only", error.MessageText);
        }

        await sql.AsTenantAsync(org);
        var asApp = await sql.RejectsAsync("delete from timekeep.clock_events where org_id = @org", new { org });
        Assert.Equal("42501", asApp.SqlState);
        Assert.Equal("permission denied for table clock_events", asApp.MessageText);
    }

    [Fact]
    public async Task clock_events_land_in_the_partition_of_their_utc_month()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var nextMonth = TestClock.MonthStart(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // 07:59:59 on the 1st in Perth is still the previous month in UTC; one second later it is not.
        await ClockInAsync(sql, org, nextMonth.AddSeconds(-1));
        await ClockInAsync(sql, org, nextMonth);
        await ClockInAsync(sql, org, new DateTime(2019, 7, 1, 0, 0, 0, DateTimeKind.Utc));

        var partitions = await sql.QueryAsync<string>(
            "select tableoid::regclass::text from timekeep.clock_events where org_id = @org order by occurred_at", new { org });
        string Partition(DateTime month) => "timekeep.clock_events_p" + month.ToString("yyyy_MM", CultureInfo.InvariantCulture);
        Assert.Equal(["timekeep.clock_events_default", Partition(nextMonth.AddMonths(-1)), Partition(nextMonth)], partitions);
    }

    [Fact]
    public async Task a_clock_event_position_outside_the_globe_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            """
            insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone, latitude, longitude)
            values (@org, @employee, 'clock_in', 'mobile_gps', now(), 'Australia/Perth', -95.000000, 115.857000)
            """, new { org, employee = await EmployeeAsync(sql, org) });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_clock_events__latitude_range", error.ConstraintName);
    }

    [Fact]
    public async Task an_entry_on_another_tenants_timecard_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var mine = await sql.NewOrganisationAsync();
        var theirs = await sql.NewOrganisationAsync();
        var theirTimecard = await TimecardAsync(sql, theirs);

        var error = await sql.RejectsAsync(
            "insert into timekeep.timecard_entries (org_id, timecard_id, work_date, pay_category, hours) values (@mine, @theirTimecard, '2026-01-06', 'ordinary', 8)",
            new { mine, theirTimecard });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_timecard_entries__timecard_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_clock_event_at_another_tenants_terminal_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var mine = await sql.NewOrganisationAsync();
        var theirs = await sql.NewOrganisationAsync();
        var theirTerminal = await sql.InsertAsync("timekeep.terminals", new
        {
            org_id = theirs, name = "Gate 1", terminal_type = "actatek", timezone = "Australia/Perth",
        });

        var error = await sql.RejectsAsync(
            """
            insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone, terminal_id)
            values (@mine, @employee, 'clock_in', 'kiosk', now(), 'Australia/Perth', @theirTerminal)
            """, new { mine, theirTerminal, employee = await EmployeeAsync(sql, mine) });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_clock_events__terminal_id", error.ConstraintName);
    }

    [Fact]
    public async Task an_entry_in_the_shared_pay_category_overtime_250_is_accepted_and_the_old_evening_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var timecard = await TimecardAsync(sql, org);

        await EntryAsync(sql, org, timecard, "2026-01-06", "overtime_250", 2m);
        var error = await sql.RejectsAsync(
            "insert into timekeep.timecard_entries (org_id, timecard_id, work_date, pay_category, hours) values (@org, @timecard, '2026-01-07', 'evening', 4)",
            new { org, timecard });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_timecard_entries__pay_category", error.ConstraintName);
    }

    [Fact]
    public async Task shift_penalty_and_public_holiday_overtime_lines_count_in_the_timecard_totals()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var timecard = await TimecardAsync(sql, org);
        await EntryAsync(sql, org, timecard, "2026-01-06", "evening_shift", 3m);
        await EntryAsync(sql, org, timecard, "2026-01-07", "night_shift", 8m);
        await EntryAsync(sql, org, timecard, "2026-01-08", "overtime_250", 2m);

        var totals = (await sql.QueryAsync<(decimal Penalty, decimal Overtime, decimal Total)>(
            "select penalty_hours, overtime_hours, total_hours from timekeep.timecards where id = @timecard", new { timecard })).Single();
        Assert.Equal((11m, 2m, 13m), totals);
    }
}
