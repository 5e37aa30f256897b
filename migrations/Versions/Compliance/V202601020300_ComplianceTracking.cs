using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Compliance;

/// <summary>
/// A tenant's compliance engine: the rules it enforces, each worker's credential status
/// (v2 candidate_compliance), continuous monitors against registers, scores, breaches, and the
/// labour hire licences the organisation and its supplying agencies hold (docs/design/DOMAIN.md §10).
/// Workers live in people, so they are soft references here.
/// </summary>
[Migration(202601020300, "compliance tracking: rules, credential status, monitors, scores, breaches, labour hire licences")]
public sealed class V202601020300_ComplianceTracking : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("compliance.compliance_rules", "A compliance requirement an organisation enforces beyond (or on top of) its industry profile: a credential a client, site or position demands, a recency limit on a check, a visa work-hours cap.", t =>
        {
            t.Text("name").NotNull();
            t.Text("rule_type").NotNull().In("credential_required", "credential_recency", "visa_work_hours", "minimum_age", "custom")
                .Comment("credential_required: hold a valid credential; credential_recency: check no older than max_age_months; visa_work_hours: cap hours under visa conditions.");
            t.Ref("credential_type_id", "compliance.credential_types").Comment("Credential the rule is about (credential rules).");
            t.Text("scope").NotNull().Default("'organisation'").In("organisation", "industry_profile", "client", "site", "position")
                .Comment("Which work the rule applies to; the matching *_id or position_title names it.");
            t.Ref("industry_profile_id", "compliance.industry_profiles");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.Text("position_title").Comment("Position the rule applies to when scope is position, e.g. Forklift operator.");
            t.Text("state").Check($"state in ({AustralianDomain.StatesSql})", "state").Comment("Only work in this state or territory; null: everywhere.");
            t.Text("enforcement").NotNull().Default("'block'").In("block", "warn", "info")
                .Comment("block: the worker cannot be rostered or placed; warn: allowed with an alert; info: reported only.");
            t.Int("max_age_months").Positive().Comment("credential_recency: months since issue after which the credential no longer counts.");
            t.Hours("max_hours_per_fortnight").Positive().Comment("visa_work_hours: hours cap per fortnight (student visa: 48 in session).");
            t.Int("minimum_age_years").Between(14, 25).Comment("minimum_age: youngest age allowed for the work.");
            t.Jsonb("parameters").NotNull().Default("'{}'::jsonb").Comment("Further parameters of custom rules.");
            t.Date("effective_from").NotNull().Default("current_date");
            t.Date("effective_to");
            t.Bool("is_active").NotNull().Default("true");
            t.Period("effective_from", "effective_to");
            t.Check("credential_rule_names_credential", "rule_type not in ('credential_required', 'credential_recency') or credential_type_id is not null");
            t.Check("recency_rule_has_max_age", "rule_type <> 'credential_recency' or max_age_months is not null");
            t.Check("visa_rule_has_cap", "rule_type <> 'visa_work_hours' or max_hours_per_fortnight is not null");
            t.Check("scope_target_given",
                "(scope <> 'industry_profile' or industry_profile_id is not null) and (scope <> 'client' or client_id is not null) " +
                "and (scope <> 'site' or site_id is not null) and (scope <> 'position' or position_title is not null)");
            t.ActiveIndex("is_active", "rule_type");
        });

        db.TenantTable("compliance.compliance_status", "Whether a worker currently meets a credential requirement: one row per worker and credential type, kept current by verification and monitors (v2 candidate_compliance).", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Ref("credential_type_id", "compliance.credential_types").NotNull();
            t.SoftRef("employee_qualification_id", "people.employee_qualifications", "The held credential that is the evidence for this status.");
            t.Text("status").NotNull().Default("'pending_verification'").In("pending_verification", "valid", "expiring", "expired", "rejected", "revoked")
                .Comment("expiring: valid but within the credential type's warning window; revoked: cancelled or suspended by the issuer.");
            t.Text("issuing_state").Check($"issuing_state in ({AustralianDomain.StatesSql})", "state");
            t.Date("issued_on");
            t.Date("expires_on").Comment("Null for credentials that do not expire.");
            t.Text("verification_method").In("document_sighted", "register_lookup", "issuer_api", "vevo", "self_declared");
            t.Timestamp("verified_at");
            t.TenantRef("verified_by", "public.users");
            t.Timestamp("last_checked_at").Comment("Last time a monitor or person confirmed the status with the issuer.");
            t.Timestamp("status_changed_at").NotNull().Default("now()");
            t.Text("status_reason").Sensitive().Comment("Why the status was last changed, e.g. the rejection or revocation reason given by the issuer; may reveal check findings, so redacted in the audit log.");
            t.Period("issued_on", "expires_on");
            t.Check("verified_when_valid", "status not in ('valid', 'expiring') or verified_at is not null");
            t.Check("reason_when_rejected_or_revoked", "status not in ('rejected', 'revoked') or status_reason is not null");
            t.UniqueWhileActive("employee_id", "credential_type_id");
            t.ActiveIndex("status", "expires_on");
        });

        db.TenantTable("compliance.ongoing_monitors", "Continuous monitoring of a worker's credential against its issuer or register (WWC registers, VEVO, licence status), with its schedule and last result.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("compliance_status_id", "compliance.compliance_status").NotNull();
            t.Text("monitor_type").NotNull().In("expiry", "register_lookup", "vevo", "licence_status", "police_recheck")
                .Comment("expiry: date-based only; register_lookup: public register (WWC, NDIS); vevo: visa entitlement; licence_status: road authority or WHS regulator.");
            t.Text("provider").Comment("Register or service queried, e.g. NSW Office of the Children's Guardian, VEVO, NEVDIS.");
            t.Int("frequency_days").NotNull().Default("30").Between(1, 366).Comment("Days between checks.");
            t.Timestamp("next_check_at").NotNull();
            t.Timestamp("last_checked_at");
            t.Text("last_result").In("clear", "changed", "adverse", "not_found", "error")
                .Comment("adverse: the issuer reports a bar, suspension or cancellation.");
            t.Int("consecutive_errors").NotNull().Default("0").NonNegative().Comment("Failed lookups in a row; alerts a person past a threshold.");
            t.Text("status").NotNull().Default("'active'").In("active", "paused", "stopped");
            t.Text("external_reference").Comment("Subscription or watch-list id at the provider.");
            t.ActiveIndex("status", "next_check_at");
        });

        db.TenantTable("compliance.compliance_scores", "Point-in-time compliance score of a worker, client, site or the organisation: share of required credentials held and valid.", t =>
        {
            t.Text("scope").NotNull().In("employee", "client", "site", "organisation");
            t.SoftRef("employee_id", "people.employees");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.Ref("industry_profile_id", "compliance.industry_profiles").Comment("Profile whose requirements the score was measured against.");
            t.Column("score", "numeric(5,2)").NotNull().Between(0, 100).Comment("Percentage 0-100 of requirements met.");
            t.Int("requirements_total").NotNull().NonNegative();
            t.Int("requirements_met").NotNull().NonNegative();
            t.Int("requirements_expiring").NotNull().Default("0").NonNegative().Comment("Met but expiring within the warning window.");
            t.Int("open_breaches").NotNull().Default("0").NonNegative();
            t.Timestamp("calculated_at").NotNull().Default("now()");
            t.Jsonb("breakdown").NotNull().Default("'{}'::jsonb").Comment("Per credential type: required, held, status.");
            t.Check("met_within_total", "requirements_met <= requirements_total and requirements_expiring <= requirements_met");
            t.Check("scope_target_given",
                "(scope <> 'employee' or employee_id is not null) and (scope <> 'client' or client_id is not null) and (scope <> 'site' or site_id is not null)");
            t.ActiveIndex("scope", "employee_id", "calculated_at");
        });

        db.TenantTable("compliance.compliance_breaches", "A detected failure to comply: a worker rostered without a valid credential, a visa hours cap exceeded, a revoked check; tracked until resolved or waived.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("compliance_rule_id", "compliance.compliance_rules").Comment("Tenant rule breached; null when the breach is against the industry profile's requirements.");
            t.TenantRef("compliance_status_id", "compliance.compliance_status");
            t.Ref("credential_type_id", "compliance.credential_types");
            t.SoftRef("shift_id", "roster.shifts", "Shift the breach was detected on or blocked.");
            t.Text("breach_type").NotNull().In("missing_credential", "expired_credential", "revoked_credential", "unverified_credential", "visa_condition", "minimum_age", "other");
            t.Text("severity").NotNull().Default("'warning'").In("info", "warning", "critical");
            t.Timestamp("detected_at").NotNull().Default("now()");
            t.Text("status").NotNull().Default("'open'").In("open", "acknowledged", "resolved", "waived", "false_positive");
            t.Timestamp("resolved_at");
            t.TenantRef("resolved_by", "public.users");
            t.Text("resolution_notes");
            t.Date("waived_until").Comment("A waiver holds only until this date.");
            t.Check("resolved_after_detected", "resolved_at is null or resolved_at >= detected_at");
            t.Check("closed_has_resolved_at", "status not in ('resolved', 'waived', 'false_positive') or resolved_at is not null");
            t.Check("waiver_explained", "status <> 'waived' or (resolution_notes is not null and waived_until is not null)");
            t.ActiveIndex("status", "severity");
            t.ActiveIndex("employee_id", "status");
        });

        db.TenantTable("compliance.labour_hire_licences", "Labour hire licences held by the organisation itself, or by an agency it sources workers from: QLD, VIC, SA and the ACT require providers to be licensed and hosts to use only licensed providers.", t =>
        {
            t.Text("holder").NotNull().Default("'organisation'").In("organisation", "agency")
                .Comment("organisation: the tenant's own licence; agency: the licence of a supplying agency (clients.agencies).");
            t.SoftRef("agency_id", "clients.agencies", "The licensed agency when holder is agency.");
            t.Text("state").NotNull().In("QLD", "VIC", "SA", "ACT").Comment("Jurisdiction that issued the licence (only these four license labour hire).");
            t.Text("licence_number").NotNull().Comment("Licence number as on the state register.");
            t.Date("granted_on").NotNull();
            t.Date("expires_on").Comment("Date the licence lapses unless renewed; null where the scheme keeps it in force through annual reporting.");
            t.Text("status").NotNull().Default("'active'").In("active", "suspended", "cancelled", "expired");
            t.Text("conditions").Comment("Conditions the regulator placed on the licence.");
            t.Timestamp("verified_at").Comment("Last time the licence was checked on the public register.");
            t.TenantRef("verified_by", "public.users");
            t.Text("register_url").Matches("^https://").Comment("Public register entry the licence was verified against.");
            t.Check("agency_named_when_agency_holds", "(holder = 'agency') = (agency_id is not null)");
            t.Period("granted_on", "expires_on");
            // One current licence per holder and state; expired or cancelled ones stay as history beside their successor.
            t.UniqueWhileActive("holder", "(coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid))", "state")
                .Where("deleted_at is null and status in ('active', 'suspended')")
                .Named("uq_labour_hire_licences__org_id_holder_agency_id_state_current");
            t.ActiveIndex("status", "expires_on");
        });
    }

    public override void Down(SchemaBuilder db) =>
        db.DropWhatUpCreated(Up);
}
