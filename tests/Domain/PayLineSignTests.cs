using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// Corrections, reversals and overpayment recoveries are negative pay lines, as payslips and STP
/// Phase 2 show them; an ordinary line never is.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class PayLineSignTests(DatabaseFixture database)
{
    private static async Task<(Guid Org, Guid Run)> PayRunAsync(SqlSession sql)
    {
        var org = await sql.NewOrganisationAsync();
        var calendar = await sql.InsertAsync("payroll.pay_calendars", new { org_id = org, name = "Weekly", pay_frequency = "weekly", anchor_period_start = "2026-01-05" });
        var run = await sql.InsertAsync("payroll.pay_runs", new { org_id = org, pay_calendar_id = calendar, period_start = "2026-01-05", period_end = "2026-01-11", payment_date = "2026-01-14" });
        return (org, run);
    }

    private const string Insert =
        """
        insert into payroll.pay_lines (org_id, pay_run_id, employee_id, tax_treatment_code, payment_category, line_kind, hours, rate, amount, reverses_pay_line_id)
        values (@org, @run, @employee, 'RTXXXX', 'gross', @kind, @hours, 30.0000, @amount, @reverses)
        returning id
        """;

    [Fact]
    public async Task an_overpayment_recovery_is_a_negative_line()
    {
        await using var sql = await database.BeginAsync();
        var (org, run) = await PayRunAsync(sql);
        await sql.AsTenantAsync(org);

        var line = await sql.ScalarAsync<Guid>(Insert, new { org, run, employee = Guid.NewGuid(), kind = "overpayment_recovery", hours = -2.00m, amount = -60.00m, reverses = (Guid?)null });

        Assert.Equal(-60.00m, await sql.ScalarAsync<decimal>("select amount from payroll.pay_lines where id = @line", new { line }));
    }

    [Fact]
    public async Task an_ordinary_line_cannot_be_negative()
    {
        await using var sql = await database.BeginAsync();
        var (org, run) = await PayRunAsync(sql);

        var error = await sql.RejectsAsync(Insert, new { org, run, employee = Guid.NewGuid(), kind = "regular", hours = -2.00m, amount = -60.00m, reverses = (Guid?)null });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_pay_lines__only_adjustments_negative", error.ConstraintName);
    }

    [Fact]
    public async Task a_reversal_names_the_line_it_reverses_and_mirrors_its_amount()
    {
        await using var sql = await database.BeginAsync();
        var (org, run) = await PayRunAsync(sql);
        var employee = Guid.NewGuid();
        var original = await sql.ScalarAsync<Guid>(Insert, new { org, run, employee, kind = "regular", hours = 8.00m, amount = 240.00m, reverses = (Guid?)null });

        var unnamed = await sql.RejectsAsync(Insert, new { org, run, employee, kind = "reversal", hours = -8.00m, amount = -240.00m, reverses = (Guid?)null });
        Assert.Equal("ck_pay_lines__reversal_names_reversed_line", unnamed.ConstraintName);
        var wrongAmount = await sql.RejectsAsync(Insert, new { org, run, employee, kind = "reversal", hours = -7.00m, amount = -210.00m, reverses = original });
        Assert.Equal("ck_pay_lines__reversal_mirrors_line", wrongAmount.ConstraintName);
        await sql.ScalarAsync<Guid>(Insert, new { org, run, employee, kind = "reversal", hours = -8.00m, amount = -240.00m, reverses = original });
    }

    [Fact]
    public async Task a_line_cannot_reverse_another_tenants_line()
    {
        await using var sql = await database.BeginAsync();
        var (mine, myRun) = await PayRunAsync(sql);
        var (theirs, theirRun) = await PayRunAsync(sql);
        var theirLine = await sql.ScalarAsync<Guid>(Insert, new { org = theirs, run = theirRun, employee = Guid.NewGuid(), kind = "regular", hours = 8.00m, amount = 240.00m, reverses = (Guid?)null });

        var error = await sql.RejectsAsync(Insert, new { org = mine, run = myRun, employee = Guid.NewGuid(), kind = "reversal", hours = -8.00m, amount = -240.00m, reverses = theirLine });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_pay_lines__reverses_pay_line_id", error.ConstraintName);
    }
}
