using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.People;

/// <summary>
/// HR core: employees (v2 candidates) with their notes, held credentials, skills, leave,
/// contracts, unavailability and client appraisals.
/// </summary>
[Migration(202601020400, "people: employees, notes, qualifications, skills, leave, contracts, unavailability, appraisals")]
public sealed class V202601020400_People : Migration
{
    private static readonly string[] EmploymentTypes = ["full_time", "part_time", "casual", "fixed_term", "contractor"];

    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("people.employees", "Workers of an organisation, from first onboarding to termination (v2 candidates; v2 candidates_additional is folded into metadata).", t =>
        {
            t.TenantRef("user_id", "public.users").Comment("Sign-in of the worker, if they use the app; not every employee is a user.");
            t.Text("employee_number").UniqueWhileActive().Comment("Payroll number, unique among live employees of the organisation.");
            t.Text("first_name").NotNull();
            t.Text("last_name").NotNull();
            t.Text("preferred_name");
            t.Date("date_of_birth").Check("date_of_birth >= date '1900-01-01'", "plausible");
            t.Text("gender").In("female", "male", "non_binary", "different_term", "not_stated")
                .Comment("ABS 2020 standard; STP reports non_binary, different_term and not_stated as X.");
            t.Text("email").Check("email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", "format");
            t.Text("phone").Matches("^\\+[1-9][0-9]{6,14}$").Comment("E.164, e.g. +61412345678.");
            t.Jsonb("address").Comment("Residential address: line1, line2, suburb, state, postcode, country (v2 address columns merged).");
            t.Jsonb("emergency_contact").Comment("name, relationship, phone.");
            t.Encrypted("tax_file_number_encrypted").Comment("TFN encrypted by the application (AES-256); never stored or logged in clear.");
            t.Text("employment_type").NotNull().In(EmploymentTypes).Comment("contractor: ABN worker, not an employee for tax and super.");
            t.Text("employment_status").NotNull().Default("'onboarding'").In("onboarding", "pre_start", "active", "on_leave", "suspended", "terminated")
                .Comment("onboarding: engaged, paperwork incomplete (the seed's default); pre_start: onboarded, start date not reached; then DOMAIN's active, on_leave, suspended, terminated.");
            t.Column("stp_employment_basis", "char(1)").In("F", "P", "C", "L", "V", "D", "N")
                .Comment("STP Phase 2 employment basis: F full-time, P part-time, C casual, L labour hire, V voluntary agreement, D death beneficiary, N non-employee.");
            t.Date("start_date");
            t.Date("termination_date");
            t.Column("cessation_type", "char(1)").In("V", "I", "D", "R", "F", "C", "T")
                .Comment("STP cessation type: V voluntary, I ill-health, D deceased, R redundancy, F dismissal, C contract cessation, T transfer.");
            t.TenantRef("primary_office_id", "public.offices");
            t.SoftRef("primary_client_id", "clients.clients", "Host client the worker is mostly placed with.");
            t.Ref("industry_profile_id", "compliance.industry_profiles").Comment("Industry whose credential requirements apply to the worker; defaults to the organisation's.");
            t.Check("address_is_object", "address is null or jsonb_typeof(address) = 'object'");
            t.Check("address_state", $"address ->> 'state' is null or address ->> 'state' in ({AustralianDomain.StatesSql})");
            t.Check("address_postcode", "address ->> 'postcode' is null or address ->> 'postcode' ~ '^[0-9]{4}$'");
            t.Period("start_date", "termination_date");
            t.Check("terminated_has_termination_date", "employment_status <> 'terminated' or termination_date is not null");
            t.Check("cessation_only_when_terminated", "cessation_type is null or termination_date is not null");
            t.ActiveIndex("employment_status");
            t.ActiveIndex("last_name", "first_name");
        });

        db.TenantTable("people.employee_notes", "Consultant notes on a worker: calls, feedback, welfare, compliance follow-ups (v2 candidates_comments).", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.TenantRef("author_id", "public.users").Comment("Consultant who wrote the note; null for notes migrated without an author.");
            t.Text("note_type").NotNull().Default("'general'").In("general", "placement", "client_feedback", "compliance", "performance", "welfare", "incident", "hr");
            t.Text("visibility").NotNull().Default("'staff'").In("staff", "managers", "hr_only")
                .Comment("Who may read it: staff (all consultants), managers, or HR only (welfare and health matters).");
            t.Text("body").NotNull().Sensitive().Comment("Free text; may hold health or welfare details, hence redacted in the audit log.");
            t.Bool("is_pinned").NotNull().Default("false");
            t.Date("follow_up_on").Comment("Date the author wants to follow up.");
            t.Timestamp("followed_up_at");
            t.ActiveIndex("employee_id", "inserted_at");
            t.Index("follow_up_on").Where("deleted_at is null and follow_up_on is not null and followed_up_at is null");
        });

        db.TenantTable("people.employee_qualifications", "Credentials a worker holds: licences, tickets, checks, clearances, each of a registered credential type (v2 candidates_qualification).", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Ref("credential_type_id", "compliance.credential_types").NotNull();
            t.Text("credential_number").Sensitive().Comment("Licence, card or certificate number as printed; an identity document number, redacted in the audit log.");
            t.Text("issuing_state").Check($"issuing_state in ({AustralianDomain.StatesSql})", "state");
            t.Text("issuer_name").Comment("Issuer or training organisation as named on the credential.");
            t.Date("issued_on");
            t.Date("expires_on").Comment("Null when the credential does not expire.");
            t.Text("conditions").Comment("Conditions printed on the credential, e.g. licence condition codes or visa work conditions.");
            t.Text("verification_status").NotNull().Default("'unverified'").In("unverified", "pending", "verified", "rejected");
            t.Text("verification_method").In("document_sighted", "register_lookup", "issuer_api", "vevo", "self_declared");
            t.Timestamp("verified_at");
            t.TenantRef("verified_by", "public.users");
            t.Text("rejection_reason");
            t.Text("document_storage_key").Comment("Object-storage key of the scanned copy.");
            t.Period("issued_on", "expires_on");
            t.Check("verified_has_verified_at", "verification_status <> 'verified' or verified_at is not null");
            t.Check("rejected_has_reason", "verification_status <> 'rejected' or rejection_reason is not null");
            t.ActiveIndex("employee_id", "credential_type_id");
            t.ActiveIndex("expires_on");
        });

        db.TenantTable("people.employee_skills", "Skills and experience a worker has, beyond formal credentials, used to match workers to shifts and job orders.", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Text("skill").NotNull().Comment("Skill name, e.g. reach truck, barista, MYOB, Mandarin.");
            t.Text("category").NotNull().Default("'other'").In("trade", "machinery", "software", "language", "customer_service", "industry", "other");
            t.Column("occupation_code", "char(6)").Matches("^[0-9]{6}$").Comment("OSCA 2024 (or ANZSCO for visa purposes) occupation code the skill belongs to.");
            t.Int("proficiency").Between(1, 5).Comment("1 novice to 5 expert.");
            t.Column("years_experience", "numeric(4,1)").NonNegative().Comment("Years, one decimal.");
            t.Date("last_used_on");
            t.Text("source").NotNull().Default("'self_declared'").In("self_declared", "consultant_assessed", "reference", "assessment", "imported");
            t.TenantRef("verified_by", "public.users").Comment("Consultant who confirmed the skill; null if unconfirmed.");
            t.UniqueWhileActive("employee_id", "(lower(skill))").Named("uq_employee_skills__org_id_employee_id_lower_skill");
            t.ActiveIndex("(lower(skill))", "proficiency").Named("ix_employee_skills__org_id_lower_skill_proficiency");
        });

        db.TenantTable("people.leave_types", "Leave an organisation grants: the NES types plus award, agreement or company types, with how they accrue and are reported.", t =>
        {
            t.Text("code").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("Organisation's key, e.g. annual, lsl_vic.");
            t.Text("name").NotNull();
            t.Text("category").NotNull().In("annual", "personal_carers", "carers_unpaid", "compassionate", "family_domestic_violence", "community_service",
                    "long_service", "parental_unpaid", "public_holiday", "toil", "rdo", "study", "unpaid", "workers_comp")
                .Comment("NES types (annual … public_holiday) and non-NES (toil, rdo, study, unpaid, workers_comp).");
            t.Bool("is_nes").NotNull().Comment("A National Employment Standards entitlement (minimum cannot be reduced).");
            t.Bool("is_paid").NotNull();
            t.Text("accrual_method").NotNull().Default("'none'").In("none", "ordinary_hours_pro_rata", "fixed_annual", "per_occasion")
                .Comment("ordinary_hours_pro_rata: accrues with ordinary hours worked (annual, personal); per_occasion: granted each time (compassionate, carers unpaid).");
            t.Column("entitlement_hours", "numeric(8,4)").NonNegative()
                .Comment("Hours per year for a 38-hour full-timer (annual 152, personal 76, family and domestic violence 76) or per occasion (compassionate 15.2).");
            t.Bool("applies_to_casuals").NotNull().Default("false").Comment("Casuals may take it (compassionate unpaid, family and domestic violence, community service).");
            t.Fraction("leave_loading").Between(0, 1).Comment("Loading paid on the leave: fraction, 0.1750 = 17.5%.");
            t.Column("stp_paid_leave_type", "char(1)").In("C", "U", "P", "W", "A", "O")
                .Comment("STP Phase 2 paid leave type when paid: C cash-out, U unused on termination, P paid parental, W workers' comp, A ancillary and defence, O other.");
            t.Bool("requires_evidence").NotNull().Default("false").Comment("Evidence (medical certificate, statutory declaration) may be required.");
            t.Check("loading_only_when_paid", "is_paid or leave_loading is null");
            t.Check("accrual_has_entitlement", "accrual_method = 'none' or entitlement_hours is not null");
            t.UniqueWhileActive("code");
            t.ActiveIndex("category");
        });

        db.TenantTable("people.leave_requests", "A worker's request for leave over a period, through approval to being taken (v2 leave_request).", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.TenantRef("leave_type_id", "people.leave_types").NotNull();
            t.Date("start_date").NotNull();
            t.Date("end_date").NotNull().Comment("Last day of leave (inclusive).");
            t.Column("hours", "numeric(8,4)").NotNull().Positive().Comment("Ordinary hours of leave requested, deducted from the balance when taken.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "submitted", "approved", "rejected", "cancelled", "taken");
            t.Text("reason").Sensitive().Comment("Worker's reason; may disclose health or family violence, hence redacted in the audit log.");
            t.Bool("evidence_provided").NotNull().Default("false");
            t.Timestamp("submitted_at");
            t.Timestamp("decided_at");
            t.TenantRef("decided_by", "public.users");
            t.Text("decision_note");
            t.SoftRef("pay_run_id", "payroll.pay_runs", "Pay run the leave was paid in.");
            t.Period("start_date", "end_date");
            t.Check("decided_after_submitted", "decided_at is null or submitted_at is null or decided_at >= submitted_at");
            t.Check("decision_recorded", "status not in ('approved', 'rejected', 'taken') or decided_at is not null");
            // Two live requests for the same days would double-deduct the balance.
            t.Constraint("ex_leave_requests__no_overlap",
                "exclude using gist (org_id with =, employee_id with =, daterange(start_date, end_date, '[]') with &&) " +
                "where (deleted_at is null and status in ('submitted', 'approved', 'taken'))");
            t.ActiveIndex("employee_id", "status");
            t.ActiveIndex("status", "start_date");
            t.After("""
                create function people.check_leave_request_entitlement() returns trigger
                language plpgsql set search_path = '' as $$
                begin
                    -- Casuals have no paid annual or personal leave (FW Act s86, s95): only types open to casuals.
                    if exists (
                        select from people.employees e, people.leave_types lt
                        where e.org_id = new.org_id and e.id = new.employee_id
                          and lt.org_id = new.org_id and lt.id = new.leave_type_id
                          and e.employment_type = 'casual' and not lt.applies_to_casuals)
                    then
                        raise exception 'leave type % is not available to casual employees', new.leave_type_id
                            using errcode = 'check_violation', table = 'leave_requests', schema = 'people',
                                  constraint = 'ck_leave_requests__casual_entitlement';
                    end if;
                    return new;
                end
                $$;
                comment on function people.check_leave_request_entitlement() is 'Rejects leave requests by casual employees for leave types not open to casuals.';
                revoke execute on function people.check_leave_request_entitlement() from public;
                create trigger check_leave_request_entitlement before insert or update of employee_id, leave_type_id on people.leave_requests
                    for each row execute function people.check_leave_request_entitlement();
                """);
        });

        db.TenantTable("people.leave_balances", "A worker's running balance of one leave type, in hours; the ledger lines are the pay runs and leave taken.", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.TenantRef("leave_type_id", "people.leave_types").NotNull();
            t.Date("as_at").NotNull().Comment("Date the balance is correct to (end of the last pay period processed).");
            t.Column("opening_hours", "numeric(8,4)").NotNull().Default("0").Comment("Balance brought in (e.g. migrated from v2) before accruals here.");
            t.Column("accrued_hours", "numeric(8,4)").NotNull().Default("0").NonNegative();
            t.Column("taken_hours", "numeric(8,4)").NotNull().Default("0").NonNegative();
            t.Column("adjusted_hours", "numeric(8,4)").NotNull().Default("0").Comment("Manual adjustments and cash-outs (negative reduces the balance).");
            t.Column("balance_hours", "numeric(8,4)").NotNull().Default("0");
            t.Column("advance_limit_hours", "numeric(8,4)").NotNull().Default("0").NonNegative()
                .Comment("Hours of leave in advance agreed in writing; the balance may go this far below zero.");
            t.Check("balance_adds_up", "balance_hours = opening_hours + accrued_hours - taken_hours + adjusted_hours");
            t.Check("balance_within_advance_limit", "balance_hours >= -advance_limit_hours");
            t.UniqueWhileActive("employee_id", "leave_type_id");
            t.ActiveIndex("leave_type_id", "as_at");
        });

        db.TenantTable("people.contracts", "Employment contracts and assignment terms of a worker, with the award classification and pay agreed (v2 contract_details).", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Text("contract_type").NotNull().In("employment", "labour_hire_assignment", "contractor_agreement", "variation");
            t.Text("employment_type").NotNull().In(EmploymentTypes);
            t.Text("position_title").NotNull();
            t.Ref("award_id", "compliance.awards").Comment("Modern award covering the work; null under an enterprise agreement or award-free.");
            t.Ref("award_classification_id", "compliance.award_classifications");
            t.Text("enterprise_agreement").Comment("Registered agreement name and id (e.g. AE512345) when it, not the award, applies.");
            t.SoftRef("client_id", "clients.clients", "Host client of a labour-hire assignment.");
            t.Date("start_date").NotNull();
            t.Date("end_date").Comment("Required for fixed-term contracts.");
            t.Date("probation_end_date");
            t.Hours("ordinary_hours_per_week").Between(0, 38).Comment("Agreed ordinary hours (NES cap 38 plus reasonable additional hours).");
            t.Rate("pay_rate").Positive().Comment("Agreed base rate per pay_rate_unit, AUD; must not be below the award rate.");
            t.Text("pay_rate_unit").In("hour", "week", "year");
            t.Int("notice_period_weeks").Between(0, 52);
            t.Text("status").NotNull().Default("'draft'").In("draft", "issued", "signed", "active", "expired", "terminated", "superseded");
            t.Timestamp("issued_at");
            t.Timestamp("signed_at");
            t.TenantRef("superseded_by_id", "people.contracts").Comment("The contract or variation that replaced this one.");
            t.Text("document_storage_key").Comment("Object-storage key of the signed document.");
            t.Period("start_date", "end_date");
            t.Check("probation_within_contract", "probation_end_date is null or probation_end_date >= start_date");
            t.Check("fixed_term_has_end_date", "employment_type <> 'fixed_term' or end_date is not null");
            t.Check("signed_has_signed_at", "status not in ('signed', 'active') or signed_at is not null");
            t.Check("rate_has_unit", "(pay_rate is null) = (pay_rate_unit is null)");
            t.Check("classification_needs_award", "award_classification_id is null or award_id is not null");
            t.ActiveIndex("employee_id", "status");
        });

        db.TenantTable("people.unavailability", "Times a worker cannot be rostered: one-off or recurring (v2 unavailability).", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Timestamp("starts_at").NotNull();
            t.Timestamp("ends_at").NotNull();
            t.Bool("all_day").NotNull().Default("false");
            t.Text("reason").NotNull().Default("'personal'").In("personal", "study", "other_job", "medical", "leave", "carer", "religious", "travel", "other");
            t.Text("recurrence_rule").Matches("^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)").Comment("iCalendar RRULE (RFC 5545) repeating the first occurrence, e.g. FREQ=WEEKLY;BYDAY=TU,TH.");
            t.Date("recurrence_until").Comment("Last date a recurring unavailability applies.");
            t.TenantRef("leave_request_id", "people.leave_requests").Comment("Leave request the block was created from.");
            t.Text("source").NotNull().Default("'employee'").In("employee", "consultant", "system");
            t.Text("notes");
            t.Check("ends_after_starts", "ends_at > starts_at");
            t.Check("until_only_when_recurring", "recurrence_until is null or recurrence_rule is not null");
            // Compared with the start's UTC date: every Australian zone is ahead of UTC, so a local until-date on or
            // after the local start date always passes, and the check stays independent of the session time zone.
            t.Check("recurrence_until_after_start", "recurrence_until is null or recurrence_until >= (starts_at at time zone 'UTC')::date");
            t.ActiveIndex("employee_id", "starts_at");
            t.ActiveIndex("employee_id", "(tstzrange(starts_at, ends_at))").Using("gist").Named("ix_unavailability__org_id_employee_id_period");
        });

        db.TenantTable("people.appraisals", "Appraisals of a worker, mostly by host clients at or after an assignment (v2 clients_appraisal).", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Text("appraisal_type").NotNull().Default("'client_feedback'").In("client_feedback", "end_of_assignment", "probation", "internal");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("client_contact_id", "clients.contacts", "Client contact who gave the appraisal.");
            t.TenantRef("appraiser_user_id", "public.users").Comment("Staff member who appraised or recorded it.");
            t.Date("appraised_on").NotNull();
            t.Date("period_start");
            t.Date("period_end");
            t.Int("overall_rating").Between(1, 5).Comment("1 poor to 5 excellent.");
            t.Jsonb("criteria_ratings").NotNull().Default("'{}'::jsonb").Comment("Ratings 1-5 per criterion, e.g. punctuality, safety, quality, attitude.");
            t.Text("rehire_recommendation").In("yes", "no", "with_conditions").Comment("Whether the client would take the worker again.");
            t.Text("comments");
            t.Text("status").NotNull().Default("'submitted'").In("draft", "submitted", "acknowledged", "disputed");
            t.Timestamp("acknowledged_at").Comment("When the worker acknowledged seeing it.");
            t.Period("period_start", "period_end");
            t.ActiveIndex("employee_id", "appraised_on");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
        db.Sql("drop function people.check_leave_request_entitlement();");
    }
}
