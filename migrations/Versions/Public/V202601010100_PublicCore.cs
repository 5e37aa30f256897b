using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Public;

/// <summary>
/// The core every domain stands on: organisations (the tenants), users (the three v2 user
/// tables merged), roles, offices, feature flags, notifications, tags and the legacy id map.
/// </summary>
[Migration(202601010100, "public core: organisations, users, roles, offices, flags, notifications, tags, id mappings")]
public sealed class V202601010100_PublicCore : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantRootTable("public.organisations", "Tenants: each organisation (labour-hire provider or employer) using Finnest. Row-level security everywhere keys on its id.", t =>
        {
            t.Text("name").NotNull().Comment("Display name of the organisation.");
            t.Text("slug").NotNull().Matches("^[a-z0-9]+(-[a-z0-9]+)*$").Comment("URL-safe unique handle, e.g. acme-labour.");
            t.Text("legal_name").Comment("Registered entity name, as on the ABN register.");
            t.Column("abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(abn)", "checksum")
                .Comment("Australian Business Number: 11 digits, modulus-89 check digits verified.");
            t.Column("acn", "char(9)").Matches("^[0-9]{9}$").Check("finnest.is_valid_acn(acn)", "checksum").Comment("Australian Company Number (9 digits) where the organisation is a company.");
            t.Uuid("industry_profile_id").Comment("Default industry profile: award and credential set (FK added by the compliance reference migration).");
            t.Text("subscription_tier").NotNull().Default("'tier1'").In("tier1", "tier2", "tier3", "enterprise").Comment("Pricing tier.");
            t.Text("status").NotNull().Default("'active'").In("trial", "active", "suspended", "closed");
            t.Jsonb("settings").NotNull().Default("'{}'::jsonb").Comment("Organisation-level configuration (pay frequency defaults, branding, integrations).");
            t.Bool("irap_classified").NotNull().Default("false").Comment("Deployed under IRAP assessment (Australian government data); restricts hosting and features.");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern).Comment("IANA time zone of head office; sites carry their own.");
            t.Column("head_office_state", "text").Check($"head_office_state in ({AustralianDomain.StatesSql})", "state");
            t.UniqueWhileActive("slug");
            t.Index("abn").WhereActive();
            t.Index("industry_profile_id");
        });

        db.TenantTable("public.offices", "Branches of an organisation (v2 office_locations); employees and users have a primary office.", t =>
        {
            t.Text("name").NotNull();
            t.Text("code").Comment("Short branch code used on reports and payroll exports.");
            t.Text("address_line1");
            t.Text("address_line2");
            t.Text("suburb");
            t.Text("state").Check($"state in ({AustralianDomain.StatesSql})", "state");
            t.Column("postcode", "char(4)").Matches("^[0-9]{4}$");
            t.Text("phone");
            t.Text("email");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern).Comment("IANA time zone of the office (Australia/Perth, Australia/Darwin…).");
            t.Bool("is_head_office").NotNull().Default("false");
            t.UniqueWhileActive("code");
            t.ActiveIndex("name");
        });

        db.TenantTable("public.users", "People who sign in: admin users, staff consultants, payroll staff, workers and client contacts (the three v2 user tables merged).", t =>
        {
            t.Text("email").NotNull().Check("email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", "format").Comment("Sign-in email; unique per organisation, compared lower-case.");
            t.Text("first_name").NotNull();
            t.Text("last_name").NotNull();
            t.Text("phone").Matches("^\\+[1-9][0-9]{6,14}$").Comment("E.164, e.g. +61412345678.");
            t.Text("kind").NotNull().In("admin", "staff", "payroll", "worker", "client_contact")
                .Comment("Which v2 table the user came from or what they are: admin (admin_users), staff (consultants), payroll (payroll_staffs), worker, client_contact.");
            t.Text("status").NotNull().Default("'invited'").In("invited", "active", "suspended", "deactivated");
            t.TenantRef("primary_office_id", "public.offices");
            t.Text("auth_subject").Comment("Subject id at the identity provider; null until first sign-in.");
            t.Bool("mfa_enabled").NotNull().Default("false");
            t.Timestamp("last_sign_in_at");
            t.Text("locale").NotNull().Default("'en-AU'");
            t.UniqueWhileActive("(lower(email))").Named("uq_users__org_id_lower_email");
            t.ActiveIndex("kind", "status");
        });

        db.TenantTable("public.roles", "Named permission sets (v2 roles), per organisation.", t =>
        {
            t.Text("name").NotNull();
            t.Text("description");
            t.Column("permissions", "text[]").NotNull().Default("'{}'::text[]").Comment("Permission keys, e.g. timesheets.approve, payroll.run.");
            t.Bool("is_system").NotNull().Default("false").Comment("Provided by Finnest and not editable by the tenant.");
            t.UniqueWhileActive("name");
        });

        db.TenantTable("public.user_roles", "Roles granted to users, optionally limited to one office.", t =>
        {
            t.TenantRef("user_id", "public.users").NotNull();
            t.TenantRef("role_id", "public.roles").NotNull();
            t.TenantRef("office_id", "public.offices").Comment("Null: the role applies in every office.");
            t.Timestamp("granted_at").NotNull().Default("now()");
            t.TenantRef("granted_by", "public.users").Comment("User who granted the role.");
            // A null office means "every office"; coalesce makes two such grants collide too.
            t.UniqueWhileActive("user_id", "role_id", "(coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid))")
                .Named("uq_user_roles__org_id_user_id_role_id_office_id");
        });

        db.TenantTable("public.feature_flags", "Per-organisation feature switches and staged rollouts.", t =>
        {
            t.Text("key").NotNull().Matches("^[a-z][a-z0-9_.]*$").Comment("Flag key, e.g. roster.auto_fill.");
            t.Bool("enabled").NotNull().Default("false");
            t.Int("rollout_percent").NotNull().Default("100").Between(0, 100).Comment("Share of users who see the feature when enabled.");
            t.Text("description");
            t.UniqueWhileActive("key");
        });

        db.TenantTable("public.notifications", "In-app and pushed notices to a user (credential expiring, shift offered, timesheet to approve).", t =>
        {
            t.TenantRef("user_id", "public.users").NotNull();
            t.Text("category").NotNull().In("compliance", "roster", "timesheet", "payroll", "safety", "recruit", "system");
            t.Text("severity").NotNull().Default("'info'").In("info", "warning", "critical");
            t.Text("title").NotNull();
            t.Text("body");
            t.Text("link").Comment("Relative app URL to open.");
            t.Text("channel").NotNull().Default("'in_app'").In("in_app", "email", "push", "sms");
            t.Timestamp("read_at");
            t.Timestamp("dismissed_at");
            t.ActiveIndex("user_id", "read_at");
        });

        db.TenantTable("public.tags", "Free labels an organisation defines for people, clients, jobs and more.", t =>
        {
            t.Text("name").NotNull();
            t.Text("colour").Matches("^#[0-9a-fA-F]{6}$").Comment("Hex colour, e.g. #1f77b4.");
            t.Text("description");
            t.UniqueWhileActive("name");
        });

        db.TenantTable("public.taggings", "A tag applied to a row of any domain table (polymorphic, so a soft reference).", t =>
        {
            t.TenantRef("tag_id", "public.tags").NotNull();
            t.Text("taggable_table").NotNull().Matches("^[a-z_]+\\.[a-z_]+$").Comment("schema.table of the tagged row.");
            t.Uuid("taggable_id").NotNull().Comment("id of the tagged row in taggable_table (soft reference).");
            t.UniqueWhileActive("tag_id", "taggable_table", "taggable_id");
            t.ActiveIndex("taggable_table", "taggable_id");
        });

        db.TenantTable("public.id_mappings", "Migration backbone: every legacy integer id mapped to its Finnest uuid. Scripts resolve references through it; kept until the legacy systems are decommissioned.", t =>
        {
            t.Text("legacy_system").NotNull().In("asg_central_v2", "actatek", "atslive", "csv_import")
                .Comment("Source system: ASG Central v2 (admin_central), actatek clocks, admin_atslive applicants, or a tenant CSV import.");
            t.Text("legacy_database").Comment("Source database name, e.g. admin_central.");
            t.Text("legacy_table").NotNull().Comment("Source table, e.g. candidates, joborders.");
            t.BigInt("legacy_id").NotNull().Comment("Integer primary key in the source table.");
            t.Text("target_table").NotNull().Matches("^[a-z_]+\\.[a-z_]+$").Comment("schema.table the row became.");
            t.Uuid("target_id").NotNull().Comment("id of the new row in target_table.");
            t.Timestamp("migrated_at").NotNull().Default("now()");
            t.Text("batch").NotNull().Comment("Migration batch label (phase and run), to find or roll back one load.");
            t.Text("source_checksum").Comment("Hash of the source row when migrated, to detect later changes in the legacy system.");
            // org_id leads, as on every unique key of a tenant table (docs/design/CONVENTIONS.md).
            t.Unique("legacy_system", "legacy_table", "legacy_id");
            t.Index("target_table", "target_id");
            t.ActiveIndex("batch");
        });

        db.AppendOnlyLog("public.audit_log", "Every insert, update, soft delete and delete on a tenant table, written by the audit_row trigger. Sensitive columns are redacted. Immutable; partitioned monthly.", t =>
        {
            t.Text("table_name").NotNull().Comment("schema.table of the changed row.");
            t.Text("operation").NotNull().In("insert", "update", "soft_delete", "restore", "delete");
            t.Uuid("row_id").NotNull().Comment("id of the changed row.");
            t.Uuid("actor_id").Comment("public.users id from the app.user_id setting; null for system or migration changes.");
            t.Text("actor_role").NotNull().Comment("Database role that made the change (current_user).");
            t.Jsonb("old_row").Comment("Row before the change, sensitive columns redacted.");
            t.Jsonb("new_row").Comment("Row after the change, sensitive columns redacted.");
            t.Column("changed_columns", "text[]").Comment("Columns whose value changed (updates).");
            t.BigInt("transaction_id").NotNull().Comment("txid_current() of the change: groups the rows of one transaction.");
            t.Index("table_name", "row_id");
            t.Index("actor_id");
            // Only the audit_row trigger (security definer) writes here: the application cannot forge entries.
            t.After("revoke insert on public.audit_log from finnest_app;");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
    }
}
