using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Roster;

/// <summary>
/// Rostering: roster periods, shifts (the v2 joborders restructured), who works them, what a
/// worker must hold to work them, award rostering rules, availability, demand forecasts and the
/// open-shift market (offers, bids, swaps). Employees, clients and sites live in other domains
/// and are soft references; award classifications and credential types are compliance reference data.
/// </summary>
[Migration(202601030100, "roster: rosters, shifts, templates, assignments (no double booking), codes, requirements, rules, availability, forecasts, swaps, bids, offers")]
public sealed class V202601030100_Roster : Migration
{
    /// <summary>An IANA zone name such as Australia/Perth (the zone database itself is not a CHECK's business).</summary>

    private const string DaysOfWeek = "array[0, 1, 2, 3, 4, 5, 6]";

    /// <summary>Length of a shift given as wall-clock times; an end at or before the start means the next day.</summary>
    private static string WallClockLength(string start, string end) =>
        $"(({end} - {start}) + case when {end} <= {start} then interval '1 day' else interval '0' end)";

    public override void Up(SchemaBuilder db)
    {
        // Assignments carry the shift's times so the exclusion constraint can see them; these keep the copy true.
        db.Sql("""
            create function roster.copy_shift_times() returns trigger
            language plpgsql
            set search_path = ''
            as $$
            declare
                shift_start timestamptz;
                shift_end timestamptz;
            begin
                select s.start_at, s.end_at into shift_start, shift_end
                from roster.shifts s
                where s.org_id = new.org_id and s.id = new.shift_id;
                -- Not found: the composite foreign key reports the bad reference.
                if found then
                    new.start_at := shift_start;
                    new.end_at := shift_end;
                end if;
                return new;
            end
            $$;
            comment on function roster.copy_shift_times() is 'Before insert or change of shift on roster.shift_assignments: copies the shift''s start_at and end_at onto the assignment, which the no-double-booking exclusion constraint reads.';
            revoke execute on function roster.copy_shift_times() from public;
            """);
        db.Sql("""
            create function roster.sync_assignment_times() returns trigger
            language plpgsql
            set search_path = ''
            as $$
            begin
                -- Moving a shift moves its assignments; the exclusion constraint then refuses a move that double-books anyone.
                update roster.shift_assignments a
                set start_at = new.start_at, end_at = new.end_at
                where a.org_id = new.org_id and a.shift_id = new.id
                  and (a.start_at, a.end_at) is distinct from (new.start_at, new.end_at);
                return null;
            end
            $$;
            comment on function roster.sync_assignment_times() is 'After a shift''s times change: copies them onto its assignments, so double booking stays checked against the real times.';
            revoke execute on function roster.sync_assignment_times() from public;
            """);

        db.TenantTable("roster.shift_codes", "Roster codes (v2 roster_codes): short codes planners put on a roster cell, for work shifts (D8, N10) and for non-work entries (AL, RDO, TRN), with default times.", t =>
        {
            t.Text("code").NotNull().Matches("^[A-Z0-9][A-Z0-9_-]{0,15}$").Comment("Code shown on the roster grid, upper case, e.g. D8, N10, RDO.");
            t.UniqueWhileActive("code");
            t.Text("name").NotNull();
            t.Text("description");
            t.Text("kind").NotNull().Default("'work'").In("work", "leave", "rdo", "training", "standby", "unavailable")
                .Comment("What a cell with this code means: a work shift, or leave, rostered day off, training, on-call standby, unavailable.");
            t.Text("shift_period").In("day", "afternoon", "night", "split", "sleepover")
                .Comment("Award shift type of a work code (afternoon and night shifts attract shift loadings); null for non-work codes.");
            t.Column("default_start_time", "time").Comment("Local wall-clock start at the site.");
            t.Column("default_end_time", "time").Comment("Local wall-clock end; at or before the start means the next day.");
            t.Int("default_unpaid_break_minutes").NotNull().Default("0").NonNegative().Comment("Unpaid meal break, minutes.");
            t.Ref("award_classification_id", "compliance.award_classifications").Comment("Default award classification of shifts with this code.");
            t.Text("colour").Matches("^#[0-9a-fA-F]{6}$").Comment("Hex colour on the roster grid, e.g. #1f77b4.");
            t.Bool("counts_towards_ordinary_hours").NotNull().Default("true").Comment("Whether hours under this code count towards the 38-hour ordinary week (NES).");
            t.Bool("is_active").NotNull().Default("true").Comment("Inactive codes stay on past rosters but cannot be chosen.");
            t.Check("default_times_paired", "(default_start_time is null) = (default_end_time is null)");
            t.Check("default_times_differ", "default_start_time is distinct from default_end_time or default_start_time is null");
            t.Check("default_break_shorter_than_shift",
                $"default_start_time is null or default_unpaid_break_minutes * interval '1 minute' < {WallClockLength("default_start_time", "default_end_time")}");
            t.ActiveIndex("kind", "is_active");
        });

        db.TenantTable("roster.roster_rules", "Rostering rule sets (v2 roster_rule_set): the award and NES limits a roster is checked against (minimum engagement, rest between shifts, ordinary hours and their span), per award and employment type.", t =>
        {
            t.Text("name").NotNull();
            t.UniqueWhileActive("name");
            t.Ref("award_id", "compliance.awards").Comment("Modern award the limits come from; null for a rule set of the organisation's own (enterprise agreement, policy).");
            t.Text("employment_type").In("full_time", "part_time", "casual", "fixed_term").Comment("Employment type the rules apply to; null: all.");
            t.Hours("min_engagement_hours").NotNull().Between(0, 24).Comment("Minimum paid hours per engagement, e.g. 3 for retail casuals (commonly 2–4).");
            t.Hours("min_break_between_shifts_hours").NotNull().Default("10").Between(0, 24).Comment("Minimum rest between the end of one shift and the start of the next, hours (commonly 10).");
            t.Hours("max_ordinary_hours_per_week").NotNull().Default("38").Between(0, 168).Comment("Ordinary hours per week before overtime (NES: 38 plus reasonable additional hours).");
            t.Hours("max_ordinary_hours_per_day").Between(0, 24).Comment("Ordinary hours per day before daily overtime; null: no daily limit.");
            t.Hours("max_shift_hours").Between(0, 24).Comment("Longest shift allowed, hours including breaks.");
            t.Int("max_consecutive_days").Between(1, 31).Comment("Most days worked in a row.");
            t.Hours("meal_break_after_hours").Between(0, 24).Comment("An unpaid meal break is due after this many hours of continuous work (commonly 5).");
            t.Int("meal_break_minutes").NonNegative().Comment("Length of that meal break, minutes.");
            t.Column("ordinary_span_weekday_start", "time").Comment("Span of ordinary hours Monday to Friday: start (local time). Work outside the span is paid as evening/night or overtime.");
            t.Column("ordinary_span_weekday_end", "time").Comment("Span of ordinary hours Monday to Friday: end (local time; 24:00 for midnight).");
            t.Column("ordinary_span_saturday_start", "time").Comment("Span of ordinary hours on Saturday: start; null: no ordinary hours on Saturday.");
            t.Column("ordinary_span_saturday_end", "time").Comment("Span of ordinary hours on Saturday: end (local time).");
            t.Column("ordinary_span_sunday_start", "time").Comment("Span of ordinary hours on Sunday: start; null: no ordinary hours on Sunday.");
            t.Column("ordinary_span_sunday_end", "time").Comment("Span of ordinary hours on Sunday: end (local time).");
            t.Date("effective_from").NotNull();
            t.Date("effective_to").Comment("Last day the rule set applies; null: open-ended.");
            t.Check("weekday_span", "(ordinary_span_weekday_start is null) = (ordinary_span_weekday_end is null) and (ordinary_span_weekday_start is null or ordinary_span_weekday_end > ordinary_span_weekday_start)");
            t.Check("saturday_span", "(ordinary_span_saturday_start is null) = (ordinary_span_saturday_end is null) and (ordinary_span_saturday_start is null or ordinary_span_saturday_end > ordinary_span_saturday_start)");
            t.Check("sunday_span", "(ordinary_span_sunday_start is null) = (ordinary_span_sunday_end is null) and (ordinary_span_sunday_start is null or ordinary_span_sunday_end > ordinary_span_sunday_start)");
            t.Check("daily_within_weekly", "max_ordinary_hours_per_day is null or max_ordinary_hours_per_day <= max_ordinary_hours_per_week");
            t.Period("effective_from", "effective_to");
            t.ActiveIndex("award_id", "employment_type", "effective_from");
        });

        db.TenantTable("roster.rosters", "A roster period for a site or office (e.g. the week of 5 Jan): the container shifts are planned in and published from.", t =>
        {
            t.Text("name").NotNull().Comment("Label, e.g. \"Kewdale DC week 2\".");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites", "Site rostered; null for a roster spanning several sites.");
            t.TenantRef("office_id", "public.offices").Comment("Branch responsible for the roster.");
            t.TenantRef("roster_rule_id", "roster.roster_rules").Comment("Rule set the roster's shifts are checked against.");
            t.Date("period_start").NotNull();
            t.Date("period_end").NotNull();
            t.Text("status").NotNull().Default("'draft'").In("draft", "published", "locked", "cancelled")
                .Comment("draft while planned; published to workers; locked once the period is worked and sent to time and attendance.");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern).Comment("IANA zone the roster's days are in, e.g. Australia/Perth.");
            t.Timestamp("published_at");
            t.TenantRef("published_by", "public.users");
            t.Text("notes");
            t.Period("period_start", "period_end");
            t.Check("published_has_time", "status not in ('published', 'locked') or published_at is not null");
            t.ActiveIndex("site_id", "period_start");
            t.ActiveIndex("status", "period_start");
        });

        db.TenantTable("roster.shift_templates", "Recurring shift patterns (e.g. weekday 06:00–14:30 forklift at a site) from which shifts are generated into rosters.", t =>
        {
            t.Text("name").NotNull();
            t.TenantRef("shift_code_id", "roster.shift_codes");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.Text("position").NotNull().Comment("Role worked, e.g. Forklift operator, Storeperson.");
            t.Ref("award_classification_id", "compliance.award_classifications");
            t.Column("days_of_week", "integer[]").NotNull().Comment("Days the pattern runs: 0 = Sunday … 6 = Saturday (as extract(dow)).");
            t.Column("start_time", "time").NotNull().Comment("Local wall-clock start at the site.");
            t.Column("end_time", "time").NotNull().Comment("Local wall-clock end; at or before the start means the next day (night shift).");
            t.Int("unpaid_break_minutes").NotNull().Default("0").NonNegative().Comment("Unpaid meal break, minutes.");
            t.Int("headcount").NotNull().Default("1").Positive().Comment("Workers needed on each generated shift.");
            t.Date("effective_from").NotNull();
            t.Date("effective_to").Comment("Last day shifts are generated; null: open-ended.");
            t.Text("notes");
            t.Check("days_of_week_valid", $"cardinality(days_of_week) > 0 and days_of_week <@ {DaysOfWeek}");
            t.Check("times_differ", "end_time <> start_time");
            t.Check("break_shorter_than_shift", $"unpaid_break_minutes * interval '1 minute' < {WallClockLength("start_time", "end_time")}");
            t.Period("effective_from", "effective_to");
            t.ActiveIndex("site_id", "effective_from");
        });

        db.TenantTable("roster.shifts", "A shift to be worked at a site (the v2 joborders, restructured): position, award classification, start and end instants, unpaid break, and its life from draft to completed.", t =>
        {
            t.TenantRef("roster_id", "roster.rosters").Comment("Roster period the shift belongs to; null for an ad-hoc shift outside a roster.");
            t.TenantRef("shift_template_id", "roster.shift_templates").Comment("Pattern the shift was generated from, if any.");
            t.TenantRef("shift_code_id", "roster.shift_codes");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites").NotNull();
            t.SoftRef("job_order_id", "recruit.job_orders", "Order the shift fills, for labour-hire placements.");
            t.Text("position").NotNull().Comment("Role worked, e.g. Forklift operator, Storeperson.");
            t.Ref("award_classification_id", "compliance.award_classifications").Comment("Award level the shift is paid at.");
            t.Timestamp("start_at").NotNull();
            t.Timestamp("end_at").NotNull();
            t.Int("unpaid_break_minutes").NotNull().Default("0").NonNegative().Comment("Unpaid meal break within the shift, minutes.");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern)
                .Comment("IANA zone of the site: decides which local day (Saturday, public holiday) and span the hours fall in.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "published", "offered", "accepted", "declined", "cancelled", "completed", "no_show");
            t.Int("headcount").NotNull().Default("1").Positive().Comment("Workers needed on the shift.");
            t.Bool("is_open_shift").NotNull().Default("false").Comment("Offered to a pool of eligible workers instead of assigned by a planner.");
            t.Rate("pay_rate").NonNegative().Comment("Hourly pay rate override, AUD; null: from the award classification or rate card.");
            t.Rate("charge_rate").NonNegative().Comment("Hourly charge rate to the client override, AUD.");
            t.Timestamp("published_at");
            t.Timestamp("cancelled_at");
            t.Text("cancellation_reason");
            t.Text("notes");
            t.Period("start_at", "end_at", strict: true);
            t.Check("at_most_24_hours", "end_at - start_at <= interval '24 hours'");
            // A shift ending before it starts is end_at_after_start_at's to report, not this rule's.
            t.Check("break_shorter_than_shift", "end_at <= start_at or unpaid_break_minutes * interval '1 minute' < end_at - start_at");
            t.Check("cancelled_has_time", "status <> 'cancelled' or cancelled_at is not null");
            t.ActiveIndex("site_id", "start_at");
            t.ActiveIndex("status", "start_at");
            t.ActiveIndex("roster_id", "start_at");
            t.AttachTrigger("sync_assignment_times", "after update of start_at, end_at", "roster.sync_assignment_times");
        });

        db.TenantTable("roster.shift_assignments", "A worker put on a shift. The shift's times are copied here so that one worker can never hold two live assignments that overlap in time.", t =>
        {
            t.TenantRef("shift_id", "roster.shifts").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Timestamp("start_at").NotNull().Comment("Copy of the shift's start_at, kept by trigger.");
            t.Timestamp("end_at").NotNull().Comment("Copy of the shift's end_at, kept by trigger.");
            t.Text("status").NotNull().Default("'assigned'").In("assigned", "confirmed", "declined", "cancelled", "swapped", "completed", "no_show")
                .Comment("declined, cancelled and swapped (handed to another worker) assignments no longer hold the worker's time.");
            t.Text("source").NotNull().Default("'manual'").In("manual", "offer", "bid", "swap", "auto_fill", "import").Comment("How the worker came to be on the shift.");
            t.Timestamp("assigned_at").NotNull().Default("now()");
            t.TenantRef("assigned_by", "public.users");
            t.Timestamp("confirmed_at").Comment("When the worker confirmed they will attend.");
            t.Timestamp("cancelled_at");
            t.Text("cancellation_reason");
            t.Rate("pay_rate").NonNegative().Comment("Hourly pay rate for this worker on this shift, AUD, when it differs from the shift's.");
            t.Period("start_at", "end_at", strict: true);
            t.Constraint("ex_shift_assignments__no_overlap",
                "exclude using gist (org_id with =, employee_id with =, tstzrange(start_at, end_at) with &&) " +
                "where (deleted_at is null and status not in ('declined', 'cancelled', 'swapped'))");
            t.ActiveIndex("employee_id", "start_at");
            t.ActiveIndex("shift_id", "status");
            t.AttachTrigger("copy_shift_times", "before insert or update of shift_id, start_at, end_at", "roster.copy_shift_times");
        });

        db.TenantTable("roster.shift_requirements", "Credentials a worker must hold to work a shift (licence class, high-risk work licence, White Card, WWCC, site induction…).", t =>
        {
            t.TenantRef("shift_id", "roster.shifts").NotNull();
            t.Ref("credential_type_id", "compliance.credential_types").NotNull();
            t.UniqueWhileActive("shift_id", "credential_type_id");
            t.Bool("is_mandatory").NotNull().Default("true").Comment("false: preferred, shown as a warning instead of blocking the assignment.");
            t.Text("source").NotNull().Default("'manual'").In("manual", "template", "site", "client", "industry_profile")
                .Comment("Where the requirement came from: set on the shift, its template, the site, the client, or the industry profile.");
            t.Int("min_days_valid_after_start").NotNull().Default("0").NonNegative()
                .Comment("The credential must stay valid this many days past the shift's start (0: valid on the day).");
            t.Text("notes");
            t.ActiveIndex("credential_type_id");
        });

        db.TenantTable("roster.availability", "When a worker can or cannot work: a weekly recurring pattern (day of week and time range) and dated exceptions to it.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("kind").NotNull().In("recurring", "exception").Comment("recurring: every week on day_of_week; exception: one date (on_date), overriding the pattern.");
            t.Text("availability_type").NotNull().In("available", "preferred", "unavailable");
            t.Int("day_of_week").Between(0, 6).Comment("Recurring rows: 0 = Sunday … 6 = Saturday (as extract(dow)).");
            t.Date("on_date").Comment("Exception rows: the date concerned.");
            t.Column("start_time", "time").Comment("Local wall-clock start; null with end_time: the whole day. A window across midnight is two rows.");
            t.Column("end_time", "time").Comment("Local wall-clock end (24:00 for midnight).");
            t.Date("effective_from").Comment("Recurring rows: first week the pattern applies.");
            t.Date("effective_to").Comment("Recurring rows: last day the pattern applies; null: open-ended.");
            t.Text("reason").Comment("Worker's reason, e.g. study, second job, childcare.");
            t.Check("kind_fields",
                "(kind = 'recurring' and day_of_week is not null and on_date is null) or (kind = 'exception' and on_date is not null and day_of_week is null)");
            t.Check("time_range", "(start_time is null) = (end_time is null) and (start_time is null or end_time > start_time)");
            t.Period("effective_from", "effective_to");
            t.ActiveIndex("employee_id", "day_of_week");
            t.ActiveIndex("employee_id", "on_date");
        });

        db.TenantTable("roster.demand_forecasts", "Forecast labour demand per site, position and time interval (headcount and hours), from planners or a model, against which rosters are built and forecasts later scored.", t =>
        {
            t.SoftRef("site_id", "clients.sites").NotNull();
            t.SoftRef("client_id", "clients.clients");
            t.Text("position").NotNull();
            t.Ref("award_classification_id", "compliance.award_classifications");
            t.Timestamp("interval_start_at").NotNull();
            t.Timestamp("interval_end_at").NotNull();
            t.Column("forecast_headcount", "numeric(8,2)").NotNull().NonNegative().Comment("Workers needed on average over the interval (fractional when averaged).");
            t.Column("lower_headcount", "numeric(8,2)").NonNegative().Comment("Lower bound of the prediction interval.");
            t.Column("upper_headcount", "numeric(8,2)").NonNegative().Comment("Upper bound of the prediction interval.");
            t.Fraction("confidence_level").Between(0, 1).Comment("Coverage of the prediction interval, fraction: 0.8000 = 80%.");
            t.Hours("forecast_hours").NonNegative().Comment("Labour hours needed in the interval.");
            t.Column("actual_headcount", "numeric(8,2)").NonNegative().Comment("Workers who actually worked, filled in afterwards to score the forecast.");
            t.Text("method").NotNull().In("manual", "client_order", "historical_average", "seasonal_model", "ml_model");
            t.SoftRef("predictive_model_id", "pulse.predictive_models", "Model that produced the forecast, for method ml_model.");
            t.Timestamp("generated_at").NotNull().Default("now()");
            t.Jsonb("drivers").Comment("Inputs the forecast used, e.g. public holiday, promotion, weather, client volume.");
            t.Check("interval_end_after_start", "interval_end_at > interval_start_at");
            t.Check("bounds_around_forecast",
                "(lower_headcount is null or lower_headcount <= forecast_headcount) and (upper_headcount is null or upper_headcount >= forecast_headcount)");
            t.ActiveIndex("site_id", "interval_start_at");
        });

        db.TenantTable("roster.shift_swaps", "A worker's request to hand their assigned shift to another worker, optionally in exchange for one of theirs; approved by a planner before the assignments change.", t =>
        {
            t.TenantRef("from_assignment_id", "roster.shift_assignments").NotNull().Comment("The requesting worker's assignment to give away.");
            t.SoftRef("requesting_employee_id", "people.employees").NotNull();
            t.SoftRef("target_employee_id", "people.employees", "Worker asked to take the shift; null: open to any eligible worker.");
            t.TenantRef("to_assignment_id", "roster.shift_assignments").Comment("The target's assignment given in exchange; null for a plain hand-over.");
            t.Text("status").NotNull().Default("'requested'").In("requested", "accepted", "approved", "rejected", "cancelled", "expired")
                .Comment("accepted by the target worker, then approved (or rejected) by a planner.");
            t.Timestamp("requested_at").NotNull().Default("now()");
            t.Timestamp("responded_at").Comment("When the target worker accepted.");
            t.Timestamp("decided_at").Comment("When a planner approved or rejected.");
            t.TenantRef("decided_by", "public.users");
            t.Timestamp("expires_at");
            t.Text("reason");
            t.Text("rejection_reason");
            t.Check("target_is_someone_else", "target_employee_id is distinct from requesting_employee_id");
            t.Check("exchange_is_another_assignment", "to_assignment_id is distinct from from_assignment_id");
            t.Check("decision_has_time", "status not in ('approved', 'rejected') or decided_at is not null");
            t.ActiveIndex("status", "requested_at");
            t.ActiveIndex("requesting_employee_id", "status");
        });

        db.TenantTable("roster.shift_bids", "A worker's bid for an open shift; a planner accepts one or more bids up to the shift's headcount.", t =>
        {
            t.TenantRef("shift_id", "roster.shifts").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.UniqueWhileActive("shift_id", "employee_id");
            t.Text("status").NotNull().Default("'submitted'").In("submitted", "withdrawn", "accepted", "rejected", "expired");
            t.Timestamp("bid_at").NotNull().Default("now()");
            t.Int("preference_rank").Positive().Comment("The worker's ranking of this shift among their bids: 1 = most wanted.");
            t.Text("note");
            t.Timestamp("decided_at");
            t.TenantRef("decided_by", "public.users");
            t.Check("decision_has_time", "status not in ('accepted', 'rejected') or decided_at is not null");
            t.ActiveIndex("shift_id", "status");
            t.ActiveIndex("employee_id", "status");
        });

        db.TenantTable("roster.shift_offers", "An open shift offered to one worker (by SMS, push, email or in app), sent in rounds until the shift is filled; the offer lapses at expires_at.", t =>
        {
            t.TenantRef("shift_id", "roster.shifts").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("status").NotNull().Default("'sent'").In("sent", "accepted", "declined", "expired", "withdrawn")
                .Comment("withdrawn: the shift was filled or cancelled before the worker answered.");
            t.Text("channel").NotNull().Default("'push'").In("sms", "email", "push", "in_app");
            t.Int("offer_round").NotNull().Default("1").Positive().Comment("Wave of offers the offer was sent in (1 = first choice workers).");
            t.Timestamp("sent_at").NotNull().Default("now()");
            t.Timestamp("expires_at").NotNull();
            t.Timestamp("responded_at");
            t.TenantRef("sent_by", "public.users").Comment("Planner who sent it; null when sent by automation.");
            t.SoftRef("message_id", "reach.messages", "The message that carried the offer.");
            t.Check("expires_after_sent", "expires_at > sent_at");
            t.Check("answer_has_time", "status not in ('accepted', 'declined') or responded_at is not null");
            t.ActiveIndex("shift_id", "status");
            t.ActiveIndex("employee_id", "status");
            t.Index("expires_at").Where("deleted_at is null and status = 'sent'").Named("ix_shift_offers__org_id_expires_at_open");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
        db.Sql("drop function roster.sync_assignment_times();");
        db.Sql("drop function roster.copy_shift_times();");
    }
}
