using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class PayrollRulesTests(DatabaseFixture database)
{
    private static async Task<Guid> PayRunAsync(SqlSession sql, Guid org)
    {
        var calendar = await sql.InsertAsync("payroll.pay_calendars", new { org_id = org, name = "Weekly", pay_frequency = "weekly", anchor_period_start = "2026-01-05", pay_day_offset_days = 3 });
        return await sql.InsertAsync("payroll.pay_runs", new { org_id = org, pay_calendar_id = calendar, period_start = "2026-01-05", period_end = "2026-01-11", payment_date = "2026-01-14" });
    }

    private static Task<Guid> InvoiceAsync(SqlSession sql, Guid org, decimal subtotal, decimal gst, string number = "INV-0001") =>
        sql.InsertAsync("payroll.invoices", new { org_id = org, client_id = Guid.NewGuid(), invoice_number = number, subtotal, gst_amount = gst, total = subtotal + gst });

    private static Task<Guid> InvoiceLineAsync(SqlSession sql, Guid org, Guid invoice, int lineNumber, decimal quantity, decimal unitPrice, string gstTreatment = "taxable")
    {
        var amount = Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero);
        var gst = gstTreatment == "taxable" ? Math.Round(amount * 0.10m, 2, MidpointRounding.AwayFromZero) : 0m;
        return sql.InsertAsync("payroll.invoice_lines", new
        {
            org_id = org, invoice_id = invoice, line_number = lineNumber, description = "Forklift driver - ordinary hours",
            quantity, unit_price = unitPrice, line_amount = amount, gst_treatment = gstTreatment, gst_amount = gst,
        });
    }

    [Fact]
    public async Task an_invoice_whose_lines_do_not_add_up_to_its_subtotal_is_rejected_at_commit()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var invoice = await InvoiceAsync(sql, org, subtotal: 1000.00m, gst: 100.00m);
        await InvoiceLineAsync(sql, org, invoice, 1, quantity: 38m, unitPrice: 25.00m); // 950.00, not 1000.00

        var error = await sql.RejectsAsync("set constraints payroll.check_invoice_totals immediate");
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("check_invoice_totals", error.ConstraintName);
        Assert.Contains("INV-0001", error.MessageText);
        Assert.Contains("950.00", error.MessageText);
    }

    [Fact]
    public async Task an_invoice_whose_gst_is_not_ten_percent_of_its_taxable_lines_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        // 500.00 taxable + 500.00 GST-free: GST must be 50.00, not 100.00.
        var invoice = await InvoiceAsync(sql, org, subtotal: 1000.00m, gst: 100.00m);
        await InvoiceLineAsync(sql, org, invoice, 1, quantity: 20m, unitPrice: 25.00m);
        await InvoiceLineAsync(sql, org, invoice, 2, quantity: 20m, unitPrice: 25.00m, gstTreatment: "gst_free");

        var error = await sql.RejectsAsync("set constraints payroll.check_invoice_totals immediate");
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("check_invoice_totals", error.ConstraintName);
        Assert.Contains("GST", error.MessageText);
    }

    [Fact]
    public async Task an_invoice_that_adds_up_is_accepted_for_the_tenant_and_soft_deleting_a_line_breaks_it()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        // 38 h × 45.5000 = 1729.00 and 4 h × 68.2500 = 273.00 → subtotal 2002.00, GST 200.20, total 2202.20.
        var invoice = await InvoiceAsync(sql, org, subtotal: 2002.00m, gst: 200.20m);
        await InvoiceLineAsync(sql, org, invoice, 1, quantity: 38m, unitPrice: 45.50m);
        var line2 = await InvoiceLineAsync(sql, org, invoice, 2, quantity: 4m, unitPrice: 68.25m);
        await sql.ExecuteAsync("set constraints payroll.check_invoice_totals immediate");

        await sql.ExecuteAsync("set constraints payroll.check_invoice_totals deferred");
        await sql.ExecuteAsync("update payroll.invoice_lines set deleted_at = now() where id = @line2", new { line2 });
        var error = await sql.RejectsAsync("set constraints payroll.check_invoice_totals immediate");
        Assert.Equal("check_invoice_totals", error.ConstraintName);
    }

    [Fact]
    public async Task an_invoice_total_other_than_subtotal_plus_gst_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            "insert into payroll.invoices (org_id, client_id, invoice_number, subtotal, gst_amount, total) values (@org, gen_random_uuid(), 'INV-9', 100.00, 10.00, 120.00)", new { org });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_invoices__total_is_subtotal_plus_gst", error.ConstraintName);
    }

    [Fact]
    public async Task an_invoice_line_amount_other_than_quantity_times_unit_price_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var invoice = await InvoiceAsync(sql, org, 0m, 0m);
        var error = await sql.RejectsAsync(
            """
            insert into payroll.invoice_lines (org_id, invoice_id, line_number, description, quantity, unit_price, line_amount, gst_amount)
            values (@org, @invoice, 1, 'Labourer', 7.60, 40.0000, 305.00, 30.50)
            """, new { org, invoice });
        Assert.Equal("ck_invoice_lines__line_amount_is_quantity_times_price", error.ConstraintName);
    }

    [Theory]
    [InlineData("ZTXXXX")] // unknown category
    [InlineData("RTXXX")]  // five characters: padded with a blank
    [InlineData("rtxxxx")] // lower case
    [InlineData("RTQXXX")] // study loan position must be S or X
    [InlineData("RTX4XX")] // Medicare levy surcharge tier is 1, 2, 3 or X
    public async Task an_stp_tax_treatment_code_of_the_wrong_shape_is_rejected(string code)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var run = await PayRunAsync(sql, org);
        var error = await sql.RejectsAsync(
            """
            insert into payroll.pay_lines (org_id, pay_run_id, employee_id, tax_treatment_code, payment_category, hours, rate, amount)
            values (@org, @run, gen_random_uuid(), @code, 'gross', 38, 31.1900, 1185.22)
            """, new { org, run, code });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_pay_lines__tax_treatment_code_format", error.ConstraintName);
    }

    [Theory]
    [InlineData("RTXXXX")]
    [InlineData("RNSXXX")]
    [InlineData("RTX1H2")]
    [InlineData("HRXXXX")]
    public async Task a_well_formed_stp_tax_treatment_code_is_accepted(string code)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var run = await PayRunAsync(sql, org);
        await sql.InsertAsync("payroll.pay_lines", new
        {
            org_id = org, pay_run_id = run, employee_id = Guid.NewGuid(), tax_treatment_code = code, payment_category = "gross",
            hours = 38m, rate = 31.19m, amount = 1185.22m,
        });
    }

    [Fact]
    public async Task a_non_statutory_deduction_without_written_authorisation_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            "insert into payroll.deductions (org_id, employee_id, deduction_type, amount, start_date) values (@org, gen_random_uuid(), 'uniform', 15.00, '2026-01-05')",
            new { org });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_deductions__non_statutory_authorised_in_writing", error.ConstraintName);

        // Signed, but not principally for the employee's benefit: still refused (s324(1)(a)).
        var notForEmployee = await sql.RejectsAsync(
            """
            insert into payroll.deductions (org_id, employee_id, deduction_type, amount, start_date, authorisation_reference, authorised_on, principally_benefits_employee)
            values (@org, gen_random_uuid(), 'uniform', 15.00, '2026-01-05', 'FORM-123', '2026-01-02', false)
            """, new { org });
        Assert.Equal("ck_deductions__non_statutory_authorised_in_writing", notForEmployee.ConstraintName);
    }

    [Fact]
    public async Task an_authorised_deduction_and_a_child_support_deduction_are_accepted()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.InsertAsync("payroll.deductions", new
        {
            org_id = org, employee_id = Guid.NewGuid(), deduction_type = "union_fees", stp_deduction_type = "F", amount = 12.50m, start_date = "2026-01-05",
            authorisation_reference = "UNION-FORM-77", authorised_on = "2026-01-02", principally_benefits_employee = true,
        });
        await sql.InsertAsync("payroll.deductions", new
        {
            org_id = org, employee_id = Guid.NewGuid(), deduction_type = "child_support", stp_deduction_type = "D", is_statutory = true,
            amount = 120.00m, protected_earnings_amount = 551.00m, start_date = "2026-01-05", payee_name = "Services Australia",
        });
    }

    [Fact]
    public async Task a_pay_line_pointing_at_another_tenants_pay_run_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var a = await sql.NewOrganisationAsync("Tenant A");
        var b = await sql.NewOrganisationAsync("Tenant B");
        var runOfB = await PayRunAsync(sql, b);
        await sql.AsTenantAsync(a);

        var error = await sql.RejectsAsync(
            """
            insert into payroll.pay_lines (org_id, pay_run_id, employee_id, tax_treatment_code, payment_category, amount)
            values (@a, @runOfB, gen_random_uuid(), 'RTXXXX', 'gross', 100.00)
            """, new { a, runOfB });
        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_pay_lines__pay_run_id", error.ConstraintName);
    }

    [Theory]
    [InlineData("status", "'finalised'", "ck_pay_runs__status")]
    [InlineData("run_type", "'bonus'", "ck_pay_runs__run_type")]
    public async Task pay_run_value_sets_are_enforced(string column, string value, string constraint)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var run = await PayRunAsync(sql, org);
        var error = await sql.RejectsAsync($"update payroll.pay_runs set {column} = {value} where id = @run", new { run });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Theory]
    [InlineData("income_type", "'ABC'", "ck_pay_lines__income_type")]
    [InlineData("payment_category", "'tips'", "ck_pay_lines__payment_category")]
    [InlineData("stp_code", "'Z'", "ck_pay_lines__stp_code_matches_category")]
    public async Task pay_line_stp_value_sets_are_enforced(string column, string value, string constraint)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var run = await PayRunAsync(sql, org);
        var line = await sql.InsertAsync("payroll.pay_lines", new
        {
            org_id = org, pay_run_id = run, employee_id = Guid.NewGuid(), tax_treatment_code = "RTXXXX",
            payment_category = "paid_leave", stp_code = "C", amount = 500.00m,
        });
        var error = await sql.RejectsAsync($"update payroll.pay_lines set {column} = {value} where id = @line", new { line });
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task an_other_allowance_without_a_description_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var run = await PayRunAsync(sql, org);
        var allowance = await sql.InsertAsync("payroll.allowances", new { org_id = org, code = "SITE", name = "Site allowance", stp_allowance_type = "OD", description = "Remote site disability allowance", unit = "per_day" });
        var error = await sql.RejectsAsync(
            """
            insert into payroll.pay_lines (org_id, pay_run_id, employee_id, tax_treatment_code, payment_category, stp_code, allowance_id, amount)
            values (@org, @run, gen_random_uuid(), 'RTXXXX', 'allowance', 'OD', @allowance, 25.00)
            """, new { org, run, allowance });
        Assert.Equal("ck_pay_lines__other_allowance_described", error.ConstraintName);
    }

    [Fact]
    public async Task a_super_calculation_keeps_the_sg_rate_as_a_fraction_and_rejects_a_percentage()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = Guid.NewGuid();
        var fund = await sql.InsertAsync("payroll.super_funds", new
        {
            org_id = org, employee_id = employee, fund_type = "apra", choice_source = "employee_choice", fund_name = "AustralianSuper", usi = "STA0100AU", effective_from = "2025-07-01",
        });
        var error = await sql.RejectsAsync(
            """
            insert into payroll.super_calculations (org_id, employee_id, super_fund_id, regime, period_start, period_end, ordinary_time_earnings, sg_rate, maximum_contribution_base, amount, due_date)
            values (@org, @employee, @fund, 'quarterly', '2025-07-01', '2025-09-30', 10000.00, 12.0000, 62500.00, 1200.00, '2025-10-28')
            """, new { org, employee, fund });
        Assert.Equal("ck_super_calculations__sg_rate_range", error.ConstraintName);
    }

    [Fact]
    public async Task an_smsf_without_abn_bank_account_and_esa_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            """
            insert into payroll.super_funds (org_id, employee_id, fund_type, choice_source, fund_name, fund_abn, effective_from)
            values (@org, gen_random_uuid(), 'smsf', 'employee_choice', 'Smith Family Super Fund', '51824753556', '2025-07-01')
            """, new { org });
        Assert.Equal("ck_super_funds__smsf_has_abn_bank_account_and_esa", error.ConstraintName);
    }

    [Fact]
    public async Task two_live_regular_pay_runs_of_one_calendar_may_not_overlap()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var run = await PayRunAsync(sql, org);
        var calendar = await sql.ScalarAsync<Guid>("select pay_calendar_id from payroll.pay_runs where id = @run", new { run });
        var error = await sql.RejectsAsync(
            "insert into payroll.pay_runs (org_id, pay_calendar_id, period_start, period_end, payment_date) values (@org, @calendar, '2026-01-11', '2026-01-17', '2026-01-21')",
            new { org, calendar });
        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_pay_runs__no_overlapping_regular_runs", error.ConstraintName);
    }

    [Fact]
    public async Task payroll_tax_rates_for_2025_26_are_present_for_every_state_and_marked_as_recalled()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var rows = await sql.QueryAsync<(string State, decimal Rate, decimal Threshold, string Source)>(
            "select state, rate, annual_threshold, source from payroll.payroll_tax_rates where financial_year = '2025-26' and deleted_at is null order by state");

        Assert.Equal(["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"], rows.Select(r => r.State));
        Assert.Equal((0.0545m, 1_200_000m), rows.Where(r => r.State == "NSW").Select(r => (r.Rate, r.Threshold)).Single());
        Assert.All(rows, r => Assert.StartsWith("derived: recalled, verify against the state revenue office", r.Source));
    }

    [Theory]
    [InlineData("insert into payroll.payroll_tax_rates (state, financial_year, rate, annual_threshold, effective_from, source) values ('NSW', '2026-27', 0.0545, 1200000, '2026-07-01', 'test')")]
    [InlineData("update payroll.payroll_tax_rates set rate = 0.01 where state = 'NSW'")]
    public async Task the_app_role_cannot_write_payroll_tax_rates(string statement)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(statement);

        Assert.Equal("42501", error.SqlState);
        Assert.Equal("permission denied for table payroll_tax_rates", error.MessageText);
    }

    [Fact]
    public async Task a_second_live_payroll_tax_rate_for_the_same_state_and_year_is_rejected_but_may_replace_a_deleted_one()
    {
        await using var sql = await database.BeginAsync();
        const string insert =
            "insert into payroll.payroll_tax_rates (state, financial_year, rate, annual_threshold, effective_from, source) values ('NSW', '2025-26', 0.0550, 1300000, '2025-07-01', 'test')";

        var error = await sql.RejectsAsync(insert);
        Assert.Equal("23505", error.SqlState);
        Assert.Equal("uq_payroll_tax_rates__state_financial_year", error.ConstraintName);

        await sql.ExecuteAsync("update payroll.payroll_tax_rates set deleted_at = now() where state = 'NSW' and financial_year = '2025-26'");
        Assert.Equal(1, await sql.ExecuteAsync(insert));
    }

    [Theory]
    [InlineData("2025-27", "2025-07-01", "ck_payroll_tax_rates__financial_year_consecutive")]
    [InlineData("2025/26", "2025-07-01", "ck_payroll_tax_rates__financial_year_format")]
    [InlineData("2026-27", "2026-06-30", "ck_payroll_tax_rates__effective_from_in_financial_year")]
    public async Task a_payroll_tax_financial_year_that_is_malformed_or_inconsistent_is_rejected(string year, string effectiveFrom, string constraint)
    {
        await using var sql = await database.BeginAsync();

        var error = await sql.RejectsAsync(
            "insert into payroll.payroll_tax_rates (state, financial_year, rate, annual_threshold, effective_from, source) values ('VIC', @year, 0.0485, 1000000, @effectiveFrom::date, 'test')",
            new { year, effectiveFrom });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }
}
