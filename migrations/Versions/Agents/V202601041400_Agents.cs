using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Agents;

/// <summary>
/// The AI agent infrastructure: conversations with agents and their messages and tool calls,
/// long-term agent memory, and the token and AUD spend limits that cap AI usage per tenant.
/// </summary>
[Migration(202601041400, "agents: sessions, messages, memories, AI budget limits")]
public sealed class V202601041400_Agents : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("agents.agent_sessions", "A conversation or background run of one AI agent (roster assistant, payroll checker, recruiter…) for a user or the system, with the model used and its token usage and cost.", t =>
        {
            t.Text("agent_name").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("Agent that ran, e.g. roster_assistant, timesheet_auditor.");
            t.TenantRef("user_id", "public.users").Comment("User the agent worked for; null for a scheduled or event-triggered run.");
            t.Text("model").NotNull().Comment("Model identifier used, e.g. claude-sonnet-4-5.");
            t.Text("triggered_by").NotNull().Default("'user'").In("user", "schedule", "event", "api").Comment("What started the session.");
            t.Text("status").NotNull().Default("'active'").In("active", "completed", "failed", "cancelled");
            t.Text("title").Comment("Short summary of the session's purpose.");
            t.Timestamp("started_at").NotNull().Default("now()");
            t.Timestamp("ended_at");
            t.BigInt("input_tokens").NotNull().Default("0").NonNegative().Comment("Prompt tokens over the session.");
            t.BigInt("output_tokens").NotNull().Default("0").NonNegative().Comment("Completion tokens over the session.");
            t.BigInt("cached_tokens").NotNull().Default("0").NonNegative().Comment("Prompt tokens served from the provider's cache (cheaper), included in input_tokens.");
            // Per-token prices are fractions of a cent: sub-cent precision, unlike the numeric(14,2) of money paid.
            t.Column("cost_aud", "numeric(14,6)").NotNull().Default("0").NonNegative().Comment("Provider cost of the session, AUD to six decimals (per-token prices are fractions of a cent).");
            t.Uuid("correlation_id").Comment("correlation_id of the domain events the session caused (events.domain_events metadata).");
            t.Text("error_message").Comment("Why a failed session failed.");
            t.Check("ended_after_started", "ended_at is null or ended_at >= started_at");
            t.Check("ended_unless_active", "(status = 'active') = (ended_at is null)");
            t.Check("cached_within_input", "cached_tokens <= input_tokens");
            t.Check("failure_explained", "status <> 'failed' or error_message is not null");
            t.ActiveIndex("user_id", "started_at");
            t.ActiveIndex("agent_name", "status");
            t.Index("correlation_id");
        });

        db.TenantTable("agents.agent_messages", "Messages of an agent session in order: system prompt, user turns, assistant replies (with the tool calls they request) and tool results.", t =>
        {
            t.TenantRef("session_id", "agents.agent_sessions").NotNull();
            t.Int("sequence_no").NotNull().Positive().Comment("Order of the message in its session, from 1.");
            t.Text("role").NotNull().In("system", "user", "assistant", "tool");
            t.Text("content").Comment("Message text; null for an assistant turn that only calls tools.");
            t.Jsonb("tool_calls").Check("tool_calls is null or jsonb_typeof(tool_calls) = 'array'", "is_array")
                .Comment("Assistant turns: the tool calls requested, an array of {id, name, arguments}.");
            t.Text("tool_call_id").Comment("Tool turns: id of the call (in an earlier assistant message's tool_calls) this result answers.");
            t.Text("tool_name").Comment("Tool turns: the tool that ran, e.g. roster.find_available_workers.");
            t.Bool("tool_error").NotNull().Default("false").Comment("Tool turns: the tool failed and content holds the error.");
            t.Int("input_tokens").NonNegative().Comment("Prompt tokens billed for producing this message (assistant turns).");
            t.Int("output_tokens").NonNegative().Comment("Completion tokens of this message (assistant turns).");
            t.Int("latency_ms").NonNegative().Comment("Time to produce the message, milliseconds.");
            t.Check("tool_calls_only_from_assistant", "tool_calls is null or role = 'assistant'");
            t.Check("tool_result_names_call", "role <> 'tool' or (tool_call_id is not null and tool_name is not null)");
            t.Check("has_content", "content is not null or tool_calls is not null");
            t.Unique("session_id", "sequence_no");
            t.ActiveIndex("session_id", "role");
        });

        db.TenantTable("agents.agent_memories", "What agents remember between sessions: episodic (what happened), semantic (facts learned) and procedural (how to do a task) memories of one user, the whole tenant, or global platform knowledge, with an embedding for similarity search, an importance and an optional expiry.", t =>
        {
            t.Text("scope").NotNull().In("user", "tenant", "global")
                .Comment("user: one user's memory; tenant: shared by the organisation's users; global: platform knowledge, kept under Finnest's own organisation (org_id stays set) and served to every tenant by the application.");
            t.Text("kind").NotNull().In("episodic", "semantic", "procedural").Comment("episodic: something that happened (a past conversation or event); semantic: a fact or preference learned; procedural: how to do a task.");
            t.TenantRef("user_id", "public.users").Comment("Whose memory, for scope user.");
            t.Text("agent_name").Matches("^[a-z][a-z0-9_]*$").Comment("Agent the memory belongs to; null when every agent may use it.");
            t.Text("content").NotNull();
            // pgvector is not installed on this platform: embeddings are kept as real[] and compared by the
            // application; a later migration can convert the column to vector(n) with an HNSW index.
            t.Column("embedding", "real[]").Check("embedding is null or (array_ndims(embedding) = 1 and cardinality(embedding) between 1 and 4096)", "dimensions")
                .Comment("Embedding of content, one float per dimension (real[] because pgvector is not installed; becomes vector(n) when it is).");
            t.Text("embedding_model").Comment("Model that produced the embedding; embeddings of different models are not comparable.");
            t.Fraction("importance").NotNull().Default("0.5").Between(0, 1).Comment("How much the memory matters when recalling, 0 to 1.");
            t.Timestamp("expires_at").Comment("After this the memory is no longer recalled; null keeps it.");
            t.Timestamp("last_recalled_at");
            t.Int("recall_count").NotNull().Default("0").NonNegative().Comment("Times the memory was recalled into a session; with importance and age, decides what is forgotten first.");
            t.TenantRef("source_session_id", "agents.agent_sessions").Comment("Session the memory was formed in.");
            t.Check("user_scope_names_user", "(scope = 'user') = (user_id is not null)");
            t.Check("embedding_names_model", "embedding is null or embedding_model is not null");
            t.Check("expires_after_created", "expires_at is null or expires_at > inserted_at");
            t.ActiveIndex("scope", "user_id", "kind");
            t.ActiveIndex("agent_name", "kind");
        });

        db.TenantTable("agents.ai_budget_limits", "Caps on AI usage per day or month, for the whole organisation, one user or one agent: token and AUD cost limits with the amount spent so far. Spend may pass the hard limit only when an overage has been approved.", t =>
        {
            t.TenantRef("user_id", "public.users").Comment("User the limit applies to; null for the whole organisation.");
            t.Text("agent_name").Matches("^[a-z][a-z0-9_]*$").Comment("Agent the limit applies to; null for every agent.");
            t.Text("period").NotNull().In("daily", "monthly");
            t.Date("period_start").NotNull().Comment("First day of the period (the 1st for monthly limits), in the organisation's time zone.");
            t.Date("period_end").NotNull().Comment("Last day of the period, inclusive.");
            t.BigInt("token_limit").Positive().Comment("Most tokens (input + output) in the period; null: no token cap.");
            t.Money("soft_limit_aud").NonNegative().Comment("Spend at which users and admins are warned, AUD.");
            t.Money("hard_limit_aud").NotNull().NonNegative().Comment("Spend at which AI calls stop, AUD, unless an overage is approved.");
            t.BigInt("tokens_spent").NotNull().Default("0").NonNegative().Comment("Tokens (input + output) used so far in the period.");
            t.Column("spent_aud", "numeric(14,6)").NotNull().Default("0").NonNegative().Comment("AI cost so far in the period, AUD to six decimals (sum of session costs).");
            t.Bool("overage_approved").NotNull().Default("false").Comment("An admin allowed spend past the hard limit for this period.");
            t.TenantRef("overage_approved_by_user_id", "public.users");
            t.Timestamp("overage_approved_at");
            t.Text("overage_reason");
            t.Timestamp("soft_limit_warned_at").Comment("When the soft-limit warning went out, so it is sent once.");
            t.Check("period_bounds",
                "(period = 'daily' and period_end = period_start) or (period = 'monthly' and extract(day from period_start) = 1 and period_end = (period_start + interval '1 month')::date - 1)");
            t.Check("soft_limit_within_hard_limit", "soft_limit_aud is null or soft_limit_aud <= hard_limit_aud");
            t.Check("spent_within_hard_limit", "spent_aud <= hard_limit_aud or overage_approved");
            t.Check("tokens_within_limit", "token_limit is null or tokens_spent <= token_limit or overage_approved");
            t.Check("overage_approval_recorded", "not overage_approved or (overage_approved_by_user_id is not null and overage_approved_at is not null and overage_reason is not null)");
            // A null user or agent means "all"; coalesce makes two such limits for the same period collide.
            t.UniqueWhileActive("(coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid))", "(coalesce(agent_name, ''))", "period", "period_start")
                .Named("uq_ai_budget_limits__org_id_user_id_agent_name_period_start");
            t.ActiveIndex("period_start", "period");
        });
    }

    public override void Down(SchemaBuilder db) =>
        db.DropWhatUpCreated(Up);
}
