namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>One planned shift: who works it, when, and where (for the clock events it produces). A struct of about 40
/// bytes: a year of rosters for tens of organisations is millions of them.</summary>
public readonly record struct PlannedShift(Guid ShiftId, int EmployeeIndex, DateTime Start, Place Place)
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(8.5);
    public DateTime End => Start + Length;
}

/// <summary>
/// Rosters: every employee gets at most one shift a day over the scale's roster days (half of them past, half
/// ahead), each shift one assignment of that employee (so no employee is booked twice at once), and every worked
/// shift a clock-in and a clock-out near its site, in the site's time zone.
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

    private static int ShiftCount(SeedContext seed, int org) => seed.IdsOf("people.employees", org).Count * (seed.Scale.RosterDays * 5 / 7);

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("roster.shifts", new TableRules
        {
            RowsPerOrganisation = ShiftCount,
            OwnedColumns = new HashSet<string> { "start_at", "end_at", "timezone", "status", "unpaid_break_minutes", "headcount", "is_open_shift", "cancelled_at", "cancellation_reason" },
            Row = (row, i) =>
            {
                // Employee e works five days in seven: the k-th shift round falls on day k × 7 / 5.
                var employees = row.Seed.IdsOf("people.employees", row.Org.Index).Count;
                var (employee, day) = (i % employees, i / employees * 7 / 5);
                var firstDay = row.Now.Date.AddDays(-row.Seed.Scale.RosterDays / 2);
                var local = firstDay.AddDays(day).AddHours(5 + (employee + day) % 6);
                var start = row.Place.Utc(local);
                var end = start + PlannedShift.Length;
                row["start_at"] = start;
                row["end_at"] = end;
                row["timezone"] = row.Place.TimeZone;
                row["unpaid_break_minutes"] = 30;
                row["headcount"] = 1;
                row["is_open_shift"] = false;
                row["status"] = end < row.Now ? "completed" : "published";
                row["published_at"] = start.AddDays(-7);
                row["cancelled_at"] = null;
                row["cancellation_reason"] = null;
                Planned(row.Seed, row.Org.Index).Add(new PlannedShift((Guid)row["id"]!, employee, start, row.Place));
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
