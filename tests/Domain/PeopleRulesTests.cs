using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>Employees and what hangs off them: credentials held, leave, contracts, availability.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class PeopleRulesTests(DatabaseFixture database)
{
    private static Task<Guid> EmployeeAsync(SqlSession sql, Guid org, string employmentType = "full_time") =>
        sql.InsertAsync("people.employees", new { org_id = org, first_name = "Ada", last_name = "Lovelace", employment_type = employmentType });

    /// <summary>The organisation's live leave type with this code (the NES types are installed with every organisation), else a new one.</summary>
    private static async Task<Guid> LeaveTypeAsync(SqlSession sql, Guid org, string code, string category, bool appliesToCasuals)
    {
        var installed = await sql.ScalarAsync<Guid?>(
            "select id from people.leave_types where org_id = @org and code = @code and category = @category and applies_to_casuals = @appliesToCasuals and deleted_at is null",
            new { org, code, category, appliesToCasuals });
        return installed ?? await sql.InsertAsync("people.leave_types", new
        {
            org_id = org, code, name = code, category, is_nes = true, is_paid = true, applies_to_casuals = appliesToCasuals,
            accrual_method = "fixed_annual", entitlement_hours = 76m,
        });
    }

    [Fact]
    public async Task a_new_employee_starts_in_onboarding_and_the_app_can_add_one_for_its_tenant()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var employee = await sql.InsertAsync("people.employees", new
        {
            org_id = org, first_name = "Ada", last_name = "Lovelace", employment_type = "casual", stp_employment_basis = "C",
            address = """{"suburb": "Parramatta", "state": "NSW", "postcode": "2150"}""",
        });
        Assert.Equal("onboarding", await sql.ScalarAsync<string>("select employment_status from people.employees where id = @employee", new { employee }));
    }

    [Theory]
    [InlineData("employment_type", "seasonal", "ck_employees__employment_type")]
    [InlineData("employment_status", "resigned", "ck_employees__employment_status")]
    [InlineData("stp_employment_basis", "X", "ck_employees__stp_employment_basis")]
    [InlineData("gender", "unknown", "ck_employees__gender")]
    public async Task an_employee_value_outside_its_set_is_rejected(string column, string value, string constraint)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var error = await sql.RejectsAsync($"update people.employees set {column} = @value where id = @employee", new { value, employee });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task an_address_in_a_state_that_does_not_exist_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            """insert into people.employees (org_id, first_name, last_name, employment_type, address) values (@org, 'Ada', 'L', 'casual', '{"state": "NZ"}')""",
            new { org });
        Assert.Equal("ck_employees__address_state", error.ConstraintName);
    }

    [Fact]
    public async Task a_terminated_employee_needs_a_termination_date_and_a_cessation_type_needs_one_too()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var status = await sql.RejectsAsync("update people.employees set employment_status = 'terminated' where id = @employee", new { employee });
        Assert.Equal("ck_employees__terminated_has_termination_date", status.ConstraintName);
        var cessation = await sql.RejectsAsync("update people.employees set cessation_type = 'V' where id = @employee", new { employee });
        Assert.Equal("ck_employees__cessation_only_when_terminated", cessation.ConstraintName);

        Assert.Equal(1, await sql.ExecuteAsync(
            "update people.employees set employment_status = 'terminated', start_date = '2025-01-06', termination_date = '2025-11-28', cessation_type = 'V' where id = @employee",
            new { employee }));
    }

    [Fact]
    public async Task the_tax_file_number_never_reaches_the_audit_log_in_clear()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await sql.InsertAsync("people.employees", new
        {
            org_id = org, first_name = "Ada", last_name = "Lovelace", employment_type = "full_time", tax_file_number_encrypted = FieldEncryption.Development.Encrypt("123456782"),
        });
        Assert.Equal("[redacted]", await sql.ScalarAsync<string>(
            "select new_row ->> 'tax_file_number_encrypted' from public.audit_log where table_name = 'people.employees' and row_id = @employee", new { employee }));
    }

    [Fact]
    public async Task a_qualification_referencing_another_tenants_employee_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var a = await sql.NewOrganisationAsync();
        var b = await sql.NewOrganisationAsync();
        var employeeOfB = await EmployeeAsync(sql, b);
        var whiteCard = await sql.ScalarAsync<Guid>("select id from compliance.credential_types where code = 'white_card'");

        var error = await sql.RejectsAsync(
            "insert into people.employee_qualifications (org_id, employee_id, credential_type_id) values (@a, @employeeOfB, @whiteCard)",
            new { a, employeeOfB, whiteCard });
        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_employee_qualifications__employee_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_qualification_must_be_of_a_registered_credential_type_and_expire_after_issue()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var unknown = await sql.RejectsAsync(
            "insert into people.employee_qualifications (org_id, employee_id, credential_type_id) values (@org, @employee, gen_random_uuid())", new { org, employee });
        Assert.Equal("23503", unknown.SqlState);
        Assert.Equal("fk_employee_qualifications__credential_type_id", unknown.ConstraintName);

        var firstAid = await sql.ScalarAsync<Guid>("select id from compliance.credential_types where code = 'first_aid'");
        var backwards = await sql.RejectsAsync(
            "insert into people.employee_qualifications (org_id, employee_id, credential_type_id, issued_on, expires_on) values (@org, @employee, @firstAid, '2025-03-01', '2024-03-01')",
            new { org, employee, firstAid });
        Assert.Equal("ck_employee_qualifications__expires_on_after_issued_on", backwards.ConstraintName);

        var unverified = await sql.RejectsAsync(
            "insert into people.employee_qualifications (org_id, employee_id, credential_type_id, verification_status) values (@org, @employee, @firstAid, 'verified')",
            new { org, employee, firstAid });
        Assert.Equal("ck_employee_qualifications__verified_has_verified_at", unverified.ConstraintName);
    }

    [Fact]
    public async Task leave_request_ending_before_it_starts_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var annual = await LeaveTypeAsync(sql, org, "annual", "annual", appliesToCasuals: false);

        var error = await sql.RejectsAsync(
            "insert into people.leave_requests (org_id, employee_id, leave_type_id, start_date, end_date, hours) values (@org, @employee, @annual, '2026-01-12', '2026-01-09', 38)",
            new { org, employee, annual });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_leave_requests__end_date_after_start_date", error.ConstraintName);
    }

    [Fact]
    public async Task a_leave_status_or_category_outside_its_set_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var category = await sql.RejectsAsync(
            "insert into people.leave_types (org_id, code, name, category, is_nes, is_paid) values (@org, 'sick', 'Sick', 'sick', true, true)", new { org });
        Assert.Equal("ck_leave_types__category", category.ConstraintName);

        var annual = await LeaveTypeAsync(sql, org, "annual", "annual", appliesToCasuals: false);
        var status = await sql.RejectsAsync(
            "insert into people.leave_requests (org_id, employee_id, leave_type_id, start_date, end_date, hours, status) values (@org, @employee, @annual, '2026-01-12', '2026-01-16', 38, 'pending')",
            new { org, employee, annual });
        Assert.Equal("ck_leave_requests__status", status.ConstraintName);
    }

    [Fact]
    public async Task overlapping_live_leave_requests_are_rejected_but_a_cancelled_one_does_not_block()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var annual = await LeaveTypeAsync(sql, org, "annual", "annual", appliesToCasuals: false);
        var first = await sql.InsertAsync("people.leave_requests", new
        {
            org_id = org, employee_id = employee, leave_type_id = annual, start_date = "2026-01-12", end_date = "2026-01-16", hours = 38, status = "submitted",
        });

        var error = await sql.RejectsAsync(
            "insert into people.leave_requests (org_id, employee_id, leave_type_id, start_date, end_date, hours, status) values (@org, @employee, @annual, '2026-01-16', '2026-01-20', 15.2, 'submitted')",
            new { org, employee, annual });
        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_leave_requests__no_overlap", error.ConstraintName);

        await sql.ExecuteAsync("update people.leave_requests set status = 'cancelled' where id = @first", new { first });
        await sql.ExecuteAsync(
            "insert into people.leave_requests (org_id, employee_id, leave_type_id, start_date, end_date, hours, status) values (@org, @employee, @annual, '2026-01-16', '2026-01-20', 15.2, 'submitted')",
            new { org, employee, annual });
    }

    [Fact]
    public async Task a_casual_cannot_request_leave_that_casuals_are_not_entitled_to()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var casual = await EmployeeAsync(sql, org, "casual");
        var annual = await LeaveTypeAsync(sql, org, "annual", "annual", appliesToCasuals: false);
        var fdv = await LeaveTypeAsync(sql, org, "fdv", "family_domestic_violence", appliesToCasuals: true);
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into people.leave_requests (org_id, employee_id, leave_type_id, start_date, end_date, hours) values (@org, @casual, @annual, '2026-02-02', '2026-02-03', 15.2)",
            new { org, casual, annual });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_leave_requests__casual_entitlement", error.ConstraintName);

        await sql.ExecuteAsync(
            "insert into people.leave_requests (org_id, employee_id, leave_type_id, start_date, end_date, hours) values (@org, @casual, @fdv, '2026-02-02', '2026-02-03', 15.2)",
            new { org, casual, fdv });
    }

    [Fact]
    public async Task a_leave_balance_must_add_up_and_stay_within_the_agreed_advance()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var annual = await LeaveTypeAsync(sql, org, "annual", "annual", appliesToCasuals: false);

        var wrongSum = await sql.RejectsAsync(
            "insert into people.leave_balances (org_id, employee_id, leave_type_id, as_at, accrued_hours, taken_hours, balance_hours) values (@org, @employee, @annual, '2025-12-31', 76, 38, 40)",
            new { org, employee, annual });
        Assert.Equal("ck_leave_balances__balance_adds_up", wrongSum.ConstraintName);

        var overdrawn = await sql.RejectsAsync(
            "insert into people.leave_balances (org_id, employee_id, leave_type_id, as_at, accrued_hours, taken_hours, balance_hours, advance_limit_hours) values (@org, @employee, @annual, '2025-12-31', 10, 30.4, -20.4, 15.2)",
            new { org, employee, annual });
        Assert.Equal("ck_leave_balances__balance_within_advance_limit", overdrawn.ConstraintName);

        await sql.InsertAsync("people.leave_balances", new
        {
            org_id = org, employee_id = employee, leave_type_id = annual, as_at = "2025-12-31", accrued_hours = 10, taken_hours = 22.8m, balance_hours = -12.8m, advance_limit_hours = 15.2m,
        });
    }

    [Fact]
    public async Task a_fixed_term_contract_needs_an_end_date()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org, "fixed_term");
        var error = await sql.RejectsAsync(
            "insert into people.contracts (org_id, employee_id, contract_type, employment_type, position_title, start_date) values (@org, @employee, 'employment', 'fixed_term', 'Storeworker', '2026-01-05')",
            new { org, employee });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_contracts__fixed_term_has_end_date", error.ConstraintName);
    }

    [Fact]
    public async Task unavailability_must_end_after_it_starts()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var error = await sql.RejectsAsync(
            "insert into people.unavailability (org_id, employee_id, starts_at, ends_at) values (@org, @employee, '2026-01-12 09:00+11', '2026-01-12 09:00+11')",
            new { org, employee });
        Assert.Equal("ck_unavailability__ends_after_starts", error.ConstraintName);
    }

    [Fact]
    public async Task an_appraisal_rating_outside_one_to_five_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        var error = await sql.RejectsAsync(
            "insert into people.appraisals (org_id, employee_id, appraised_on, overall_rating) values (@org, @employee, '2026-01-30', 6)", new { org, employee });
        Assert.Equal("ck_appraisals__overall_rating_range", error.ConstraintName);
    }

    [Fact]
    public async Task a_recurring_unavailability_cannot_stop_repeating_before_it_starts()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await EmployeeAsync(sql, org);
        const string insert =
            """
            insert into people.unavailability (org_id, employee_id, starts_at, ends_at, recurrence_rule, recurrence_until)
            values (@org, @employee, '2026-03-03 09:00+10', '2026-03-03 12:00+10', 'FREQ=WEEKLY;BYDAY=TU', @until::date)
            """;
        var error = await sql.RejectsAsync(insert, new { org, employee, until = "2026-02-24" });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_unavailability__recurrence_until_after_start", error.ConstraintName);

        await sql.ExecuteAsync(insert, new { org, employee, until = "2026-06-30" });
    }
}
