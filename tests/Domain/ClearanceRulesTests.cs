using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class ClearanceRulesTests(DatabaseFixture database)
{
    private static Task<Guid> HolderAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("clearance.clearance_holders", new { org_id = org, employee_id = Guid.NewGuid(), citizenship = "australian_citizen", status = "cleared" });

    private const string InsertStatus =
        """
        insert into clearance.clearance_statuses (org_id, holder_id, level, status, effective_from, granted_on, revalidation_due,
                                                  sponsor_type, sponsor_name, disp_membership_number, disp_level)
        values (@org, @holder, @level, 'granted', '2026-01-15', '2026-01-15', @due::date, 'disp_member', 'Southern Defence Logistics', 'DISP-004512', @dispLevel)
        """;

    [Fact]
    public async Task vetting_details_are_redacted_in_the_audit_log()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var holder = await HolderAsync(sql, org);
        var record = await sql.InsertAsync("clearance.vetting_records", new
        {
            org_id = org, holder_id = holder, check_type = "financial", outcome = "concern_noted", completed_on = "2026-01-05",
            details = "Unpaid tax debt of $38,000 under a payment plan", mitigation = "Payment plan honoured for 2 years",
        });
        await sql.ExecuteAsync("update clearance.vetting_records set details = 'Debt repaid in full' where id = @record", new { record });
        await sql.AsSuperuserAsync();

        var logged = await sql.QueryAsync<(string? OldDetails, string? NewDetails, string? Mitigation)>(
            "select old_row ->> 'details', new_row ->> 'details', new_row ->> 'mitigation' from public.audit_log where row_id = @record order by operation", new { record });
        Assert.Equal(2, logged.Count);
        Assert.All(logged, row => Assert.Equal("[redacted]", row.NewDetails));
        Assert.All(logged, row => Assert.Equal("[redacted]", row.Mitigation));
        Assert.Contains(logged, row => row.OldDetails == "[redacted]");
        Assert.Equal(0, await sql.ScalarAsync<long>("select count(*) from public.audit_log where row_id = @record and (old_row::text like '%38,000%' or new_row::text like '%repaid%')", new { record }));
    }

    [Fact]
    public async Task a_revalidation_date_beyond_the_levels_interval_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var holder = await HolderAsync(sql, org);

        // NV1 is revalidated every 10 years.
        var error = await sql.RejectsAsync(InsertStatus, new { org, holder, level = "nv1", due = "2036-01-16", dispLevel = "level_2" });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_clearance_statuses__revalidation_within_level_interval", error.ConstraintName);
        await sql.ExecuteAsync(InsertStatus, new { org, holder, level = "nv1", due = "2036-01-15", dispLevel = "level_2" });
    }

    [Fact]
    public async Task a_disp_member_cannot_sponsor_a_clearance_above_its_own_level()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var holder = await HolderAsync(sql, org);

        var error = await sql.RejectsAsync(InsertStatus, new { org, holder, level = "nv2", due = "2031-01-15", dispLevel = "level_2" });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_clearance_statuses__disp_level_covers_clearance", error.ConstraintName);
    }

    [Fact]
    public async Task a_holder_has_only_one_current_clearance_status()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var holder = await HolderAsync(sql, org);
        await sql.ExecuteAsync(InsertStatus, new { org, holder, level = "baseline", due = "2041-01-15", dispLevel = "level_1" });

        var error = await sql.RejectsAsync(InsertStatus, new { org, holder, level = "nv1", due = "2036-01-15", dispLevel = "level_2" });
        Assert.Equal("23505", error.SqlState);
        Assert.Equal("uq_clearance_statuses__org_id_holder_id_current", error.ConstraintName);

        await sql.ExecuteAsync("update clearance.clearance_statuses set effective_to = '2026-01-15' where holder_id = @holder", new { holder });
        await sql.ExecuteAsync(InsertStatus, new { org, holder, level = "nv1", due = "2036-01-15", dispLevel = "level_2" });
    }

    [Fact]
    public async Task an_application_for_another_organisations_holder_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        var othersHolder = await HolderAsync(sql, other);
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into clearance.clearance_applications (org_id, holder_id, application_type, level_requested, sponsor_type, sponsor_name, position_justification, issued_on) values (@org, @othersHolder, 'initial', 'baseline', 'government_agency', 'Department of Defence', 'Base maintenance contract', '2026-02-01')",
            new { org, othersHolder });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_clearance_applications__holder_id", error.ConstraintName);
    }
}
