using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Onboard;

/// <summary>
/// Onboarding: the journey from accepted offer to ready-to-work. Task lists from templates,
/// documents and their verification pipeline (OCR, DVS, human review), the 100-point ID check,
/// right to work (VEVO), the TFN declaration (NAT 3092), super choice (NAT 13080), bank
/// accounts with split allocations, policy acknowledgements and inductions.
/// </summary>
[Migration(202601021200, "onboard: profiles, templates, tasks, documents and verification, ID, right to work, TFN, super, bank, policies, inductions")]
public sealed class V202601021200_Onboard : Migration
{
    private static readonly string[] EmploymentTypes = ["full_time", "part_time", "casual", "fixed_term", "contractor"];

    private static readonly string[] TaskKinds =
    [
        "tfn_declaration", "super_choice", "bank_details", "fair_work_information_statement", "casual_employment_information_statement",
        "fixed_term_contract_information_statement", "identity_check", "right_to_work", "emergency_contacts", "policy_acknowledgement",
        "induction", "credential_upload", "employment_contract", "medical_declaration", "custom",
    ];

    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("onboard.onboarding_templates", "Task lists a new worker must complete, per industry, employment type or client: which forms, documents, policies and inductions.", t =>
        {
            t.Text("name").NotNull();
            t.Text("description");
            t.Ref("industry_profile_id", "compliance.industry_profiles").Comment("Industry the template is for; its required credentials become credential_upload tasks.");
            t.Text("employment_type").In(EmploymentTypes).Comment("Employment type the template is for; null: any.");
            t.SoftRef("client_id", "clients.clients", "Client whose placements use this template (client-specific onboarding).");
            t.Jsonb("tasks").NotNull().Default("'[]'::jsonb").Check("jsonb_typeof(tasks) = 'array'", "array")
                .Comment("Ordered task definitions: kind, title, required, form or policy reference, due offset in days.");
            t.Column("required_task_kinds", "text[]").NotNull().Default("'{}'::text[]")
                .Check($"required_task_kinds <@ array[{string.Join(", ", TaskKinds.Select(SqlNames.Literal))}]::text[]")
                .Comment("Kinds that must be verified or waived before the worker can be rostered.");
            t.Int("due_within_days").Positive().Comment("Days from invitation the worker has to finish.");
            t.Int("version").NotNull().Default("1").Positive();
            t.Bool("is_default").NotNull().Default("false").Comment("Used when no more specific template matches.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "active", "retired");
            t.UniqueWhileActive("name", "version");
            t.ActiveIndex("status", "employment_type");
        });

        db.TenantTable("onboard.onboarding_profiles", "One onboarding journey of a worker (v2 onboarding_profile): from invitation to approval as ready to work.", t =>
        {
            t.SoftRef("employee_id", "people.employees", "Employee being onboarded (pre_start until approved).");
            t.SoftRef("candidate_id", "recruit.candidates", "Candidate the journey started from.");
            t.SoftRef("application_id", "recruit.applications", "Placed application that triggered onboarding.");
            t.TenantRef("onboarding_template_id", "onboard.onboarding_templates");
            t.SoftRef("client_id", "clients.clients", "Client the worker is placed with, for client-specific tasks.");
            t.SoftRef("site_id", "clients.sites");
            t.Text("employment_type").NotNull().In(EmploymentTypes);
            t.Date("expected_start_date");
            t.Text("status").NotNull().Default("'invited'").In("invited", "in_progress", "submitted", "under_review", "approved", "rejected", "withdrawn", "expired");
            t.Timestamp("invited_at").NotNull().Default("now()");
            t.Timestamp("invite_expires_at");
            t.Timestamp("started_at");
            t.Timestamp("submitted_at");
            t.Timestamp("approved_at");
            t.TenantRef("approved_by_id", "public.users");
            t.TenantRef("consultant_id", "public.users").Comment("Consultant looking after the worker's onboarding.");
            t.Fraction("progress").NotNull().Default("0").Between(0, 1).Comment("Share of required tasks verified or waived: 0.7500 = 75%.");
            t.Check("worker_identified", "employee_id is not null or candidate_id is not null");
            t.Check("invite_expires_after_invited", "invite_expires_at is null or invite_expires_at > invited_at");
            t.Check("approval_recorded", "status <> 'approved' or approved_at is not null");
            t.ActiveIndex("status", "expected_start_date");
            t.ActiveIndex("employee_id", "status");
        });

        db.TenantTable("onboard.onboarding_tasks", "Tasks of an onboarding journey: forms (TFN declaration NAT 3092, super choice NAT 13080), information statements (FWIS, CEIS), ID, right to work, bank, policies, inductions.", t =>
        {
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles").NotNull();
            t.Text("task_kind").NotNull().In(TaskKinds)
                .Comment("fair_work_information_statement: to every new employee; casual_employment_information_statement: to casuals at start and after 12 months; fixed_term_contract_information_statement: to fixed-term employees.");
            t.Text("title").NotNull();
            t.Int("sequence").NotNull().Default("0").NonNegative().Comment("Order the worker sees the task in.");
            t.Bool("is_required").NotNull().Default("true");
            t.Text("status").NotNull().Default("'pending'").In("pending", "in_progress", "submitted", "verified", "rejected", "waived", "expired");
            t.Text("form_reference").Comment("ATO or Fair Work form and version, e.g. NAT 3092, NAT 13080, FWIS 2024.");
            t.Date("due_date");
            t.Timestamp("provided_at").Comment("When an information statement or policy was given to the worker.");
            t.Timestamp("submitted_at");
            t.Timestamp("verified_at");
            t.TenantRef("verified_by_id", "public.users");
            t.Text("status_reason").Comment("Why the task was rejected or waived.");
            t.Check("reason_when_rejected_or_waived", "status not in ('rejected', 'waived') or status_reason is not null");
            t.Check("verification_recorded", "status <> 'verified' or verified_at is not null");
            t.ActiveIndex("onboarding_profile_id", "status");
            t.ActiveIndex("task_kind", "status", "due_date");
        });

        db.TenantTable("onboard.identity_checklists", "100-point identity checks: documents linked to the check (onboard.verifiable_documents.identity_checklist_id) carry points; a check may pass only when its verified documents reach the required points.", t =>
        {
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles").NotNull();
            t.SoftRef("employee_id", "people.employees");
            t.TenantRef("onboarding_task_id", "onboard.onboarding_tasks");
            t.Int("required_points").NotNull().Default("100").Check("required_points >= 100", "minimum").Comment("Points needed to pass: 100, or more where a client demands it.");
            t.Text("method").NotNull().Default("'in_person'").In("in_person", "video", "digital").Comment("How originals were sighted: in person, on a video call, or digitally (DVS).");
            t.Bool("name_match_confirmed").NotNull().Default("false").Comment("Names on all documents match, or a change-of-name document links them.");
            t.Text("status").NotNull().Default("'in_progress'").In("in_progress", "passed", "failed");
            t.TenantRef("checked_by_id", "public.users");
            t.Timestamp("checked_at");
            t.Text("notes");
            t.Check("checked_when_decided", "status = 'in_progress' or checked_at is not null");
            t.ActiveIndex("onboarding_profile_id", "status");
        });

        db.TenantTable("onboard.verifiable_documents", "Documents a worker uploads for verification: identity documents, visas, licences, certificates. The file is in object storage; identity numbers are redacted in the audit log.", t =>
        {
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles");
            t.TenantRef("onboarding_task_id", "onboard.onboarding_tasks");
            t.SoftRef("employee_id", "people.employees");
            t.SoftRef("candidate_id", "recruit.candidates");
            t.Text("document_type").NotNull().In("passport", "australian_birth_certificate", "citizenship_certificate", "driver_licence", "proof_of_age_card",
                "medicare_card", "visa_grant_notice", "immicard", "bank_card", "utility_bill", "credential_certificate", "white_card",
                "high_risk_work_licence", "police_check", "working_with_children_check", "other");
            t.Ref("credential_type_id", "compliance.credential_types").Comment("Credential the document evidences, e.g. a forklift licence.");
            t.Text("document_number").Sensitive().Comment("Number on the document (passport, licence, card): identity data, redacted in the audit log.");
            t.Text("issuing_authority");
            t.Column("issuing_country", "char(2)").Matches("^[A-Z]{2}$").Comment("ISO 3166-1 alpha-2, e.g. AU.");
            t.Text("issuing_state").In(AustralianDomain.States);
            t.Date("issued_on");
            t.Date("expires_on");
            t.TenantRef("identity_checklist_id", "onboard.identity_checklists").Comment("100-point check this document counts toward.");
            t.Int("identity_points").Between(0, 70).Comment("Points toward the 100-point check: 70 for a primary document (birth certificate, passport, citizenship), 25–40 for secondary ones.");
            t.Text("storage_key").NotNull().Comment("Object storage key of the file.");
            t.Column("file_sha256", "char(64)").Matches("^[0-9a-f]{64}$");
            t.Text("mime_type").Matches("^[a-z]+/[A-Za-z0-9.+-]+$").Comment("Media type of the file, e.g. application/pdf, image/jpeg.");
            t.Int("page_count").Positive();
            t.Text("status").NotNull().Default("'uploaded'").In("uploaded", "processing", "verified", "rejected", "expired");
            t.Period("issued_on", "expires_on");
            t.Check("points_with_checklist", "identity_points is null or identity_checklist_id is not null");
            t.ActiveIndex("onboarding_profile_id", "document_type");
            t.ActiveIndex("employee_id", "document_type");
            t.Index("expires_on").WhereActive();
            t.After("""
                create function onboard.check_identity_points() returns trigger
                language plpgsql
                set search_path = ''
                as $$
                declare
                    checklist_ids uuid[];
                    short record;
                begin
                    if tg_table_name = 'identity_checklists' then
                        checklist_ids := array[new.id];
                    else
                        checklist_ids := array_remove(array[new.identity_checklist_id, case when tg_op = 'UPDATE' then old.identity_checklist_id end], null);
                    end if;
                    select c.id, c.required_points, coalesce(sum(d.identity_points), 0) as points into short
                    from onboard.identity_checklists c
                    left join onboard.verifiable_documents d
                        on d.org_id = c.org_id and d.identity_checklist_id = c.id and d.deleted_at is null and d.status = 'verified'
                    where c.org_id = new.org_id and c.id = any (checklist_ids) and c.status = 'passed' and c.deleted_at is null
                    group by c.id, c.required_points
                    having coalesce(sum(d.identity_points), 0) < c.required_points
                    limit 1;
                    if found then
                        raise exception 'identity check % has % points from verified documents; % are needed to pass', short.id, short.points, short.required_points
                            using errcode = 'check_violation', constraint = 'check_identity_points', table = tg_table_name, schema = 'onboard';
                    end if;
                    return null;
                end
                $$;
                """);
            t.After("comment on function onboard.check_identity_points() is 'A passed 100-point check must keep at least its required points in live, verified documents.';");
            t.After("revoke execute on function onboard.check_identity_points() from public;");
            t.After("create constraint trigger check_identity_points after insert or update of status, required_points, deleted_at on onboard.identity_checklists deferrable initially immediate for each row execute function onboard.check_identity_points();");
            t.AttachTrigger("check_identity_points", "after insert or update of identity_checklist_id, identity_points, status, deleted_at", "onboard.check_identity_points", deferrable: "initially immediate");
        });

        db.TenantTable("onboard.document_verifications", "Verification runs of a document: manual review, OCR, a Document Verification Service (DVS) match, an issuer API or VEVO; outcome and reviewer.", t =>
        {
            t.TenantRef("verifiable_document_id", "onboard.verifiable_documents").NotNull();
            t.Text("method").NotNull().In("manual_review", "ocr", "dvs", "issuer_api", "vevo")
                .Comment("dvs: the government Document Verification Service matches details against the issuer's record.");
            t.Text("provider").Comment("Service that ran the check, e.g. the DVS gateway provider.");
            t.Text("provider_reference").Comment("Transaction id at the provider, for disputes.");
            t.Text("status").NotNull().Default("'pending'").In("pending", "in_progress", "passed", "failed", "needs_review", "cancelled");
            t.Timestamp("requested_at").NotNull().Default("now()");
            t.Timestamp("completed_at");
            t.Fraction("match_score").Between(0, 1).Comment("Provider's confidence that the details match, 0 to 1.");
            t.TenantRef("reviewer_id", "public.users").Comment("Staff member who decided a manual review.");
            t.Text("failure_reason");
            t.Check("completed_after_requested", "completed_at is null or completed_at >= requested_at");
            t.Check("failure_explained", "status <> 'failed' or failure_reason is not null");
            t.ActiveIndex("verifiable_document_id", "status");
            t.ActiveIndex("status", "requested_at");
        });

        db.TenantTable("onboard.verification_stages", "Steps of a verification run (upload check, OCR, data match, DVS, liveness, human review, decision), automated or by a person.", t =>
        {
            t.TenantRef("document_verification_id", "onboard.document_verifications").NotNull();
            t.Text("stage").NotNull().In("upload_check", "ocr_extraction", "data_match", "dvs_check", "liveness_check", "human_review", "decision");
            t.Int("sequence").NotNull().NonNegative().Comment("Order of the step within the run.");
            t.Text("status").NotNull().Default("'pending'").In("pending", "running", "passed", "failed", "skipped");
            t.Timestamp("started_at");
            t.Timestamp("finished_at");
            t.TenantRef("performed_by_id", "public.users").Comment("Null for automated steps.");
            t.SoftRef("agent_session_id", "agents.agent_sessions", "AI agent session that ran the step.");
            t.Jsonb("detail").NotNull().Default("'{}'::jsonb").Comment("Step output: matched fields, provider response codes.");
            t.Text("error_message");
            t.Check("finished_after_started", "finished_at is null or started_at is null or finished_at >= started_at");
            t.UniqueWhileActive("document_verification_id", "sequence");
        });

        db.TenantTable("onboard.extracted_fields", "Fields read from a document by OCR (name, date of birth, number, expiry) with the engine's confidence, and the human correction where one was needed.", t =>
        {
            t.TenantRef("verifiable_document_id", "onboard.verifiable_documents").NotNull();
            t.TenantRef("document_verification_id", "onboard.document_verifications").Comment("Run that extracted the field.");
            t.Text("field_name").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("e.g. family_name, date_of_birth, document_number, expiry_date.");
            t.Text("raw_value").Sensitive().Comment("Text as read; identity data, redacted in the audit log.");
            t.Text("normalised_value").Sensitive().Comment("Value in canonical form (ISO date, upper-case number).");
            t.Fraction("confidence").NotNull().Between(0, 1).Comment("OCR confidence, 0 to 1; low values are queued for human review.");
            t.Int("page_number").Positive();
            t.Jsonb("bounding_box").Comment("Where on the page the value was found: x, y, width, height (fractions of the page).");
            t.Text("extractor").Comment("OCR engine and model version.");
            t.Bool("is_confirmed").NotNull().Default("false").Comment("A person confirmed or corrected the value.");
            t.Text("corrected_value").Sensitive();
            t.TenantRef("confirmed_by_id", "public.users");
            t.ActiveIndex("verifiable_document_id", "field_name");
            t.ActiveIndex("confidence").Where("deleted_at is null and not is_confirmed").Named("ix_extracted_fields__org_id_unconfirmed_confidence");
        });

        db.TenantTable("onboard.right_to_work_checks", "Checks that a worker may work in Australia: citizenship or residency evidence, or a visa checked in VEVO with its subclass, expiry and work conditions (e.g. 8105: 48 hours a fortnight while a student's course is in session).", t =>
        {
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles");
            t.SoftRef("employee_id", "people.employees");
            t.Text("basis").NotNull().In("australian_citizen", "permanent_resident", "nz_citizen", "visa_holder");
            t.Column("visa_subclass", "char(3)").Matches("^[0-9]{3}$").Comment("e.g. 500 student, 417/462 working holiday, 482 Skills in Demand.");
            t.Text("visa_stream").Comment("Stream of the visa where the subclass has several, e.g. Core Skills stream of subclass 482.");
            t.Text("visa_grant_number").Sensitive().Comment("Visa Grant Number used for the VEVO enquiry; identity data, redacted in the audit log.");
            t.Date("grant_date");
            t.Date("expiry_date").Comment("Work rights end; null: no expiry (citizens, permanent residents).");
            t.Date("check_date").NotNull();
            t.Text("check_method").NotNull().In("vevo", "document_sighted", "dvs");
            t.Text("vevo_reference").Comment("VEVO enquiry reference, kept as evidence of the check.");
            t.Text("result").NotNull().In("unrestricted", "restricted", "no_work_rights", "not_found", "pending")
                .Comment("restricted: may work subject to conditions (hours, employer duration).");
            t.Column("conditions", "text[]").NotNull().Default("'{}'::text[]")
                .Check("array_to_string(conditions, ',') ~ '^([0-9]{4}(,[0-9]{4})*)?$'", "format")
                .Comment("Visa condition codes, e.g. 8105 (work hours limit), 8547 (six months per employer).");
            t.Hours("fortnightly_hours_limit").Positive().Comment("Maximum hours per fortnight while the limit applies (48 under condition 8105).");
            t.Int("employer_limit_months").Positive().Comment("Maximum months with one employer (6 for working holiday makers under 8547).");
            t.Date("next_check_due").Comment("When to check again: before expiry, or periodically for bridging visas.");
            t.TenantRef("evidence_document_id", "onboard.verifiable_documents");
            t.TenantRef("checked_by_id", "public.users");
            t.Check("worker_identified", "employee_id is not null or onboarding_profile_id is not null");
            t.Check("visa_subclass_for_visa_holders", "(basis = 'visa_holder') = (visa_subclass is not null)");
            t.Period("grant_date", "expiry_date");
            t.ActiveIndex("employee_id", "check_date");
            t.Index("expiry_date").WhereActive();
        });

        db.TenantTable("onboard.tfn_declarations", "Tax file number declarations (ATO NAT 3092) made by a payee: the TFN, encrypted, or an exemption code, with residency and the answers that set PAYG withholding.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles");
            t.TenantRef("onboarding_task_id", "onboard.onboarding_tasks");
            t.Encrypted("tfn_encrypted").Comment("Tax file number, AES-256 encrypted by the application; never stored or logged in clear.");
            t.Column("tfn_exemption", "char(9)").In("000000000", "111111111", "333333333", "444444444")
                .Comment("Instead of a TFN: 000000000 not quoted (withhold at the top rate), 111111111 applied for (28 days to provide), 333333333 under 18 below the threshold, 444444444 pensioner.");
            t.Text("payment_basis").NotNull().In("full_time", "part_time", "casual", "labour_hire", "super_income_stream", "annuity");
            t.Text("residency").NotNull().In("australian_resident", "foreign_resident", "working_holiday_maker").Comment("Residency for tax purposes.");
            t.Bool("claims_tax_free_threshold").NotNull().Comment("Claims the tax-free threshold from this payer (only one payer at a time).");
            t.Bool("has_study_training_loan").NotNull().Default("false").Comment("Has a study and training support loan (HELP, VSL, SFSS, SSL, TSL): extra withholding.");
            t.Text("previous_family_name").Comment("Family name on the ATO record if it has changed.");
            t.Date("signed_on").NotNull().Comment("Date the payee signed the declaration.");
            t.Timestamp("received_at").NotNull().Default("now()");
            t.Text("status").NotNull().Default("'current'").In("current", "superseded").Comment("A newer declaration supersedes the old one; one current per employee.");
            t.Check("tfn_or_exemption", "(tfn_encrypted is null) <> (tfn_exemption is null)");
            t.Check("threshold_residents_only", "residency = 'australian_resident' or not claims_tax_free_threshold");
            t.UniqueWhileActive("employee_id").Where("status = 'current' and deleted_at is null").Named("uq_tfn_declarations__org_id_employee_id_current");
            t.ActiveIndex("employee_id", "signed_on");
        });

        db.TenantTable("onboard.super_choices", "Superannuation standard choice forms (ATO NAT 13080): an APRA fund by USI, a self-managed fund by ABN, bank account and electronic service address, the stapled fund requested from the ATO, or the employer's default fund when no stapled fund exists.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles");
            t.TenantRef("onboarding_task_id", "onboard.onboarding_tasks");
            t.Text("choice_type").NotNull().In("apra_fund", "smsf", "stapled_fund", "employer_default");
            t.Text("fund_name");
            t.Column("fund_usi", "varchar(20)").Matches("^[A-Z0-9]{9,20}$").Comment("Unique Superannuation Identifier of an APRA fund, e.g. STA0100AU, or fund ABN + 3 digits.");
            t.Column("fund_abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(fund_abn)", "checksum").Comment("ABN of the fund; required for an SMSF.");
            t.Text("member_number").Comment("Member number at the fund.");
            t.Text("smsf_bsb").Matches("^[0-9]{3}-?[0-9]{3}$").Comment("BSB of the SMSF's bank account.");
            t.Encrypted("smsf_account_number_encrypted").Comment("SMSF bank account number, AES-256 encrypted by the application.");
            t.Text("smsf_account_name");
            t.Text("smsf_esa").Comment("Electronic service address the SMSF receives SuperStream contribution messages at.");
            t.Timestamp("stapled_requested_at").Comment("When the stapled fund was requested from the ATO (required before using the default fund).");
            t.Text("stapled_result").In("pending", "fund_found", "no_stapled_fund");
            t.Bool("compliance_evidence_received").NotNull().Default("false").Comment("Letter of compliance (APRA fund) or trustee declaration (SMSF) received with the form.");
            t.SoftRef("super_fund_id", "payroll.super_funds", "Fund record payroll pays contributions to.");
            t.Date("signed_on");
            t.Timestamp("received_at").NotNull().Default("now()");
            t.Text("status").NotNull().Default("'current'").In("current", "superseded");
            t.Check("choice_details",
                "(choice_type = 'apra_fund' and fund_usi is not null and smsf_bsb is null and smsf_account_number_encrypted is null and smsf_esa is null)" +
                " or (choice_type = 'smsf' and fund_usi is null and fund_abn is not null and smsf_bsb is not null and smsf_account_number_encrypted is not null and smsf_account_name is not null and smsf_esa is not null)" +
                " or (choice_type = 'stapled_fund' and stapled_requested_at is not null and stapled_result is not null and (stapled_result <> 'fund_found' or fund_usi is not null)" +
                " and smsf_bsb is null and smsf_account_number_encrypted is null and smsf_esa is null)" +
                " or (choice_type = 'employer_default' and fund_usi is not null and stapled_result = 'no_stapled_fund' and smsf_bsb is null and smsf_account_number_encrypted is null and smsf_esa is null)");
            t.UniqueWhileActive("employee_id").Where("status = 'current' and deleted_at is null").Named("uq_super_choices__org_id_employee_id_current");
            t.ActiveIndex("employee_id", "received_at");
        });

        db.TenantTable("onboard.bank_details", "Bank accounts a worker's net pay goes to, with split allocations: a percentage, a fixed amount, or the remainder. Percentages of an employee's live accounts add up to at most 100%.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles");
            t.Text("account_name").NotNull();
            t.Text("bsb").NotNull().Matches("^[0-9]{3}-?[0-9]{3}$").Comment("Bank-State-Branch: first two digits the bank, third the state.");
            t.Encrypted("account_number_encrypted").NotNull().Comment("Account number (1–9 digits), AES-256 encrypted by the application; never stored or logged in clear.");
            t.Text("bank_name");
            t.Text("allocation_type").NotNull().Default("'remainder'").In("percentage", "fixed_amount", "remainder")
                .Comment("Fixed amounts are paid first in priority order, then percentages of the rest; the remainder account takes what is left.");
            t.Fraction("allocation_percentage").Check("allocation_percentage > 0 and allocation_percentage <= 1", "range").Comment("Share of net pay: 0.2500 = 25%.");
            t.Money("allocation_amount").Positive().Comment("Fixed amount per pay (AUD).");
            t.Int("priority").NotNull().Default("1").Positive().Comment("Order accounts are paid in; 1 first.");
            t.Text("status").NotNull().Default("'pending_verification'").In("pending_verification", "active", "inactive");
            t.Timestamp("verified_at").Comment("When the account was confirmed (e.g. a penny test or the worker's second confirmation).");
            t.Date("effective_from");
            t.Check("allocation_details",
                "(allocation_type = 'percentage' and allocation_percentage is not null and allocation_amount is null)" +
                " or (allocation_type = 'fixed_amount' and allocation_amount is not null and allocation_percentage is null)" +
                " or (allocation_type = 'remainder' and allocation_percentage is null and allocation_amount is null)");
            t.UniqueWhileActive("employee_id").Where("allocation_type = 'remainder' and status <> 'inactive' and deleted_at is null")
                .Named("uq_bank_details__org_id_employee_id_remainder");
            t.ActiveIndex("employee_id", "priority");
            t.Trigger("check_bank_allocation", "after insert or update of employee_id, allocation_type, allocation_percentage, status, deleted_at", "onboard.check_bank_allocation",
                "The percentage allocations of an employee's live bank accounts add up to at most 100%.",
                """
                    create function onboard.check_bank_allocation() returns trigger
                    language plpgsql
                    set search_path = ''
                    as $$
                    declare
                        total numeric;
                    begin
                        -- Serialise allocation changes of one employee: two concurrent splits could otherwise pass unseen.
                        perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('onboard.bank_details'), pg_catalog.hashtext(new.org_id::text || new.employee_id::text));
                        select coalesce(sum(b.allocation_percentage), 0) into total
                        from onboard.bank_details b
                        where b.org_id = new.org_id and b.employee_id = new.employee_id
                          and b.allocation_type = 'percentage' and b.status <> 'inactive' and b.deleted_at is null;
                        if total > 1 then
                            raise exception 'bank allocations of employee % add up to % percent; at most 100 percent may be allocated', new.employee_id, total * 100
                                using errcode = 'check_violation', constraint = 'check_bank_allocation', table = 'bank_details', schema = 'onboard';
                        end if;
                        return null;
                    end
                    $$;
                    """,
                deferrable: "initially immediate");
        });

        db.TenantTable("onboard.policy_acknowledgements", "A worker's acknowledgement of a policy version (code of conduct, WHS, drug and alcohol, privacy, anti-harassment, IT use), with how and when it was given.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles");
            t.TenantRef("onboarding_task_id", "onboard.onboarding_tasks");
            t.Text("policy_code").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("e.g. code_of_conduct, whs, drug_alcohol, privacy, anti_harassment, it_use.");
            t.Text("policy_title").NotNull();
            t.Text("policy_version").NotNull();
            t.SoftRef("client_id", "clients.clients", "Client whose site policy this is; null for the organisation's own.");
            t.Text("document_storage_key").Comment("Object storage key of the policy text shown.");
            t.Timestamp("acknowledged_at").NotNull().Default("now()");
            t.Text("method").NotNull().Default("'click_through'").In("electronic_signature", "click_through", "paper");
            t.Column("ip_address", "inet").Comment("Address the acknowledgement came from (evidence).");
            t.Text("user_agent");
            t.Text("signature_storage_key");
            t.UniqueWhileActive("employee_id", "policy_code", "policy_version");
        });

        db.TenantTable("onboard.induction_records", "Inductions a worker has completed: company, client, site or WHS inductions, with validity for re-induction.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("onboarding_profile_id", "onboard.onboarding_profiles");
            t.Text("induction_type").NotNull().In("company", "client", "site", "whs_general", "construction_general", "role_specific")
                .Comment("construction_general: the general construction induction (White Card, CPCWHS1001).");
            t.Text("title").NotNull();
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.SoftRef("course_id", "learn.courses", "Online course the induction was delivered through.");
            t.Text("delivery_method").NotNull().In("in_person", "online", "video");
            t.TenantRef("delivered_by_id", "public.users");
            t.Text("status").NotNull().Default("'scheduled'").In("scheduled", "completed", "failed", "expired", "cancelled");
            t.Timestamp("scheduled_at");
            t.Timestamp("completed_at");
            t.Int("duration_minutes").Positive().Comment("Length of the induction, minutes.");
            t.Fraction("score").Between(0, 1).Comment("Assessment score, 0.8000 = 80%.");
            t.Date("valid_until").Comment("Re-induction due after this date.");
            t.Text("evidence_storage_key");
            t.Check("completed_at_when_completed", "status <> 'completed' or completed_at is not null");
            t.ActiveIndex("employee_id", "induction_type");
            t.ActiveIndex("site_id", "valid_until");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
        db.Sql("drop function onboard.check_identity_points();");
    }
}
