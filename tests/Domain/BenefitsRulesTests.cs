using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class BenefitsRulesTests(DatabaseFixture database)
{
    private static async Task<Guid> RewardsProgramAsync(SqlSession sql, Guid org) =>
        await sql.InsertAsync("benefits.programs", new { org_id = org, code = "REWARDS", name = "Rewards", program_type = "rewards", starts_on = "2026-01-01", points_value_aud = 0.01m });

    private static Task<Guid> MovementAsync(SqlSession sql, Guid org, Guid program, Guid employee, string type, int points, string? reason = null) =>
        sql.InsertAsync("benefits.rewards_points", new { org_id = org, program_id = program, employee_id = employee, movement_type = type, points, reason });

    [Fact]
    public async Task a_points_movement_that_would_take_the_balance_below_zero_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var program = await RewardsProgramAsync(sql, org);
        var employee = Guid.NewGuid();
        await MovementAsync(sql, org, program, employee, "award", 100, "welcome");

        var error = await sql.RejectsAsync(
            "insert into benefits.rewards_points (org_id, program_id, employee_id, movement_type, points, reason) values (@org, @program, @employee, 'adjustment', -101, 'overdrawn')",
            new { org, program, employee });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_rewards_points__balance_after_non_negative", error.ConstraintName);
    }

    [Fact]
    public async Task balance_after_is_computed_from_the_previous_movement_whatever_the_writer_supplies()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var program = await RewardsProgramAsync(sql, org);
        var employee = Guid.NewGuid();
        await MovementAsync(sql, org, program, employee, "award", 100, "welcome");
        await sql.InsertAsync("benefits.rewards_points", new { org_id = org, program_id = program, employee_id = employee, movement_type = "adjustment", points = -30, reason = "correction", balance_after = 5000 });
        await MovementAsync(sql, org, program, Guid.NewGuid(), "award", 7, "another employee's ledger");

        var ledger = await sql.QueryAsync<(long Sequence, int Balance)>(
            "select sequence_no, balance_after from benefits.rewards_points where employee_id = @employee order by sequence_no", new { employee });
        Assert.Equal([(1L, 100), (2L, 70)], ledger);
    }

    [Fact]
    public async Task a_posted_points_movement_cannot_be_changed_only_reversed()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var program = await RewardsProgramAsync(sql, org);
        var employee = Guid.NewGuid();
        var award = await MovementAsync(sql, org, program, employee, "award", 50, "safety week");

        var change = await sql.RejectsAsync("update benefits.rewards_points set points = 500 where id = @award", new { award });
        Assert.Equal("42501", change.SqlState);
        Assert.Equal("benefits.rewards_points is a ledger: a movement cannot be changed once posted", change.MessageText);

        await sql.InsertAsync("benefits.rewards_points", new { org_id = org, program_id = program, employee_id = employee, movement_type = "reversal", points = -50, reverses_movement_id = award, reason = "given twice" });
        Assert.Equal(0, await sql.ScalarAsync<int>("select balance_after from benefits.rewards_points where employee_id = @employee order by sequence_no desc limit 1", new { employee }));
        var halfReversal = await sql.RejectsAsync(
            "insert into benefits.rewards_points (org_id, program_id, employee_id, movement_type, points, reverses_movement_id, reason) values (@org, @program, @employee, 'reversal', 10, @award, 'wrong amount')",
            new { org, program, employee, award });
        Assert.Equal("23514", halfReversal.SqlState);
        Assert.Equal("ck_rewards_points__reversal_names_movement", halfReversal.ConstraintName);
    }

    [Fact]
    public async Task an_earned_wage_access_drawdown_above_the_limit_of_earned_pay_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var program = await sql.InsertAsync("benefits.programs", new { org_id = org, code = "EWA", name = "Pay on demand", program_type = "earned_wage_access", starts_on = "2026-01-01", ewa_limit_fraction = 0.5m, deducts_from_pay = true });
        var employee = Guid.NewGuid();
        var enrollment = await sql.InsertAsync("benefits.enrollments", new { org_id = org, program_id = program, employee_id = employee, status = "active", enrolled_on = "2026-01-05" });
        var args = new { org, enrollment, employee };

        await sql.ExecuteAsync(
            "insert into benefits.ewa_transactions (org_id, enrollment_id, employee_id, pay_period_start, pay_period_end, earned_net_pay, limit_fraction, amount_requested, fee, s324_authorisation_reference) values (@org, @enrollment, @employee, '2026-02-02', '2026-02-08', 600.00, 0.5000, 300.00, 5.00, 'DOC-324-17')", args);
        var error = await sql.RejectsAsync(
            "insert into benefits.ewa_transactions (org_id, enrollment_id, employee_id, pay_period_start, pay_period_end, earned_net_pay, limit_fraction, amount_requested, fee, s324_authorisation_reference) values (@org, @enrollment, @employee, '2026-02-02', '2026-02-08', 600.00, 0.5000, 300.01, 5.00, 'DOC-324-17')", args);

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_ewa_transactions__amount_within_limit", error.ConstraintName);
    }

    [Fact]
    public async Task recovering_earned_wage_access_by_pay_deduction_needs_a_written_s324_authorisation()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var program = await sql.InsertAsync("benefits.programs", new { org_id = org, code = "EWA", name = "Pay on demand", program_type = "earned_wage_access", starts_on = "2026-01-01", ewa_limit_fraction = 0.5m, deducts_from_pay = true });
        var employee = Guid.NewGuid();
        var enrollment = await sql.InsertAsync("benefits.enrollments", new { org_id = org, program_id = program, employee_id = employee, status = "active", enrolled_on = "2026-01-05" });

        var error = await sql.RejectsAsync(
            "insert into benefits.ewa_transactions (org_id, enrollment_id, employee_id, pay_period_start, pay_period_end, earned_net_pay, limit_fraction, amount_requested, recovery_method) values (@org, @enrollment, @employee, '2026-02-02', '2026-02-08', 600.00, 0.5000, 100.00, 'pay_run_deduction')",
            new { org, enrollment, employee });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_ewa_transactions__pay_deduction_needs_s324_authorisation", error.ConstraintName);
    }

    [Fact]
    public async Task an_enrolment_in_another_organisations_program_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        var othersProgram = await sql.InsertAsync("benefits.programs", new { org_id = other, code = "PERKS", name = "Perks", program_type = "perks", starts_on = "2026-01-01" });
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into benefits.enrollments (org_id, program_id, employee_id, enrolled_on) values (@org, @othersProgram, gen_random_uuid(), '2026-02-01')",
            new { org, othersProgram });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_enrollments__program_id", error.ConstraintName);
    }
}
