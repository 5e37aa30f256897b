using Dapper;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The data model of docs/design/TABLES.md, every schema exactly its tables under those names, plus four
/// the domain needs (docs/design/DOMAIN.md §6, §7, §9, §10): award penalty rules, the Spam Act consent
/// register, payroll tax rates by state and year, and labour-hire licences.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class TableInventoryTests(DatabaseFixture database)
{
    public static readonly IReadOnlyDictionary<string, string[]> Expected = new Dictionary<string, string[]>
    {
        ["public"] = ["organisations", "users", "roles", "user_roles", "offices", "feature_flags", "audit_log", "notifications", "tags", "taggings", "id_mappings"],
        ["people"] = ["employees", "employee_notes", "employee_qualifications", "employee_skills", "leave_types", "leave_requests", "leave_balances", "contracts", "unavailability", "appraisals"],
        ["recruit"] = ["job_orders", "candidates", "applications", "candidate_pools", "candidate_assessments", "scoring_results", "interviews", "reference_checks", "outreach_log", "talent_pools", "talent_pool_members", "drip_campaigns"],
        ["onboard"] = ["onboarding_profiles", "onboarding_templates", "onboarding_tasks", "document_verifications", "verifiable_documents", "verification_stages", "extracted_fields", "identity_checklists", "right_to_work_checks", "tfn_declarations", "super_choices", "bank_details", "policy_acknowledgements", "induction_records"],
        ["roster"] = ["rosters", "shifts", "shift_templates", "shift_assignments", "shift_codes", "shift_requirements", "roster_rules", "availability", "demand_forecasts", "shift_swaps", "shift_bids", "shift_offers"],
        ["timekeep"] = ["timecards", "timecard_entries", "timecard_allowances", "timecard_approvals", "clock_events", "terminals", "geo_locations", "breaks", "journals", "pay_period_locks"],
        ["reach"] = ["conversations", "conversation_participants", "messages", "message_deliveries", "message_log", "channels", "templates", "handoff_records", "news_feed", "announcements", "consents"],
        ["pulse"] = ["automations", "automation_runs", "automation_results", "optimisation_runs", "anomaly_detections", "predictive_models", "dashboards", "dashboard_widgets"],
        ["payroll"] = ["pay_calendars", "pay_runs", "pay_lines", "pay_details", "pay_levels", "allowances", "deductions", "tax_calculations", "super_funds", "super_calculations", "stp_submissions", "rate_cards", "invoices", "invoice_lines", "payments", "payslips", "payroll_tax_rates", "stp_finalisations", "super_guarantee_rates"],
        ["clients"] = ["clients", "contacts", "sites", "agencies", "rate_cards", "rate_configurations", "job_costings", "client_hierarchies", "opportunities", "client_documents"],
        ["safety"] = ["incidents", "incident_people", "investigations", "hazards", "risk_assessments", "inspections", "inspection_items", "swms_documents", "corrective_actions", "drug_alcohol_tests", "assessments", "custom_forms", "custom_form_submissions"],
        ["assets"] = ["asset_categories", "equipment", "equipment_assignments", "maintenance_schedules", "work_orders", "fleet_vehicles", "vehicle_registrations", "prestart_checklists", "prestart_submissions", "fuel_logs"],
        ["quotes"] = ["leads", "quotes", "quote_lines", "jobs", "tasks", "milestones", "agreements", "signatures"],
        ["learn"] = ["courses", "course_modules", "tutors", "enrollments", "progress", "certifications", "learning_paths", "reinduction_schedules"],
        ["benefits"] = ["programs", "enrollments", "perks", "recognitions", "rewards_points", "ewa_transactions"],
        ["compliance"] = ["credential_types", "industry_profiles", "industry_profile_credentials", "awards", "award_classifications", "award_rates", "award_allowances", "award_penalty_rules", "compliance_rules", "compliance_status", "ongoing_monitors", "compliance_scores", "compliance_breaches", "labour_hire_licences"],
        ["fatigue"] = ["fatigue_rules", "driver_hours", "rest_periods", "ewd_entries", "fitness_assessments", "fatigue_breaches"],
        ["clearance"] = ["clearance_holders", "clearance_applications", "clearance_statuses", "vetting_records", "program_separations"],
        ["performance"] = ["review_cycles", "goals", "reviews", "feedback", "surveys", "survey_responses", "enps_scores", "calibrations", "development_plans", "skills_matrix"],
        ["events"] = ["domain_events"],
        ["agents"] = ["agent_sessions", "agent_messages", "agent_memories", "ai_budget_limits"],
    };

    [Fact]
    public async Task every_schema_holds_exactly_the_tables_of_the_data_model()
    {
        await using var c = new NpgsqlConnection(database.Cluster.Settings(TestCluster.SharedDatabase).ConnectionString);
        var actual = (await c.QueryAsync<(string Schema, string Table)>(
            """
            select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = any(@schemas) and c.relkind in ('r', 'p') and not c.relispartition
            """, new { schemas = Expected.Keys.ToArray() })).ToLookup(t => t.Schema, t => t.Table);
        foreach (var (schema, tables) in Expected)
            Assert.Equal(tables.Order(), actual[schema].Order());
        // And no schema holds tables this inventory does not list (aside: the runner's finnest, the cold tier, and
        // v2, the staging area of the v2 data migration, which a migration drops after cutover).
        var schemasWithTables = await c.QueryAsync<string>(
            """
            select distinct n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'finnest', 'archive', 'v2')
            """);
        Assert.Equal(Expected.Keys.Order(), schemasWithTables.Order());
    }

    [Fact]
    public async Task reference_data_is_loaded_by_the_migrations()
    {
        await using var c = new NpgsqlConnection(database.Cluster.Settings(TestCluster.SharedDatabase).ConnectionString);
        var awards = (await c.QueryAsync<string>("select code from compliance.awards")).ToHashSet();
        foreach (var code in new[] { "MA000020", "MA000038", "MA000084", "MA000004", "MA000009", "MA000100" })
            Assert.Contains(code, awards);
        var credentials = (await c.QueryAsync<string>("select code from compliance.credential_types")).ToHashSet();
        foreach (var code in new[] { "dl_hr", "dl_hc", "dl_mc", "hrwl_lf", "hrwl_wp", "white_card", "wwc_nsw", "wwc_nt", "ndis_worker_screening" })
            Assert.Contains(code, credentials);
        Assert.True(await c.ExecuteScalarAsync<long>("select count(*) from compliance.award_rates") >= await c.ExecuteScalarAsync<long>("select count(*) from compliance.awards"));
        Assert.True(await c.ExecuteScalarAsync<long>("select count(*) from compliance.industry_profile_credentials") > 0);
    }
}
