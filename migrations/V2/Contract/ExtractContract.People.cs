namespace Finnest.Database.V2.Contract;

/// <summary>
/// The tables around a worker and a client that the first contract left out: roles, consultants' comments, leave,
/// unavailability, client contacts, supplier agencies, contracts and client appraisals (staged by migration
/// V202612090100); compliance status, functional assessments and onboarding (V202612090110); the applicant tracking
/// system's talent and applicants (admin_atslive) and referee checks (V202612090120).
/// </summary>
public static partial class ExtractContract
{
    // A property, not a field: the list above reads it while the class initialises, whatever the file order.
    private static IReadOnlyList<SourceTable> PeopleAndClientsTables =>
    [
        new("admin_central", "roles", "Permission sets v2 users are given (public.roles).", [
            C("id", "int", "Primary key."), C("name", "varchar(60)", "Role name as shown in v2; unique in practice, though v2 never enforced it."),
            C("description", "varchar(200)", ""), C("permissions", "text", "Comma-separated permission keys, e.g. timesheets.approve,payroll.run."), Created, Modified]),
        new("admin_central", "candidates_comments", "Consultants' notes on a candidate (people.employee_notes).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("consultant_id", "int", "consultants.id of the author; 0 for notes the system wrote."),
            C("comment_type", "varchar(30)", "General, Placement, Client Feedback, Compliance, Performance, Welfare, Incident, HR; anything else is kept as general."),
            C("private", "tinyint(1)", "1: only HR may read it."), C("comment", "text", "The note; may hold health or welfare details."),
            C("follow_up_date", "date", "0000-00-00 when no follow-up."), Created, Modified]),
        new("admin_central", "leave_request", "Leave a candidate asked for (people.leave_requests).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."),
            C("leave_type", "varchar(5)", "AL annual, PL personal/carer's, CL unpaid carer's, CP compassionate, FDV family and domestic violence, CS community service, LSL long service, UPL unpaid parental, UL unpaid (no Finnest type)."),
            C("date_from", "date", "First day of leave."), C("date_to", "date", "Last day of leave (inclusive)."), C("hours", "decimal(8,2)", "Ordinary hours requested."),
            C("status", "tinyint", "0 pending, 1 approved, 2 declined, 3 cancelled, 4 taken."), C("reason", "text", "Candidate's reason; may be sensitive."),
            C("approved_by", "int", "consultants.id who decided; 0 while pending."), C("approved_date", "datetime", "When it was decided, Sydney local time; \\N while pending."),
            Created, Modified]),
        new("admin_central", "unavailability", "Days or hours a candidate cannot work (people.unavailability).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("date_from", "date", "First day."), C("date_to", "date", "Last day (inclusive); for a weekly block, the last week it repeats."),
            C("start_time", "time", "Local start on each day; \\N for the whole day."), C("end_time", "time", "Local end; \\N for the whole day."),
            C("reason", "varchar(30)", "Personal, Study, Other job, Medical, Carer, Religious, Travel, Leave; anything else is other."),
            C("recurring", "tinyint(1)", "1: repeats weekly on the weekday of date_from until date_to."), C("notes", "text", ""), Created, Modified]),
        new("admin_central", "client_contacts", "People at a client (clients.contacts).", [
            C("id", "int", "Primary key."), C("client_id", "int", "clients.id."), C("site_id", "int", "site.id the contact is responsible for; 0 for the whole client."),
            C("first_name", "varchar(60)", ""), C("surname", "varchar(60)", ""), C("position", "varchar(100)", ""), C("email", "varchar(150)", ""),
            C("phone", "varchar(20)", "Landline as typed, e.g. 02 9876 5432."), C("mobile", "varchar(20)", "Mobile as typed, e.g. 0412 345 678."),
            C("contact_type", "set('hiring','timesheets','accounts','safety')", "What the contact does for us, comma-separated."),
            C("is_primary", "tinyint(1)", "1: the client's main contact (one per client)."), C("active", "tinyint(1)", "0: left the client."), Created, Modified]),
        new("admin_central", "agency", "Other labour-hire agencies and suppliers (clients.agencies).", [
            C("id", "int", "Primary key."), C("name", "varchar(150)", "Trading name."), C("legal_name", "varchar(150)", ""), C("abn", "varchar(14)", "ABN, may contain spaces."),
            C("acn", "varchar(11)", "ACN, may contain spaces."), C("agency_type", "varchar(3)", "LH labour hire, REC recruitment, SUB subcontractor, MSP master vendor."),
            C("licence_no", "varchar(30)", "Labour-hire licence number, empty when none."), C("licence_state", "char(3)", "State that issued the licence."),
            C("licence_expiry", "date", ""), C("contact_name", "varchar(100)", ""), C("email", "varchar(150)", ""), C("phone", "varchar(20)", ""),
            C("markup", "decimal(5,2)", "Markup on pay rate in per cent, 15.00 = 15%."), C("payment_terms", "smallint", "Days."),
            C("status", "tinyint", "1 active, 2 suspended, 0 inactive."), Created, Modified]),
        new("admin_central", "contract_details", "Contracts and assignment terms of a candidate (people.contracts).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("client_id", "int", "clients.id of a labour-hire assignment; 0 when none."),
            C("contract_type", "varchar(3)", "EMP employment, LHA labour-hire assignment, ABN contractor agreement, VAR variation."),
            C("employment_type", "char(1)", "C casual, F full time, P part time, T fixed term, A ABN contractor."), C("position", "varchar(100)", ""),
            C("start_date", "date", ""), C("end_date", "date", "0000-00-00 when open-ended; required for fixed term."),
            C("hours_per_week", "decimal(5,2)", "Agreed ordinary hours."), C("pay_rate", "decimal(10,4)", "Agreed base rate, AUD."), C("rate_unit", "char(1)", "H per hour, W per week, Y per year."),
            C("notice_weeks", "tinyint", ""), C("status", "tinyint", "0 draft, 1 issued, 2 signed, 3 active, 4 expired, 5 terminated."),
            C("signed_date", "datetime", "When the candidate signed, Sydney local time; \\N before."), Created, Modified]),
        new("admin_central", "clients_appraisal", "A client's appraisal of a candidate (people.appraisals).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("client_id", "int", "clients.id that appraised."),
            C("contact_id", "int", "client_contacts.id who gave it; 0 when not recorded."), C("consultant_id", "int", "consultants.id who recorded it; 0 when none."),
            C("appraisal_date", "date", ""), C("rating", "tinyint", "Overall 1 (poor) to 5 (excellent); 0 not rated."),
            C("punctuality", "tinyint", "1–5, 0 not rated."), C("safety", "tinyint", "1–5, 0 not rated."), C("quality", "tinyint", "1–5, 0 not rated."), C("attitude", "tinyint", "1–5, 0 not rated."),
            C("rehire", "char(1)", "Y yes, N no, C with conditions, empty not asked."), C("comments", "text", ""), Created, Modified]),
        new("admin_central", "candidate_compliance", "Whether a candidate's qualification has been checked and is current (compliance.compliance_status).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."),
            C("qualification_id", "int", "candidates_qualification.id the status is about; its code and dates are the credential's."),
            C("status", "tinyint", "0 pending check, 1 compliant, 2 expiring, 3 expired, 4 rejected, 5 revoked."),
            C("checked_by", "int", "consultants.id who checked; 0 when nobody has."), C("checked_date", "datetime", "When it was checked, Sydney local time; \\N when not."),
            C("notes", "text", "Why it was rejected or revoked; may reveal check findings."), Modified]),
        new("admin_central", "functional_assessment", "Functional capacity and health assessments of a candidate (safety.assessments).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."),
            C("assessment_type", "varchar(5)", "PEFA pre-employment functional, RTW return to work, FFD fitness for duty, PHA periodic health, MH manual handling."),
            C("position", "varchar(100)", "Role assessed for."), C("assessment_date", "date", ""), C("provider", "varchar(100)", "Clinic."), C("assessor", "varchar(100)", ""),
            C("discipline", "varchar(10)", "PHYSIO, OT, EP, DR, NURSE."), C("result", "tinyint", "0 pending, 1 fit, 2 fit with restrictions, 3 temporarily unfit, 4 unfit."),
            C("lift_kg", "decimal(5,1)", "Safe floor-to-waist lift; health information."), C("findings", "text", "Health information."),
            C("restrictions", "text", "Work restrictions; required when the result is 2. Health information."), C("valid_until", "date", "0000-00-00 when open."), Created, Modified]),
        new("admin_central", "onboarding_profile", "A candidate's onboarding before starting work (onboard.onboarding_profiles).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("employment_type", "char(1)", "C, F, P, T or A as in candidates."),
            C("client_id", "int", "clients.id placed with; 0 when none."), C("site_id", "int", "site.id; 0 when none."), C("expected_start", "date", ""),
            C("status", "tinyint", "0 invited, 1 in progress, 2 submitted, 3 under review, 4 approved, 5 rejected, 6 withdrawn, 7 expired."),
            C("invited", "datetime", "Invitation sent, Sydney local time."), C("completed_pct", "tinyint", "Share of tasks done, 0–100."),
            C("consultant_id", "int", "consultants.id looking after it."), C("approved_by", "int", "consultants.id who approved; 0 before."),
            C("approved_date", "datetime", "When approved, Sydney local time; required when status is 4."), Created, Modified]),
        new("admin_atslive", "talent", "People the applicant tracking system registered as candidates after screening (recruit.candidates).", [
            C("id", "int", "Primary key."), C("first_name", "varchar(60)", ""), C("surname", "varchar(60)", ""), C("email", "varchar(150)", ""),
            C("mobile", "varchar(20)", "Australian mobile as typed."), C("dob", "date", "0000-00-00 when unknown."), C("suburb", "varchar(60)", ""), C("state", "char(3)", ""),
            C("postcode", "char(4)", ""), C("source", "varchar(20)", "SEEK, Indeed, LinkedIn, Referral, Website, Rehire."),
            C("status", "tinyint", "0 new, 1 active, 2 placed, 3 inactive, 4 do not engage."),
            C("work_rights", "varchar(4)", "CIT Australian citizen, PR permanent resident, NZ New Zealand citizen, VISA visa holder, empty unknown."),
            C("visa_subclass", "char(3)", "Visa subclass when work_rights is VISA."), C("owner_id", "int", "admin_central consultants.id who owns the relationship; 0 none."),
            C("central_candidate_id", "int", "admin_central candidates.id once the person became a worker; 0 before."),
            C("privacy_consent", "datetime", "When the privacy notice was accepted, Sydney local time."), Created, Modified]),
        new("admin_atslive", "applicants", "Raw applications from job boards and the website (recruit.candidate_pools).", [
            C("id", "int", "Primary key."), C("first_name", "varchar(60)", ""), C("surname", "varchar(60)", ""), C("email", "varchar(150)", ""),
            C("phone", "varchar(20)", "As the applicant typed it."), C("postcode", "char(4)", ""), C("position", "varchar(100)", "Position applied for."),
            C("source", "varchar(20)", "SEEK, Indeed, LinkedIn, Referral, Website, Rehire, Walk-in (walk-ins have no Finnest source)."),
            C("applied", "datetime", "Sydney local time."), C("status", "tinyint", "0 unprocessed, 1 converted, 2 duplicate, 3 unsuitable, 4 expired."),
            C("talent_id", "int", "talent.id the applicant became (converted) or repeats (duplicate); 0 otherwise."), Created, Modified]),
        new("admin_central", "candidates_referencecheck", "Referee checks of a candidate (recruit.reference_checks).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id; the recruit candidate is the admin_atslive talent record of that worker."),
            C("referee_name", "varchar(100)", ""), C("referee_position", "varchar(100)", ""), C("referee_company", "varchar(150)", ""),
            C("referee_phone", "varchar(20)", ""), C("referee_email", "varchar(150)", ""),
            C("relationship", "varchar(20)", "Manager, Supervisor, Colleague, Client, Other."), C("worked_from", "date", ""), C("worked_to", "date", "0000-00-00 when still there."),
            C("method", "varchar(10)", "Phone, Email, Online."), C("status", "tinyint", "0 requested, 1 in progress, 2 completed, 3 unable to contact, 4 declined."),
            C("checked_by", "int", "consultants.id who did the check; 0 none."), C("checked_date", "datetime", "When completed, Sydney local time."),
            C("rehire", "char(1)", "Y, N or empty."), C("rating", "tinyint", "1–5, 0 not rated."), C("comments", "text", ""), Created, Modified]),
    ];
}
