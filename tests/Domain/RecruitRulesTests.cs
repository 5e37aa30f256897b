using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class RecruitRulesTests(DatabaseFixture database)
{
    private static Task<Guid> NewJobOrderAsync(SqlSession sql, Guid org, string number = "JO-2026-0001", int headcount = 3) =>
        sql.InsertAsync("recruit.job_orders", new
        {
            org_id = org, job_number = number, client_id = Guid.NewGuid(), position_title = "Picker Packer",
            headcount, start_date = "2026-02-02", pay_rate = 31.19m, charge_rate = 41.90m, status = "open",
        });

    private static Task<Guid> NewCandidateAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("recruit.candidates", new { org_id = org, first_name = "Mia", last_name = "Nguyen", mobile = "+61412345678", source = "seek" });

    [Fact]
    public async Task an_application_to_another_tenants_job_order_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var mine = await sql.NewOrganisationAsync();
        var theirs = await sql.NewOrganisationAsync();
        var candidate = await NewCandidateAsync(sql, mine);
        var theirJob = await NewJobOrderAsync(sql, theirs);

        var error = await sql.RejectsAsync(
            "insert into recruit.applications (org_id, job_order_id, candidate_id, source) values (@mine, @theirJob, @candidate, 'seek')",
            new { mine, theirJob, candidate });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_applications__job_order_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_job_order_filled_beyond_its_headcount_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var job = await NewJobOrderAsync(sql, org, headcount: 2);
        await sql.ExecuteAsync("update recruit.job_orders set filled_count = 2, status = 'filled' where id = @job", new { job });

        var error = await sql.RejectsAsync("update recruit.job_orders set filled_count = 3 where id = @job", new { job });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_job_orders__filled_within_headcount", error.ConstraintName);
    }

    [Fact]
    public async Task a_job_order_ending_before_it_starts_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            """
            insert into recruit.job_orders (org_id, job_number, client_id, position_title, start_date, end_date)
            values (@org, 'JO-2026-0002', gen_random_uuid(), 'Labourer', '2026-03-02', '2026-02-27')
            """, new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_job_orders__end_date_after_start_date", error.ConstraintName);
    }

    [Fact]
    public async Task the_same_candidate_cannot_apply_twice_to_one_job_order_while_the_first_application_is_live()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var job = await NewJobOrderAsync(sql, org);
        var candidate = await NewCandidateAsync(sql, org);
        var first = await sql.InsertAsync("recruit.applications", new { org_id = org, job_order_id = job, candidate_id = candidate, source = "seek" });

        var error = await sql.RejectsAsync(
            "insert into recruit.applications (org_id, job_order_id, candidate_id, source) values (@org, @job, @candidate, 'website')",
            new { org, job, candidate });
        await sql.ExecuteAsync("update recruit.applications set deleted_at = now() where id = @first", new { first });
        await sql.InsertAsync("recruit.applications", new { org_id = org, job_order_id = job, candidate_id = candidate, source = "rehire" });

        Assert.Equal("23505", error.SqlState);
        Assert.Equal("uq_applications__org_id_job_order_id_candidate_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_candidate_from_an_unknown_source_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            "insert into recruit.candidates (org_id, first_name, last_name, source) values (@org, 'Tom', 'Reid', 'gumtree')", new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_candidates__source", error.ConstraintName);
    }

    private static async Task<Guid> NewApplicationAsync(SqlSession sql, Guid org, string stage)
    {
        var job = await NewJobOrderAsync(sql, org);
        var candidate = await NewCandidateAsync(sql, org);
        return await sql.InsertAsync("recruit.applications", new
        {
            org_id = org, job_order_id = job, candidate_id = candidate, source = "seek", stage,
            placed_at = stage == "placed" ? "2026-01-20 09:00+10" : null,
        });
    }

    [Fact]
    public async Task a_placement_ending_before_it_starts_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var application = await NewApplicationAsync(sql, org, "placed");

        var error = await sql.RejectsAsync(
            "update recruit.applications set placement_start_date = '2026-02-02', placement_end_date = '2026-02-01', placement_status = 'active' where id = @application",
            new { application });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_applications__placement_end_after_start", error.ConstraintName);
    }

    [Fact]
    public async Task placement_terms_on_an_application_that_is_not_placed_are_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var application = await NewApplicationAsync(sql, org, "offer");

        var error = await sql.RejectsAsync(
            "update recruit.applications set placement_start_date = '2026-02-02', placement_pay_rate = 31.19, placement_charge_rate = 41.90, placement_status = 'active' where id = @application",
            new { application });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_applications__placement_only_when_placed", error.ConstraintName);
    }

    [Fact]
    public async Task a_placed_application_keeps_its_placement_terms_and_derives_the_margin()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var application = await NewApplicationAsync(sql, org, "placed");

        await sql.ExecuteAsync(
            "update recruit.applications set placement_start_date = '2026-02-02', placement_pay_rate = 31.19, placement_charge_rate = 41.90, placement_status = 'active' where id = @application",
            new { application });

        Assert.Equal(10.71m, await sql.ScalarAsync<decimal>("select placement_margin from recruit.applications where id = @application", new { application }));
    }

    [Fact]
    public async Task a_job_order_requiring_an_unknown_credential_code_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var job = await NewJobOrderAsync(sql, org);

        await sql.ExecuteAsync("update recruit.job_orders set required_credential_codes = '{hrwl_lf,white_card}' where id = @job", new { job });
        var error = await sql.RejectsAsync("update recruit.job_orders set required_credential_codes = '{white_card,LF}' where id = @job", new { job });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("check_required_credential_codes", error.ConstraintName);
        Assert.Contains("unknown credential type code(s): LF", error.MessageText);
    }
}
