namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Heavy-vehicle fatigue (HVNL): each organisation's limits as the regulation states them, and drivers' electronic
/// work diaries that keep them.
/// </summary>
public static class FatigueRules
{
    /// <summary>
    /// The limits an organisation's drivers work under, as the regulation states them for a solo driver: standard hours
    /// (Heavy Vehicle (Fatigue Management) National Regulation, schedule 1) and basic fatigue management (schedule 2),
    /// each period with its most work and least rest; rest counted in 15-minute blocks, the day's and the week's rest
    /// continuous and stationary, and two night rest breaks (two on consecutive days) in any fourteen days.
    /// </summary>
    private sealed record SoloLimit(string Code, string Option, int Period, int Work, int Rest, int? Block, int? Continuous, bool Stationary, int? NightBreaks, string Description);

    private static readonly SoloLimit[] SoloLimits =
    [
        new("STD-5H30", "standard", 330, 315, 15, 15, 15, false, null, "Standard hours: in any 5½ hours, at most 5¼ hours of work and 15 continuous minutes of rest"),
        new("STD-8H", "standard", 480, 450, 30, 15, null, false, null, "Standard hours: in any 8 hours, at most 7½ hours of work and 30 minutes of rest in blocks of 15 minutes"),
        new("STD-11H", "standard", 660, 600, 60, 15, null, false, null, "Standard hours: in any 11 hours, at most 10 hours of work and 60 minutes of rest in blocks of 15 minutes"),
        new("STD-24H", "standard", 1440, 720, 420, null, 420, true, null, "Standard hours: in any 24 hours, at most 12 hours of work and 7 continuous hours of stationary rest"),
        new("STD-7D", "standard", 10080, 4320, 1440, null, 1440, true, null, "Standard hours: in any 7 days, at most 72 hours of work and 24 continuous hours of stationary rest"),
        new("STD-14D", "standard", 20160, 8640, 0, null, null, true, 2, "Standard hours: in any 14 days, at most 144 hours of work and 2 night rest breaks, 2 of them on consecutive days"),
        new("BFM-6H15", "bfm", 375, 360, 15, 15, 15, false, null, "Basic fatigue management: in any 6¼ hours, at most 6 hours of work and 15 continuous minutes of rest"),
        new("BFM-9H", "bfm", 540, 510, 30, 15, null, false, null, "Basic fatigue management: in any 9 hours, at most 8½ hours of work and 30 minutes of rest in blocks of 15 minutes"),
        new("BFM-12H", "bfm", 720, 660, 60, 15, null, false, null, "Basic fatigue management: in any 12 hours, at most 11 hours of work and 60 minutes of rest in blocks of 15 minutes"),
        new("BFM-24H", "bfm", 1440, 840, 420, null, 420, true, null, "Basic fatigue management: in any 24 hours, at most 14 hours of work and 7 continuous hours of stationary rest"),
    ];

    /// <summary>The entries of one diary day under standard hours: what starts, at what local time.</summary>
    private static readonly (string Type, int Hour, int Minute)[] DiaryDay = [("work", 6, 0), ("rest", 11, 0), ("work", 11, 30), ("rest", 16, 30)];

    /// <summary>The organisation's heavy-vehicle drivers: a quarter of its workers (at least one), the first in id order.</summary>
    private static IReadOnlyList<Guid> Drivers(SeedContext seed, int org)
    {
        var employees = seed.IdsOf("people.employees", org);
        return employees.Take(Math.Max(1, employees.Count / 4)).ToList();
    }

    /// <summary>
    /// Diary days per driver: as many as the scale's share of log rows allows (about twenty rows a table's worth, five
    /// days at `demo` and `small`), at least one and fewer than the days of the history.
    /// </summary>
    private static int DiaryDaysPerDriver(SeedContext seed, int org)
    {
        var days = Math.Max(1, (int)Math.Round(seed.Scale.RowsPerTable * 20.0 / (Drivers(seed, org).Count * DiaryDay.Length)));
        return Math.Min(days, seed.HistoryDays - 2);
    }

    /// <summary>
    /// How many days before today a driver's diary day falls: a driver works their diary days in one run of consecutive
    /// days (day 0 the earliest), the runs of different drivers spread over the history window.
    /// </summary>
    private static int DiaryDayAgo(SeedContext seed, int org, int driver, int day)
    {
        var days = DiaryDaysPerDriver(seed, org);
        return days + driver * 37 % (seed.HistoryDays - 1 - days) - day;
    }

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("fatigue.fatigue_rules", new TableRules
        {
            RowsPerOrganisation = (_, _) => SoloLimits.Length,
            OwnedColumns = new HashSet<string> { "code", "work_rest_option", "mode", "period_minutes", "max_work_minutes", "max_long_night_work_minutes", "min_rest_minutes", "rest_block_minutes", "min_continuous_rest_minutes", "rest_must_be_stationary", "min_night_rest_breaks", "min_consecutive_night_rest_breaks", "max_work_between_long_rests_minutes", "description", "legal_reference", "accreditation_number", "effective_from", "effective_to", "deleted_at" },
            Row = (row, i) =>
            {
                var limit = SoloLimits[i];
                var bfm = limit.Option == "bfm";
                row["code"] = limit.Code;
                row["work_rest_option"] = limit.Option;
                row["mode"] = "solo";
                row["period_minutes"] = limit.Period;
                row["max_work_minutes"] = limit.Work;
                row["max_long_night_work_minutes"] = null;
                row["min_rest_minutes"] = limit.Rest;
                row["rest_block_minutes"] = limit.Block;
                row["min_continuous_rest_minutes"] = limit.Continuous;
                row["rest_must_be_stationary"] = limit.Stationary;
                row["min_night_rest_breaks"] = limit.NightBreaks;
                row["min_consecutive_night_rest_breaks"] = limit.NightBreaks;
                row["max_work_between_long_rests_minutes"] = null;
                row["description"] = limit.Description;
                row["legal_reference"] = bfm ? "HV(FM)NR sch 2 pt 1" : "HV(FM)NR sch 1 pt 1";
                // BFM needs the operator's NHVAS accreditation; standard hours need none.
                row["accreditation_number"] = bfm ? $"BFM{row.Org.Number + 1:D5}" : null;
                row["effective_from"] = new DateOnly(2014, 2, 10);   // the Heavy Vehicle National Law's start
                row["effective_to"] = null;
                row["deleted_at"] = null;
            },
        }),
        // A driver's electronic work diary under standard hours (HVNL): a day is work from 06:00, a rest at 11:00 (five
        // hours of work, inside the 5¼ allowed before a 15-minute rest), work again from 11:30 and the day's rest from
        // 16:30 (ten hours of work in the day, at most twelve allowed; 13½ hours of continuous rest before the next).
        // Each driver works one run of consecutive days (five at `demo` and `small`: 50 hours, inside the 72 allowed
        // in any 7 days), the runs spread over the history window. Solo, except one driver in six, who drives two-up
        // with the next driver. Entries are recorded to the minute, at those hours in the time zone of
        // the driver's base (the organisation's head office).
        new("fatigue.ewd_entries", new TableRules
        {
            // Whole diary days for every driver: as many as the scale's share of log rows allows, at least one.
            RowsPerOrganisation = (seed, org) => Drivers(seed, org).Count * DiaryDay.Length * DiaryDaysPerDriver(seed, org),
            OwnedColumns = new HashSet<string> { "employee_id", "diary_entry_id", "recorded_at", "entered_at", "inserted_at", "base_timezone", "entry_type", "work_rest_option", "mode", "two_up_partner_employee_id", "location_name", "latitude", "longitude", "odometer_km", "registration", "registration_state", "entered_by", "corrects_entry_id", "corrects_recorded_at", "correction_reason" },
            Row = (row, i) =>
            {
                var drivers = Drivers(row.Seed, row.Org.Index);
                var (driver, entry) = (i % drivers.Count, i / drivers.Count);
                var (day, slot) = (entry / DiaryDay.Length, entry % DiaryDay.Length);
                var daysAgo = DiaryDayAgo(row.Seed, row.Org.Index, driver, day);
                var (type, hour, minute) = DiaryDay[slot];
                var local = row.Now.Date.AddDays(-daysAgo).AddHours(hour).AddMinutes(minute);
                // Drivers are based at the organisation's head office: their diary keeps its time zone.
                var depot = row.Org.HeadOffice;
                var recorded = depot.Utc(local);
                var twoUp = driver % 6 == 5 && drivers.Count > 1;
                row["employee_id"] = drivers[driver];
                row["diary_entry_id"] = LogRules.ProducerId(row, "diary_entry_id");
                row["recorded_at"] = recorded;
                row["entered_at"] = recorded.AddSeconds(20);
                row["inserted_at"] = recorded.AddMinutes(1);
                row["base_timezone"] = depot.TimeZone;
                row["entry_type"] = type;
                row["work_rest_option"] = "standard";
                row["mode"] = twoUp ? "two_up" : "solo";
                row["two_up_partner_employee_id"] = twoUp ? drivers[(driver + 1) % drivers.Count] : null;
                // Where the entry was made: the run may take the driver out of the depot's state.
                row["location_name"] = row.Place.Suburb;
                row["latitude"] = Math.Round((decimal)(row.Place.Latitude + (row.Random.NextDouble() - 0.5) * 0.02), 6);
                row["longitude"] = Math.Round((decimal)(row.Place.Longitude + (row.Random.NextDouble() - 0.5) * 0.02), 6);
                row["odometer_km"] = null;
                row["registration"] = null;
                row["registration_state"] = null;
                row["entered_by"] = "driver";
                row["corrects_entry_id"] = null;
                row["corrects_recorded_at"] = null;
                row["correction_reason"] = null;
            },
        }),
        // A driver's rest as the diary records it: the half-hour break at 11:00 of every diary day, and the night from
        // 16:30 to 06:00 the next day. Thirteen and a half hours overnight are a night rest break (at least 7 continuous
        // hours of stationary rest between 22:00 and 08:00). After the last day of the run the driver is still resting:
        // no end yet, and a long stationary rest (24 hours or more, the week's rest) once 24 hours have passed.
        // Local times at the driver's base, like the diary.
        new("fatigue.rest_periods", new TableRules
        {
            RowsPerOrganisation = (seed, org) => Drivers(seed, org).Count * 2 * DiaryDaysPerDriver(seed, org),
            OwnedColumns = new HashSet<string> { "employee_id", "started_at", "ended_at", "rest_kind", "in_sleeper_berth", "source" },
            Row = (row, i) =>
            {
                var drivers = Drivers(row.Seed, row.Org.Index);
                var (driver, entry) = (i % drivers.Count, i / drivers.Count);
                var (day, evening) = (entry / 2, entry % 2 == 1);
                var daysAgo = DiaryDayAgo(row.Seed, row.Org.Index, driver, day);
                var date = row.Now.Date.AddDays(-daysAgo);
                var depot = row.Org.HeadOffice;
                row["employee_id"] = drivers[driver];
                row["in_sleeper_berth"] = false;
                row["source"] = "ewd";
                if (!evening)
                {
                    row["rest_kind"] = "rest_break";
                    row["started_at"] = depot.Utc(date.AddHours(11));
                    row["ended_at"] = depot.Utc(date.AddHours(11.5));
                    return;
                }
                // Until 06:00 the next day, unless this was the last day of the driver's run.
                var last = day == DiaryDaysPerDriver(row.Seed, row.Org.Index) - 1;
                var started = depot.Utc(date.AddHours(16.5));
                DateTime? ended = last ? null : depot.Utc(date.AddDays(1).AddHours(6));
                row["started_at"] = started;
                row["ended_at"] = ended;
                row["rest_kind"] = (ended ?? row.Now) - started >= TimeSpan.FromHours(24) ? "long_stationary_rest"
                    : ended is null ? "stationary_rest" : "night_rest_break";
            },
        }),
    ];
}
