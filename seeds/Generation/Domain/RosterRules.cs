namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>One planned shift: who works it, when, and where (for the clock events it produces).</summary>
public sealed record PlannedShift(Guid ShiftId, int EmployeeIndex, DateTime Start, DateTime End, Place Place);

/// <summary>
/// Rosters: every employee gets at most one shift a day over the scale's roster days (half of them past, half
/// ahead), each shift one assignment of that employee (so no employee is booked twice at once), and every worked
/// shift a clock-in and a clock-out near its site, in the site's time zone.
/// </summary>
public static class RosterRules
{
    private const string Plan = "roster.plan";

    /// <summary>The organisation's planned shifts by employee and start, computed once the shifts are written.</summary>
    private static List<PlannedShift> Shifts(SeedContext seed, int org)
    {
        if (seed.Cache.TryGetValue(Plan + org, out var cached)) return (List<PlannedShift>)cached;
        var list = seed.Remembered.TryGetValue(Plan + org, out var map)
            ? map.Values.Select(v => (PlannedShift)v[0]!).OrderBy(p => p.EmployeeIndex).ThenBy(p => p.Start).ToList()
            : [];
        seed.Cache[Plan + org] = list;
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
                var zone = TimeZoneInfo.FindSystemTimeZoneById(row.Place.TimeZone);
                var start = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
                var end = start.AddHours(8.5);
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
                if (!row.Seed.Remembered.TryGetValue(Plan + row.Org.Index, out var map)) row.Seed.Remembered[Plan + row.Org.Index] = map = [];
                map[(Guid)row["id"]!] = [new PlannedShift((Guid)row["id"]!, employee, start, end, row.Place)];
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
            OwnedColumns = new HashSet<string> { "employee_id", "event_type", "occurred_at", "local_occurred_at", "local_timezone", "received_at", "latitude", "longitude", "shift_id", "corrects_event_id", "reason", "device_id", "device_event_id" },
            Row = (row, i) =>
            {
                var worked = Worked(row.Seed, row.Org.Index);
                var shift = worked[i / 2];
                var clockIn = i % 2 == 0;
                var at = clockIn ? shift.Start.AddMinutes(-row.Random.Next(12)) : shift.End.AddMinutes(row.Random.Next(15));
                var zone = TimeZoneInfo.FindSystemTimeZoneById(shift.Place.TimeZone);
                row["employee_id"] = row.Seed.IdsOf("people.employees", row.Org.Index)[shift.EmployeeIndex];
                row["event_type"] = clockIn ? "clock_in" : "clock_out";
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

    private static List<PlannedShift> Worked(SeedContext seed, int org)
    {
        if (seed.Cache.TryGetValue("worked" + org, out var cached)) return (List<PlannedShift>)cached;
        var list = Shifts(seed, org).Where(s => s.End < seed.Now).ToList();
        seed.Cache["worked" + org] = list;
        return list;
    }
}
