using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class AgentsRulesTests(DatabaseFixture database)
{
    private const string InsertBudget =
        """
        insert into agents.ai_budget_limits (org_id, period, period_start, period_end, soft_limit_aud, hard_limit_aud, spent_aud,
                                             overage_approved, overage_approved_by_user_id, overage_approved_at, overage_reason)
        values (@org, 'monthly', '2026-02-01', '2026-02-28', 400.00, 500.00, @spent, @approved, @approver, @approvedAt::timestamptz, @reason)
        """;

    [Fact]
    public async Task ai_spend_over_the_hard_limit_is_rejected_unless_an_overage_is_approved()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var admin = await sql.InsertAsync("public.users", new { org_id = org, email = "admin@example.com.au", first_name = "Sam", last_name = "Ryan", kind = "admin" });

        var error = await sql.RejectsAsync(InsertBudget,
            new { org, spent = 500.000001m, approved = false, approver = (Guid?)null, approvedAt = (string?)null, reason = (string?)null });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_ai_budget_limits__spent_within_hard_limit", error.ConstraintName);

        await sql.ExecuteAsync(InsertBudget,
            new { org, spent = 612.25m, approved = true, approver = (Guid?)admin, approvedAt = (string?)"2026-02-20 10:00+11", reason = (string?)"End-of-month payroll reconciliation" });
    }

    [Fact]
    public async Task raising_spend_past_the_hard_limit_of_an_existing_budget_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var budget = await sql.InsertAsync("agents.ai_budget_limits", new { org_id = org, period = "daily", period_start = "2026-02-20", period_end = "2026-02-20", hard_limit_aud = 20.00m, spent_aud = 19.5m });

        var error = await sql.RejectsAsync("update agents.ai_budget_limits set spent_aud = spent_aud + 0.75 where id = @budget", new { budget });

        Assert.Equal("ck_ai_budget_limits__spent_within_hard_limit", error.ConstraintName);
    }

    [Fact]
    public async Task a_tool_result_must_name_the_call_it_answers()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var session = await sql.InsertAsync("agents.agent_sessions", new { org_id = org, agent_name = "roster_assistant", model = "claude-sonnet-4-5" });
        await sql.InsertAsync("agents.agent_messages", new { org_id = org, session_id = session, sequence_no = 1, role = "assistant", tool_calls = """[{"id": "call_1", "name": "roster.find_available_workers", "arguments": {}}]""" });

        var error = await sql.RejectsAsync(
            "insert into agents.agent_messages (org_id, session_id, sequence_no, role, content) values (@org, @session, 2, 'tool', '[]')", new { org, session });

        Assert.Equal("ck_agent_messages__tool_result_names_call", error.ConstraintName);
    }

    [Fact]
    public async Task a_user_scoped_memory_must_name_its_user()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into agents.agent_memories (org_id, scope, kind, content, embedding, embedding_model) values (@org, 'user', 'semantic', 'Prefers SMS for shift offers', '{0.12,-0.5,0.33}', 'text-embedding-3-small')",
            new { org });

        Assert.Equal("ck_agent_memories__user_scope_names_user", error.ConstraintName);
    }

    [Fact]
    public async Task a_message_in_another_organisations_session_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        var othersSession = await sql.InsertAsync("agents.agent_sessions", new { org_id = other, agent_name = "payroll_checker", model = "claude-sonnet-4-5" });
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into agents.agent_messages (org_id, session_id, sequence_no, role, content) values (@org, @othersSession, 1, 'user', 'Who is rostered tomorrow?')",
            new { org, othersSession });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_agent_messages__session_id", error.ConstraintName);
    }
}
