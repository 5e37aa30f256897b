using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Recruit;

/// <summary>
/// Recruitment: job orders from clients, candidates (people before they are employees) and
/// their applications, interviews, assessments, match scores and reference checks; the
/// applicant pool imported from the ATS; talent pools and outreach campaigns.
/// </summary>
[Migration(202601021100, "recruit: job orders, candidates, applications, interviews, pools, assessments, scoring, references, outreach, campaigns")]
public sealed class V202601021100_Recruit : Migration
{
    private static readonly string[] Sources = ["seek", "indeed", "linkedin", "referral", "website", "rehire"];

    private static readonly string[] Channels = ["sms", "email", "push", "whatsapp", "voice", "in_app"];

    private const string EmailFormat = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private const string MobileFormat = "^\\+614[0-9]{8}$";

    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("recruit.candidates", "People being recruited, before they become employees: contact details, work rights, where they came from and who owns the relationship.", t =>
        {
            t.Text("first_name").NotNull();
            t.Text("last_name").NotNull();
            t.Text("preferred_name");
            t.Text("email").Check($"email ~ '{EmailFormat}'", "format");
            t.Text("mobile").Matches(MobileFormat).Comment("Australian mobile, E.164: +614xxxxxxxx.");
            t.Date("date_of_birth").Comment("Needed for junior rates and age-restricted work (e.g. RSA, forklift).");
            t.Text("suburb");
            t.Text("state").In(AustralianDomain.States);
            t.Column("postcode", "char(4)").Matches("^[0-9]{4}$").Comment("Home postcode: travel distance to sites is scored from it.");
            t.Text("source").NotNull().In(Sources).Comment("Channel the candidate first came through.");
            t.SoftRef("referred_by_employee_id", "people.employees", "Employee who referred the candidate (referral bonuses).");
            t.Text("status").NotNull().Default("'new'").In("new", "active", "placed", "inactive", "do_not_engage")
                .Comment("do_not_engage: must not be put forward again (conduct, failed checks); the reason is kept in notes, not here.");
            t.Text("work_rights").NotNull().Default("'unknown'").In("australian_citizen", "permanent_resident", "nz_citizen", "visa_holder", "unknown")
                .Comment("Self-declared; verified by an onboard.right_to_work_checks row before placement.");
            t.Column("visa_subclass", "char(3)").Matches("^[0-9]{3}$").Comment("Declared visa subclass, e.g. 482, 500, 417.");
            t.Bool("has_drivers_licence").NotNull().Default("false");
            t.Bool("has_own_transport").NotNull().Default("false");
            t.Rate("expected_pay_rate").NonNegative().Comment("Hourly rate the candidate is asking for (AUD).");
            t.Date("available_from");
            t.Text("resume_storage_key").Comment("Object storage key of the latest résumé.");
            t.Timestamp("privacy_consent_at").Comment("When the candidate accepted the privacy collection notice (Privacy Act APP 5).");
            t.Timestamp("marketing_consent_at").Comment("Express consent to job alerts and campaigns (Spam Act 2003); null: none given.");
            t.TenantRef("owner_id", "public.users").Comment("Recruiter who owns the candidate relationship.");
            t.SoftRef("employee_id", "people.employees", "Set when the candidate has become an employee.");
            t.Check("visa_subclass_for_visa_holders", "visa_subclass is null or work_rights = 'visa_holder'");
            t.ActiveIndex("status", "last_name");
            t.Index("(lower(email))").Named("ix_candidates__org_id_lower_email").Where("deleted_at is null");
            t.ActiveIndex("mobile");
        });

        db.TenantTable("recruit.job_orders", "Requests from a client for workers: position, award classification, headcount, dates and rates. Filled by placing candidates from applications.", t =>
        {
            t.Text("job_number").NotNull().Comment("Human-readable job order number, e.g. JO-2026-0142.");
            t.SoftRef("client_id", "clients.clients").NotNull();
            t.SoftRef("site_id", "clients.sites", "Workplace the workers will attend.");
            t.SoftRef("client_contact_id", "clients.contacts", "Hiring manager who placed the order.");
            t.SoftRef("rate_card_id", "clients.rate_cards", "Rate card the pay and charge rates were taken from.");
            t.TenantRef("office_id", "public.offices").Comment("Branch filling the order.");
            t.TenantRef("recruiter_id", "public.users").Comment("Consultant responsible for filling the order.");
            t.Text("position_title").NotNull();
            t.Text("description");
            t.Ref("award_id", "compliance.awards");
            t.Ref("award_classification_id", "compliance.award_classifications");
            t.Column("occupation_code", "char(6)").Matches("^[0-9]{6}$").Comment("OSCA 2024 (or legacy ANZSCO) 6-digit occupation code.");
            t.Text("employment_type").NotNull().Default("'casual'").In("casual", "full_time", "part_time", "fixed_term", "contractor");
            t.Int("headcount").NotNull().Default("1").Positive().Comment("Workers requested.");
            t.Int("filled_count").NotNull().Default("0").NonNegative().Comment("Workers placed so far.");
            t.Date("start_date").NotNull();
            t.Date("end_date").Comment("Last day of the assignment; null: ongoing.");
            t.Hours("hours_per_week").NonNegative();
            t.Rate("pay_rate").NonNegative().Comment("Hourly pay rate offered to the worker (AUD).");
            t.Rate("charge_rate").NonNegative().Comment("Hourly rate charged to the client (AUD, GST exclusive).");
            t.Text("status").NotNull().Default("'draft'").In("draft", "open", "on_hold", "filled", "cancelled", "closed");
            t.Text("priority").NotNull().Default("'normal'").In("low", "normal", "high", "urgent");
            t.Column("required_credential_codes", "text[]").NotNull().Default("'{}'::text[]")
                .Comment("Codes (compliance.credential_types.code) of credentials a worker must hold, beyond the industry profile's defaults, e.g. hrwl_lf, white_card, dl_hr; each must be a live credential type (recruit.check_required_credential_codes).");
            t.Column("advertised_on", "text[]").NotNull().Default("'{}'::text[]")
                .Check("advertised_on <@ array['seek', 'indeed', 'linkedin', 'website']::text[]")
                .Comment("Job boards the order is advertised on.");
            t.Timestamp("published_at");
            t.Timestamp("filled_at");
            t.Period("start_date", "end_date");
            t.Check("filled_within_headcount", "filled_count <= headcount");
            t.Check("charge_covers_pay", "charge_rate is null or pay_rate is null or charge_rate >= pay_rate");
            t.UniqueWhileActive("job_number");
            t.ActiveIndex("status", "start_date");
            t.ActiveIndex("client_id", "status");
            // An array cannot carry a foreign key: a trigger gives each element the same guarantee.
            t.Trigger("check_required_credential_codes", "before insert or update of required_credential_codes", "recruit.check_required_credential_codes",
                "Before insert or update of required_credential_codes on recruit.job_orders: every element must be the code of a live compliance.credential_types row (the foreign key an array cannot have).",
                """
                    create function recruit.check_required_credential_codes() returns trigger
                    language plpgsql
                    set search_path = ''
                    as $$
                    declare
                        unknown text[];
                    begin
                        select array_agg(distinct c.code order by c.code) into unknown
                        from unnest(new.required_credential_codes) as c(code)
                        where c.code is null
                           or not exists (select from compliance.credential_types ct where ct.code = c.code and ct.deleted_at is null);
                        if unknown is not null then
                            raise exception 'job order % requires unknown credential type code(s): %', new.job_number, array_to_string(unknown, ', ', 'NULL')
                                using errcode = 'foreign_key_violation', constraint = 'check_required_credential_codes', schema = 'recruit', table = 'job_orders',
                                      column = 'required_credential_codes', hint = 'Use codes of live rows of compliance.credential_types, e.g. hrwl_lf, white_card, dl_hr.';
                        end if;
                        return new;
                    end
                    $$;
                    """);
        });

        db.TenantTable("recruit.applications", "A candidate's application for a job order and its progress through the pipeline, up to placement.", t =>
        {
            t.TenantRef("job_order_id", "recruit.job_orders").NotNull();
            t.TenantRef("candidate_id", "recruit.candidates").NotNull();
            t.Text("stage").NotNull().Default("'new'").In("new", "screening", "shortlisted", "submitted_to_client", "interview", "offer", "placed", "rejected", "withdrawn");
            t.Text("source").NotNull().In(Sources);
            t.Text("external_reference").Comment("Application id at the job board, e.g. the SEEK application id.");
            t.Timestamp("applied_at").NotNull().Default("now()");
            t.Timestamp("stage_changed_at").NotNull().Default("now()");
            t.Timestamp("submitted_to_client_at");
            t.Rate("offered_pay_rate").NonNegative().Comment("Hourly rate offered (AUD).");
            t.Timestamp("offer_made_at");
            t.Timestamp("placed_at");
            t.Date("placement_start_date").Comment("First day of the placement (the worker's assignment at the client).");
            t.Date("placement_end_date").Comment("Last day of the placement (inclusive); null: ongoing or not yet known.");
            t.Rate("placement_pay_rate").NonNegative().Comment("Hourly rate paid to the placed worker (AUD).");
            t.Rate("placement_charge_rate").NonNegative().Comment("Hourly rate charged to the client for the placed worker (AUD, GST exclusive).");
            t.Column("placement_margin", "numeric(12,4) generated always as (placement_charge_rate - placement_pay_rate) stored")
                .Comment("Gross margin per hour (AUD): charge rate less pay rate (derived); negative when the placement loses money.");
            t.Text("placement_status").In("active", "ended", "cancelled")
                .Comment("Life of the placement once placed: active (working or about to start), ended (finished), cancelled (called off before or during).");
            t.Text("outcome_reason").Comment("Why the application was rejected or withdrawn.");
            t.SoftRef("employee_id", "people.employees", "Employee record created on placement.");
            t.Check("outcome_reason_given", "stage not in ('rejected', 'withdrawn') or outcome_reason is not null");
            t.Check("placed_at_recorded", "stage <> 'placed' or placed_at is not null");
            // placement_start_date stays free: an offer already names the proposed start.
            t.Check("placement_only_when_placed",
                "stage = 'placed' or (placement_end_date is null and placement_pay_rate is null and placement_charge_rate is null and placement_status is null)");
            t.Check("placement_status_has_start", "placement_status is null or placement_start_date is not null");
            t.Check("placement_end_after_start", "placement_end_date is null or (placement_start_date is not null and placement_end_date >= placement_start_date)");
            t.Check("ended_placement_has_end_date", "placement_status is distinct from 'ended' or placement_end_date is not null");
            t.UniqueWhileActive("job_order_id", "candidate_id");
            t.ActiveIndex("job_order_id", "stage");
            t.ActiveIndex("candidate_id", "stage");
            t.ActiveIndex("placement_status", "placement_start_date");
        });

        db.TenantTable("recruit.interviews", "Interviews of an application: by our consultants or by the client's hiring manager.", t =>
        {
            t.TenantRef("application_id", "recruit.applications").NotNull();
            t.Text("interview_type").NotNull().In("phone", "video", "in_person", "client", "group");
            t.Timestamp("scheduled_start").NotNull();
            t.Timestamp("scheduled_end");
            t.Text("location").Comment("Address or meeting link.");
            t.TenantRef("interviewer_id", "public.users").Comment("Consultant conducting the interview.");
            t.SoftRef("client_contact_id", "clients.contacts", "Client's interviewer for client interviews.");
            t.Text("status").NotNull().Default("'scheduled'").In("scheduled", "completed", "cancelled", "no_show", "rescheduled");
            t.Text("outcome").In("progress", "hold", "decline").Comment("Interviewer's decision: move the application on, keep it on hold, or decline it.");
            t.Int("rating").Between(1, 5).Comment("Interviewer's overall rating, 1 (poor) to 5 (excellent).");
            t.Text("notes");
            t.Check("scheduled_end_after_start", "scheduled_end is null or scheduled_end > scheduled_start");
            t.Check("outcome_when_completed", "outcome is null or status = 'completed'");
            t.ActiveIndex("application_id", "scheduled_start");
            t.ActiveIndex("interviewer_id", "scheduled_start");
        });

        db.TenantTable("recruit.candidate_pools", "Raw applicant records from the applicant tracking system (v2 admin_atslive applicant data) and job boards, before they are screened into candidates.", t =>
        {
            t.Text("first_name");
            t.Text("last_name");
            t.Text("email").Check($"email ~ '{EmailFormat}'", "format");
            t.Text("phone").Comment("As supplied by the applicant; normalised to E.164 when converted to a candidate.");
            t.Text("position_applied_for");
            t.TenantRef("job_order_id", "recruit.job_orders").Comment("Job order the applicant answered, when known.");
            t.Text("source").NotNull().In(Sources);
            t.Text("ats_applicant_ref").Comment("Applicant id in the source ATS (admin_atslive) or job board.");
            t.Timestamp("applied_at");
            t.Column("postcode", "char(4)").Matches("^[0-9]{4}$");
            t.Text("resume_storage_key");
            t.Jsonb("screening_answers").NotNull().Default("'{}'::jsonb").Comment("Job board screening questions and the applicant's answers.");
            t.Text("status").NotNull().Default("'unprocessed'").In("unprocessed", "converted", "duplicate", "unsuitable", "expired");
            t.TenantRef("candidate_id", "recruit.candidates").Comment("Candidate the applicant became, or duplicated.");
            t.Check("candidate_when_converted", "status not in ('converted', 'duplicate') or candidate_id is not null");
            t.UniqueWhileActive("source", "ats_applicant_ref");
            t.ActiveIndex("status", "applied_at");
        });

        db.TenantTable("recruit.candidate_assessments", "Tests a candidate sits: skills, literacy and numeracy, psychometric, practical (e.g. a forklift practical); scores and results.", t =>
        {
            t.TenantRef("candidate_id", "recruit.candidates").NotNull();
            t.TenantRef("application_id", "recruit.applications");
            t.Text("assessment_type").NotNull().In("skills", "literacy_numeracy", "psychometric", "practical", "language", "situational_judgement");
            t.Text("name").NotNull().Comment("Test name, e.g. Warehouse pick accuracy, LLN level 2.");
            t.Text("provider").Comment("internal, or the external testing vendor.");
            t.Text("provider_reference");
            t.Ref("credential_type_id", "compliance.credential_types").Comment("Credential the practical assessment is evidence toward, e.g. forklift LF.");
            t.Text("status").NotNull().Default("'invited'").In("invited", "scheduled", "in_progress", "completed", "expired", "cancelled");
            t.Timestamp("scheduled_at");
            t.Timestamp("completed_at");
            t.Column("score", "numeric(7,2)").NonNegative().Comment("Points scored, on the test's own scale (see max_score).");
            t.Column("max_score", "numeric(7,2)").Positive().Comment("Highest possible score of the test.");
            t.Text("result").In("pass", "fail", "inconclusive");
            t.TenantRef("assessor_id", "public.users");
            t.Text("report_storage_key");
            t.Check("score_within_max", "score is null or max_score is null or score <= max_score");
            t.Check("result_when_completed", "result is null or status = 'completed'");
            t.ActiveIndex("candidate_id", "status");
        });

        db.TenantTable("recruit.scoring_results", "Match scores of candidates against job orders, from the scoring model or AI agent, with the components behind the score and any human override.", t =>
        {
            t.TenantRef("candidate_id", "recruit.candidates").NotNull();
            t.TenantRef("job_order_id", "recruit.job_orders").NotNull();
            t.TenantRef("application_id", "recruit.applications");
            t.Text("model_name").NotNull();
            t.Text("model_version").NotNull();
            t.Fraction("score").NotNull().Between(0, 1).Comment("Overall match, 0 (none) to 1 (perfect).");
            t.Int("rank").Positive().Comment("Position among the candidates scored for the job order in the same run.");
            t.Text("recommendation").NotNull().In("strong_match", "match", "weak_match", "no_match");
            t.Jsonb("components").NotNull().Default("'{}'::jsonb").Comment("Sub-scores: skills, credentials, distance, availability, history.");
            t.Column("distance_km", "numeric(7,2)").NonNegative().Comment("Travel distance from home to site, km.");
            t.Text("explanation").Comment("Why the model scored as it did, shown to the recruiter.");
            t.Timestamp("scored_at").NotNull().Default("now()");
            t.SoftRef("agent_session_id", "agents.agent_sessions", "Agent session that produced the score.");
            t.TenantRef("overridden_by_id", "public.users");
            t.Text("override_reason");
            t.Check("override_explained", "overridden_by_id is null or override_reason is not null");
            t.ActiveIndex("job_order_id", "score");
            t.ActiveIndex("candidate_id", "scored_at");
        });

        db.TenantTable("recruit.reference_checks", "Referee checks of a candidate (v2 candidates_referencecheck): who was asked, how, and what they said.", t =>
        {
            t.TenantRef("candidate_id", "recruit.candidates").NotNull();
            t.TenantRef("application_id", "recruit.applications");
            t.Text("referee_name").NotNull();
            t.Text("referee_position");
            t.Text("referee_company");
            t.Text("referee_phone");
            t.Text("referee_email").Check($"referee_email ~ '{EmailFormat}'", "format");
            t.Text("relationship").NotNull().In("direct_manager", "supervisor", "colleague", "client", "other");
            t.Date("worked_from");
            t.Date("worked_to");
            t.Text("method").NotNull().Default("'phone'").In("phone", "email", "online_form");
            t.Text("status").NotNull().Default("'requested'").In("requested", "in_progress", "completed", "unable_to_contact", "declined");
            t.TenantRef("checked_by_id", "public.users");
            t.Timestamp("checked_at");
            t.Bool("would_rehire").Comment("Referee would employ the candidate again.");
            t.Int("overall_rating").Between(1, 5);
            t.Jsonb("responses").NotNull().Default("'{}'::jsonb").Comment("Questions asked and the referee's answers.");
            t.Text("comments");
            t.Period("worked_from", "worked_to");
            t.Check("checked_when_completed", "status <> 'completed' or checked_at is not null");
            t.ActiveIndex("candidate_id", "status");
        });

        db.TenantTable("recruit.talent_pools", "Named groups of candidates kept warm for recurring needs, e.g. Forklift drivers – Western Sydney; smart pools refresh from criteria.", t =>
        {
            t.Text("name").NotNull();
            t.Text("description");
            t.Text("pool_type").NotNull().Default("'static'").In("static", "smart").Comment("static: members added by hand; smart: membership refreshed from criteria.");
            t.Jsonb("criteria").NotNull().Default("'{}'::jsonb").Comment("Filters of a smart pool: skills, credentials, postcodes, availability.");
            t.TenantRef("owner_id", "public.users");
            t.TenantRef("office_id", "public.offices");
            t.Bool("is_shared").NotNull().Default("true").Comment("Visible to every consultant, not only the owner.");
            t.Text("status").NotNull().Default("'active'").In("active", "archived");
            t.UniqueWhileActive("name");
            t.ActiveIndex("status", "owner_id");
        });

        db.TenantTable("recruit.talent_pool_members", "Candidates in a talent pool.", t =>
        {
            t.TenantRef("talent_pool_id", "recruit.talent_pools").NotNull();
            t.TenantRef("candidate_id", "recruit.candidates").NotNull();
            t.TenantRef("added_by_id", "public.users").Comment("Null when a smart pool added the member.");
            t.Timestamp("added_at").NotNull().Default("now()");
            t.Text("status").NotNull().Default("'active'").In("active", "engaged", "placed", "removed");
            t.Timestamp("removed_at");
            t.Text("notes");
            t.Check("removed_at_when_removed", "(status = 'removed') = (removed_at is not null)");
            t.UniqueWhileActive("talent_pool_id", "candidate_id");
            t.ActiveIndex("candidate_id", "status");
        });

        db.TenantTable("recruit.drip_campaigns", "Automated message sequences that nurture candidates (job alerts, re-engagement of past workers), sent within a local time window and only with Spam Act consent.", t =>
        {
            t.Text("name").NotNull();
            t.Text("description");
            t.TenantRef("talent_pool_id", "recruit.talent_pools").Comment("Audience; null when candidates are enrolled individually.");
            t.Text("channel").NotNull().In("sms", "email", "whatsapp");
            t.Text("status").NotNull().Default("'draft'").In("draft", "active", "paused", "completed", "archived");
            t.Jsonb("steps").NotNull().Default("'[]'::jsonb").Check("jsonb_typeof(steps) = 'array'", "array")
                .Comment("Ordered steps: delay in days after the previous step and the reach template to send.");
            t.Timestamp("starts_at");
            t.Timestamp("ends_at");
            t.Column("send_window_start", "time").Comment("Earliest local time a message may go out.");
            t.Column("send_window_end", "time").Comment("Latest local time a message may go out.");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern).Comment("IANA time zone the send window is read in.");
            t.Int("max_messages_per_week").Positive().Comment("Frequency cap per candidate.");
            t.TenantRef("created_by_id", "public.users");
            t.Period("starts_at", "ends_at", strict: true);
            t.Check("send_window_order", "send_window_end is null or send_window_start is null or send_window_end > send_window_start");
            t.ActiveIndex("status");
        });

        db.TenantTable("recruit.outreach_log", "Every contact attempt with a candidate (SMS, email, call) for a job, a campaign or screening, with delivery status and response.", t =>
        {
            t.TenantRef("candidate_id", "recruit.candidates").NotNull();
            t.TenantRef("job_order_id", "recruit.job_orders");
            t.TenantRef("drip_campaign_id", "recruit.drip_campaigns");
            t.Text("channel").NotNull().In(Channels);
            t.Text("direction").NotNull().Default("'outbound'").In("inbound", "outbound");
            t.Text("purpose").NotNull().In("job_alert", "screening", "follow_up", "campaign", "reference_request", "offer");
            t.Text("status").NotNull().Default("'queued'").In("queued", "sent", "delivered", "failed", "bounced", "read", "replied", "opted_out");
            t.Text("consent_basis").In("express", "inferred").Comment("Spam Act 2003 basis for a commercial message; null for non-commercial contact.");
            t.Text("subject");
            t.Text("body_preview").Comment("First characters of the message, for the timeline.");
            t.Timestamp("sent_at");
            t.Timestamp("responded_at");
            t.TenantRef("sent_by_id", "public.users").Comment("Null when an automation or agent sent it.");
            t.SoftRef("message_id", "reach.messages", "Message row in the communication domain.");
            t.SoftRef("agent_session_id", "agents.agent_sessions");
            t.Check("responded_after_sent", "responded_at is null or sent_at is null or responded_at >= sent_at");
            t.ActiveIndex("candidate_id", "sent_at");
            t.ActiveIndex("drip_campaign_id", "status");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
    }
}
