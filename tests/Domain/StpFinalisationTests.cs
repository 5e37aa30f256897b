using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// STP finalisation is declared per employee and financial year, in a pay or update event, due
/// 14 July (30 September for closely held payees), and is undone by a later update event.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class StpFinalisationTests(DatabaseFixture database)
{
    private static Task<Guid> SubmissionAsync(SqlSession sql, Guid org, string eventType, string runDate, bool isFinalisation = true) =>
        sql.InsertAsync("payroll.stp_submissions", new
        {
            org_id = org, event_type = eventType, financial_year = "2025-26", payer_abn = "51824753556", bms_id = "finnest-payroll-1",
            run_date = runDate, is_finalisation = isFinalisation, pay_run_id = (Guid?)null,
        });

    private static Task<Guid> FinaliseAsync(SqlSession sql, Guid org, Guid employee, Guid submission, bool closelyHeld = false) =>
        sql.InsertAsync("payroll.stp_finalisations", new
        {
            org_id = org, employee_id = employee, financial_year = "2025-26", stp_submission_id = submission, is_closely_held_payee = closelyHeld,
        });

    [Theory]
    [InlineData(false, "2026-07-14")]
    [InlineData(true, "2026-09-30")]
    public async Task the_due_date_is_14_july_or_30_september_for_closely_held_payees(bool closelyHeld, string due)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var update = await SubmissionAsync(sql, org, "update", "2026-07-10");

        var finalisation = await FinaliseAsync(sql, org, Guid.NewGuid(), update, closelyHeld);

        Assert.Equal(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            await sql.ScalarAsync<DateTime>("select due_date from payroll.stp_finalisations where id = @finalisation", new { finalisation }));
    }

    [Fact]
    public async Task an_employee_is_finalised_once_per_year_until_a_later_update_event_reverses_it()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = Guid.NewGuid();
        var first = await FinaliseAsync(sql, org, employee, await SubmissionAsync(sql, org, "update", "2026-07-10"));

        var twice = await sql.RejectsAsync(
            "insert into payroll.stp_finalisations (org_id, employee_id, financial_year, stp_submission_id) values (@org, @employee, '2025-26', @submission)",
            new { org, employee, submission = await SubmissionAsync(sql, org, "update", "2026-07-11") });
        Assert.Equal("23505", twice.SqlState);
        Assert.Equal("uq_stp_finalisations__org_id_employee_id_financial_year", twice.ConstraintName);

        var reversal = await SubmissionAsync(sql, org, "update", "2026-08-01", isFinalisation: false);
        await sql.ExecuteAsync(
            "update payroll.stp_finalisations set status = 'reversed', reversed_by_submission_id = @reversal, reversed_at = now() where id = @first", new { first, reversal });
        await FinaliseAsync(sql, org, employee, await SubmissionAsync(sql, org, "update", "2026-08-15"));
    }

    [Fact]
    public async Task a_reversal_must_come_from_a_later_update_event()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var finalisation = await FinaliseAsync(sql, org, Guid.NewGuid(), await SubmissionAsync(sql, org, "update", "2026-07-10"));
        var earlier = await SubmissionAsync(sql, org, "update", "2026-07-01", isFinalisation: false);

        var error = await sql.RejectsAsync(
            "update payroll.stp_finalisations set status = 'reversed', reversed_by_submission_id = @earlier, reversed_at = now() where id = @finalisation", new { finalisation, earlier });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_stp_finalisations__reversed_by_later_update_event", error.ConstraintName);
    }

    [Fact]
    public async Task a_reversed_finalisation_names_the_event_that_reversed_it()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var finalisation = await FinaliseAsync(sql, org, Guid.NewGuid(), await SubmissionAsync(sql, org, "update", "2026-07-10"));

        var error = await sql.RejectsAsync("update payroll.stp_finalisations set status = 'reversed' where id = @finalisation", new { finalisation });

        Assert.Equal("ck_stp_finalisations__reversal_names_event", error.ConstraintName);
    }

    [Fact]
    public async Task a_finalisation_is_declared_in_an_event_flagged_as_finalising()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var plain = await SubmissionAsync(sql, org, "update", "2026-07-10", isFinalisation: false);

        var error = await sql.RejectsAsync(
            "insert into payroll.stp_finalisations (org_id, employee_id, financial_year, stp_submission_id) values (@org, gen_random_uuid(), '2025-26', @plain)", new { org, plain });

        Assert.Equal("ck_stp_finalisations__declared_in_finalising_event", error.ConstraintName);
    }
}
