using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class OnboardRulesTests(DatabaseFixture database)
{
    // Stand-in for application-side AES-256 ciphertext: the database only ever sees bytes.
    private static readonly byte[] Ciphertext = FieldEncryption.Development.Encrypt("000123456");

    private static Task<Guid> NewProfileAsync(SqlSession sql, Guid org, Guid employee) =>
        sql.InsertAsync("onboard.onboarding_profiles", new { org_id = org, employee_id = employee, employment_type = "casual" });

    private static Task<Guid> NewBankAccountAsync(SqlSession sql, Guid org, Guid employee, decimal? percentage, int priority) =>
        sql.InsertAsync("onboard.bank_details", new
        {
            org_id = org, employee_id = employee, account_name = "J Citizen", bsb = "062-000", account_number_encrypted = Ciphertext,
            allocation_type = percentage is null ? "remainder" : "percentage", allocation_percentage = percentage, priority, status = "active",
        });

    [Fact]
    public async Task a_bsb_that_is_not_six_digits_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = Guid.NewGuid();
        await sql.InsertAsync("onboard.bank_details", new { org_id = org, employee_id = employee, account_name = "J Citizen", bsb = "062000", account_number_encrypted = Ciphertext });

        var error = await sql.RejectsAsync(
            "insert into onboard.bank_details (org_id, employee_id, account_name, bsb, account_number_encrypted) values (@org, @employee, 'J Citizen', '06-2000', @Ciphertext)",
            new { org, employee, Ciphertext });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_bank_details__bsb_format", error.ConstraintName);
    }

    [Fact]
    public async Task bank_allocations_of_one_employee_adding_up_to_more_than_100_percent_are_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = Guid.NewGuid();
        await sql.AsTenantAsync(org);
        var savings = await NewBankAccountAsync(sql, org, employee, 0.6000m, priority: 1);
        await NewBankAccountAsync(sql, org, employee, 0.4000m, priority: 2);
        // Another employee's split is counted on its own.
        await NewBankAccountAsync(sql, org, Guid.NewGuid(), 0.7000m, priority: 1);

        var over = await sql.RejectsAsync(
            """
            insert into onboard.bank_details (org_id, employee_id, account_name, bsb, account_number_encrypted, allocation_type, allocation_percentage, priority, status)
            values (@org, @employee, 'J Citizen', '083-004', @Ciphertext, 'percentage', 0.0500, 3, 'active')
            """, new { org, employee, Ciphertext });
        var raised = await sql.RejectsAsync("update onboard.bank_details set allocation_percentage = 0.6500 where id = @savings", new { savings });
        await sql.ExecuteAsync("update onboard.bank_details set deleted_at = now() where id = @savings", new { savings });
        await NewBankAccountAsync(sql, org, employee, 0.5000m, priority: 3);

        Assert.Equal("23514", over.SqlState);
        Assert.Equal("check_bank_allocation", over.ConstraintName);
        Assert.Equal("23514", raised.SqlState);
        Assert.Equal("check_bank_allocation", raised.ConstraintName);
    }

    [Fact]
    public async Task a_tfn_declaration_with_neither_a_tfn_nor_an_exemption_code_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = Guid.NewGuid();
        await sql.InsertAsync("onboard.tfn_declarations", new
        {
            org_id = org, employee_id = employee, tfn_exemption = "111111111", payment_basis = "casual",
            residency = "australian_resident", claims_tax_free_threshold = true, signed_on = "2026-01-12",
        });

        var neither = await sql.RejectsAsync(
            """
            insert into onboard.tfn_declarations (org_id, employee_id, payment_basis, residency, claims_tax_free_threshold, signed_on, status)
            values (@org, @employee, 'casual', 'australian_resident', true, '2026-01-19', 'superseded')
            """, new { org, employee });
        var both = await sql.RejectsAsync(
            """
            insert into onboard.tfn_declarations (org_id, employee_id, tfn_encrypted, tfn_exemption, payment_basis, residency, claims_tax_free_threshold, signed_on, status)
            values (@org, @employee, @Ciphertext, '000000000', 'casual', 'australian_resident', true, '2026-01-19', 'superseded')
            """, new { org, employee, Ciphertext });

        Assert.Equal("23514", neither.SqlState);
        Assert.Equal("ck_tfn_declarations__tfn_or_exemption", neither.ConstraintName);
        Assert.Equal("ck_tfn_declarations__tfn_or_exemption", both.ConstraintName);
    }

    [Fact]
    public async Task a_working_holiday_maker_claiming_the_tax_free_threshold_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            """
            insert into onboard.tfn_declarations (org_id, employee_id, tfn_encrypted, payment_basis, residency, claims_tax_free_threshold, signed_on)
            values (@org, gen_random_uuid(), @Ciphertext, 'casual', 'working_holiday_maker', true, '2026-01-12')
            """, new { org, Ciphertext });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_tfn_declarations__threshold_residents_only", error.ConstraintName);
    }

    [Fact]
    public async Task a_self_managed_super_fund_choice_without_its_electronic_service_address_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.InsertAsync("onboard.super_choices", new { org_id = org, employee_id = Guid.NewGuid(), choice_type = "apra_fund", fund_usi = "STA0100AU", fund_abn = "65714394898" });

        var error = await sql.RejectsAsync(
            """
            insert into onboard.super_choices (org_id, employee_id, choice_type, fund_abn, smsf_bsb, smsf_account_number_encrypted, smsf_account_name)
            values (@org, gen_random_uuid(), 'smsf', '65714394898', '033-001', @Ciphertext, 'Citizen Family Super Fund')
            """, new { org, Ciphertext });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_super_choices__choice_details", error.ConstraintName);
    }

    [Fact]
    public async Task an_identity_check_cannot_pass_on_fewer_than_100_points_of_verified_documents()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = Guid.NewGuid();
        var profile = await NewProfileAsync(sql, org, employee);
        var check = await sql.InsertAsync("onboard.identity_checklists", new { org_id = org, onboarding_profile_id = profile, employee_id = employee });
        await sql.InsertAsync("onboard.verifiable_documents", new
        {
            org_id = org, onboarding_profile_id = profile, document_type = "passport", identity_checklist_id = check,
            identity_points = 70, storage_key = "docs/passport.pdf", status = "verified",
        });
        var licence = await sql.InsertAsync("onboard.verifiable_documents", new
        {
            org_id = org, onboarding_profile_id = profile, document_type = "driver_licence", identity_checklist_id = check,
            identity_points = 40, storage_key = "docs/licence.jpg", status = "processing",
        });

        var shortOfPoints = await sql.RejectsAsync(
            "update onboard.identity_checklists set status = 'passed', checked_at = now() where id = @check", new { check });
        await sql.ExecuteAsync("update onboard.verifiable_documents set status = 'verified' where id = @licence", new { licence });
        await sql.ExecuteAsync("update onboard.identity_checklists set status = 'passed', checked_at = now() where id = @check", new { check });
        var withdrawn = await sql.RejectsAsync("update onboard.verifiable_documents set deleted_at = now() where id = @licence", new { licence });

        Assert.Equal("23514", shortOfPoints.SqlState);
        Assert.Equal("check_identity_points", shortOfPoints.ConstraintName);
        Assert.Equal("check_identity_points", withdrawn.ConstraintName);
    }

    [Fact]
    public async Task a_tfn_declaration_on_another_tenants_onboarding_profile_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var mine = await sql.NewOrganisationAsync();
        var theirs = await sql.NewOrganisationAsync();
        var theirProfile = await NewProfileAsync(sql, theirs, Guid.NewGuid());

        var error = await sql.RejectsAsync(
            """
            insert into onboard.tfn_declarations (org_id, employee_id, onboarding_profile_id, tfn_encrypted, payment_basis, residency, claims_tax_free_threshold, signed_on)
            values (@mine, gen_random_uuid(), @theirProfile, @Ciphertext, 'casual', 'australian_resident', true, '2026-01-12')
            """, new { mine, theirProfile, Ciphertext });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_tfn_declarations__onboarding_profile_id", error.ConstraintName);
    }
}
