using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// Super on Government Paid Parental Leave (from 1 July 2025) is paid by the Government through
/// the ATO, not by the employer: it may be recorded, as information, never as a contribution the
/// employer owes and sends through SuperStream.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SuperContributionTests(DatabaseFixture database)
{
    private const string Insert =
        """
        insert into payroll.super_calculations (org_id, employee_id, super_fund_id, contribution_type, regime, period_start, period_end, ordinary_time_earnings, sg_rate, amount, due_date, status)
        values (@org, @employee, @fund, @type, 'quarterly', '2025-07-01', '2025-09-30', 5000.00, 0.1200, 600.00, '2026-10-28', @status)
        """;

    private static async Task<(Guid Org, Guid Employee, Guid Fund)> FundAsync(SqlSession sql)
    {
        var org = await sql.NewOrganisationAsync();
        var employee = Guid.NewGuid();
        var fund = await sql.InsertAsync("payroll.super_funds", new
        {
            org_id = org, employee_id = employee, fund_type = "apra", choice_source = "employee_choice", fund_name = "AustralianSuper", usi = "STA0100AU", effective_from = "2025-07-01",
        });
        return (org, employee, fund);
    }

    [Fact]
    public async Task paid_parental_leave_super_is_no_longer_an_employer_contribution_type()
    {
        await using var sql = await database.BeginAsync();
        var (org, employee, fund) = await FundAsync(sql);

        var error = await sql.RejectsAsync(Insert, new { org, employee, fund, type = "paid_parental_leave_sg", status = "pending" });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_super_calculations__contribution_type", error.ConstraintName);
    }

    [Fact]
    public async Task government_paid_parental_leave_super_is_recorded_as_information_only()
    {
        await using var sql = await database.BeginAsync();
        var (org, employee, fund) = await FundAsync(sql);
        await sql.AsTenantAsync(org);

        Assert.Equal(1, await sql.ExecuteAsync(Insert, new { org, employee, fund, type = "government_ppl_super", status = "paid_by_government" }));
        var owed = await sql.RejectsAsync(Insert, new { org, employee, fund, type = "government_ppl_super", status = "pending" });
        Assert.Equal("ck_super_calculations__government_ppl_super_is_information", owed.ConstraintName);
        var employerMarkedGovernment = await sql.RejectsAsync(Insert, new { org, employee, fund, type = "sg", status = "paid_by_government" });
        Assert.Equal("ck_super_calculations__government_ppl_super_is_information", employerMarkedGovernment.ConstraintName);
    }
}
