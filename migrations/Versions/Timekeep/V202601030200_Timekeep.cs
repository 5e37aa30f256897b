using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Timekeep;

/// <summary>
/// Time and attendance: clock events from phones and kiosks (the actatek clock data), terminals
/// and geofences, timecards (v2 timesheets) with their lines by pay category, allowances, breaks
/// and approvals, journals exported to payroll, and pay period locks that freeze what was paid.
/// </summary>
[Migration(202601030200, "timekeep: timecards, entries, allowances, approvals, breaks, clock events (append-only), terminals, geofences, journals, pay period locks")]
public sealed class V202601030200_Timekeep : Migration
{
    public override void Up(SchemaBuilder db)
    {
        // What was paid must not move: entries, allowances and breaks dated in a locked pay period are
        // refused, and so are changes that would reopen or re-shape a timecard overlapping one. Forward
        // moves (approved → exported → paid → locked) and totals (derived from unlocked lines) stay allowed.
        db.Sql("""
            create function timekeep.refuse_locked_period() returns trigger
            language plpgsql
            set search_path = ''
            as $$
            declare
                org uuid;
                ranges daterange[] := '{}';
                lock_row record;
                work_date date;
            begin
                org := case when tg_op = 'DELETE' then old.org_id else new.org_id end;
                if tg_table_name = 'timecards' then
                    if tg_op = 'INSERT' then
                        ranges := array[daterange(new.period_start, new.period_end, '[]')];
                    elsif tg_op = 'DELETE' then
                        ranges := array[daterange(old.period_start, old.period_end, '[]')];
                    elsif (new.employee_id, new.period_start, new.period_end, new.deleted_at)
                              is distinct from (old.employee_id, old.period_start, old.period_end, old.deleted_at)
                          or (new.status is distinct from old.status and new.status in ('draft', 'submitted', 'rejected')) then
                        ranges := array[daterange(old.period_start, old.period_end, '[]'), daterange(new.period_start, new.period_end, '[]')];
                    end if;
                else
                    -- tg_argv[0] names the row's work date column.
                    if tg_op in ('UPDATE', 'DELETE') then
                        work_date := (to_jsonb(old) ->> tg_argv[0])::date;
                        ranges := ranges || daterange(work_date, work_date, '[]');
                    end if;
                    if tg_op in ('INSERT', 'UPDATE') then
                        work_date := (to_jsonb(new) ->> tg_argv[0])::date;
                        ranges := ranges || daterange(work_date, work_date, '[]');
                    end if;
                end if;

                if cardinality(ranges) > 0 then
                    select l.period_start, l.period_end, l.locked_at into lock_row
                    from timekeep.pay_period_locks l
                    where l.org_id = org
                      and l.deleted_at is null
                      and l.unlocked_at is null
                      and daterange(l.period_start, l.period_end, '[]') && any (ranges)
                    order by l.period_start
                    limit 1;
                    if found then
                        raise exception 'pay period % to % is locked (since %): % on %.% is refused',
                                lock_row.period_start, lock_row.period_end, lock_row.locked_at, lower(tg_op), tg_table_schema, tg_table_name
                            using errcode = 'object_not_in_prerequisite_state',
                                  hint = 'Record an adjustment in an open pay period, or unlock the period first.';
                    end if;
                end if;
                return case when tg_op = 'DELETE' then old else new end;
            end
            $$;
            comment on function timekeep.refuse_locked_period() is 'Before insert, update or delete on timecards, timecard_entries, timecard_allowances and breaks: raises when the row''s work date (argument: its column) or the timecard''s period falls in a live lock of timekeep.pay_period_locks of the same organisation.';
            revoke execute on function timekeep.refuse_locked_period() from public;
            """);
        db.Sql("""
            create function timekeep.refresh_timecard_totals() returns trigger
            language plpgsql
            set search_path = ''
            as $$
            declare
                org uuid;
                timecard_ids uuid[] := '{}';
            begin
                if tg_op in ('UPDATE', 'DELETE') then
                    org := old.org_id;
                    timecard_ids := timecard_ids || old.timecard_id;
                end if;
                if tg_op in ('INSERT', 'UPDATE') then
                    org := new.org_id;
                    timecard_ids := timecard_ids || new.timecard_id;
                end if;

                update timekeep.timecards c
                set (ordinary_hours, penalty_hours, overtime_hours, total_hours, worked_amount) = (
                        select coalesce(sum(e.hours) filter (where e.pay_category = 'ordinary'), 0),
                               coalesce(sum(e.hours) filter (where e.pay_category in ('saturday', 'sunday', 'public_holiday', 'evening_shift', 'night_shift')), 0),
                               coalesce(sum(e.hours) filter (where e.pay_category in ('overtime_150', 'overtime_200', 'overtime_250')), 0),
                               coalesce(sum(e.hours) filter (where e.pay_category <> 'allowance'), 0),
                               coalesce(sum(e.amount) filter (where e.pay_category <> 'allowance'), 0)
                        from timekeep.timecard_entries e
                        where e.org_id = c.org_id and e.timecard_id = c.id and e.deleted_at is null),
                    allowance_amount =
                        (select coalesce(sum(e.amount), 0)
                         from timekeep.timecard_entries e
                         where e.org_id = c.org_id and e.timecard_id = c.id and e.deleted_at is null and e.pay_category = 'allowance')
                        + (select coalesce(sum(a.amount), 0)
                           from timekeep.timecard_allowances a
                           where a.org_id = c.org_id and a.timecard_id = c.id and a.deleted_at is null)
                where c.org_id = org and c.id = any (timecard_ids);
                return null;
            end
            $$;
            comment on function timekeep.refresh_timecard_totals() is 'After a change to timecard_entries or timecard_allowances: recomputes the totals of the timecards concerned from their live lines, so totals always add up.';
            revoke execute on function timekeep.refresh_timecard_totals() from public;
            """);

        db.TenantTable("timekeep.pay_period_locks", "Pay periods closed for time changes once payroll has run: a live lock refuses new or changed timecard lines dated inside it (timekeep.refuse_locked_period).", t =>
        {
            t.Date("period_start").NotNull();
            t.Date("period_end").NotNull();
            t.Timestamp("locked_at").NotNull().Default("now()");
            t.TenantRef("locked_by", "public.users").Comment("User who locked the period; null when locked by the pay run automation.");
            t.SoftRef("pay_run_id", "payroll.pay_runs", "Pay run that paid the period.");
            t.Text("reason").Comment("Why the period was locked, e.g. pay run finalised, STP submitted.");
            t.Timestamp("unlocked_at").Comment("Set to release the lock (for a correction run); the row stays as history.");
            t.TenantRef("unlocked_by", "public.users");
            t.Text("unlock_reason");
            t.Period("period_start", "period_end");
            t.Check("unlock_after_lock", "unlocked_at is null or unlocked_at >= locked_at");
            t.Check("unlock_has_reason", "unlocked_at is null or unlock_reason is not null");
            t.Index("period_start", "period_end").Where("deleted_at is null and unlocked_at is null").Named("ix_pay_period_locks__org_id_live_period");
        });

        db.TenantTable("timekeep.geo_locations", "Geofences: a centre and radius around a site inside which mobile clock-ins are accepted.", t =>
        {
            t.Text("name").NotNull();
            t.SoftRef("site_id", "clients.sites");
            t.Column("latitude", "numeric(9,6)").NotNull().Between(-90, 90).Comment("Centre latitude, decimal degrees (WGS 84).");
            t.Column("longitude", "numeric(9,6)").NotNull().Between(-180, 180).Comment("Centre longitude, decimal degrees (WGS 84).");
            t.Int("radius_metres").NotNull().Between(1, 50000).Comment("Radius of the fence, metres.");
            t.Text("address").Comment("Street address the fence is drawn around, for people.");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern).Comment("IANA zone of the place, e.g. Australia/Perth.");
            t.Text("enforcement").NotNull().Default("'warn'").In("block", "warn", "record")
                .Comment("A clock event outside the fence is refused by the app (block), flagged for the supervisor (warn), or only recorded.");
            t.Bool("is_active").NotNull().Default("true");
            t.ActiveIndex("site_id", "is_active");
        });

        db.TenantTable("timekeep.terminals", "Clocking devices: site kiosks, tablets and actatek biometric terminals whose local-time logs are converted with the terminal's time zone.", t =>
        {
            t.Text("name").NotNull();
            t.Text("terminal_type").NotNull().In("kiosk", "tablet", "actatek", "biometric_reader");
            t.Text("serial_number").Comment("Manufacturer serial number.");
            t.UniqueWhileActive("serial_number");
            t.Text("legacy_device_id").Comment("Terminal id in the actatek system, for the clock data migration.");
            t.SoftRef("site_id", "clients.sites");
            t.TenantRef("office_id", "public.offices");
            t.TenantRef("geo_location_id", "timekeep.geo_locations").Comment("Fence the terminal stands in.");
            t.Text("timezone").NotNull().Matches(AustralianDomain.TimeZonePattern)
                .Comment("IANA zone of the device's clock: actatek logs local wall-clock times, converted to UTC with it.");
            t.Column("verification_methods", "text[]").NotNull().Default("'{pin}'::text[]").Comment("How workers identify at the terminal: pin, card, fingerprint, face, qr.");
            t.Text("status").NotNull().Default("'active'").In("active", "inactive", "maintenance", "retired");
            t.Timestamp("last_seen_at").Comment("Last heartbeat or sync from the device.");
            t.Text("firmware_version");
            t.Column("ip_address", "inet");
            t.Check("verification_methods_known", "cardinality(verification_methods) > 0 and verification_methods <@ array['pin', 'card', 'fingerprint', 'face', 'qr']::text[]");
            t.ActiveIndex("site_id", "status");
        });

        db.TenantTable("timekeep.timecards", "A worker's timecard for a pay period (v2 timesheets), usually per client site: hours by pay category, allowances, and its approval and payroll life.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.SoftRef("job_order_id", "recruit.job_orders");
            t.Date("period_start").NotNull();
            t.Date("period_end").NotNull();
            t.Text("status").NotNull().Default("'draft'").In("draft", "submitted", "approved", "rejected", "exported", "paid", "locked")
                .Comment("exported: sent to payroll as journals; paid: in a finalised pay run; locked: closed for any change.");
            t.Text("source").NotNull().Default("'manual'").In("manual", "clock", "roster", "mobile", "import")
                .Comment("Where the hours came from: typed in, built from clock events, from the roster, entered on the phone, or imported.");
            t.Hours("ordinary_hours").NotNull().Default("0").NonNegative().Comment("Sum of the ordinary lines, hours (kept by trigger).");
            t.Hours("penalty_hours").NotNull().Default("0").NonNegative().Comment("Sum of the Saturday, Sunday, public holiday, evening shift and night shift lines, hours (kept by trigger).");
            t.Hours("overtime_hours").NotNull().Default("0").NonNegative().Comment("Sum of the overtime lines, hours (kept by trigger).");
            t.Hours("total_hours").NotNull().Default("0").NonNegative().Comment("Hours worked: ordinary + penalty + overtime (kept by trigger).");
            t.Money("worked_amount").NotNull().Default("0").NonNegative().Comment("Pay for the hours worked, AUD, as far as the lines are priced (kept by trigger).");
            t.Money("allowance_amount").NotNull().Default("0").NonNegative().Comment("Allowances, AUD: itemised allowances plus allowance lines (kept by trigger).");
            t.Timestamp("submitted_at");
            t.Timestamp("approved_at");
            t.Timestamp("rejected_at");
            t.Text("rejection_reason");
            t.Timestamp("exported_at");
            t.Timestamp("paid_at");
            t.SoftRef("pay_run_id", "payroll.pay_runs");
            t.SoftRef("invoice_id", "payroll.invoices", "Invoice the hours were billed on.");
            t.Text("employee_comment");
            t.Period("period_start", "period_end");
            t.Check("totals_add_up", "total_hours = ordinary_hours + penalty_hours + overtime_hours");
            t.Check("rejection_has_reason", "status <> 'rejected' or rejection_reason is not null");
            t.ActiveIndex("employee_id", "period_start");
            t.ActiveIndex("status", "period_end");
            t.AttachTrigger("refuse_locked_period", "before insert or update or delete", "timekeep.refuse_locked_period");
        });

        db.TenantTable("timekeep.timecard_entries", "Lines of a timecard: hours on a work date under one pay category (ordinary, weekend, public holiday, evening/night shift, overtime, allowance).", t =>
        {
            t.TenantRef("timecard_id", "timekeep.timecards").NotNull();
            t.Date("work_date").NotNull().Comment("Local date the hours were worked (a night shift's hours fall on the day they start); checked against pay period locks.");
            t.Text("pay_category").NotNull().In(AustralianDomain.PayCategories)
                .Comment("overtime_150, overtime_200, overtime_250: overtime at 150%, 200% and 250% (public holiday overtime); allowance: an hourly allowance paid on the hours.");
            t.Hours("hours").NotNull().Between(0, 24).Comment("Hours in this category on this date.");
            t.Timestamp("start_at").Comment("Start of the worked interval, when known from the clock or roster.");
            t.Timestamp("end_at");
            t.Fraction("multiplier").Positive().Comment("Penalty or overtime multiplier applied, fraction: 1.5000 = 150%.");
            t.Rate("rate").NonNegative().Comment("Base hourly rate before the multiplier, AUD.");
            t.Money("amount").NonNegative().Comment("Pay for the line, AUD; null until priced.");
            t.Ref("award_classification_id", "compliance.award_classifications");
            t.SoftRef("shift_id", "roster.shifts");
            t.SoftRef("shift_assignment_id", "roster.shift_assignments");
            t.Text("cost_centre").Comment("Client cost centre or GL code the hours are charged to.");
            t.Text("source").NotNull().Default("'manual'").In("manual", "clock", "roster", "import");
            t.Text("notes");
            t.Period("start_at", "end_at", strict: true);
            t.ActiveIndex("timecard_id", "work_date");
            t.AttachTrigger("refuse_locked_period", "before insert or update or delete", "timekeep.refuse_locked_period", arguments: ["work_date"]);
            t.AttachTrigger("refresh_timecard_totals", "after insert or update or delete", "timekeep.refresh_timecard_totals");
        });

        db.TenantTable("timekeep.timecard_allowances", "Itemised allowances on a timecard (v2 timesheets_allowances): meal, travel, tools, first aid… with units, rate and the STP allowance type.", t =>
        {
            t.TenantRef("timecard_id", "timekeep.timecards").NotNull();
            t.Date("allowance_date").NotNull().Comment("Date the allowance was earned; checked against pay period locks.");
            t.Ref("award_allowance_id", "compliance.award_allowances").Comment("Award allowance claimed, when it comes from the award.");
            t.Text("allowance_code").NotNull().Comment("Allowance code in the organisation's pay items, e.g. MEAL_OT, FIRSTAID.");
            t.Text("stp_allowance_type").In("CD", "AD", "LD", "MD", "RD", "TD", "KN", "QN", "OD")
                .Comment("STP Phase 2 allowance type: CD cents/km, AD award transport, LD laundry, MD overtime meal, RD travel, TD tools, KN tasks, QN qualifications, OD other.");
            t.Text("description").Comment("Required for STP type OD (other).");
            t.Text("unit").NotNull().Default("'each'").In("each", "hour", "shift", "day", "week", "km");
            t.Column("units", "numeric(10,2)").NotNull().Default("1").NonNegative().Comment("Quantity in unit, e.g. 42.00 km.");
            t.Rate("rate").NonNegative().Comment("AUD per unit.");
            t.Money("amount").NotNull().NonNegative().Comment("AUD.");
            t.Bool("is_taxable").NotNull().Default("true");
            t.Check("other_has_description", "stp_allowance_type is distinct from 'OD' or description is not null");
            t.ActiveIndex("timecard_id", "allowance_date");
            t.AttachTrigger("refuse_locked_period", "before insert or update or delete", "timekeep.refuse_locked_period", arguments: ["allowance_date"]);
            t.AttachTrigger("refresh_timecard_totals", "after insert or update or delete", "timekeep.refresh_timecard_totals");
        });

        db.TenantTable("timekeep.timecard_approvals", "Decisions on a timecard, in order: by a user of the organisation or by the client's timesheet approver (a client contact).", t =>
        {
            t.TenantRef("timecard_id", "timekeep.timecards").NotNull();
            t.Int("step").NotNull().Default("1").Positive().Comment("Approval level in a multi-step flow (1 = first approver).");
            t.Text("approver_type").NotNull().In("user", "client_contact");
            t.TenantRef("approver_user_id", "public.users");
            t.SoftRef("approver_contact_id", "clients.contacts", "Client contact with the timesheet_approver role.");
            t.Text("approver_name").Comment("Name as signed, kept in case the contact record changes.");
            t.Text("decision").NotNull().In("approved", "rejected", "queried");
            t.Timestamp("decided_at").NotNull().Default("now()");
            t.Text("comment");
            t.Text("method").NotNull().Default("'web'").In("web", "mobile", "email_link", "kiosk", "on_behalf")
                .Comment("on_behalf: entered by staff for an approver who approved by phone or paper.");
            t.Column("ip_address", "inet");
            t.Check("approver_matches_type",
                "(approver_type = 'user' and approver_user_id is not null and approver_contact_id is null) or " +
                "(approver_type = 'client_contact' and approver_contact_id is not null and approver_user_id is null)");
            t.Check("decision_needs_comment", "decision = 'approved' or comment is not null");
            t.ActiveIndex("timecard_id", "step");
        });

        db.TenantTable("timekeep.breaks", "Meal and rest breaks taken (or missed) during work on a timecard, from clock events or entered; a missed meal break may attract a penalty.", t =>
        {
            t.TenantRef("timecard_id", "timekeep.timecards").NotNull();
            t.TenantRef("timecard_entry_id", "timekeep.timecard_entries");
            t.Date("work_date").NotNull().Comment("Local date of the break; checked against pay period locks.");
            t.Text("break_type").NotNull().In("meal", "rest");
            t.Bool("is_paid").NotNull().Comment("Rest breaks are usually paid, meal breaks unpaid.");
            t.Text("status").NotNull().Default("'taken'").In("taken", "shortened", "missed", "interrupted");
            t.Timestamp("start_at");
            t.Timestamp("end_at");
            t.Int("duration_minutes").NotNull().Between(0, 1440).Comment("Length of the break, minutes (0 when missed).");
            t.Int("scheduled_minutes").NonNegative().Comment("Length the roster or award called for, minutes.");
            t.Text("source").NotNull().Default("'clock'").In("clock", "manual", "rostered", "auto_deducted");
            t.Uuid("start_clock_event_id").Comment("timekeep.clock_events id of the break_start (no FK: the log's key includes occurred_at).");
            t.Uuid("end_clock_event_id").Comment("timekeep.clock_events id of the break_end (no FK: the log's key includes occurred_at).");
            t.Text("missed_reason");
            t.Period("start_at", "end_at", strict: true);
            t.Check("missed_has_no_time", "status <> 'missed' or duration_minutes = 0");
            t.ActiveIndex("timecard_id", "work_date");
            t.Index("start_clock_event_id");
            t.Index("end_clock_event_id");
            t.AttachTrigger("refuse_locked_period", "before insert or update or delete", "timekeep.refuse_locked_period", arguments: ["work_date"]);
        });

        db.TenantTable("timekeep.journals", "Payroll journal lines exported from approved timecards to the payroll system (Finnest payroll or an external one), one per earnings code; a correction is a reversing line.", t =>
        {
            t.Text("export_batch").NotNull().Comment("Export run the line went out in, e.g. 2026-01-14-weekly-01.");
            t.Text("target_system").NotNull().In("finnest_payroll", "employment_hero", "xero", "myob", "micropay", "chris21", "csv");
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("timecard_id", "timekeep.timecards");
            t.TenantRef("timecard_entry_id", "timekeep.timecard_entries");
            t.TenantRef("timecard_allowance_id", "timekeep.timecard_allowances");
            t.Date("period_start").NotNull().Comment("Pay period the line is paid in.");
            t.Date("period_end").NotNull();
            t.Date("work_date");
            // adjustment is not a kind of worked time: it is a lump correction agreed with payroll (back pay, a
            // settled underpayment) that has no hours in any category, so it exists on journals only.
            t.Text("pay_category").NotNull().In([.. AustralianDomain.PayCategories, "adjustment"])
                .Comment("Pay category of the hours exported, or adjustment: a lump correction that is not hours in any category.");
            t.Text("earnings_code").NotNull().Comment("Pay item code in the target system.");
            t.Hours("hours").Comment("Negative on a reversing line.");
            t.Column("units", "numeric(10,2)").Comment("Quantity for unit-based lines (km, each); negative on a reversing line.");
            t.Rate("rate").Comment("AUD per hour or unit.");
            t.Money("amount").NotNull().Comment("AUD; negative on a reversing line.");
            t.Text("gl_account").Comment("General ledger account of the cost.");
            t.Text("cost_centre");
            t.Text("status").NotNull().Default("'pending'").In("pending", "exported", "acknowledged", "failed", "reversed");
            t.Timestamp("exported_at");
            t.Text("external_reference").Comment("Id of the line in the target system once acknowledged.");
            t.Text("error_message").Comment("Why the target system refused the line.");
            t.TenantRef("reverses_journal_id", "timekeep.journals").Comment("Line this one reverses.");
            t.Period("period_start", "period_end");
            t.Check("exported_has_time", "status not in ('exported', 'acknowledged') or exported_at is not null");
            t.Check("failed_has_error", "status <> 'failed' or error_message is not null");
            t.Check("reverses_another_line", "reverses_journal_id is distinct from id");
            t.ActiveIndex("export_batch", "status");
            t.ActiveIndex("employee_id", "period_start");
        });

        db.AppendOnlyLog("timekeep.clock_events", "Clock-ins, clock-outs and breaks as they happened, from phones (GPS), kiosks, web, or entered by a supervisor; includes the actatek clock data. Immutable: a correction is a new event. Partitioned monthly on occurred_at.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("event_type").NotNull().In("clock_in", "clock_out", "break_start", "break_end");
            t.Text("source").NotNull().In("mobile_gps", "kiosk", "web", "manual", "supervisor");
            t.Timestamp("occurred_at").NotNull().Comment("When it happened, UTC.");
            t.Column("local_occurred_at", "timestamp").Comment("The device's wall-clock reading as received (actatek logs local time), kept to audit the time zone conversion.");
            t.Text("local_timezone").NotNull().Matches(AustralianDomain.TimeZonePattern)
                .Comment("IANA zone of the worker's wall clock at the place, e.g. Australia/Perth: decides the local day and penalties.");
            t.Timestamp("received_at").NotNull().Default("now()").Comment("When the server received it; later than occurred_at for devices that synced offline.");
            t.Column("latitude", "numeric(9,6)").Between(-90, 90).Comment("Decimal degrees (WGS 84) reported by the device.");
            t.Column("longitude", "numeric(9,6)").Between(-180, 180).Comment("Decimal degrees (WGS 84) reported by the device.");
            t.Column("accuracy_metres", "numeric(8,2)").NonNegative().Comment("Reported horizontal accuracy of the position, metres.");
            t.TenantRef("terminal_id", "timekeep.terminals").Comment("Kiosk or actatek terminal clocked at.");
            t.TenantRef("geo_location_id", "timekeep.geo_locations").Comment("Geofence the event was checked against.");
            t.Bool("within_geofence").Comment("Whether the position was inside that fence; null when not checked.");
            t.Text("verification_method").In("none", "pin", "card", "fingerprint", "face", "selfie", "qr");
            t.SoftRef("shift_id", "roster.shifts");
            t.SoftRef("shift_assignment_id", "roster.shift_assignments");
            t.TenantRef("recorded_by", "public.users").Comment("Supervisor or staff member who entered a manual or supervisor event.");
            t.Text("reason").Comment("Why a manual or supervisor event was entered, or what an event corrects.");
            t.Uuid("corrects_event_id").Comment("clock_events id of the event this one corrects (no FK: the log's key includes occurred_at).");
            t.BigInt("legacy_log_id").Comment("Log record id in the actatek system, for the clock data migration.");
            t.Jsonb("raw_payload").Comment("The record as received from the device or app.");
            t.Check("position_paired", "(latitude is null) = (longitude is null)");
            t.Check("gps_has_position", "source <> 'mobile_gps' or latitude is not null");
            t.Check("manual_has_recorder", "source not in ('manual', 'supervisor') or (recorded_by is not null and reason is not null)");
            t.Index("employee_id", "occurred_at");
            t.Index("terminal_id", "occurred_at");
            // Most events correct nothing: the partial index stays small on the busiest log.
            t.Index("corrects_event_id").Where("corrects_event_id is not null");
        }, partitionColumn: "occurred_at");
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
        db.Sql("drop function timekeep.refresh_timecard_totals();");
        db.Sql("drop function timekeep.refuse_locked_period();");
    }
}
