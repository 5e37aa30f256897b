using Dapper;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// The domain corrections of issue 14 are applied to a database that already holds data written
/// under the old rules: rows are carried over to the corrected rules, never lost, and the
/// migration does not fail on them.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CorrectionsOnExistingDataTests(DatabaseFixture database)
{
    /// <summary>The last migration before the corrections.</summary>
    private const string BeforeCorrections = "202601041400";

    [Fact]
    public async Task the_corrections_apply_to_a_database_holding_data_written_under_the_old_rules()
    {
        var settings = await database.EmptyAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        var before = await CliProcess.RunAsync("migrate", "up", "--to", BeforeCorrections, "--connection", url);
        Assert.True(before.ExitCode == 0, before.All);

        await using var c = new NpgsqlConnection(settings.ConnectionString);
        await c.OpenAsync();
        var org = await c.ExecuteScalarAsync<Guid>("insert into public.organisations (name, slug) values ('Legacy Labour', 'legacy-labour') returning id");
        await c.ExecuteAsync(
            """
            insert into people.leave_types (org_id, code, name, category, is_nes, is_paid, accrual_method, entitlement_hours, applies_to_casuals)
            values (@org, 'al', 'Annual leave', 'annual', false, true, 'ordinary_hours_pro_rata', 100, true)
            """, new { org });
        var legacyTfn = new byte[] { 0x8f, 0x3a, 0x11, 0x5c, 0xe2, 0x07, 0x9d, 0x41 };
        var employee = await c.ExecuteScalarAsync<Guid>(
            "insert into people.employees (org_id, first_name, last_name, employment_type, tax_file_number_encrypted) values (@org, 'Ada', 'Lovelace', 'full_time', @legacyTfn) returning id",
            new { org, legacyTfn });
        var fund = await c.ExecuteScalarAsync<Guid>(
            "insert into payroll.super_funds (org_id, employee_id, fund_type, choice_source, fund_name, usi, effective_from) values (@org, @employee, 'apra', 'employee_choice', 'AustralianSuper', 'STA0100AU', '2025-07-01') returning id",
            new { org, employee });
        await c.ExecuteAsync(
            """
            insert into payroll.super_calculations (org_id, employee_id, super_fund_id, contribution_type, regime, period_start, period_end, ordinary_time_earnings, sg_rate, amount, due_date, status, sent_at, accepted_at)
            values (@org, @employee, @fund, 'paid_parental_leave_sg', 'quarterly', '2025-07-01', '2025-09-30', 4000.00, 0.1200, 480.00, '2025-10-28', 'pending', null, null),
                   (@org, @employee, @fund, 'paid_parental_leave_sg', 'quarterly', '2025-07-01', '2025-09-30', 4000.00, 0.1200, 480.00, '2025-10-28', 'accepted', now(), now())
            """, new { org, employee, fund });
        await c.ExecuteAsync("select set_config('app.org_id', @org, false); select fatigue.install_national_rules();", new { org = org.ToString() });

        var after = await CliProcess.RunAsync("migrate", "up", "--connection", url);
        Assert.True(after.ExitCode == 0, after.All);

        var annual = await c.QuerySingleAsync<(bool IsNes, bool Casuals, decimal Hours)>(
            "select is_nes, applies_to_casuals, entitlement_hours from people.leave_types where org_id = @org and code = 'al'", new { org });
        Assert.Equal((true, false, 152m), annual);
        Assert.Equal(9L, await c.ExecuteScalarAsync<long>("select count(distinct category) from people.leave_types where org_id = @org and is_nes", new { org }));
        Assert.Equal(1L, await c.ExecuteScalarAsync<long>("select count(*) from people.leave_types where org_id = @org and category = 'annual'", new { org }));

        var super = (await c.QueryAsync<(string Type, string Status)>(
            "select contribution_type, status from payroll.super_calculations where org_id = @org order by contribution_type", new { org })).ToList();
        Assert.Equal([("employer_additional", "accepted"), ("government_ppl_super", "paid_by_government")], super);

        Assert.True(await c.ExecuteScalarAsync<long>("select count(*) from fatigue.fatigue_rules where org_id = @org and mode = 'two_up'", new { org }) > 0);

        Assert.Equal(legacyTfn, await c.ExecuteScalarAsync<byte[]>("select tax_file_number_encrypted from people.employees where id = @employee", new { employee }));
        Assert.False(await c.ExecuteScalarAsync<bool>(
            "select convalidated from pg_constraint where conname = 'ck_employees__tax_file_number_encrypted_envelope'"));
        Assert.True(await c.ExecuteScalarAsync<bool>(
            "select convalidated from pg_constraint where conname = 'ck_super_funds__smsf_account_number_encrypted_envelope'"));
    }
}
