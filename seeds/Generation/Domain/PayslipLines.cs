using static Finnest.Database.Seeds.Generation.Domain.DomainValues;

namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>One line of a payslip, as payroll.pay_lines holds it.</summary>
/// <param name="Timecard">The timecard whose hours the line pays (null: hours of the contract, or not hours).</param>
public sealed record PayslipLine(string Category, string Kind, decimal? Hours, decimal? Units, decimal? Rate, decimal Amount, DateOnly? WorkDate,
    string? StpCode, string Description, Guid? Allowance, Guid? Deduction, bool OrdinaryTimeEarnings, Guid? Timecard = null)
{
    /// <summary>Deductions come off the net; every other category adds to (or, negative, takes from) the gross.</summary>
    public bool IsEarning => Category != "deduction";
}

/// <summary>A payslip worked out from its lines: what it shows, and the sums the payslip row carries.</summary>
public sealed record WorkedPayslip(IReadOnlyList<PayslipLine> Lines, decimal OrdinaryHours, decimal OrdinaryRate, decimal Gross, decimal Tax,
    decimal Deductions, decimal OrdinaryTimeEarnings);

/// <summary>
/// A payslip and its pay lines are one calculation: the payslip's gross is the sum of its earning lines, its deductions
/// the sum of its deduction lines, its super the guarantee on the lines that are ordinary time earnings. Both tables
/// work the payslip out again from the same inputs (its run, employee and period, the leave the run pays,
/// the tenant's allowances and the employee's standing deductions), so they agree without either reading the other's
/// rows.
/// Also the tables those lines name: the tenant's allowance catalogue and its employees' standing deductions.
/// </summary>
public static class PayslipLines
{
    /// <summary>
    /// The tenant's allowances, one per STP allowance type it pays: the ATO's cents-per-km rate (88 cents from 1 July
    /// 2024, unchanged for 2025-26) and the employer's own rates for the rest (no award's allowances are loaded).
    /// </summary>
    private static readonly (string Code, string Name, string Stp, string Unit, decimal Rate, bool Ote, string? Description)[] Allowances =
    [
        ("CAR", "Vehicle allowance (per km)", "CD", "per_km", 0.88m, false, "Own car used for work, at the ATO cents-per-km rate."),
        ("MEAL", "Overtime meal allowance", "MD", "per_occasion", 18.50m, false, null),
        ("LAUNDRY", "Laundry allowance", "LD", "per_week", 6.50m, false, null),
        ("TOOLS", "Tool allowance", "TD", "per_week", 22.00m, false, null),
        ("FIRSTAID", "First aid allowance", "QN", "per_week", 19.00m, true, "Holds a current first aid certificate and is the appointed first aider."),
        ("LEADHAND", "Leading hand allowance", "KN", "per_week", 45.00m, true, "In charge of up to ten other workers."),
        ("TRAVEL", "Overnight travel allowance", "RD", "per_day", 65.00m, false, null),
        ("DIRT", "Dirt money", "OD", "per_hour", 0.75m, false, "Work in unusually dirty conditions, per hour so worked."),
    ];

    /// <summary>Standing deductions STP reports (a pay line's deduction needs an STP type): who receives them, and how.</summary>
    private static readonly (string Type, string Stp, bool Statutory, string Description, string[] Payees)[] Deductions =
    [
        ("union_fees", "F", false, "Union membership fees", ["United Workers Union", "Transport Workers' Union of Australia", "Australian Workers' Union"]),
        ("workplace_giving", "W", false, "Workplace giving", ["Beyond Blue", "The Smith Family", "Australian Red Cross"]),
        ("union_fees", "F", false, "Union membership fees", ["Shop, Distributive and Allied Employees' Association", "United Workers Union"]),
        ("child_support", "D", true, "Child support deduction (notice from Services Australia)", ["Services Australia (Child Support)"]),
        ("child_support", "G", true, "Child support garnishee (notice from Services Australia)", ["Services Australia (Child Support)"]),
    ];

    /// <summary>Columns of allowances, deductions and leave the payslips read back.</summary>
    public static readonly (string Table, string Column)[] ColumnsRead =
    [
        ("payroll.allowances", "name"), ("payroll.allowances", "stp_allowance_type"), ("payroll.allowances", "unit"), ("payroll.allowances", "default_rate"),
        ("payroll.allowances", "is_ordinary_time_earnings"),
        ("payroll.deductions", "employee_id"), ("payroll.deductions", "stp_deduction_type"), ("payroll.deductions", "amount"), ("payroll.deductions", "percent_of_gross"),
        ("payroll.deductions", "protected_earnings_amount"), ("payroll.deductions", "start_date"), ("payroll.deductions", "end_date"), ("payroll.deductions", "status"),
        ("payroll.deductions", "description"),
        ("people.leave_requests", "employee_id"), ("people.leave_requests", "pay_run_id"), ("people.leave_requests", "hours"), ("people.leave_requests", "leave_type_id"),
        ("people.leave_requests", "end_date"), ("people.leave_types", "name"), ("people.leave_types", "is_paid"), ("people.leave_types", "stp_paid_leave_type"),
    ];

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("payroll.allowances", new TableRules
        {
            RowsPerOrganisation = (seed, _) => Math.Min(Allowances.Length, seed.Scale.RowsPerTable),
            OwnedColumns = new HashSet<string> { "code", "name", "description", "award_allowance_id", "stp_allowance_type", "unit", "default_rate", "is_taxable",
                "is_ordinary_time_earnings", "is_payroll_taxable", "status", "effective_from", "effective_to", "deleted_at" },
            Row = (row, i) =>
            {
                var (code, name, stp, unit, rate, ote, description) = Allowances[i];
                row["code"] = code;
                row["name"] = name;
                row["description"] = description;
                row["award_allowance_id"] = null;
                row["stp_allowance_type"] = stp;
                row["unit"] = unit;
                row["default_rate"] = rate;
                row["is_taxable"] = true;
                row["is_ordinary_time_earnings"] = ote;
                row["is_payroll_taxable"] = true;
                row["status"] = "active";
                row["effective_from"] = null;
                row["effective_to"] = null;
                row["deleted_at"] = null;
            },
        }),
        // Standing deductions of one worker in three: union fees and workplace giving with the employee's written
        // authorisation (FW Act s324), child support on a notice (required by law, no authorisation). Most are in force;
        // one in seven ended a few weeks ago, and one authorisation in nine was withdrawn in writing.
        new("payroll.deductions", new TableRules
        {
            RowsPerOrganisation = (seed, org) => Math.Max(1, seed.IdsOf("people.employees", org).Count / 3),
            OwnedColumns = new HashSet<string> { "employee_id", "deduction_type", "stp_deduction_type", "description", "payee_name", "payee_reference", "amount",
                "percent_of_gross", "protected_earnings_amount", "total_limit", "is_statutory", "authorisation_reference", "authorised_on",
                "principally_benefits_employee", "authorisation_document_uri", "start_date", "end_date", "authorisation_withdrawn_at", "status", "deleted_at" },
            Row = (row, i) =>
            {
                var employees = row.Seed.IdsOf("people.employees", row.Org.Index);
                var (type, stp, statutory, description, payees) = Deductions[i % Deductions.Length];
                var today = DateOnly.FromDateTime(row.Now);
                var start = today.AddDays(-40 - i * 37 % 400);
                var ended = i % 7 == 6;
                var withdrawn = !ended && !statutory && i % 9 == 4;
                var stopped = withdrawn ? today.AddDays(-10) : today.AddDays(-20 - i % 10);
                var payee = payees[i / Deductions.Length % payees.Length];
                if (employees.Count > 0) row["employee_id"] = employees[(i * 7 + 1) % employees.Count];
                row["deduction_type"] = type;
                row["stp_deduction_type"] = stp;
                row["description"] = type == "workplace_giving" ? $"{description} to {payee}" : description;
                row["payee_name"] = payee;
                row["payee_reference"] = type switch
                {
                    "union_fees" => $"M{Deterministic.Mix(Deterministic.Hash("member/" + row["id"])) % 10_000_000:D7}",
                    "child_support" => $"CS{Deterministic.Mix(Deterministic.Hash("case/" + row["id"])) % 1_000_000_000:D9}",
                    _ => null,
                };
                // An amount per pay, except workplace giving by every second employee: a share of gross.
                var share = type == "workplace_giving" && i / Deductions.Length % 2 == 1;
                row["amount"] = share ? null : type switch
                {
                    "union_fees" => 14.50m + 2m * (i % 3),
                    "workplace_giving" => 10m,
                    _ => 80m + 10m * (i % 6),
                };
                row["percent_of_gross"] = share ? 0.0100m : null;
                // The net pay a child support notice leaves the employee each pay, as the notice states it.
                row["protected_earnings_amount"] = type == "child_support" ? 1050m : null;
                row["total_limit"] = null;
                row["is_statutory"] = statutory;
                row["authorisation_reference"] = statutory ? null : $"AUTH-{row.Org.Number:D2}-{i + 1:D5}";
                row["authorised_on"] = statutory ? null : start.AddDays(-3 - i % 10);
                row["principally_benefits_employee"] = statutory ? null : true;
                row["authorisation_document_uri"] = statutory ? null : $"deductions/{row.Org.Id:N}/{row["id"]}.pdf";
                row["start_date"] = start;
                row["end_date"] = ended || withdrawn ? (stopped < start ? start : stopped) : null;
                row["authorisation_withdrawn_at"] = withdrawn ? stopped.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc) : null;
                row["status"] = withdrawn ? "withdrawn" : ended ? "ended" : "active";
                row["deleted_at"] = null;
            },
        }),
        // Each payslip's lines. A line keyed twice by mistake is reversed in the same run (the reversal mirrors it
        // exactly, payroll.check_pay_line_reversal), so the pair adds nothing to the payslip.
        new("payroll.pay_lines", new TableRules
        {
            ReadsTables = new HashSet<string> { "payroll.payslips" },
            RowsPerOrganisation = (seed, org) => LinesOf(seed, org).Count,
            OwnedColumns = new HashSet<string> { "pay_run_id", "employee_id", "timecard_id", "income_type", "tax_treatment_code", "country_code", "payment_category",
                "stp_code", "description", "allowance_id", "deduction_id", "pay_level_id", "award_classification_id", "work_date", "hours", "units", "rate", "amount",
                "is_ordinary_time_earnings", "line_kind", "reverses_pay_line_id", "inserted_at", "updated_at", "deleted_at" },
            Row = (row, i) =>
            {
                var (payslip, line) = LineOf(row.Seed, row.Org.Index, i);
                object? Of(string column) => row.Seed.AttributeOf("payroll.payslips", payslip, column);
                var employee = (Guid)Of("employee_id")!;
                var payday = (DateOnly)Of("payment_date")!;
                // Written when the run was calculated, three days before payday (an open run's: earlier today).
                var calculated = Earlier(payday.AddDays(-3).ToDateTime(new TimeOnly(22, 0), DateTimeKind.Utc), row.Now.AddHours(-2));
                row["pay_run_id"] = Of("pay_run_id");
                row["employee_id"] = employee;
                row["timecard_id"] = line.Timecard;
                // A contractor placed by the labour-hire firm is paid its labour-hire income, withheld as an employee's.
                row["income_type"] = IsContractor(row.Seed, employee) ? "LAB" : "SAW";
                row["tax_treatment_code"] = "RTXXXX";
                row["country_code"] = null;
                row["payment_category"] = line.Category;
                row["stp_code"] = line.StpCode;
                row["description"] = line.Description;
                row["allowance_id"] = line.Allowance;
                row["deduction_id"] = line.Deduction;
                row["pay_level_id"] = null;
                row["award_classification_id"] = line.Hours is not null ? AwardPay.ClassificationOf(row.Seed, employee) : null;
                row["work_date"] = line.WorkDate;
                row["hours"] = line.Hours;
                row["units"] = line.Units;
                row["rate"] = line.Rate;
                row["amount"] = line.Amount;
                row["is_ordinary_time_earnings"] = line.OrdinaryTimeEarnings;
                row["line_kind"] = line.Kind;
                row["reverses_pay_line_id"] = null;
                row["inserted_at"] = calculated;
                row["updated_at"] = calculated;
                row["deleted_at"] = null;
            },
            AfterTableSql = $"""
                insert into payroll.pay_lines
                select (jsonb_populate_record(null::payroll.pay_lines, to_jsonb(l) || jsonb_build_object(
                    'id', md5('reversal/' || l.id)::uuid,
                    'line_kind', 'reversal',
                    'reverses_pay_line_id', l.id,
                    'amount', -l.amount, 'hours', -l.hours, 'units', -l.units,
                    'inserted_at', l.inserted_at + interval '1 hour', 'updated_at', l.inserted_at + interval '1 hour'))).*
                from payroll.pay_lines l
                where l.line_kind = 'regular' and l.description like '%{KeyedTwice}' and l.deleted_at is null
                """,
        }),
    ];

    /// <summary>How a line keyed twice is described; its reversal (written after the table) finds it by this.</summary>
    public const string KeyedTwice = " (keyed twice)";

    public static bool IsContractor(SeedContext seed, Guid employee) =>
        seed.AttributeOf("people.employees", employee, "employment_type") as string == "contractor";

    /// <summary>
    /// The payslip of <paramref name="employee"/> in <paramref name="run"/> (whose period it is), worked out line by line.
    /// Everything drawn comes from a random source keyed by run and employee, so the payslips, their year-to-date figures
    /// and the pay lines get the same answer.
    /// </summary>
    public static WorkedPayslip Work(SeedContext seed, int org, Guid run, Guid employee, DateOnly start, DateOnly end)
    {
        var random = Deterministic.Random(Deterministic.Hash($"payslip/{run}/{employee}"));
        var weeks = PayCalendarRules.WeeksOf(start, end);
        var employment = seed.AttributeOf("people.employees", employee, "employment_type") as string;
        var casual = employment == "casual";
        // The contract's weekly hours; a casual or a contractor is paid for 12 to 32 hours a week.
        var hoursAWeek = OrganisationRules.ContractHoursPerWeek(employment) ?? 12m + random.Next(21);
        var hours = Math.Round(hoursAWeek * weeks, 2);
        var rate = PayrollSetupRules.RateOn(seed, employee, end);
        // Days worked so far: an open run's period reaches past the as-of day.
        var today = DateOnly.FromDateTime(seed.Now);
        var last = end > today ? today : end;
        DateOnly DayIn() => start.AddDays(random.Next(Math.Max(1, last.DayNumber - start.DayNumber + 1)));

        var lines = new List<PayslipLine>();
        void Hours(string category, string description, decimal quantity, decimal at, DateOnly day, string? stp, bool ote) =>
            lines.Add(new PayslipLine(category, "regular", quantity, null, at, Money(quantity * at), day, stp, description, null, null, ote));
        void Amount(string kind, string description, decimal amount) =>
            lines.Add(new PayslipLine("gross", kind, null, null, null, amount, null, null, description, null, null, true));

        // Leave taken and paid in this run (people.leave_requests names the run) replaces ordinary hours; paid leave is a
        // line of its own, under the leave type's name and STP paid leave type, on the day the leave ended.
        var leave = LeaveOf(seed, org, employee, run);
        var leaveHours = leave.Sum(request => (decimal)seed.AttributeOf("people.leave_requests", request, "hours")!);
        // Hours the employee's timecard in this run records are paid as worked, a line per shift at its penalty or loading
        // (the line's rate: the ordinary rate times the entry's multiplier); older runs, before the roster, pay the contract.
        var timecard = RosterRules.TimecardPaidBy(seed, org, employee, run);
        var ordinary = timecard?.Entries.Sum(e => e.Hours) ?? Math.Max(0m, hours - leaveHours);
        if (timecard is { } card)
            foreach (var entry in card.Entries)
            {
                var at = Math.Round(entry.Multiplier * entry.Rate, 4, MidpointRounding.AwayFromZero);
                lines.Add(new PayslipLine("gross", "regular", entry.Hours, null, at, Money(entry.Hours * at), entry.Day, null,
                    WorkedDescription(entry), null, null, true, card.Timecard));
            }
        else Hours("gross", "Ordinary hours", ordinary, rate, last, null, true);
        foreach (var request in leave)
        {
            var type = (Guid)seed.AttributeOf("people.leave_requests", request, "leave_type_id")!;
            if (seed.AttributeOf("people.leave_types", type, "is_paid") is not true) continue;
            Hours("paid_leave", (string)seed.AttributeOf("people.leave_types", type, "name")!, (decimal)seed.AttributeOf("people.leave_requests", request, "hours")!,
                rate, (DateOnly)seed.AttributeOf("people.leave_requests", request, "end_date")!, seed.AttributeOf("people.leave_types", type, "stp_paid_leave_type") as string ?? "O", true);
        }
        // Overtime and allowances are paid for work: not on a payslip that is all leave.
        var worked = ordinary > 0;
        // Overtime is on the timecard when there is one (the roster's shifts have none).
        if (worked && timecard is null && random.Next(3) == 0) Hours("overtime", "Overtime at time and a half", 2m + random.Next(9) * 0.5m, Money(rate * 1.5m), DayIn(), null, false);

        var allowances = seed.IdsOf("payroll.allowances", org);
        if (worked && allowances.Count > 0 && random.Next(4) == 0)
        {
            var allowance = allowances[random.Next(allowances.Count)];
            object? Of(string column) => seed.AttributeOf("payroll.allowances", allowance, column);
            var units = (Of("unit") as string) switch
            {
                "per_km" => 20m + random.Next(100),
                "per_hour" => ordinary,
                "per_week" => weeks,
                _ => 1m + random.Next(5),
            };
            var at = (decimal)Of("default_rate")!;
            var line = new PayslipLine("allowance", "regular", null, units, at, Money(units * at), null, (string)Of("stp_allowance_type")!, (string)Of("name")!,
                allowance, null, Of("is_ordinary_time_earnings") is true);
            lines.Add(line);
            if (random.Next(8) == 0) lines.Add(line with { Description = line.Description + KeyedTwice });
        }
        if (random.Next(12) == 0) Amount("correction", "Back pay: hours underpaid in an earlier period", Money(rate * (1 + random.Next(4))));
        // Money taken back never takes the gross below nil (a payslip of unpaid leave has nothing to take it from).
        void TakeBack(string kind, string description, decimal wanted)
        {
            var earned = lines.Where(l => l.IsEarning && !l.Description.EndsWith(KeyedTwice, StringComparison.Ordinal)).Sum(l => l.Amount);
            var taken = Math.Min(wanted, earned);
            if (taken > 0) Amount(kind, description, -taken);
        }
        if (random.Next(24) == 0) TakeBack("correction", "Correction: hours overpaid in an earlier period", Money(rate * (1 + random.Next(2))));
        if (random.Next(20) == 0) TakeBack("overpayment_recovery", "Recovery of an overpayment", Money(20m + random.Next(100)));

        // A line keyed twice is reversed in the same run: only the first counts.
        var counted = lines.Where(l => !l.Description.EndsWith(KeyedTwice, StringComparison.Ordinal)).ToList();
        var gross = counted.Where(l => l.IsEarning).Sum(l => l.Amount);
        var ordinaryTime = counted.Where(l => l.OrdinaryTimeEarnings).Sum(l => l.Amount);
        var tax = PayCalendarRules.Schedule1Scale2(gross, weeks);

        // The employee's standing deductions in force in the period, never below the net pay a notice protects or below nil.
        var net = gross - tax;
        foreach (var deduction in DeductionsOf(seed, org, employee))
        {
            object? Of(string column) => seed.AttributeOf("payroll.deductions", deduction, column);
            if (Of("status") as string == "suspended" || (DateOnly)Of("start_date")! > end || Of("end_date") is DateOnly stopped && stopped < start) continue;
            var wanted = Of("amount") as decimal? ?? Money((decimal)Of("percent_of_gross")! * gross);
            var amount = Math.Min(wanted, Math.Max(0m, net - (Of("protected_earnings_amount") as decimal? ?? 0m)));
            if (amount <= 0) continue;
            net -= amount;
            lines.Add(new PayslipLine("deduction", "regular", null, null, null, amount, null, (string)Of("stp_deduction_type")!, (string)Of("description")!,
                null, deduction, false));
        }
        return new WorkedPayslip(lines, ordinary, rate, gross, tax, gross - tax - net, ordinaryTime);
    }

    /// <summary>How a payslip shows a timecard entry: the day's hours and what the rate carries on top of the ordinary.</summary>
    private static string WorkedDescription(RosterRules.TimecardEntry entry) => (entry.Category, entry.Multiplier) switch
    {
        (_, 1m) => FormattableString.Invariant($"Ordinary hours {entry.Day:ddd d MMM}"),
        ("ordinary", var m) => FormattableString.Invariant($"Ordinary hours {entry.Day:ddd d MMM}, casual loading (×{m:0.00})"),
        (var day, var m) => FormattableString.Invariant($"Ordinary hours {entry.Day:ddd d MMM}, {char.ToUpperInvariant(day[0])}{day[1..]} penalty (×{m:0.00})"),
    };

    /// <summary>The employee's standing deductions, in the order written.</summary>
    private static IReadOnlyList<Guid> DeductionsOf(SeedContext seed, int org, Guid employee)
        => seed.RowsOfEmployee("payroll.deductions", org, employee);

    /// <summary>The employee's taken leave requests paid in the run.</summary>
    private static IReadOnlyList<Guid> LeaveOf(SeedContext seed, int org, Guid employee, Guid run)
    {
        var paid = seed.Once("leave-by-payslip/" + org, () => seed.IdsOf("people.leave_requests", org)
            .Where(r => seed.AttributeOf("people.leave_requests", r, "pay_run_id") is Guid)
            .GroupBy(r => ((Guid)seed.AttributeOf("people.leave_requests", r, "employee_id")!, (Guid)seed.AttributeOf("people.leave_requests", r, "pay_run_id")!))
            .ToDictionary(g => g.Key, g => g.ToList()));
        return paid.TryGetValue((employee, run), out var mine) ? mine : [];
    }

    /// <summary>
    /// Every pay line of the organisation as (payslip, line number), in payslip order: eight bytes a line. The lines
    /// themselves are worked out again as they are written (<see cref="LineOf"/>).
    /// </summary>
    private static List<(int Payslip, int Line)> LinesOf(SeedContext seed, int org) => seed.Once("payslip-lines/" + org, () =>
    {
        var lines = new List<(int, int)>();
        var payslips = seed.IdsOf("payroll.payslips", org);
        for (var p = 0; p < payslips.Count; p++)
        {
            var count = WorkAgain(seed, org, payslips[p]).Lines.Count;
            for (var k = 0; k < count; k++) lines.Add((p, k));
        }
        return lines;
    });

    /// <summary>The payslip last worked out on this thread: a payslip's lines are written one after another.</summary>
    [ThreadStatic] private static (SeedContext Seed, Guid Payslip, WorkedPayslip Slip)? _lastWorked;

    /// <summary>The pay line <paramref name="i"/> of the organisation, with the payslip it belongs to.</summary>
    private static (Guid Payslip, PayslipLine Line) LineOf(SeedContext seed, int org, int i)
    {
        var (p, k) = LinesOf(seed, org)[i];
        var payslip = seed.IdsOf("payroll.payslips", org)[p];
        if (_lastWorked is not { } last || last.Seed != seed || last.Payslip != payslip)
            _lastWorked = last = (seed, payslip, WorkAgain(seed, org, payslip));
        return (payslip, last.Slip.Lines[k]);
    }

    /// <summary>A written payslip worked out again from what it was worked out from.</summary>
    private static WorkedPayslip WorkAgain(SeedContext seed, int org, Guid payslip)
    {
        object? Of(string column) => seed.AttributeOf("payroll.payslips", payslip, column);
        return Work(seed, org, (Guid)Of("pay_run_id")!, (Guid)Of("employee_id")!, (DateOnly)Of("period_start")!, (DateOnly)Of("period_end")!);
    }
}
