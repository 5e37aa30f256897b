using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Performance;

/// <summary>
/// Performance management: review cycles, goals, reviews and their calibration, 360 feedback,
/// engagement surveys with eNPS, development plans and the skills matrix.
/// </summary>
[Migration(202601041300, "performance: review cycles, goals, reviews, feedback, surveys, responses, eNPS, calibrations, development plans, skills matrix")]
public sealed class V202601041300_Performance : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("performance.review_cycles", "Performance review rounds: probation reviews, mid-year check-ins and annual reviews, with their period and deadlines.", t =>
        {
            t.Text("name").NotNull().UniqueWhileActive().Comment("e.g. FY2026 annual review, Probation – March 2026 starters.");
            t.Text("cycle_type").NotNull().In("probation", "mid_year", "annual");
            t.Date("period_start").NotNull().Comment("First day of the performance period reviewed.");
            t.Date("period_end").NotNull();
            t.Date("self_review_due");
            t.Date("manager_review_due");
            t.Date("calibration_due");
            t.Bool("includes_360").NotNull().Default("false").Comment("Peers, direct reports and clients are asked for feedback in this cycle.");
            t.Int("min_service_days").NotNull().Default("0").NonNegative().Comment("Employees with less service at period end are left out of the cycle.");
            t.Text("status").NotNull().Default("'planned'").In("planned", "open", "calibrating", "closed", "cancelled");
            t.TenantRef("owner_user_id", "public.users").Comment("HR person running the cycle.");
            t.Check("period_end_after_start", "period_end >= period_start");
            t.Check("manager_review_after_self_review", "manager_review_due is null or self_review_due is null or manager_review_due >= self_review_due");
            t.Check("calibration_after_manager_review", "calibration_due is null or manager_review_due is null or calibration_due >= manager_review_due");
            t.ActiveIndex("status", "period_end");
        });

        db.TenantTable("performance.goals", "An employee's goals (objectives and key results), cascading from team or company goals, tracked through the review cycle.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("review_cycle_id", "performance.review_cycles");
            t.TenantRef("parent_goal_id", "performance.goals").Comment("Team or company goal this one contributes to.");
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("category").NotNull().Default("'business'").In("business", "development", "behavioural", "safety", "customer", "compliance");
            t.Text("measure").Comment("How achievement is measured, e.g. lost-time injuries, on-time fill rate.");
            t.Text("unit").Comment("Unit of the values, e.g. %, shifts, AUD.");
            t.Column("baseline_value", "numeric(14,4)").Comment("Value of the measure when the goal was set, in unit.");
            t.Column("target_value", "numeric(14,4)").Comment("Value to reach, in unit.");
            t.Column("current_value", "numeric(14,4)").Comment("Latest value, in unit.");
            t.Fraction("weight").Between(0, 1).Comment("Weight of the goal in the employee's overall rating, fraction 0.2500 = 25%.");
            t.Fraction("progress").NotNull().Default("0").Between(0, 1).Comment("Share achieved, fraction 0.6000 = 60%.");
            t.Text("status").NotNull().Default("'not_started'").In("not_started", "on_track", "at_risk", "off_track", "completed", "cancelled");
            t.Date("start_date");
            t.Date("due_date");
            t.Date("completed_on");
            t.TenantRef("set_by_user_id", "public.users").Comment("Manager or employee who set the goal.");
            t.Period("start_date", "due_date");
            t.Check("completed_has_date", "(status = 'completed') = (completed_on is not null)");
            t.Check("not_its_own_parent", "parent_goal_id is null or parent_goal_id <> id");
            t.ActiveIndex("employee_id", "status");
            t.ActiveIndex("review_cycle_id", "status");
        });

        db.TenantTable("performance.reviews", "A written review of an employee in a review cycle: the self-review, the manager's review or a skip-level review, with the overall rating on a 1–5 scale.", t =>
        {
            t.TenantRef("review_cycle_id", "performance.review_cycles").NotNull();
            t.SoftRef("employee_id", "people.employees", "The employee reviewed.").NotNull();
            t.TenantRef("reviewer_user_id", "public.users").NotNull();
            t.Text("reviewer_role").NotNull().In("self", "manager", "skip_level").Comment("self: the employee's own review; manager: the direct manager's; skip_level: the manager's manager.");
            t.Text("status").NotNull().Default("'not_started'").In("not_started", "in_progress", "submitted", "acknowledged", "finalised");
            t.Int("overall_rating").Between(1, 5).Comment("1 does not meet, 2 partly meets, 3 meets, 4 exceeds, 5 far exceeds expectations.");
            t.Text("strengths");
            t.Text("development_areas");
            t.Text("summary");
            t.Text("employee_comments").Comment("Employee's response when acknowledging the review.");
            t.Text("probation_outcome").In("confirm", "extend", "terminate").Comment("Probation reviews: the recommendation on the employee's probation.");
            t.Date("probation_extended_to");
            t.Timestamp("submitted_at");
            t.Timestamp("acknowledged_at").Comment("When the employee acknowledged having read the review.");
            t.Check("submitted_has_rating", "status in ('not_started', 'in_progress') or (overall_rating is not null and submitted_at is not null)");
            t.Check("acknowledged_after_submitted", "acknowledged_at is null or (submitted_at is not null and acknowledged_at >= submitted_at)");
            t.Check("extension_has_date", "probation_outcome is distinct from 'extend' or probation_extended_to is not null");
            t.UniqueWhileActive("review_cycle_id", "employee_id", "reviewer_role");
            t.ActiveIndex("employee_id", "status");
            t.ActiveIndex("reviewer_user_id", "status");
        });

        db.TenantTable("performance.feedback", "Feedback on an employee: 360 responses requested in a review cycle from self, manager, peers, direct reports or clients, and ad hoc praise or constructive feedback.", t =>
        {
            t.TenantRef("review_cycle_id", "performance.review_cycles").Comment("Cycle a 360 request belongs to; null for ad hoc feedback.");
            t.SoftRef("subject_employee_id", "people.employees", "The employee the feedback is about.").NotNull();
            t.TenantRef("giver_user_id", "public.users").NotNull();
            t.TenantRef("requested_by_user_id", "public.users");
            t.Text("relationship").NotNull().In("self", "manager", "peer", "direct_report", "client", "other").Comment("Giver's relationship to the subject.");
            t.Text("feedback_type").NotNull().In("requested_360", "praise", "constructive");
            t.Text("competency").Comment("Competency or value the feedback addresses, e.g. safety leadership, communication.");
            t.Int("rating").Between(1, 5).Comment("Rating of the competency, 1 (well below expectations) to 5 (well above).");
            t.Text("comments");
            t.Bool("is_anonymous").NotNull().Default("false").Comment("The subject sees the feedback without the giver's name (360 results are shown only in groups large enough).");
            t.Bool("shared_with_subject").NotNull().Default("true").Comment("The subject may read it; false keeps it for the manager only.");
            t.Text("status").NotNull().Default("'submitted'").In("requested", "submitted", "declined", "expired");
            t.Date("due_on");
            t.Timestamp("submitted_at");
            t.Check("submitted_has_content", "status <> 'submitted' or ((comments is not null or rating is not null) and submitted_at is not null)");
            t.Check("requests_belong_to_a_cycle", "feedback_type <> 'requested_360' or review_cycle_id is not null");
            t.ActiveIndex("subject_employee_id", "review_cycle_id");
            t.ActiveIndex("giver_user_id", "status");
        });

        db.TenantTable("performance.surveys", "Employee surveys: eNPS, engagement, pulse, onboarding and exit surveys, with their questions, window and anonymity rules.", t =>
        {
            t.Text("title").NotNull();
            t.Text("survey_type").NotNull().In("enps", "engagement", "pulse", "onboarding", "exit", "custom");
            t.Text("status").NotNull().Default("'draft'").In("draft", "scheduled", "open", "closed", "archived");
            t.Timestamp("opens_at");
            t.Timestamp("closes_at");
            t.Bool("is_anonymous").NotNull().Default("true").Comment("Responses are stored without the respondent's identity.");
            t.Int("min_group_size").NotNull().Default("5").Between(3, 100)
                .Comment("Results of a group (office, department…) with fewer responses are suppressed, so answers cannot be traced to a person.");
            t.Bool("includes_enps_question").NotNull().Default("false").Comment("Asks 'How likely are you to recommend working here?' on a 0–10 scale.");
            t.Jsonb("questions").NotNull().Default("'[]'::jsonb").Check("jsonb_typeof(questions) = 'array'", "is_array")
                .Comment("Ordered questions: id, text, type (scale, choice, text), options.");
            t.Jsonb("audience").NotNull().Default("'{}'::jsonb").Comment("Who is invited: offices, employment types, clients or sites.");
            t.TenantRef("created_by_user_id", "public.users");
            t.Check("closes_after_opens", "closes_at is null or opens_at is null or closes_at > opens_at");
            t.Check("enps_surveys_ask_enps", "survey_type <> 'enps' or includes_enps_question");
            t.ActiveIndex("status", "opens_at");
        });

        db.TenantTable("performance.survey_responses", "One person's answers to a survey, with the eNPS answer (0–10) and the grouping attributes results are reported by. Anonymous surveys keep no respondent identity, only a keyed token that stops a second response.", t =>
        {
            t.TenantRef("survey_id", "performance.surveys").NotNull();
            t.SoftRef("respondent_employee_id", "people.employees", "Null when the survey is anonymous.");
            t.Text("respondent_token").NotNull().Comment("Keyed hash of the survey invitation: one response per invitee without storing who answered.");
            t.Timestamp("submitted_at").NotNull().Default("now()");
            t.Int("enps_answer").Between(0, 10).Comment("Answer to 'How likely are you to recommend working here?': 0 not at all to 10 extremely likely.");
            t.Column("enps_category", "text generated always as (case when enps_answer >= 9 then 'promoter' when enps_answer >= 7 then 'passive' when enps_answer >= 0 then 'detractor' end) stored")
                .Comment("promoter 9–10, passive 7–8, detractor 0–6.");
            t.Jsonb("answers").NotNull().Default("'{}'::jsonb").Check("jsonb_typeof(answers) = 'object'", "is_object").Comment("Answers by question id.");
            t.TenantRef("office_id", "public.offices").Comment("Respondent's office, for grouped results.");
            t.Text("department").Comment("Respondent's department or team, for grouped results.");
            t.Text("employment_type").In("full_time", "part_time", "casual", "fixed_term", "contractor");
            t.Text("tenure_band").In("under_1_year", "1_to_3_years", "3_to_5_years", "over_5_years");
            t.UniqueWhileActive("survey_id", "respondent_token");
            t.ActiveIndex("survey_id", "enps_answer");
        });

        db.TenantTable("performance.enps_scores", "Employee Net Promoter Score of a survey, for the whole organisation or one group (office, department…): counts of promoters (9–10), passives (7–8) and detractors (0–6) and the score %promoters − %detractors, from −100 to 100. A group with fewer responses than the survey's minimum has its score suppressed.", t =>
        {
            t.TenantRef("survey_id", "performance.surveys").NotNull();
            t.Text("group_dimension").NotNull().Default("'organisation'").In("organisation", "office", "department", "employment_type", "tenure_band", "client", "site");
            t.Text("group_value").NotNull().Default("'all'").Comment("Value of the dimension, e.g. an office id or 'Warehouse'; 'all' for the organisation.");
            t.Int("responses_count").NotNull().NonNegative().Comment("Responses in the group that answered the eNPS question.");
            t.Int("promoters_count").NotNull().NonNegative();
            t.Int("passives_count").NotNull().NonNegative();
            t.Int("detractors_count").NotNull().NonNegative();
            t.Int("min_group_size").NotNull().Positive().Comment("Suppression threshold copied from the survey when computed.");
            t.Column("is_suppressed", "boolean generated always as (responses_count < min_group_size) stored")
                .Comment("Too few responses to show the group's score without risking identification.");
            t.Column("score", "numeric(5,1) generated always as (case when responses_count >= min_group_size and responses_count > 0 then round(100.0 * (promoters_count - detractors_count) / responses_count, 1) end) stored")
                .Comment("eNPS = %promoters − %detractors, −100 to 100; null when suppressed.");
            t.Timestamp("computed_at").NotNull().Default("now()");
            t.Check("counts_add_up", "promoters_count + passives_count + detractors_count = responses_count");
            t.Check("score_range", "score is null or score between -100 and 100");
            t.Check("organisation_group_is_all", "group_dimension <> 'organisation' or group_value = 'all'");
            t.UniqueWhileActive("survey_id", "group_dimension", "group_value");
        });

        db.TenantTable("performance.calibrations", "Calibration of a review's rating in a calibration session, where managers align ratings across teams, with the nine-box placement and the reason for any change.", t =>
        {
            t.TenantRef("review_cycle_id", "performance.review_cycles").NotNull();
            t.TenantRef("review_id", "performance.reviews").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("session_name").NotNull().Comment("Calibration session or group, e.g. Warehouse operations managers.");
            t.Date("held_on").NotNull();
            t.TenantRef("facilitator_user_id", "public.users");
            t.Int("original_rating").NotNull().Between(1, 5).Comment("Manager's rating before calibration.");
            t.Int("calibrated_rating").Between(1, 5).Comment("Rating agreed in calibration.");
            t.Int("nine_box_performance").Between(1, 3).Comment("Nine-box grid: performance axis, 1 low to 3 high.");
            t.Int("nine_box_potential").Between(1, 3).Comment("Nine-box grid: potential axis, 1 low to 3 high.");
            t.Text("rationale");
            t.Text("status").NotNull().Default("'proposed'").In("proposed", "agreed", "escalated", "rejected");
            t.TenantRef("decided_by_user_id", "public.users");
            t.Timestamp("decided_at");
            t.Check("rating_change_explained", "calibrated_rating is null or calibrated_rating = original_rating or rationale is not null");
            t.Check("agreed_has_rating", "status <> 'agreed' or (calibrated_rating is not null and decided_at is not null)");
            t.UniqueWhileActive("review_id");
            t.ActiveIndex("review_cycle_id", "session_name");
        });

        db.TenantTable("performance.development_plans", "Development actions agreed for an employee (training, mentoring, stretch work, a licence or ticket to gain), often out of a review.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("review_id", "performance.reviews").Comment("Review the plan came out of.");
            t.TenantRef("goal_id", "performance.goals").Comment("Development goal the plan serves.");
            t.Text("title").NotNull();
            t.Text("objective").Comment("Capability the employee is to gain.");
            t.Text("development_type").NotNull().In("training", "mentoring", "coaching", "stretch_assignment", "certification", "job_rotation", "secondment");
            t.Ref("target_credential_type_id", "compliance.credential_types").Comment("Licence, ticket or certificate the plan leads to, e.g. a forklift licence (LF).");
            t.SoftRef("course_id", "learn.courses", "Course to complete.");
            t.TenantRef("mentor_user_id", "public.users");
            t.Date("start_date").NotNull();
            t.Date("target_date");
            t.Date("completed_on");
            t.Money("budget").NonNegative().Comment("Approved spend (course fees, licence fees), AUD excluding GST.");
            t.Fraction("progress").NotNull().Default("0").Between(0, 1).Comment("Share completed, fraction 0.5000 = 50%.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "active", "on_hold", "completed", "cancelled");
            t.Period("start_date", "target_date");
            t.Check("completed_has_date", "(status = 'completed') = (completed_on is not null)");
            t.Check("completed_after_start", "completed_on is null or completed_on >= start_date");
            t.ActiveIndex("employee_id", "status");
        });

        db.TenantTable("performance.skills_matrix", "Skills matrix: each employee's assessed proficiency in a skill (0–5) against the level the role requires, for workforce planning and development; licence and ticket skills name their credential type.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("skill_name").NotNull().Comment("e.g. Forklift operation, Reach truck, Excel, First aid, Team leading.");
            t.Text("skill_category").NotNull().In("technical", "licence_ticket", "safety", "systems", "leadership", "communication", "language");
            t.Ref("credential_type_id", "compliance.credential_types").Comment("Credential that evidences the skill, e.g. the LF high-risk work licence for forklift operation.");
            t.Int("current_level").NotNull().Between(0, 5).Comment("0 none, 1 awareness, 2 learning under supervision, 3 competent, 4 proficient, 5 expert who can train others.");
            t.Int("required_level").Between(0, 5).Comment("Level the employee's role requires.");
            t.Int("target_level").Between(0, 5).Comment("Level agreed as a development target.");
            t.Column("gap", "integer generated always as (greatest(coalesce(required_level, 0) - current_level, 0)) stored")
                .Comment("Levels short of the role's requirement.");
            t.Text("assessment_method").NotNull().Default("'manager'").In("self", "manager", "practical_test", "certification", "observation");
            t.Date("assessed_on").NotNull();
            t.TenantRef("assessed_by_user_id", "public.users");
            t.Text("evidence").Comment("What the assessment rests on: test result, certificate number, observed tasks.");
            t.Date("expires_on").Comment("When the assessment lapses (licences, tickets, re-assessment cycle).");
            t.Check("expires_after_assessed", "expires_on is null or expires_on > assessed_on");
            t.Check("tickets_name_credential", "skill_category <> 'licence_ticket' or credential_type_id is not null");
            t.UniqueWhileActive("employee_id", "skill_name");
            t.ActiveIndex("skill_name", "current_level");
        });
    }

    public override void Down(SchemaBuilder db) =>
        db.DropWhatUpCreated(Up);
}
