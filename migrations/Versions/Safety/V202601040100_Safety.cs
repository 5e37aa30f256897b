using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Safety;

/// <summary>
/// Work health and safety under the model WHS Act and Regulations: incidents and the people in
/// them, regulator notification of notifiable incidents, investigations, hazards, risk
/// assessments, inspections, SWMS for high-risk construction work, corrective actions, drug and
/// alcohol testing, functional capacity assessments and tenant-defined forms.
/// Host businesses and labour-hire providers are both PCBUs, so incidents carry the host client and site.
/// </summary>
[Migration(202601040100, "safety: incidents, investigations, hazards, risk assessments, inspections, SWMS, corrective actions, drug and alcohol tests, assessments, custom forms")]
public sealed class V202601040100_Safety : Migration
{
    /// <summary>The WHS regulators: one per state and territory, and Comcare for Commonwealth and self-insured licensees.</summary>
    private static readonly string[] Regulators =
    [
        "SafeWork NSW", "WorkSafe Victoria", "WHSQ", "SafeWork SA", "WorkSafe WA", "WorkSafe Tasmania", "WorkSafe ACT", "NT WorkSafe", "Comcare",
    ];

    private static readonly string[] ControlHierarchy = ["elimination", "substitution", "isolation", "engineering", "administrative", "ppe"];

    /// <summary>High-risk construction work, WHS Regulation 291 (a)–(r), in the regulation's order.</summary>
    private static readonly string[] HighRiskConstructionWork =
    [
        "fall_over_2m", "telecommunication_tower", "demolition_load_bearing", "asbestos_disturbance", "temporary_structural_support",
        "confined_space", "shaft_trench_over_1_5m_or_tunnel", "explosives", "pressurised_gas_mains", "chemical_fuel_refrigerant_lines",
        "energised_electrical", "contaminated_flammable_atmosphere", "tilt_up_precast_concrete", "traffic_corridor",
        "powered_mobile_plant", "artificial_temperature_extremes", "water_drowning_risk", "diving",
    ];

    /// <summary>The six drug classes of AS/NZS 4308 and AS 4760 screening, plus alcohol.</summary>
    private static readonly string[] SubstanceClasses =
    [
        "alcohol", "amphetamine_type_stimulants", "cannabinoids", "cocaine", "opiates", "benzodiazepines",
    ];

    private static string TextArray(IEnumerable<string> values) =>
        "array[" + string.Join(", ", values.Select(SqlNames.Literal)) + "]::text[]";

    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("safety.incidents", "A WHS event at a workplace: injury, illness, near miss, dangerous incident, property damage, environmental release or reported hazard. Records of notifiable incidents are kept at least 5 years from notification (WHS Act s38(7)); nothing here is ever hard-deleted.", t =>
        {
            t.Text("incident_number").NotNull().UniqueWhileActive().Comment("Human reference quoted to insurers and regulators, e.g. INC-2026-0042.");
            t.Text("incident_type").NotNull().In("injury", "illness", "near_miss", "dangerous_incident", "property_damage", "environmental", "hazard_report");
            t.Text("title").NotNull();
            t.Text("description").NotNull().Comment("What happened, in the reporter's words.");
            t.Timestamp("occurred_at").NotNull();
            t.Timestamp("reported_at").NotNull().Default("now()").Comment("When the incident was first reported to the organisation.");
            t.TenantRef("reported_by_user_id", "public.users");
            t.SoftRef("site_id", "clients.sites", "Workplace where it occurred.");
            t.SoftRef("client_id", "clients.clients", "Host business: a second PCBU with duties for labour-hire workers.");
            t.Text("location_description").Comment("Where on the site, e.g. loading dock 3.");
            t.Text("state").In("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT").Comment("Jurisdiction whose WHS law and regulator apply.");
            t.Text("immediate_actions").Comment("First aid given, area isolated, plant tagged out…");
            t.Text("status").NotNull().Default("'reported'").In("reported", "investigating", "actions_assigned", "closed");
            t.Timestamp("closed_at");
            t.Bool("is_notifiable").NotNull().Default("false")
                .Comment("A notifiable incident under the WHS Act (death, serious injury or illness, dangerous incident): the regulator must be told immediately.");
            t.Text("notifiable_category").In("death", "serious_injury_illness", "dangerous_incident")
                .Comment("WHS Act s35–37: death; serious injury or illness (in-patient treatment, amputation, serious head, eye or burn injury, spinal injury…); dangerous incident (uncontrolled escape of a substance, explosion or fire, electric shock, fall of plant from height, collapse…).");
            t.Text("regulator").In(Regulators).Comment("WHS regulator notified: the state or territory regulator, or Comcare.");
            t.Text("regulator_ref").Comment("Reference number the regulator gave when notified.");
            t.Timestamp("notified_at").Comment("When the regulator was notified (by the fastest means, immediately after becoming aware).");
            t.Timestamp("written_notice_sent_at").Comment("Written notice, due within 48 h of the regulator's request.");
            t.Timestamp("site_released_at").Comment("When an inspector released the preserved incident site (WHS Act s39); null while preserved or not required.");
            // The UTC date plus one day is never earlier than the local date in any Australian time zone.
            t.Column("records_retain_until", "date generated always as (((coalesce(notified_at, occurred_at) at time zone 'UTC') + interval '5 years')::date + 1) stored").NotNull()
                .Comment("Earliest date the record may be disposed of: 5 years after notification (or occurrence).");
            t.Bool("lost_time_injury").NotNull().Default("false").Comment("The injured worker lost at least one full shift (LTI).");
            t.Int("days_lost").NonNegative().Comment("Full shifts lost, for LTIFR.");
            t.Text("workers_comp_claim_status").In("lodged", "accepted", "denied", "closed").Comment("State of the workers' compensation claim arising from the incident, if any; null: no claim.");
            t.Text("workers_comp_claim_number").Comment("Insurer's claim number.");
            t.Text("workers_comp_insurer").Comment("Scheme insurer or agent (e.g. icare agent, WorkSafe agent), or self-insurer.");
            t.Date("workers_comp_lodged_on");
            t.Check("notifiable_has_regulator_details",
                "not is_notifiable or (notifiable_category is not null and regulator is not null and regulator_ref is not null and notified_at is not null)");
            t.Check("notifiable_category_only_when_notifiable", "is_notifiable or notifiable_category is null");
            t.Check("reported_after_occurred", "reported_at >= occurred_at");
            t.Check("notified_after_occurred", "notified_at is null or notified_at >= occurred_at");
            t.Check("closed_after_occurred", "closed_at is null or closed_at >= occurred_at");
            t.Check("closed_has_closed_at", "status <> 'closed' or closed_at is not null");
            t.Check("claim_has_lodgement_date", "workers_comp_claim_status is null or workers_comp_lodged_on is not null");
            t.ActiveIndex("status", "occurred_at");
            t.ActiveIndex("incident_type", "occurred_at");
            t.Index("is_notifiable", "notified_at").Where("is_notifiable and deleted_at is null");
        });

        db.TenantTable("safety.incident_people", "A person involved in an incident: the injured, witnesses, the reporter and others involved. Injury details are health information and never reach the audit log in clear.", t =>
        {
            t.TenantRef("incident_id", "safety.incidents").NotNull();
            t.SoftRef("employee_id", "people.employees", "Null for visitors, members of the public and host employees not on our books.");
            t.Text("person_name").Comment("Name as recorded, required when the person is not an employee.");
            t.Text("person_type").NotNull().Default("'worker'").In("worker", "host_employee", "contractor", "visitor", "member_of_public");
            t.Text("role").NotNull().In("injured", "witness", "reporter", "involved");
            t.Text("contact_phone").Matches("^\\+[1-9][0-9]{6,14}$").Comment("E.164, e.g. +61412345678.");
            t.Text("injury_nature").Sensitive().Comment("Nature of injury or disease (TOOCS), e.g. fracture, laceration. Health information.");
            t.Text("body_location").Sensitive().Comment("Bodily location of the injury (TOOCS). Health information.");
            t.Text("injury_description").Sensitive().Comment("Health information.");
            t.Text("treatment_level").Sensitive().In("none", "first_aid", "medical_treatment", "hospital_inpatient", "fatality")
                .Comment("Highest treatment received; hospital in-patient treatment makes the injury notifiable.");
            t.Text("statement").Comment("The person's account of the incident.");
            t.Timestamp("statement_taken_at");
            t.Check("named_or_employee", "employee_id is not null or person_name is not null");
            t.UniqueWhileActive("incident_id", "employee_id", "role");
            t.ActiveIndex("incident_id", "role");
        });

        db.TenantTable("safety.investigations", "The investigation of an incident: root cause, contributing factors and recommendations, through to closure.", t =>
        {
            t.TenantRef("incident_id", "safety.incidents").NotNull();
            t.TenantRef("lead_investigator_user_id", "public.users");
            t.Text("status").NotNull().Default("'reported'").In("reported", "investigating", "actions_assigned", "closed");
            t.Text("method").In("five_whys", "icam", "taproot", "fishbone", "other").Comment("Investigation method, e.g. ICAM (incident cause analysis method).");
            t.Date("due_on");
            t.Timestamp("started_at");
            t.Timestamp("completed_at");
            t.Text("findings");
            t.Text("root_cause");
            t.Column("contributing_factors", "text[]").NotNull().Default("'{}'::text[]").Comment("Factors named by the investigation: people, plant, procedures, environment.");
            t.Text("recommendations");
            t.Check("completed_after_started", "completed_at is null or started_at is null or completed_at >= started_at");
            t.Check("closed_has_completed_at", "status <> 'closed' or completed_at is not null");
            t.UniqueWhileActive("incident_id");
            t.ActiveIndex("status", "due_on");
        });

        db.TenantTable("safety.hazards", "A hazard identified at a workplace: anything with the potential to cause harm, kept on the hazard register until controlled.", t =>
        {
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("category").NotNull().In("physical", "chemical", "biological", "ergonomic", "psychosocial", "electrical", "mechanical", "environmental");
            t.SoftRef("site_id", "clients.sites");
            t.Text("location_description");
            t.TenantRef("incident_id", "safety.incidents").Comment("The hazard report or incident that raised it.");
            t.Timestamp("identified_at").NotNull().Default("now()");
            t.TenantRef("identified_by_user_id", "public.users");
            t.Text("status").NotNull().Default("'open'").In("open", "controlled", "monitoring", "closed");
            t.Timestamp("closed_at");
            t.Check("closed_after_identified", "closed_at is null or closed_at >= identified_at");
            t.ActiveIndex("site_id", "status");
            t.ActiveIndex("status", "identified_at");
        });

        db.TenantTable("safety.risk_assessments", "A risk assessment of a hazard or task on a 5×5 matrix: likelihood × consequence before controls, and the residual rating once controls from the hierarchy are in place.", t =>
        {
            t.TenantRef("hazard_id", "safety.hazards");
            t.Text("title").NotNull();
            t.Text("activity").Comment("The task or activity assessed when not a single registered hazard.");
            t.SoftRef("site_id", "clients.sites");
            t.Date("assessed_on").NotNull();
            t.TenantRef("assessed_by_user_id", "public.users");
            t.Int("likelihood").NotNull().Between(1, 5).Comment("1 rare … 5 almost certain.");
            t.Int("consequence").NotNull().Between(1, 5).Comment("1 insignificant … 5 catastrophic.");
            t.Column("risk_rating", "integer generated always as (likelihood * consequence) stored").NotNull().Between(1, 25)
                .Comment("Inherent risk before controls: likelihood × consequence, 1–25.");
            t.Column("control_types", "text[]").NotNull().Default("'{}'::text[]")
                .Check($"control_types <@ {TextArray(ControlHierarchy)}", "hierarchy")
                .Comment("Controls applied, by level of the hierarchy of control: elimination, substitution, isolation, engineering, administrative, ppe (most to least effective).");
            t.Text("controls").Comment("The control measures, described.");
            t.Int("residual_likelihood").Between(1, 5).Comment("Likelihood with the controls in place, 1–5.");
            t.Int("residual_consequence").Between(1, 5).Comment("Consequence with the controls in place, 1–5.");
            t.Column("residual_rating", "integer generated always as (residual_likelihood * residual_consequence) stored").Between(1, 25)
                .Comment("Risk remaining with the controls in place, 1–25; null until assessed.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "approved", "superseded");
            t.TenantRef("approved_by_user_id", "public.users");
            t.Timestamp("approved_at");
            t.Date("review_on").Comment("Next review; also after any incident, change of work or control failure.");
            t.Check("residual_both_or_neither", "(residual_likelihood is null) = (residual_consequence is null)");
            t.Check("residual_not_above_inherent", "residual_rating is null or residual_rating <= risk_rating");
            t.Check("approved_has_approver", "status <> 'approved' or (approved_by_user_id is not null and approved_at is not null)");
            t.Check("review_after_assessment", "review_on is null or review_on >= assessed_on");
            t.ActiveIndex("status", "review_on");
        });

        db.TenantTable("safety.inspections", "A scheduled or ad-hoc workplace inspection (site safety walk, plant, PPE, fire safety), with its checklist items.", t =>
        {
            t.Text("inspection_type").NotNull().In("workplace", "plant", "ppe", "housekeeping", "fire_safety", "vehicle", "hygiene", "pre_task");
            t.SoftRef("site_id", "clients.sites");
            t.Date("scheduled_on");
            t.Timestamp("conducted_at");
            t.TenantRef("inspector_user_id", "public.users");
            t.Text("status").NotNull().Default("'scheduled'").In("scheduled", "in_progress", "completed", "cancelled");
            t.Fraction("compliance_score").Between(0, 1).Comment("Fraction of applicable items passed: 0.9500 = 95%.");
            t.Text("summary");
            t.Check("completed_has_conducted_at", "status <> 'completed' or conducted_at is not null");
            t.ActiveIndex("site_id", "scheduled_on");
            t.ActiveIndex("status", "scheduled_on");
        });

        db.TenantTable("safety.inspection_items", "One checklist question of an inspection and its finding.", t =>
        {
            t.TenantRef("inspection_id", "safety.inspections").NotNull();
            t.Int("position").NotNull().Positive().Comment("Order on the checklist, from 1.");
            t.Text("category").Comment("Checklist section, e.g. housekeeping, electrical, emergency.");
            t.Text("question").NotNull();
            t.Text("result").In("pass", "fail", "not_applicable", "observation").Comment("Null until answered.");
            t.Text("notes");
            t.Column("photo_keys", "text[]").NotNull().Default("'{}'::text[]").Comment("Object-storage keys of photos taken as evidence.");
            t.TenantRef("hazard_id", "safety.hazards").Comment("Hazard raised from a failed item.");
            t.Check("fail_has_notes", "result is distinct from 'fail' or notes is not null");
            t.UniqueWhileActive("inspection_id", "position");
            t.ActiveIndex("inspection_id", "result");
        });

        db.TenantTable("safety.swms_documents", "Safe Work Method Statement: required before high-risk construction work (WHS Reg 291–299). Worker sign-ons are custom form submissions linked to it. A revision supersedes the previous version.", t =>
        {
            t.Text("reference").NotNull().Comment("Document number, shared by all versions of the SWMS.");
            t.Int("version").NotNull().Default("1").Positive().Comment("Revision of the SWMS reference, from 1.");
            t.Text("title").NotNull();
            t.Text("work_description").NotNull().Comment("The high-risk construction work the SWMS covers.");
            t.Column("high_risk_categories", "text[]").NotNull()
                .Check($"high_risk_categories <@ {TextArray(HighRiskConstructionWork)}", "reg_291")
                .Check("cardinality(high_risk_categories) >= 1", "not_empty")
                .Comment("WHS Reg 291 categories (a)–(r): fall_over_2m, telecommunication_tower, demolition_load_bearing, asbestos_disturbance, temporary_structural_support, confined_space, shaft_trench_over_1_5m_or_tunnel, explosives, pressurised_gas_mains, chemical_fuel_refrigerant_lines, energised_electrical, contaminated_flammable_atmosphere, tilt_up_precast_concrete, traffic_corridor (road, rail, shipping lane in use), powered_mobile_plant, artificial_temperature_extremes, water_drowning_risk, diving.");
            t.SoftRef("site_id", "clients.sites");
            t.SoftRef("client_id", "clients.clients", "Principal contractor or host the SWMS is given to.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "approved", "active", "superseded");
            t.TenantRef("prepared_by_user_id", "public.users");
            t.TenantRef("approved_by_user_id", "public.users");
            t.Timestamp("approved_at");
            t.TenantRef("supersedes_id", "safety.swms_documents").Comment("The previous version this revision replaces.");
            t.Date("review_on").Comment("SWMS must be reviewed when the work or its controls change.");
            t.Text("document_key").Comment("Object-storage key of the signed PDF.");
            t.Check("approved_has_approver", "status not in ('approved', 'active') or (approved_by_user_id is not null and approved_at is not null)");
            t.UniqueWhileActive("reference", "version");
            t.ActiveIndex("site_id", "status");
        });

        db.TenantTable("safety.corrective_actions", "An action to eliminate or reduce a risk, raised from an incident, investigation, hazard, inspection finding or risk assessment, tracked to completion and verified.", t =>
        {
            t.TenantRef("incident_id", "safety.incidents");
            t.TenantRef("investigation_id", "safety.investigations");
            t.TenantRef("hazard_id", "safety.hazards");
            t.TenantRef("inspection_item_id", "safety.inspection_items");
            t.TenantRef("risk_assessment_id", "safety.risk_assessments");
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("control_type").In(ControlHierarchy).Comment("Level of the hierarchy of control the action implements.");
            t.Text("priority").NotNull().Default("'medium'").In("low", "medium", "high", "critical");
            t.TenantRef("assigned_to_user_id", "public.users");
            t.Date("due_on").NotNull();
            t.Text("status").NotNull().Default("'open'").In("open", "in_progress", "completed", "verified", "cancelled");
            t.Timestamp("completed_at");
            t.Timestamp("verified_at").Comment("When someone other than the assignee confirmed the action is effective.");
            t.TenantRef("verified_by_user_id", "public.users");
            t.Check("has_source", "num_nonnulls(incident_id, investigation_id, hazard_id, inspection_item_id, risk_assessment_id) >= 1");
            t.Check("completed_has_completed_at", "status not in ('completed', 'verified') or completed_at is not null");
            t.Check("verified_has_verifier", "status <> 'verified' or (verified_at is not null and verified_by_user_id is not null)");
            t.Check("verified_after_completed", "verified_at is null or verified_at >= completed_at");
            t.ActiveIndex("status", "due_on");
            t.ActiveIndex("assigned_to_user_id", "status");
        });

        db.TenantTable("safety.drug_alcohol_tests", "Restricted: workplace drug and alcohol tests (AS/NZS 4308 urine, AS 4760 oral fluid, AS 3547 breath). Results are health information: every result column is redacted in the audit log and read only by authorised roles.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.SoftRef("site_id", "clients.sites");
            t.SoftRef("client_id", "clients.clients", "Host whose fitness-for-work policy required the test.");
            t.TenantRef("incident_id", "safety.incidents").Comment("The incident a post-incident test follows.");
            t.Text("reason").NotNull().In("pre_employment", "random", "post_incident", "reasonable_suspicion", "return_to_work", "follow_up");
            t.Text("test_type").NotNull().In("oral_fluid", "urine", "breath", "blood");
            t.Column("substance_panel", "text[]").NotNull()
                .Check($"substance_panel <@ {TextArray(SubstanceClasses)}", "classes")
                .Check("cardinality(substance_panel) >= 1", "not_empty")
                .Comment("Classes tested: alcohol and the AS/NZS 4308 / AS 4760 drug classes.");
            t.Timestamp("collected_at").NotNull();
            t.Text("collector").Comment("Collection provider or accredited collector.");
            t.Text("chain_of_custody_number").Comment("Custody form number linking the sample to the laboratory report.");
            t.Bool("consent_given").NotNull().Default("false").Comment("Worker consented to the test; a refusal is recorded as result refused.");
            t.Text("result").Sensitive().In("negative", "non_negative", "positive", "refused")
                .Comment("On-site screening result; non_negative needs laboratory confirmation. Null while pending. Health information.");
            t.Column("non_negative_substances", "text[]").Sensitive()
                .Check($"non_negative_substances <@ {TextArray(SubstanceClasses)}", "classes")
                .Comment("Classes that screened non-negative. Health information.");
            t.Column("bac", "numeric(5,3)").Sensitive().Between(0, 1)
                .Comment("Blood/breath alcohol concentration, g/100 mL (0.050 = the common 0.05 limit). Health information.");
            t.Text("confirmatory_lab_result").Sensitive().In("pending", "negative", "positive", "not_required")
                .Comment("NATA-accredited laboratory confirmation of a non-negative screen. Health information.");
            t.Text("laboratory").Comment("Confirming laboratory.");
            t.Timestamp("confirmed_at");
            t.Text("result_notes").Sensitive().Comment("Medical review officer notes, declared medications. Health information.");
            t.Text("action_taken").Sensitive().In("none", "stood_down", "sent_home", "disciplinary", "referred_to_eap")
                .Comment("What followed the result; reveals the result, so redacted too.");
            t.Check("confirmed_after_collected", "confirmed_at is null or confirmed_at >= collected_at");
            t.Check("bac_only_when_alcohol_tested", "bac is null or 'alcohol' = any(substance_panel)");
            t.ActiveIndex("employee_id", "collected_at");
            t.ActiveIndex("reason", "collected_at");
        });

        db.TenantTable("safety.assessments", "Pre-employment and return-to-work functional capacity assessments (v2 functional_assessment): whether a worker can safely perform a role's physical demands. Medical findings are health information, redacted in the audit log.", t =>
        {
            t.SoftRef("employee_id", "people.employees", "The worker or candidate assessed.").NotNull();
            t.Text("assessment_type").NotNull().In("pre_employment_functional", "return_to_work", "fitness_for_duty", "periodic_health", "manual_handling");
            t.Text("position_title").Comment("Role whose inherent requirements were assessed.");
            t.Date("assessed_on").NotNull();
            t.Text("provider").Comment("Clinic or occupational health provider.");
            t.Text("assessor_name");
            t.Text("assessor_discipline").In("physiotherapist", "occupational_therapist", "exercise_physiologist", "medical_practitioner", "nurse");
            t.Text("outcome").NotNull().Default("'pending'").In("pending", "fit", "fit_with_restrictions", "temporarily_unfit", "unfit")
                .Comment("The employment-relevant conclusion; the reasons stay in the sensitive columns.");
            t.Column("lift_capacity_kg", "numeric(5,1)").Sensitive().NonNegative().Comment("Safe floor-to-waist lift, kg. Health information.");
            t.Text("medical_findings").Sensitive().Comment("Health information.");
            t.Text("restrictions").Sensitive().Comment("Work restrictions, e.g. no lifting above shoulder height. Health information.");
            t.Date("valid_until");
            t.Text("report_document_key").Comment("Object-storage key of the provider's report.");
            t.Check("restricted_outcome_has_restrictions", "outcome <> 'fit_with_restrictions' or restrictions is not null");
            t.Check("valid_after_assessed", "valid_until is null or valid_until >= assessed_on");
            t.ActiveIndex("employee_id", "assessed_on");
            t.ActiveIndex("outcome", "assessed_on");
        });

        db.TenantTable("safety.custom_forms", "Tenant-defined forms (toolbox talks, SWMS sign-on, hazard reports, audits). Each row is one version of a form's JSON schema; a change publishes a new version so old answers stay readable.", t =>
        {
            t.Text("form_key").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("Stable identifier shared by all versions, e.g. toolbox_talk.");
            t.Text("name").NotNull();
            t.Text("description");
            t.Text("form_type").NotNull().In("inspection", "hazard_report", "incident_report", "toolbox_talk", "swms_sign_on", "prestart", "audit", "other");
            t.Jsonb("schema").NotNull().Check("jsonb_typeof(schema) = 'object'", "object").Comment("JSON Schema of the fields, with layout hints.");
            t.Int("schema_version").NotNull().Default("1").Positive().Comment("Version of the form, increasing per form_key.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "published", "archived");
            t.Timestamp("published_at");
            t.Check("published_has_published_at", "status = 'draft' or published_at is not null");
            t.Unique("id", "schema_version");
            t.UniqueWhileActive("form_key", "schema_version");
            t.ActiveIndex("form_type", "status");
        });

        db.TenantTable("safety.custom_form_submissions", "One completed custom form: the answers and the schema version they were given against, optionally tied to an incident, inspection or SWMS (worker sign-on).", t =>
        {
            t.TenantRef("custom_form_id", "safety.custom_forms").NotNull();
            t.Int("schema_version").NotNull().Positive().Comment("Version of the form answered; must be the version of custom_form_id.");
            t.Jsonb("answers").NotNull().Check("jsonb_typeof(answers) = 'object'", "object").Comment("Field key → answer, valid against the form's schema at schema_version.");
            t.Text("status").NotNull().Default("'submitted'").In("draft", "submitted", "reviewed");
            t.Timestamp("submitted_at");
            t.TenantRef("submitted_by_user_id", "public.users");
            t.SoftRef("employee_id", "people.employees", "Worker the submission is by or about.");
            t.SoftRef("site_id", "clients.sites");
            t.TenantRef("incident_id", "safety.incidents");
            t.TenantRef("inspection_id", "safety.inspections");
            t.TenantRef("swms_document_id", "safety.swms_documents").Comment("Set for a worker's sign-on to a SWMS.");
            t.Column("latitude", "numeric(9,6)").Between(-90, 90);
            t.Column("longitude", "numeric(9,6)").Between(-180, 180);
            t.Check("submitted_has_submitted_at", "status = 'draft' or submitted_at is not null");
            t.Constraint("fk_custom_form_submissions__schema_version",
                "foreign key (org_id, custom_form_id, schema_version) references safety.custom_forms (org_id, id, schema_version)");
            t.Index("custom_form_id", "schema_version");
            t.ActiveIndex("custom_form_id", "submitted_at");
            t.ActiveIndex("swms_document_id", "employee_id").Where("swms_document_id is not null and deleted_at is null");
        });
    }

    public override void Down(SchemaBuilder db) =>
        db.DropWhatUpCreated(Up);
}
