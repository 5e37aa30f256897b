using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Fatigue;

/// <summary>
/// Heavy-vehicle fatigue management (Heavy Vehicle National Law): the work and rest limits of each
/// work/rest option, drivers' daily hours and rest, the electronic work diary, fitness-for-duty
/// checks and the breaches found.
/// </summary>
/// <remarks>
/// fatigue_rules is a tenant table, not a reference table: AFM limits and exemption conditions are
/// approved by the NHVR for one operator, and all of an operator's limits (national or its own)
/// must be read the same way by the fatigue checks. The national standard-hours and BFM solo
/// limits are written once, in fatigue.install_national_rules(), which copies them into the
/// current tenant's rules when it turns on fatigue management.
/// </remarks>
[Migration(202601041100, "fatigue: rules, driver hours, rest periods, electronic work diary, fitness for duty, breaches")]
public sealed class V202601041100_Fatigue : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("fatigue.fatigue_rules", "Work and rest limits a heavy-vehicle driver's hours are checked against: in any period of so many minutes, at most so much work and at least so much rest. Holds the national standard-hours and BFM solo limits (installed per operator by fatigue.install_national_rules()) and the operator's own NHVR-approved AFM limits or exemption conditions.", t =>
        {
            t.Text("code").NotNull().Matches("^[A-Z0-9][A-Z0-9_-]*$").Comment("Rule code, e.g. STD-SOLO-24H, BFM-SOLO-7D, AFM-SOLO-24H.");
            t.Text("work_rest_option").NotNull().In("standard", "bfm", "afm", "exemption")
                .Comment("standard hours; BFM (Basic Fatigue Management, accredited); AFM (Advanced Fatigue Management, operator-specific approved limits); exemption (NHVR work and rest hours exemption).");
            t.Text("mode").NotNull().Default("'solo'").In("solo", "two_up");
            t.Int("period_minutes").NotNull().Positive().Comment("Length of the rolling period the limit applies to, minutes: 5½ h = 330, 24 h = 1440, 7 days = 10080, 14 days = 20160.");
            t.Int("max_work_minutes").Positive().Comment("Most work time in any such period, minutes; null when the period only limits long/night work.");
            t.Int("max_long_night_work_minutes").Positive()
                .Comment("BFM: most long/night work time in the period, minutes (36 h = 2160 per 7 days). Long work is work beyond 12 h in 24 h; night work is work between 00:00 and 06:00.");
            t.Int("min_rest_minutes").NotNull().Default("0").NonNegative().Comment("Least rest time in the period, minutes.");
            t.Int("rest_block_minutes").Positive().Comment("Rest counts only in continuous blocks of at least this many minutes (15 for 'in 15-minute blocks').");
            t.Int("min_continuous_rest_minutes").Positive().Comment("One continuous rest of at least this length must fall in the period, minutes (15 min; 7 h = 420; 24 h = 1440).");
            t.Bool("rest_must_be_stationary").NotNull().Default("false")
                .Comment("The continuous rest must be stationary rest: out of the vehicle, or in an approved sleeper berth of a stationary vehicle.");
            t.Int("min_night_rest_breaks").NonNegative()
                .Comment("Night rest breaks required in the period, in total. A night rest break is 7 continuous hours of stationary rest between 22:00 and 08:00 in the driver's base time zone, or 24 continuous hours of stationary rest.");
            t.Int("min_consecutive_night_rest_breaks").NonNegative().Comment("How many of those night rest breaks must be taken on consecutive days.");
            t.Int("max_work_between_long_rests_minutes").Positive()
                .Comment("BFM 14 days: each 24 h continuous stationary rest must come after at most this much work, minutes (84 h = 5040).");
            t.Text("description").NotNull();
            t.Text("legal_reference").Comment("Provision or approval the limit comes from.");
            t.Text("accreditation_number").Comment("NHVR AFM accreditation or exemption permit/notice the limit belongs to; required for AFM and exemption rules.");
            t.Date("effective_from").NotNull();
            t.Date("effective_to");
            t.Period("effective_from", "effective_to");
            t.Check("work_within_period", "max_work_minutes is null or max_work_minutes <= period_minutes");
            t.Check("long_night_work_within_period", "max_long_night_work_minutes is null or max_long_night_work_minutes <= period_minutes");
            t.Check("work_and_rest_fit_period", "coalesce(max_work_minutes, 0) + min_rest_minutes <= period_minutes");
            t.Check("continuous_rest_within_rest", "min_continuous_rest_minutes is null or min_continuous_rest_minutes <= min_rest_minutes");
            t.Check("consecutive_breaks_within_total", "min_consecutive_night_rest_breaks is null or min_consecutive_night_rest_breaks <= coalesce(min_night_rest_breaks, 0)");
            t.Check("sets_a_limit", "max_work_minutes is not null or max_long_night_work_minutes is not null or min_rest_minutes > 0 or coalesce(min_night_rest_breaks, 0) > 0");
            t.Check("operator_rules_cite_approval", "work_rest_option not in ('afm', 'exemption') or accreditation_number is not null");
            t.UniqueWhileActive("code", "effective_from");
            t.ActiveIndex("work_rest_option", "mode", "period_minutes");
        });

        db.TenantTable("fatigue.driver_hours", "A driver's work and rest totals for one day (midnight to midnight in the driver's base time zone), built from the work diary and checked against the rules of the driver's work/rest option.", t =>
        {
            t.SoftRef("employee_id", "people.employees", "The driver.").NotNull();
            t.Date("work_date").NotNull().Comment("Day in the driver's base time zone.");
            t.Text("base_timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern).Comment("IANA time zone of the driver's base: night rest breaks (22:00 to 08:00) are judged in it.");
            t.Text("work_rest_option").NotNull().In("standard", "bfm", "afm", "exemption");
            t.Text("mode").NotNull().Default("'solo'").In("solo", "two_up");
            t.SoftRef("two_up_partner_employee_id", "people.employees", "The other driver when driving two-up.");
            t.SoftRef("vehicle_id", "assets.fleet_vehicles", "Main vehicle driven that day.");
            t.Int("work_minutes").NotNull().Default("0").NonNegative().Comment("Work time in the day, minutes: driving and other work such as loading or inspecting the vehicle.");
            t.Int("rest_minutes").NotNull().Default("0").NonNegative().Comment("Rest time in the day, minutes.");
            t.Int("long_night_work_minutes").NotNull().Default("0").NonNegative()
                .Comment("Long/night work in the day, minutes (work beyond 12 h in 24 h, or between 00:00 and 06:00); limited under BFM.");
            t.Int("longest_stationary_rest_minutes").NonNegative().Comment("Longest continuous stationary rest that started in the day, minutes.");
            t.Bool("night_rest_break_taken").NotNull().Default("false").Comment("A night rest break (7 h+ continuous stationary rest between 22:00 and 08:00 base time, or 24 h) was taken in the day.");
            t.Int("odometer_start_km").NonNegative().Comment("Odometer at the start of the day's work, km.");
            t.Int("odometer_end_km").NonNegative().Comment("Odometer at the end of the day's work, km.");
            t.Int("max_distance_from_base_km").NonNegative().Comment("Furthest radial distance from the driver's base in the day, km.");
            t.Column("work_diary_required", "boolean generated always as (work_rest_option in ('bfm', 'afm') or coalesce(max_distance_from_base_km, 0) > 100) stored")
                .Comment("A work diary must be kept for work beyond 100 km of base or when working under BFM or AFM.");
            t.Text("status").NotNull().Default("'open'").In("open", "closed", "verified", "amended")
                .Comment("open: the day is in progress; closed: totals final from the diary; verified: checked by the record keeper; amended: recomputed after a diary correction.");
            t.TenantRef("verified_by_user_id", "public.users");
            t.Timestamp("verified_at");
            t.Check("day_fits_24_hours", "work_minutes + rest_minutes <= 1440");
            t.Check("long_night_within_work", "long_night_work_minutes <= work_minutes");
            t.Check("odometer_not_backwards", "odometer_end_km is null or odometer_start_km is null or odometer_end_km >= odometer_start_km");
            t.Check("two_up_has_partner", "mode = 'solo' or two_up_partner_employee_id is not null");
            t.Check("verification_recorded", "status <> 'verified' or (verified_by_user_id is not null and verified_at is not null)");
            t.UniqueWhileActive("employee_id", "work_date");
            t.ActiveIndex("work_date", "status");
        });

        db.TenantTable("fatigue.rest_periods", "Continuous periods of rest taken by a driver, as recorded in the work diary: fatigue checks count them towards the rules' rest blocks, stationary rests and night rest breaks.", t =>
        {
            t.SoftRef("employee_id", "people.employees", "The driver.").NotNull();
            t.TenantRef("driver_hours_id", "fatigue.driver_hours").Comment("Day the rest started in.");
            t.Timestamp("started_at").NotNull();
            t.Timestamp("ended_at").Comment("Null while the rest is still going on.");
            t.Column("duration_minutes", "integer generated always as ((extract(epoch from (ended_at - started_at)) / 60)::integer) stored")
                .Comment("Length in whole minutes; null while the rest goes on.");
            t.Text("rest_kind").NotNull().In("rest_break", "stationary_rest", "night_rest_break", "long_stationary_rest")
                .Comment("rest_break: a short break or rest in a moving two-up vehicle; stationary_rest: out of the vehicle or in the sleeper berth of a stationary one; night_rest_break: 7 h+ stationary between 22:00 and 08:00 base time; long_stationary_rest: 24 continuous hours.");
            t.Bool("in_sleeper_berth").NotNull().Default("false").Comment("Taken in an approved sleeper berth.");
            t.Text("location_name").Comment("Town or locality where the rest was taken.");
            t.Column("latitude", "numeric(9,6)").Between(-90, 90);
            t.Column("longitude", "numeric(9,6)").Between(-180, 180);
            t.Text("source").NotNull().Default("'ewd'").In("ewd", "written_diary", "telematics", "manual").Comment("Where the rest was taken from: the electronic or written work diary, vehicle telematics, or entered by the record keeper.");
            t.Check("ended_after_started", "ended_at is null or ended_at > started_at");
            t.Check("night_rest_break_long_enough", "rest_kind <> 'night_rest_break' or ended_at is null or ended_at - started_at >= interval '7 hours'");
            t.Check("long_rest_24_hours", "rest_kind <> 'long_stationary_rest' or ended_at is null or ended_at - started_at >= interval '24 hours'");
            t.Constraint("ex_rest_periods__no_overlap",
                "exclude using gist (org_id with =, employee_id with =, tstzrange(started_at, ended_at) with &&) where (deleted_at is null)");
            t.ActiveIndex("employee_id", "started_at");
        });

        db.AppendOnlyLog("fatigue.ewd_entries", "Electronic work diary entries from an NHVR-approved EWD, recorded to the minute: work and rest changes, odometer readings, registration changes and locations. Immutable like a written diary page: a correction is a new entry pointing at the entry it corrects. Partitioned monthly on recorded_at.", t =>
        {
            t.SoftRef("employee_id", "people.employees", "The driver.").NotNull();
            t.Timestamp("recorded_at").NotNull().Check("mod(extract(epoch from recorded_at), 60) = 0", "whole_minute")
                .Comment("When the change took effect, to the minute (an EWD records to the minute; a written diary counts 15-minute blocks).");
            t.Timestamp("entered_at").NotNull().Default("now()").Comment("When the entry was made on the device; the EWD locks entries more than 24 h old.");
            t.Text("entry_type").NotNull().In("work", "rest", "odometer", "rego", "location")
                .Comment("work or rest: the driver changed between work and rest at recorded_at; odometer: a reading; rego: the driver changed vehicle (registration); location: a position fix.");
            t.Text("work_rest_option").NotNull().In("standard", "bfm", "afm", "exemption");
            t.Text("mode").NotNull().Default("'solo'").In("solo", "two_up");
            t.SoftRef("two_up_partner_employee_id", "people.employees", "The other driver when driving two-up.");
            t.SoftRef("vehicle_id", "assets.fleet_vehicles");
            t.Text("registration").Matches("^[A-Z0-9]{1,9}$").Comment("Registration plate of the vehicle driven, upper case without spaces.");
            t.Text("registration_state").Check($"registration_state in ({AustralianDomain.StatesSql})", "state");
            t.Int("odometer_km").NonNegative().Comment("Odometer reading, km.");
            t.Column("latitude", "numeric(9,6)").Between(-90, 90);
            t.Column("longitude", "numeric(9,6)").Between(-180, 180);
            t.Text("location_name").Comment("Town or locality, as a written diary records it.");
            t.Text("base_timezone").NotNull().Matches(AustralianDomain.TimeZonePattern).Comment("IANA time zone of the driver's base, in which the diary's day and night rest breaks are counted.");
            t.Text("device_id").NotNull().Comment("EWD device or app instance that recorded the entry.");
            t.Text("ewd_approval_number").Comment("NHVR approval of the EWD system.");
            t.BigInt("device_sequence").NotNull().NonNegative().Comment("Entry number on the device: gaps show entries missing from a sync.");
            t.Text("entered_by").NotNull().Default("'driver'").In("driver", "record_keeper", "system").Comment("Who made the entry: the driver, the record keeper (annotations and late corrections) or the EWD itself (automatic events).");
            t.Uuid("corrects_entry_id")
                .Comment("Entry this one corrects, in this table. Not a foreign key: a key into a partitioned log would stop its months being archived; fatigue.ewd_entries_check_correction() checks it.");
            t.Timestamp("corrects_recorded_at").Comment("recorded_at of the corrected entry (its partition key).");
            t.Text("correction_reason").Comment("Why the corrected entry was wrong, as the EWD requires for any amendment.");
            t.Check("correction_complete",
                "(corrects_entry_id is null and corrects_recorded_at is null and correction_reason is null) or (corrects_entry_id is not null and corrects_recorded_at is not null and correction_reason is not null)");
            t.Check("odometer_has_reading", "entry_type <> 'odometer' or odometer_km is not null");
            t.Check("rego_has_registration", "entry_type <> 'rego' or (registration is not null and registration_state is not null)");
            t.Check("location_has_place", "entry_type not in ('work', 'rest', 'location') or location_name is not null or (latitude is not null and longitude is not null)");
            t.Check("two_up_has_partner", "mode = 'solo' or two_up_partner_employee_id is not null");
            t.Index("employee_id", "recorded_at");
            t.Index("corrects_entry_id").Where("corrects_entry_id is not null");
            t.Trigger("check_correction", "before insert", "fatigue.ewd_entries_check_correction",
                "Electronic work diary: a correction must point at an existing entry of the same driver and tenant; after 24 hours only the record keeper may correct.",
                """
                    create function fatigue.ewd_entries_check_correction() returns trigger
                    language plpgsql
                    set search_path = ''
                    as $$
                    declare
                        corrected fatigue.ewd_entries;
                    begin
                        if new.corrects_entry_id is null then
                            return new;
                        end if;
                        select e.* into corrected from fatigue.ewd_entries e
                        where e.org_id = new.org_id and e.id = new.corrects_entry_id and e.recorded_at = new.corrects_recorded_at;
                        if corrected.id is null or corrected.employee_id <> new.employee_id then
                            raise exception 'fatigue.ewd_entries: the corrected entry % is not an entry of this driver', new.corrects_entry_id
                                using errcode = 'foreign_key_violation';
                        end if;
                        -- The EWD locks entries after 24 hours: a later correction is the record keeper's annotation.
                        if new.entered_at > corrected.entered_at + interval '24 hours' and new.entered_by <> 'record_keeper' then
                            raise exception 'fatigue.ewd_entries: entries more than 24 hours old are locked; only the record keeper may correct them'
                                using errcode = 'check_violation';
                        end if;
                        return new;
                    end
                    $$;
                    """);
        }, partitionColumn: "recorded_at");

        db.TenantTable("fatigue.fitness_assessments", "Fitness-for-duty checks of a driver or worker: pre-shift self-declarations, supervisor checks, fatigue screening, return-to-work and medicals (e.g. to the Assessing Fitness to Drive commercial standard).", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("assessment_type").NotNull().In("pre_shift_declaration", "supervisor_check", "fatigue_screening", "medical", "return_to_work");
            t.Timestamp("assessed_at").NotNull();
            // Outcome, sleep and restrictions are health information: redacted in the audit log like the medical details.
            t.Text("outcome").NotNull().In("fit", "fit_with_restrictions", "unfit", "referred").Sensitive().Comment("referred: sent to a doctor or specialist before a decision; the worker does not work until then.");
            t.Hours("sleep_hours_last_24").Between(0, 24).Sensitive().Comment("Hours slept in the 24 h before the check, as declared.");
            t.Hours("sleep_hours_last_48").Between(0, 48).Sensitive().Comment("Hours slept in the 48 h before the check, as declared.");
            t.Hours("hours_awake").Between(0, 72).Sensitive().Comment("Hours awake at the time of the check.");
            t.Int("sleepiness_score").Between(1, 9).Sensitive().Comment("Karolinska Sleepiness Scale self-rating: 1 extremely alert to 9 fighting sleep.");
            t.Text("restrictions").Sensitive().Comment("Limits on duties, e.g. no night driving, at most 10 h work.");
            t.Text("medical_standard").Comment("Standard a medical was made to, e.g. Assessing Fitness to Drive (commercial vehicle drivers).");
            t.Text("medical_details").Sensitive().Comment("Health information (conditions, medication, test results); redacted in the audit log.");
            t.Text("assessor_name").Comment("Doctor or assessor who is not a Finnest user.");
            t.TenantRef("assessed_by_user_id", "public.users");
            t.Timestamp("valid_until").Comment("A pre-shift check covers that shift; a medical covers years.");
            t.Date("next_review_due");
            t.Check("sleep_48_includes_24", "sleep_hours_last_48 is null or sleep_hours_last_24 is null or sleep_hours_last_48 >= sleep_hours_last_24");
            t.Check("restrictions_stated", "outcome <> 'fit_with_restrictions' or restrictions is not null");
            t.Check("valid_after_assessed", "valid_until is null or valid_until > assessed_at");
            t.ActiveIndex("employee_id", "assessed_at");
            t.ActiveIndex("assessment_type", "next_review_due");
        });

        db.TenantTable("fatigue.fatigue_breaches", "Breaches found in a driver's hours (work over a limit, rest short, night rest breaks missing) or work diary, in their HVNL risk category, with review and any report to the NHVR.", t =>
        {
            t.SoftRef("employee_id", "people.employees", "The driver.").NotNull();
            t.TenantRef("fatigue_rule_id", "fatigue.fatigue_rules").Comment("Limit breached; null for work diary breaches.");
            t.TenantRef("driver_hours_id", "fatigue.driver_hours").Comment("Day the breach was found in.");
            t.Text("breach_type").NotNull().In("work_time_exceeded", "rest_time_short", "continuous_rest_short", "night_rest_breaks_missing",
                "long_night_work_exceeded", "work_diary_not_kept", "work_diary_false_entry");
            t.Text("risk_category").NotNull().In("minor", "substantial", "severe", "critical").Comment("HVNL risk category, which sets the penalty.");
            t.Timestamp("period_start").NotNull().Comment("Start of the rule period in which the breach occurred.");
            t.Timestamp("period_end").NotNull();
            t.Int("excess_work_minutes").Positive().Comment("Work beyond the limit, minutes.");
            t.Int("rest_shortfall_minutes").Positive().Comment("Rest short of the requirement, minutes.");
            t.Text("detected_by").NotNull().In("ewd", "record_keeper_review", "roadside_intercept", "nhvr_audit", "self_reported");
            t.Timestamp("detected_at").NotNull().Default("now()");
            t.Text("status").NotNull().Default("'open'").In("open", "under_review", "confirmed", "dismissed", "closed");
            t.Text("resolution").Comment("Corrective action taken (rostering change, retraining) or why the breach was dismissed.");
            t.TenantRef("reviewed_by_user_id", "public.users");
            t.Timestamp("closed_at");
            t.Timestamp("reported_to_nhvr_at");
            t.Text("nhvr_reference");
            t.Check("period_end_after_start", "period_end > period_start");
            t.Check("limit_breaches_name_rule", "breach_type in ('work_diary_not_kept', 'work_diary_false_entry') or fatigue_rule_id is not null");
            t.Check("work_breaches_have_excess", "breach_type not in ('work_time_exceeded', 'long_night_work_exceeded') or excess_work_minutes is not null");
            t.Check("rest_breaches_have_shortfall", "breach_type not in ('rest_time_short', 'continuous_rest_short') or rest_shortfall_minutes is not null");
            t.Check("closing_explained", "status not in ('dismissed', 'closed') or (resolution is not null and closed_at is not null)");
            t.ActiveIndex("employee_id", "period_start");
            t.ActiveIndex("status", "risk_category");
        });

        db.Sql("""
            create function fatigue.install_national_rules(rules_effective_from date default date '2014-02-10') returns integer
            language plpgsql
            set search_path = ''
            as $$
            declare
                org uuid := (select finnest.current_org_id());
                added integer;
            begin
                if org is null then
                    raise exception 'fatigue.install_national_rules(): no tenant (set app.org_id)' using errcode = 'insufficient_privilege';
                end if;
                insert into fatigue.fatigue_rules (org_id, code, work_rest_option, mode, period_minutes, max_work_minutes, max_long_night_work_minutes,
                                                   min_rest_minutes, rest_block_minutes, min_continuous_rest_minutes, rest_must_be_stationary,
                                                   min_night_rest_breaks, min_consecutive_night_rest_breaks, max_work_between_long_rests_minutes,
                                                   description, legal_reference, effective_from)
                select org, r.code, r.work_rest_option, 'solo', r.period_minutes, r.max_work, r.max_long_night, r.min_rest, r.rest_block,
                       r.min_continuous, r.stationary, r.night_breaks, r.consecutive_breaks, r.work_between_long_rests,
                       r.description, r.legal_reference, rules_effective_from
                from (values
                    ('STD-SOLO-5H30', 'standard', 330, 315, null, 15, null, 15, false, null, null, null,
                     'In any 5½ h: at most 5¼ h work and 15 continuous minutes rest.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
                    ('STD-SOLO-8H', 'standard', 480, 450, null, 30, 15, null, false, null, null, null,
                     'In any 8 h: at most 7½ h work and 30 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
                    ('STD-SOLO-11H', 'standard', 660, 600, null, 60, 15, null, false, null, null, null,
                     'In any 11 h: at most 10 h work and 60 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
                    ('STD-SOLO-24H', 'standard', 1440, 720, null, 420, null, 420, true, null, null, null,
                     'In any 24 h: at most 12 h work and 7 continuous hours stationary rest.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
                    ('STD-SOLO-7D', 'standard', 10080, 4320, null, 1440, null, 1440, true, null, null, null,
                     'In any 7 days: at most 72 h work and 24 continuous hours stationary rest.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
                    ('STD-SOLO-14D', 'standard', 20160, 8640, null, 0, null, null, false, 4, 2, null,
                     'In any 14 days: at most 144 h work, 2 night rest breaks and 2 night rest breaks taken on consecutive days.', 'HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)'),
                    ('BFM-SOLO-6H15', 'bfm', 375, 360, null, 15, null, 15, false, null, null, null,
                     'In any 6¼ h: at most 6 h work and 15 continuous minutes rest.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
                    ('BFM-SOLO-9H', 'bfm', 540, 510, null, 30, 15, null, false, null, null, null,
                     'In any 9 h: at most 8½ h work and 30 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
                    ('BFM-SOLO-12H', 'bfm', 720, 660, null, 60, 15, null, false, null, null, null,
                     'In any 12 h: at most 11 h work and 60 minutes rest in 15-minute blocks.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
                    ('BFM-SOLO-24H', 'bfm', 1440, 840, null, 420, null, 420, true, null, null, null,
                     'In any 24 h: at most 14 h work and 7 continuous hours stationary rest.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
                    ('BFM-SOLO-7D', 'bfm', 10080, null, 2160, 0, null, null, false, null, null, null,
                     'In any 7 days: at most 36 h long/night work.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)'),
                    ('BFM-SOLO-14D', 'bfm', 20160, 8640, null, 2880, null, 1440, true, 4, 2, 5040,
                     'In any 14 days: at most 144 h work; 24 continuous hours stationary rest after at most 84 h work, twice; 4 night rest breaks, 2 of them on consecutive days.', 'HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)')
                ) as r(code, work_rest_option, period_minutes, max_work, max_long_night, min_rest, rest_block, min_continuous, stationary,
                       night_breaks, consecutive_breaks, work_between_long_rests, description, legal_reference)
                on conflict (org_id, code, effective_from) where deleted_at is null do nothing;
                get diagnostics added = row_count;
                return added;
            end
            $$;
            """);
        db.Sql("comment on function fatigue.install_national_rules(date) is 'Copies the national standard-hours and BFM solo work/rest limits (HVNL) into the current tenant''s fatigue.fatigue_rules; idempotent. Returns the number of rules added.';");
        db.Sql("revoke execute on function fatigue.install_national_rules(date) from public;");
        db.Sql("grant execute on function fatigue.install_national_rules(date) to finnest_app;");
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("drop function fatigue.install_national_rules(date);");
        db.DropWhatUpCreated(Up);
    }
}
