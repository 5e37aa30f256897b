using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Clearance;

/// <summary>
/// Australian Government security clearances (AGSVA) for workers placed on defence and government
/// work: the holders, their applications, the clearance held over time, vetting checks and
/// separations from sponsored programs.
/// </summary>
[Migration(202601041200, "clearance: holders, applications, statuses, vetting records, program separations")]
public sealed class V202601041200_Clearance : Migration
{
    private const string Levels = "'baseline', 'nv1', 'nv2', 'pv'";

    // DISP membership levels correspond to OFFICIAL, PROTECTED, SECRET and TOP SECRET; a DISP member
    // sponsors clearances up to its own level: Baseline (PROTECTED) needs level 1, NV1 (SECRET) level 2,
    // NV2 and PV (TOP SECRET) level 3.
    private static string DispLevelCovers(string levelColumn) =>
        $"sponsor_type is distinct from 'disp_member' or (disp_level = 'level_3') or (disp_level = 'level_2' and {levelColumn} in ('baseline', 'nv1')) or (disp_level = 'level_1' and {levelColumn} = 'baseline')";

    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("clearance.clearance_holders", "People who hold, or are being put forward for, an Australian Government security clearance (AGSVA), with what decides their eligibility; the clearance itself, over time, is in clearance_statuses.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("agsva_csid").Comment("Clearance Subject Identifier AGSVA gives the person; follows them between sponsors.");
            t.Text("citizenship").NotNull().In("australian_citizen", "dual_citizen", "permanent_resident", "foreign_national")
                .Comment("Clearances generally need Australian citizenship; others need a citizenship eligibility waiver from the sponsor.");
            t.Column("other_citizenships", "text[]").Check("other_citizenships is null or array_to_string(other_citizenships, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'", "format")
                .Comment("ISO 3166-1 alpha-2 codes of other citizenships held.");
            t.Column("citizenship_waiver_required", "boolean generated always as (citizenship not in ('australian_citizen', 'dual_citizen')) stored")
                .Comment("Not an Australian citizen: a clearance needs the sponsor's citizenship eligibility waiver.");
            t.Date("citizenship_waiver_granted_on");
            t.TenantRef("security_officer_user_id", "public.users").Comment("Security officer (DISP CSO or SO) responsible for the holder.");
            t.Date("last_security_briefing_on").Comment("Last security awareness briefing; cleared people are briefed at least annually.");
            t.Date("contact_report_due_on").Comment("Next annual change-of-circumstances and overseas contact declaration.");
            t.Text("status").NotNull().Default("'prospective'").In("prospective", "cleared", "separated")
                .Comment("prospective: put forward, not yet cleared; cleared: holds a clearance through this organisation; separated: left the program or the organisation.");
            t.Check("waiver_only_for_non_citizens", "citizenship_waiver_granted_on is null or citizenship not in ('australian_citizen', 'dual_citizen')");
            t.UniqueWhileActive("employee_id");
            t.UniqueWhileActive("agsva_csid");
            t.ActiveIndex("status");
        });

        db.TenantTable("clearance.clearance_applications", "Applications to AGSVA for a security clearance, an upgrade, a revalidation or a transfer of sponsorship, sponsored by a government agency or a DISP member.", t =>
        {
            t.TenantRef("holder_id", "clearance.clearance_holders").NotNull();
            t.Text("application_type").NotNull().In("initial", "upgrade", "revalidation", "transfer", "reinstatement");
            t.Text("level_requested").NotNull().Check($"level_requested in ({Levels})", "level")
                .Comment("baseline: up to PROTECTED; nv1: SECRET; nv2: TOP SECRET; pv: TOP SECRET including certain compartments.");
            t.Text("status").NotNull().Default("'application_issued'").In("application_issued", "submitted", "in_progress", "granted", "denied", "cancelled");
            t.Text("sponsor_type").NotNull().In("government_agency", "disp_member");
            t.Text("sponsor_name").NotNull().Comment("Sponsoring agency, or the DISP member entity.");
            t.Text("disp_membership_number").Comment("Defence Industry Security Program membership of the sponsor.");
            t.Text("disp_level").In("entry", "level_1", "level_2", "level_3").Comment("Sponsor's DISP personnel security level: entry ≈ OFFICIAL, 1 ≈ PROTECTED, 2 ≈ SECRET, 3 ≈ TOP SECRET.");
            t.Text("position_justification").NotNull().Comment("Why the role needs access at this level (the sponsor's clearance requirement).");
            t.Text("agsva_reference").Comment("AGSVA case reference of the application.");
            t.Date("issued_on").NotNull().Comment("Date the eVetting application was issued to the applicant.");
            t.Date("submitted_on");
            t.Date("decided_on");
            t.Text("outcome_notes").Sensitive().Comment("AGSVA's outcome and any reasons for denial; redacted in the audit log.");
            t.Check("submitted_after_issued", "submitted_on is null or submitted_on >= issued_on");
            t.Check("decided_after_submitted", "decided_on is null or decided_on >= coalesce(submitted_on, issued_on)");
            t.Check("decision_dated", "status not in ('granted', 'denied') or decided_on is not null");
            t.Check("submission_dated", "status in ('application_issued', 'cancelled') or submitted_on is not null");
            t.Check("disp_sponsor_has_membership", "sponsor_type <> 'disp_member' or (disp_membership_number is not null and disp_level is not null)");
            t.Check("disp_level_covers_clearance", DispLevelCovers("level_requested"));
            t.ActiveIndex("holder_id", "status");
            t.ActiveIndex("status", "submitted_on");
        });

        db.TenantTable("clearance.clearance_statuses", "The security clearance a holder has, or is being processed for, over time: level, AGSVA status, grant and revalidation dates and the sponsor. A change starts a new row and closes the previous one (effective_to), so the history stays; one row per holder is current.", t =>
        {
            t.TenantRef("holder_id", "clearance.clearance_holders").NotNull();
            t.TenantRef("application_id", "clearance.clearance_applications").Comment("Application that led to this status.");
            t.Text("level").NotNull().Check($"level in ({Levels})", "level")
                .Comment("baseline: up to PROTECTED; nv1: SECRET; nv2: TOP SECRET; pv: TOP SECRET including certain compartments.");
            t.Text("status").NotNull()
                .In("not_sponsored", "application_issued", "submitted", "in_progress", "granted", "denied", "suspended", "cancelled", "revalidation_due");
            t.Date("effective_from").NotNull();
            t.Date("effective_to").Comment("Null for the holder's current status.");
            t.Date("granted_on");
            t.Date("revalidation_due").Comment("Baseline every 15 years, NV1 10, NV2 and PV 5 to 7 years.");
            t.Date("pv_appraisal_due").Comment("Positive Vetting only: the annual security appraisal.");
            t.Text("sponsor_type").In("government_agency", "disp_member");
            t.Text("sponsor_name").Comment("Sponsor of the clearance; when sponsorship ends the clearance may be downgraded or cancelled.");
            t.Text("disp_membership_number");
            t.Text("disp_level").In("entry", "level_1", "level_2", "level_3");
            t.Text("agsva_reference");
            t.Text("conditions").Sensitive().Comment("Conditions AGSVA placed on the clearance; can reveal vetting concerns, so redacted in the audit log.");
            t.Period("effective_from", "effective_to");
            t.Check("granted_has_date", "status not in ('granted', 'suspended', 'revalidation_due') or granted_on is not null");
            t.Check("sponsored_has_sponsor", "status in ('not_sponsored', 'denied', 'cancelled') or (sponsor_type is not null and sponsor_name is not null)");
            t.Check("revalidation_after_grant", "revalidation_due is null or granted_on is null or revalidation_due > granted_on");
            t.Check("revalidation_within_level_interval",
                "revalidation_due is null or granted_on is null or revalidation_due <= granted_on + make_interval(years => case level when 'baseline' then 15 when 'nv1' then 10 else 7 end)");
            t.Check("pv_appraisal_only_for_pv", "pv_appraisal_due is null or level = 'pv'");
            t.Check("disp_sponsor_has_membership", "sponsor_type is distinct from 'disp_member' or (disp_membership_number is not null and disp_level is not null)");
            t.Check("disp_level_covers_clearance", DispLevelCovers("level"));
            t.UniqueWhileActive("holder_id").Where("deleted_at is null and effective_to is null").Named("uq_clearance_statuses__org_id_holder_id_current");
            t.ActiveIndex("status", "revalidation_due");
        });

        db.TenantTable("clearance.vetting_records", "Checks made in vetting a clearance holder (identity, police, financial, referees, security interview, psychological assessment for PV…) and their outcome. Restricted: details are highly sensitive personal information, redacted in the audit log and shown only to the security officer.", t =>
        {
            t.TenantRef("holder_id", "clearance.clearance_holders").NotNull();
            t.TenantRef("application_id", "clearance.clearance_applications");
            t.Text("check_type").NotNull().In("identity", "citizenship", "police", "financial", "referee", "employment_history", "residential_history",
                "foreign_contacts_travel", "security_interview", "psychological", "digital_footprint");
            t.Text("outcome").NotNull().Default("'pending'").In("pending", "clear", "concern_noted", "adverse", "not_required").Sensitive()
                .Comment("Result of the check; an adverse or concern outcome is itself sensitive, so redacted in the audit log.");
            t.Date("requested_on");
            t.Date("completed_on");
            t.Text("conducted_by").Comment("AGSVA vetting officer or provider (not a Finnest user).");
            t.Text("reference_number").Comment("Reference of the check at its provider (police check number, referee report id).");
            t.Text("details").Sensitive().Comment("What the check found; redacted in the audit log.");
            t.Text("mitigation").Sensitive().Comment("Mitigating factors or conditions recorded against a concern; redacted in the audit log.");
            t.Check("completed_after_requested", "completed_on is null or requested_on is null or completed_on >= requested_on");
            t.Check("outcome_dated", "outcome in ('pending', 'not_required') or completed_on is not null");
            t.ActiveIndex("holder_id", "check_type");
        });

        db.TenantTable("clearance.program_separations", "A clearance holder leaving a sponsored program, contract or the organisation: the security debrief, removal of access and return of items, the notice to AGSVA, and what happens to the clearance (transferred, downgraded or cancelled).", t =>
        {
            t.TenantRef("holder_id", "clearance.clearance_holders").NotNull();
            t.TenantRef("clearance_status_id", "clearance.clearance_statuses").Comment("Clearance held at separation.");
            t.Text("program_name").NotNull().Comment("Program, contract or DISP sponsorship the holder leaves.");
            t.Text("separation_reason").NotNull().In("resignation", "termination", "contract_end", "role_no_longer_requires_clearance",
                "sponsorship_transferred", "clearance_cancelled", "deceased");
            t.Date("separated_on").NotNull();
            t.Date("debriefed_on").Comment("Security debrief: reminded of continuing obligations not to disclose.");
            t.TenantRef("debriefed_by_user_id", "public.users");
            t.Timestamp("access_revoked_at").Comment("Physical and ICT access to classified material removed.");
            t.Bool("security_items_returned").NotNull().Default("false").Comment("Passes, tokens and classified material handed back.");
            t.Text("clearance_outcome").NotNull().Default("'pending'").In("pending", "transferred", "downgraded", "cancelled", "retained")
                .Comment("What happens to the clearance: transferred to a new sponsor, downgraded to a level still needed, cancelled, or retained because the holder stays sponsored through another program.");
            t.Text("new_sponsor_name").Comment("Sponsor taking the clearance over, when transferred.");
            t.Timestamp("agsva_notified_at");
            t.Text("agsva_reference");
            t.Text("status").NotNull().Default("'initiated'").In("initiated", "debriefed", "agsva_notified", "completed");
            t.Check("transfer_names_sponsor", "clearance_outcome <> 'transferred' or new_sponsor_name is not null");
            t.Check("debrief_recorded", "status = 'initiated' or debriefed_on is not null or separation_reason = 'deceased'");
            t.Check("agsva_notice_recorded", "status not in ('agsva_notified', 'completed') or agsva_notified_at is not null");
            t.Check("completed_has_outcome", "status <> 'completed' or (clearance_outcome <> 'pending' and access_revoked_at is not null)");
            t.ActiveIndex("holder_id", "separated_on");
            t.ActiveIndex("status");
        });
    }

    public override void Down(SchemaBuilder db) =>
        db.DropWhatUpCreated(Up);
}
