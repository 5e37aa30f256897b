using static Finnest.Database.Seeds.Generation.Domain.DomainValues;

namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>One planned shift: who works it, when, where (for the clock events it produces) and the hours it pays. A
/// struct of about 56 bytes: a year of rosters for tens of organisations is millions of them.</summary>
public readonly record struct PlannedShift(Guid ShiftId, int EmployeeIndex, DateTime Start, Place Place, decimal PaidHours)
{
    /// <summary>Every shift has a 30-minute unpaid meal break.</summary>
    public const int UnpaidBreakMinutes = 30;

    public DateTime End => Start.AddHours((double)PaidHours).AddMinutes(UnpaidBreakMinutes);
}

/// <summary>
/// Rosters: every employee gets at most one shift a day over the scale's roster days (half of them ahead, and the
/// past half from the start of its first pay fortnight, so every timecard of the roster holds a whole fortnight), as
/// many a week as their contract's hours take; each shift one assignment of that employee (so no employee is booked
/// twice at once), every worked shift a clock-in and a clock-out near its site, in the site's time zone, and a line on
/// the employee's timecard of that fortnight.
/// </summary>
public static class RosterRules
{
    private const string Plan = "roster.plan";

    /// <summary>The organisation's planned shifts, in the order generated while the shifts are written.</summary>
    private static List<PlannedShift> Planned(SeedContext seed, int org)
    {
        if (!seed.Cache.TryGetValue(Plan + org, out var planned)) seed.Cache[Plan + org] = planned = new List<PlannedShift>();
        return (List<PlannedShift>)planned;
    }

    /// <summary>The organisation's planned shifts by employee and start, sorted in place once the shifts are written.</summary>
    private static List<PlannedShift> Shifts(SeedContext seed, int org)
    {
        var list = Planned(seed, org);
        if (seed.Cache.TryAdd(Plan + "sorted" + org, true))
            list.Sort((a, b) => a.EmployeeIndex != b.EmployeeIndex ? a.EmployeeIndex.CompareTo(b.EmployeeIndex) : a.Start.CompareTo(b.Start));
        return list;
    }

    /// <summary>The roster's first day: the start of the pay fortnight holding the day half the roster days ago.</summary>
    private static DateOnly RosterStart(SeedContext seed) =>
        PayCalendarRules.FortnightHolding(seed, DateOnly.FromDateTime(seed.Now).AddDays(-seed.Scale.RosterDays / 2));

    /// <summary>
    /// Whether a permanent worker works on <paramref name="day"/>: a full-timer every weekday, a part-timer Monday,
    /// Wednesday and Friday. Their leave is counted in these days (StatusRules).
    /// </summary>
    public static bool WorksOn(string? employment, DayOfWeek day) => employment == "part_time"
        ? day is DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Friday
        : day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The paid hours of a worker's shift, and of a day of their leave: a full-timer's 38-hour week in five shifts of 7.6,
    /// everyone else's shifts 8 (a part-timer's three a week are their contract's 24).
    /// </summary>
    public static decimal ShiftHours(string? employment) => OrganisationRules.ContractHoursPerWeek(employment) == 38m ? 7.6m : 8m;

    /// <summary>
    /// Who works which day of the roster (days from <see cref="RosterStart"/>, a Monday) and for how many paid hours, in
    /// shift rounds (five a week). A permanent worker works the weekdays of <see cref="WorksOn"/>; a casual or contractor
    /// three rounds a week that move with them, on Monday to Wednesday, Friday and Saturday. Nobody works a day of their
    /// approved or taken leave.
    /// </summary>
    private static List<(int Employee, int Day, decimal PaidHours)> Rota(SeedContext seed, int org) => seed.Once("roster.rota/" + org, () =>
    {
        var employees = seed.IdsOf("people.employees", org);
        var employment = employees.Select(e => seed.AttributeOf("people.employees", e, "employment_type") as string).ToArray();
        var onLeave = LeaveDays(seed, org);
        var first = RosterStart(seed);
        var rounds = (DateOnly.FromDateTime(seed.Now).AddDays(seed.Scale.RosterDays / 2).DayNumber - first.DayNumber) * 5 / 7;
        var rota = new List<(int, int, decimal)>();
        for (var k = 0; k < rounds; k++)
        for (var e = 0; e < employees.Count; e++)
        {
            var permanent = OrganisationRules.ContractHoursPerWeek(employment[e]) is not null;
            var day = permanent ? k / 5 * 7 + k % 5 : k * 7 / 5;
            var works = permanent ? WorksOn(employment[e], first.AddDays(day).DayOfWeek) : (k + e) % 5 < 3;
            if (works && !onLeave.Contains((employees[e], first.AddDays(day)))) rota.Add((e, day, ShiftHours(employment[e])));
        }
        return rota;
    });

    /// <summary>Every day of approved or taken leave, by worker: nobody is rostered on a day they are on leave.</summary>
    private static HashSet<(Guid Employee, DateOnly Day)> LeaveDays(SeedContext seed, int org)
    {
        var days = new HashSet<(Guid, DateOnly)>();
        foreach (var request in seed.IdsOf("people.leave_requests", org))
        {
            object? Of(string column) => seed.AttributeOf("people.leave_requests", request, column);
            if (Of("status") as string is not ("approved" or "taken") || Of("employee_id") is not Guid employee) continue;
            for (var day = (DateOnly)Of("start_date")!; day <= (DateOnly)Of("end_date")!; day = day.AddDays(1)) days.Add((employee, day));
        }
        return days;
    }

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("roster.shifts", new TableRules
        {
            ReadsTables = new HashSet<string> { "people.leave_requests" },
            RowsPerOrganisation = (seed, org) => Rota(seed, org).Count,
            OwnedColumns = new HashSet<string> { "start_at", "end_at", "timezone", "status", "unpaid_break_minutes", "headcount", "is_open_shift", "cancelled_at", "cancellation_reason" },
            Row = (row, i) =>
            {
                var (employee, day, paid) = Rota(row.Seed, row.Org.Index)[i];
                var local = RosterStart(row.Seed).ToDateTime(TimeOnly.MinValue).AddDays(day).AddHours(5 + (employee + day) % 6);
                var shift = new PlannedShift((Guid)row["id"]!, employee, row.Place.Utc(local), row.Place, paid);
                var end = shift.End;
                row["start_at"] = shift.Start;
                row["end_at"] = end;
                row["timezone"] = row.Place.TimeZone;
                row["unpaid_break_minutes"] = PlannedShift.UnpaidBreakMinutes;
                row["headcount"] = 1;
                row["is_open_shift"] = false;
                row["status"] = end < row.Now ? "completed" : "published";
                row["published_at"] = shift.Start.AddDays(-7);
                row["cancelled_at"] = null;
                row["cancellation_reason"] = null;
                Planned(row.Seed, row.Org.Index).Add(shift);
            },
        }),
        new("roster.shift_assignments", new TableRules
        {
            RowsPerOrganisation = (seed, org) => Shifts(seed, org).Count,
            OwnedColumns = new HashSet<string> { "shift_id", "employee_id", "start_at", "end_at", "status", "cancelled_at", "cancellation_reason", "confirmed_at", "assigned_at" },
            Row = (row, i) =>
            {
                var shift = Shifts(row.Seed, row.Org.Index)[i];
                row["shift_id"] = shift.ShiftId;
                row["employee_id"] = row.Seed.IdsOf("people.employees", row.Org.Index)[shift.EmployeeIndex];
                row["start_at"] = shift.Start;
                row["end_at"] = shift.End;
                row["status"] = shift.End < row.Now ? "completed" : "confirmed";
                row["assigned_at"] = shift.Start.AddDays(-6);
                row["confirmed_at"] = shift.Start.AddDays(-5);
                row["cancelled_at"] = null;
                row["cancellation_reason"] = null;
            },
        }),
        // A worker asks to swap their own shift: a hand-over to a named worker (one in three open to anyone eligible), or
        // an exchange for one of that worker's shifts.
        new("roster.shift_swaps", new TableRules
        {
            OwnedColumns = new HashSet<string> { "from_assignment_id", "requesting_employee_id", "target_employee_id", "to_assignment_id" },
            Row = (row, i) =>
            {
                var shifts = Shifts(row.Seed, row.Org.Index);
                var assignments = row.Seed.IdsOf("roster.shift_assignments", row.Org.Index);
                var employees = row.Seed.IdsOf("people.employees", row.Org.Index);
                // Assignments are written in the order of Shifts: the same index is the same shift.
                var from = row.Random.Next(shifts.Count);
                var other = (from + 1 + row.Random.Next(shifts.Count - 1)) % shifts.Count;
                while (shifts[other].EmployeeIndex == shifts[from].EmployeeIndex && other != from) other = (other + 1) % shifts.Count;
                var named = other != from && i % 3 != 2;
                row["from_assignment_id"] = assignments[from];
                row["requesting_employee_id"] = employees[shifts[from].EmployeeIndex];
                row["target_employee_id"] = named ? employees[shifts[other].EmployeeIndex] : null;
                row["to_assignment_id"] = named && i % 2 == 0 ? assignments[other] : null;
            },
        }),
        new("timekeep.clock_events", new TableRules
        {
            RowsPerOrganisation = (seed, org) => 2 * Shifts(seed, org).Count(s => s.End < seed.Now),
            OwnedColumns = new HashSet<string> { "employee_id", "event_type", "source", "verification_method", "terminal_id", "recorded_by", "occurred_at", "local_occurred_at", "local_timezone", "received_at", "latitude", "longitude", "shift_id", "corrects_event_id", "reason", "device_id", "device_event_id" },
            Row = (row, i) =>
            {
                var worked = Worked(row.Seed, row.Org.Index);
                var shift = Shifts(row.Seed, row.Org.Index)[worked[i / 2]];
                var clockIn = i % 2 == 0;
                var at = clockIn ? shift.Start.AddMinutes(-row.Random.Next(12)) : shift.End.AddMinutes(row.Random.Next(15));
                var zone = TimeZoneInfo.FindSystemTimeZoneById(shift.Place.TimeZone);
                row["employee_id"] = row.Seed.IdsOf("people.employees", row.Org.Index)[shift.EmployeeIndex];
                row["event_type"] = clockIn ? "clock_in" : "clock_out";
                // Most workers clock with the phone app (a GPS fix, a selfie or PIN); one shift in eight on the site's
                // kiosk (its terminal, a card or fingerprint). Nobody's punch is keyed in by a supervisor here.
                var kiosk = worked[i / 2] % 8 == 7 && row["terminal_id"] is not null;
                row["source"] = kiosk ? "kiosk" : "mobile_gps";
                row["verification_method"] = kiosk ? (i % 4 < 2 ? "card" : "fingerprint") : (i % 3 == 0 ? "pin" : "selfie");
                if (!kiosk) row["terminal_id"] = null;
                row["recorded_by"] = null;
                row["occurred_at"] = at;
                row["local_occurred_at"] = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(at, zone), DateTimeKind.Unspecified);
                row["local_timezone"] = shift.Place.TimeZone;
                row["received_at"] = at.AddSeconds(2 + row.Random.Next(30));
                row["inserted_at"] = at.AddSeconds(3 + row.Random.Next(30));
                row["latitude"] = Math.Round((decimal)(shift.Place.Latitude + (row.Random.NextDouble() - 0.5) * 0.004), 6);
                row["longitude"] = Math.Round((decimal)(shift.Place.Longitude + (row.Random.NextDouble() - 0.5) * 0.004), 6);
                row["shift_id"] = shift.ShiftId;
                row["corrects_event_id"] = null;
                row["reason"] = null;
                // The worker's phone and its own id of the event: a re-send after working offline is absorbed.
                row["device_id"] = $"phone-{(Guid)row["employee_id"]!:N}"[..22];
                row["device_event_id"] = Deterministic.Uuid(row.Seed.Stream("timekeep.clock_events.device_event_id"), row.Ordinal).ToString();
            },
        }),
        // A timecard per employee and fortnight of the roster's past half (the fortnights of the default pay calendar),
        // built from the roster: approved and paid once its pay run is, submitted while the fortnight is still open.
        new("timekeep.timecards", new TableRules
        {
            RowsPerOrganisation = (seed, org) => Math.Min(seed.Scale.RowsPerTable, Fortnights(seed).Count * seed.IdsOf("people.employees", org).Count),
            OwnedColumns = new HashSet<string> { "employee_id", "period_start", "period_end", "status", "source", "ordinary_hours", "penalty_hours", "overtime_hours", "total_hours",
                "worked_amount", "allowance_amount", "submitted_at", "approved_at", "rejected_at", "rejection_reason", "exported_at", "paid_at", "pay_run_id" },
            Row = (row, i) =>
            {
                var fortnights = Fortnights(row.Seed);
                var employees = row.Seed.IdsOf("people.employees", row.Org.Index);
                var start = fortnights[i % fortnights.Count];
                var end = start.AddDays(13);
                var today = DateOnly.FromDateTime(row.Now);
                var run = PayCalendarRules.RunOf(row.Seed, row.Org.Index, "fortnightly", start);
                var paid = run is not null && row.Seed.AttributeOf("payroll.pay_runs", run.Value, "status") as string is "paid" or "stp_submitted";
                var closed = end < today;
                var submitted = Earlier(end.AddDays(1).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc), row.Now.AddHours(-6));
                row["employee_id"] = employees[i / fortnights.Count % employees.Count];
                row["period_start"] = start;
                row["period_end"] = end;
                row["status"] = paid ? "paid" : closed ? "approved" : "submitted";
                row["source"] = "clock";
                foreach (var total in (string[])["ordinary_hours", "penalty_hours", "overtime_hours", "total_hours", "worked_amount", "allowance_amount"])
                    row[total] = 0m;   // the entries' sums, kept by their trigger
                row["submitted_at"] = submitted;
                row["approved_at"] = closed ? Earlier(submitted.AddHours(20), row.Now.AddHours(-1)) : null;
                row["rejected_at"] = null;
                row["rejection_reason"] = null;
                row["exported_at"] = paid ? submitted.AddDays(1) : null;
                row["paid_at"] = paid && run is not null ? ((DateOnly)row.Seed.AttributeOf("payroll.pay_runs", run.Value, "payment_date")!).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc) : null;
                row["pay_run_id"] = run;
            },
        }),
        // One line per shift the timecard's employee worked in its fortnight: its paid hours (the shift less its unpaid
        // break) on the local day it started, at the employee's ordinary rate, times the award's weekend penalty or, for
        // casuals on weekdays, its casual loading.
        new("timekeep.timecard_entries", new TableRules
        {
            RowsPerOrganisation = (seed, org) => TimecardLines(seed, org).Count,
            OwnedColumns = new HashSet<string> { "timecard_id", "work_date", "pay_category", "hours", "start_at", "end_at", "multiplier", "rate", "amount",
                "award_classification_id", "shift_id", "shift_assignment_id", "source", "notes" },
            Row = (row, i) =>
            {
                var (timecard, shiftIndex) = TimecardLines(row.Seed, row.Org.Index)[i];
                var shift = Shifts(row.Seed, row.Org.Index)[shiftIndex];
                var entry = EntryOf(row.Seed, row.Org.Index, shift);
                row["timecard_id"] = timecard;
                row["work_date"] = entry.Day;
                row["pay_category"] = entry.Category;
                row["hours"] = entry.Hours;
                row["start_at"] = shift.Start;
                row["end_at"] = shift.End;
                row["multiplier"] = entry.Multiplier;
                row["rate"] = entry.Rate;
                row["amount"] = entry.Amount;
                row["award_classification_id"] = entry.Classification;
                row["shift_id"] = shift.ShiftId;
                row["shift_assignment_id"] = null;
                row["source"] = "clock";
                row["notes"] = null;
            },
        }),
    ];

    /// <summary>Starts of the default calendar's fortnights that hold a worked day of the roster, newest first.</summary>
    private static List<DateOnly> Fortnights(SeedContext seed)
    {
        if (seed.Cache.TryGetValue("fortnights", out var cached)) return (List<DateOnly>)cached;
        var today = DateOnly.FromDateTime(seed.Now);
        var firstWorked = RosterStart(seed);
        var list = new List<DateOnly>();
        for (var start = PayCalendarRules.FortnightHolding(seed, today.AddDays(-1)); start.AddDays(13) >= firstWorked; start = start.AddDays(-14)) list.Add(start);
        seed.Cache["fortnights"] = list;
        return list;
    }

    /// <summary>What a timecard entry pays for one worked shift.</summary>
    public sealed record TimecardEntry(DateOnly Day, string Category, decimal Hours, decimal Multiplier, decimal Rate, decimal Amount, Guid? Classification);

    /// <summary>
    /// A worked shift's entry: its paid hours on the local day it started, at the employee's ordinary rate times the award's
    /// weekend penalty or, for casuals on weekdays, its casual loading.
    /// </summary>
    private static TimecardEntry EntryOf(SeedContext seed, int org, PlannedShift shift)
    {
        var employee = seed.IdsOf("people.employees", org)[shift.EmployeeIndex];
        var day = LocalDay(shift);
        var employment = seed.AttributeOf("people.employees", employee, "employment_type") as string;
        var category = day.DayOfWeek switch { DayOfWeek.Saturday => "saturday", DayOfWeek.Sunday => "sunday", _ => "ordinary" };
        var classification = AwardPay.ClassificationOf(seed, employee);
        var rate = AwardPay.HourlyRateOf(seed, employee, day, casual: false) ?? AwardPay.AgreedHourlyRate(employee);
        var multiplier = AwardPay.Multiplier(seed, classification, category, employment);
        var hours = shift.PaidHours;
        return new TimecardEntry(day, category, hours, multiplier, rate, Math.Round(hours * multiplier * rate, 2, MidpointRounding.AwayFromZero), classification);
    }

    /// <summary>
    /// The employee's timecard a run pays, with its entries in work-day order: an approved timecard of the run's fortnight
    /// (paid once the run is). Null when the run pays none: its period is older than the roster, the fortnight is still
    /// open, or the employee has no timecard in it. The payslip pays these hours.
    /// </summary>
    public static (Guid Timecard, IReadOnlyList<TimecardEntry> Entries)? TimecardPaidBy(SeedContext seed, int org, Guid employee, Guid run)
    {
        var paid = seed.Once("timecards-by-run/" + org, () =>
        {
            var shifts = Shifts(seed, org);
            return TimecardLines(seed, org)
                .Where(l => seed.AttributeOf("timekeep.timecards", l.Timecard, "status") as string is "approved" or "paid")
                .GroupBy(l => l.Timecard)
                .ToDictionary(g => ((Guid)seed.AttributeOf("timekeep.timecards", g.Key, "employee_id")!, (Guid)seed.AttributeOf("timekeep.timecards", g.Key, "pay_run_id")!),
                    g => (g.Key, (IReadOnlyList<TimecardEntry>)g.Select(l => EntryOf(seed, org, shifts[l.Shift])).OrderBy(e => e.Day).ToList()));
        });
        return paid.TryGetValue((employee, run), out var card) ? card : null;
    }

    /// <summary>Every timecard's worked shifts, as (timecard, index into <see cref="Shifts"/>), in timecard order.</summary>
    private static List<(Guid Timecard, int Shift)> TimecardLines(SeedContext seed, int org)
    {
        var key = "timecard-lines" + org;
        if (seed.Cache.TryGetValue(key, out var cached)) return (List<(Guid, int)>)cached;
        var shifts = Shifts(seed, org);
        var employees = seed.IdsOf("people.employees", org);
        var indexOf = employees.Select((id, k) => (id, k)).ToDictionary(x => x.id, x => x.k);
        var lines = new List<(Guid, int)>();
        foreach (var timecard in seed.IdsOf("timekeep.timecards", org))
        {
            if (seed.AttributeOf("timekeep.timecards", timecard, "employee_id") is not Guid employee || !indexOf.TryGetValue(employee, out var e)) continue;
            var start = (DateOnly)seed.AttributeOf("timekeep.timecards", timecard, "period_start")!;
            var end = start.AddDays(13);
            // Shifts are sorted by employee, then start: the employee's run of them, those over that began (local day) in the fortnight.
            for (var k = LowerBound(shifts, e); k < shifts.Count && shifts[k].EmployeeIndex == e; k++)
                if (shifts[k].End < seed.Now && LocalDay(shifts[k]) is var day && day >= start && day <= end) lines.Add((timecard, k));
        }
        seed.Cache[key] = lines;
        return lines;
    }

    private static int LowerBound(List<PlannedShift> shifts, int employee)
    {
        int low = 0, high = shifts.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (shifts[mid].EmployeeIndex < employee) low = mid + 1; else high = mid;
        }
        return low;
    }

    /// <summary>The local day a shift starts on, where it is worked (a night shift's hours fall on that day).</summary>
    private static DateOnly LocalDay(PlannedShift shift) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(shift.Start, TimeZoneInfo.FindSystemTimeZoneById(shift.Place.TimeZone)));

    /// <summary>Timecard columns the entries read back.</summary>
    public static readonly (string Table, string Column)[] ColumnsRead =
    [
        ("timekeep.timecards", "employee_id"), ("timekeep.timecards", "period_start"), ("timekeep.timecards", "status"), ("timekeep.timecards", "pay_run_id"),
        ("people.leave_requests", "start_date"), ("people.leave_requests", "status"),
    ];

    /// <summary>The shifts already worked, as indexes into <see cref="Shifts"/> (four bytes each, not a second copy).</summary>
    private static List<int> Worked(SeedContext seed, int org)
    {
        if (seed.Cache.TryGetValue("worked" + org, out var cached)) return (List<int>)cached;
        var shifts = Shifts(seed, org);
        var list = Enumerable.Range(0, shifts.Count).Where(i => shifts[i].End < seed.Now).ToList();
        seed.Cache["worked" + org] = list;
        return list;
    }
}
