using System.Text.Json;
using static Finnest.Database.Seeds.Generation.Domain.DomainValues;

namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Pay cycles as a payroll officer keeps them: three calendars per organisation (fortnightly, the default and the one in
/// use; weekly and monthly, set up but inactive), pay runs cut from the fortnightly one period after period up to the
/// as-of day (paid and reported to the ATO once payday has passed, still open before it), and in each run a payslip for
/// every worker that pays the award rate, withholds PAYG by the ATO's Schedule 1 formula, is the sum of its pay lines
/// (<see cref="PayslipLines"/>) and adds up with the others to the run's totals.
/// </summary>
public static class PayCalendarRules
{
    private sealed record Calendar(string Name, string Frequency, int PaydayOffset);

    private static readonly Calendar[] Calendars =
    [
        new("Fortnightly (Mon-Sun)", "fortnightly", 3),
        new("Weekly casuals (Mon-Sun)", "weekly", 3),
        new("Monthly salaried", "monthly", 0),
    ];

    /// <summary>
    /// The first period of the calendars: 1 July of the income year before the as-of day's (monthly), or the Monday on
    /// or before it (weekly and fortnightly), so every run reaches back from the as-of day whatever day that is.
    /// </summary>
    private static DateOnly AnchorOf(SeedContext seed, string frequency)
    {
        var today = DateOnly.FromDateTime(seed.Now);
        var july = new DateOnly(today.Month >= 7 ? today.Year - 1 : today.Year - 2, 7, 1);
        return frequency == "monthly" ? july : july.AddDays(-(((int)july.DayOfWeek + 6) % 7));
    }

    /// <summary>
    /// How far back pay runs reach: about seven months, newer than every seeded pay-period lock (those cover old
    /// fortnights only, ComplianceRules), so no timecard or pay line of a run falls in a locked period.
    /// </summary>
    private const int RunsReachDays = 220;

    private static readonly string[] SuperFunds = ["AustralianSuper", "Australian Retirement Trust", "Aware Super", "UniSuper", "HESTA", "Hostplus", "Rest", "Cbus"];

    /// <summary>Columns of calendars, runs and payslips that later rows copy (runs, payslips, pay lines, tax workings, timecards).</summary>
    public static readonly (string Table, string Column)[] ColumnsRead =
    [
        ("payroll.pay_calendars", "pay_frequency"), ("payroll.pay_calendars", "pay_day_offset_days"), ("payroll.pay_calendars", "anchor_period_start"),
        ("payroll.pay_runs", "period_start"), ("payroll.pay_runs", "period_end"), ("payroll.pay_runs", "status"), ("payroll.pay_runs", "pay_calendar_id"),
        ("payroll.payslips", "pay_run_id"), ("payroll.payslips", "employee_id"), ("payroll.payslips", "period_start"), ("payroll.payslips", "period_end"),
        ("payroll.payslips", "payment_date"), ("payroll.payslips", "gross_pay"), ("payroll.payslips", "tax_withheld"),
    ];

    private sealed record Period(Guid Calendar, string Frequency, DateOnly Start, DateOnly End, DateOnly Payday);

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("payroll.pay_calendars", new TableRules
        {
            RowsPerOrganisation = (seed, _) => Math.Min(Calendars.Length, seed.Scale.RowsPerTable),
            OwnedColumns = new HashSet<string> { "name", "pay_frequency", "anchor_period_start", "pay_day_offset_days", "timecard_cutoff_offset_days", "office_id", "status", "is_default" },
            Row = (row, i) =>
            {
                var calendar = Calendars[i];
                row["name"] = calendar.Name;
                row["pay_frequency"] = calendar.Frequency;
                row["anchor_period_start"] = AnchorOf(row.Seed, calendar.Frequency);
                row["pay_day_offset_days"] = calendar.PaydayOffset;
                row["timecard_cutoff_offset_days"] = 1;   // timecards approved by the Monday after the period closes
                row["office_id"] = null;
                // Timecards are kept by the fortnight, so every worker is paid on the fortnightly calendar; the weekly and
                // monthly ones are set up but not in use.
                row["status"] = calendar.Frequency == "fortnightly" ? "active" : "inactive";
                row["is_default"] = i == 0;
            },
        }),
        // The newest periods of all calendars, newest payday first: run i is the i-th of them.
        new("payroll.pay_runs", new TableRules
        {
            RowsPerOrganisation = (seed, org) => Math.Min(seed.Scale.RowsPerTable, PeriodsOf(seed, org).Count),
            OwnedColumns = new HashSet<string> { "pay_calendar_id", "run_type", "reverses_pay_run_id", "period_start", "period_end", "payment_date", "status",
                "employee_count", "total_gross", "total_tax_withheld", "total_deductions", "total_net", "total_super", "calculated_at", "approved_by", "approved_at",
                "paid_at", "reversed_at", "aba_file_name" },
            Row = (row, i) =>
            {
                var period = PeriodsOf(row.Seed, row.Org.Index)[i];
                var today = DateOnly.FromDateTime(row.Now);
                var paid = period.Payday <= today;
                // Open runs: calculated in the week before payday, a draft before that.
                var status = paid ? "stp_submitted" : period.Payday <= today.AddDays(7) ? "calculated" : "draft";
                var payday = period.Payday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                row["pay_calendar_id"] = period.Calendar;
                row["run_type"] = "regular";
                row["reverses_pay_run_id"] = null;
                row["period_start"] = period.Start;
                row["period_end"] = period.End;
                row["payment_date"] = period.Payday;
                row["status"] = status;
                foreach (var total in (string[])["employee_count", "total_gross", "total_tax_withheld", "total_deductions", "total_net", "total_super"])
                    row[total] = total == "employee_count" ? 0 : 0m;   // the payslips' sums, once they are written
                row["calculated_at"] = status == "draft" ? null : paid ? payday.AddDays(-3) : row.Now.AddHours(-2);
                row["approved_by"] = paid ? row["approved_by"] : null;
                row["approved_at"] = paid ? payday.AddDays(-2) : null;
                row["paid_at"] = paid ? payday.AddHours(1) : null;
                row["reversed_at"] = null;
                row["aba_file_name"] = paid ? $"ABA_{period.Payday:yyyyMMdd}_{period.Frequency}.aba" : null;
            },
        }),
        // Every worker is paid in every run: one payslip each (the fortnightly calendar is the only one in use).
        new("payroll.payslips", new TableRules
        {
            ReadsTables = new HashSet<string> { "payroll.allowances", "payroll.deductions", "people.leave_requests", "timekeep.timecards" },
            RowsPerOrganisation = (seed, org) => seed.IdsOf("payroll.pay_runs", org).Count * seed.IdsOf("people.employees", org).Count,
            OwnedColumns = new HashSet<string> { "pay_run_id", "employee_id", "payslip_number", "period_start", "period_end", "payment_date", "gross_pay", "tax_withheld",
                "total_deductions", "net_pay", "super_amount", "super_fund_name", "ordinary_hourly_rate", "ordinary_hours", "ytd_gross", "ytd_tax_withheld", "ytd_super",
                "line_items", "status", "issued_at", "delivery_method", "viewed_at", "document_uri" },
            Row = Payslip,
            // A run's totals are the sums of its payslips.
            AfterTableSql = """
                update payroll.pay_runs r set employee_count = coalesce(s.employees, 0), total_gross = coalesce(s.gross, 0),
                    total_tax_withheld = coalesce(s.tax, 0), total_deductions = coalesce(s.deductions, 0), total_net = coalesce(s.net, 0), total_super = coalesce(s.super, 0)
                from (select org_id, pay_run_id, count(distinct employee_id) as employees, sum(gross_pay) as gross, sum(tax_withheld) as tax,
                             sum(total_deductions) as deductions, sum(net_pay) as net, sum(super_amount) as super
                      from payroll.payslips where deleted_at is null group by org_id, pay_run_id) s
                where s.org_id = r.org_id and s.pay_run_id = r.id
                """,
        }),
        // The PAYG working of every payslip: Schedule 1 scale 2 on its gross, the coefficients of its bracket, the same
        // amount withheld.
        new("payroll.tax_calculations", new TableRules
        {
            ReadsTables = new HashSet<string> { "payroll.payslips" },
            RowsPerOrganisation = (seed, org) => seed.IdsOf("payroll.payslips", org).Count,
            OwnedColumns = new HashSet<string> { "pay_run_id", "employee_id", "pay_line_id", "financial_year", "method", "scale", "tax_treatment_code", "taxable_earnings",
                "weekly_equivalent", "coefficient_a", "coefficient_b", "withheld_amount", "study_loan_amount", "medicare_levy_amount", "tax_free_threshold_claimed",
                "upwards_variation_amount", "calculated_at" },
            Row = (row, i) =>
            {
                var payslip = row.Seed.IdsOf("payroll.payslips", row.Org.Index)[i];
                object? Of(string column) => row.Seed.AttributeOf("payroll.payslips", payslip, column);
                var gross = (decimal)Of("gross_pay")!;
                var withheld = (decimal)Of("tax_withheld")!;
                var payday = (DateOnly)Of("payment_date")!;
                var (weekly, a, b) = Schedule1Scale2Bracket(gross, WeeksOf((DateOnly)Of("period_start")!, (DateOnly)Of("period_end")!));
                row["pay_run_id"] = Of("pay_run_id");
                row["employee_id"] = Of("employee_id");
                row["pay_line_id"] = null;
                row["financial_year"] = PayrollRules.FinancialYearOf(payday);
                row["method"] = "schedule_1";
                row["scale"] = 2;
                row["tax_treatment_code"] = "RTXXXX";   // regular, tax-free threshold claimed, no loan, no Medicare variation
                row["taxable_earnings"] = gross;
                row["weekly_equivalent"] = weekly;
                row["coefficient_a"] = a;
                row["coefficient_b"] = b;
                row["withheld_amount"] = withheld;
                row["study_loan_amount"] = 0m;
                row["medicare_levy_amount"] = Math.Min(withheld, Money(gross * 0.02m));
                row["tax_free_threshold_claimed"] = true;
                row["upwards_variation_amount"] = 0m;
                // Worked out when the run was calculated, three days before payday (an open run's: earlier today).
                var calculated = payday.AddDays(-3).ToDateTime(new TimeOnly(22, 0), DateTimeKind.Utc);
                row["calculated_at"] = Earlier(calculated, row.Now.AddHours(-2));
            },
        }),
    ];

    /// <summary>
    /// The payslip of one worker in one run, worked out from its lines (<see cref="PayslipLines.Work"/>): ordinary hours
    /// of the employment type over the period at the worker's rate, with paid leave, overtime, an allowance, corrections
    /// and standing deductions where they fall; PAYG withheld by Schedule 1 scale 2 (tax-free threshold claimed); super
    /// at the guarantee rate of payday on the ordinary time earnings; year-to-date figures that add up payslip by payslip
    /// (<see cref="YearToDate"/>).
    /// </summary>
    private static void Payslip(RowContext row, int i)
    {
        var employees = row.Seed.IdsOf("people.employees", row.Org.Index);
        var run = row.Seed.IdsOf("payroll.pay_runs", row.Org.Index)[i / employees.Count];
        var employee = employees[i % employees.Count];
        var start = (DateOnly)row.Seed.AttributeOf("payroll.pay_runs", run, "period_start")!;
        var end = (DateOnly)row.Seed.AttributeOf("payroll.pay_runs", run, "period_end")!;
        var payday = (DateOnly)row.Seed.AttributeOf("payroll.pay_runs", run, "payment_date")!;
        var issued = row.Seed.AttributeOf("payroll.pay_runs", run, "status") as string is "paid" or "stp_submitted";
        var slip = PayslipLines.Work(row.Seed, row.Org.Index, run, employee, start, end);
        var super = SuperOf(row.Seed, slip, payday);
        var ytd = YearToDate(row.Seed, row.Org.Index, employee, run);

        row["pay_run_id"] = run;
        row["employee_id"] = employee;
        row["payslip_number"] = $"PS{row.Org.Number:D2}-{i + 1:D6}";
        row["period_start"] = start;
        row["period_end"] = end;
        row["payment_date"] = payday;
        row["gross_pay"] = slip.Gross;
        row["tax_withheld"] = slip.Tax;
        row["total_deductions"] = slip.Deductions;
        row["net_pay"] = slip.Gross - slip.Tax - slip.Deductions;
        row["super_amount"] = super;
        row["super_fund_name"] = SuperFunds[(int)(Deterministic.Hash("fund/" + employee) % (ulong)SuperFunds.Length)];
        row["ordinary_hourly_rate"] = slip.OrdinaryRate;
        row["ordinary_hours"] = slip.OrdinaryHours;
        row["ytd_gross"] = ytd.Gross;
        row["ytd_tax_withheld"] = ytd.Tax;
        row["ytd_super"] = ytd.Super;
        // The lines as the employee sees them: a line keyed twice and its reversal cancel out and are not shown.
        row["line_items"] = JsonSerializer.Serialize(slip.Lines.Where(l => !l.Description.EndsWith(PayslipLines.KeyedTwice, StringComparison.Ordinal))
            .Select(l => new { category = l.Category, description = l.Description, hours = l.Hours, units = l.Units, rate = l.Rate, amount = l.Amount })
            .Append(new { category = "tax", description = "PAYG withholding", hours = (decimal?)null, units = (decimal?)null, rate = (decimal?)null, amount = slip.Tax })
            .Append(new { category = "super", description = "Superannuation guarantee", hours = (decimal?)null, units = (decimal?)null, rate = (decimal?)null, amount = super }));
        row["status"] = issued ? "issued" : "draft";
        var issuedAt = payday.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        row["issued_at"] = issued ? issuedAt : null;
        row["delivery_method"] = issued ? (i % 5 == 0 ? "email" : "portal") : null;
        row["viewed_at"] = issued && i % 3 != 0 && issuedAt.AddHours(30) <= row.Now ? issuedAt.AddHours(30) : null;
        row["document_uri"] = issued ? $"payslips/{row.Org.Id:N}/{payday:yyyy-MM-dd}/{row["id"]}.pdf" : null;
    }

    /// <summary>Super guarantee on a payslip's ordinary time earnings, at the rate of its payday.</summary>
    private static decimal SuperOf(SeedContext seed, WorkedPayslip slip, DateOnly payday) =>
        Money(slip.OrdinaryTimeEarnings * PayrollRules.SuperGuaranteeRate(seed, payday));

    private sealed record Paid(Guid Run, DateOnly Payday, decimal Gross, decimal Tax, decimal Super);

    /// <summary>
    /// Year-to-date gross, tax and super of the worker's payslip in <paramref name="run"/>, by payday in the income year:
    /// the sum of their seeded payslips paid in the year up to this one, plus, for the fortnights paid since 1 July before
    /// the runs reach back, as much again as the first seeded one of the year each (those payslips are not seeded). So each
    /// payslip's figures are the one before plus its own.
    /// </summary>
    private static (decimal Gross, decimal Tax, decimal Super) YearToDate(SeedContext seed, int org, Guid employee, Guid run)
    {
        var paid = seed.Once($"year-to-date/{org}/{employee}", () =>
        {
            var all = new List<Paid>();
            foreach (var r in seed.IdsOf("payroll.pay_runs", org))
            {
                object? Of(string column) => seed.AttributeOf("payroll.pay_runs", r, column);
                var (start, end, payday) = ((DateOnly)Of("period_start")!, (DateOnly)Of("period_end")!, (DateOnly)Of("payment_date")!);
                var slip = PayslipLines.Work(seed, org, r, employee, start, end);
                all.Add(new Paid(r, payday, slip.Gross, slip.Tax, SuperOf(seed, slip, payday)));
            }
            return all.OrderBy(p => p.Payday).ToList();
        });
        var mine = paid.First(p => p.Run == run);
        var year = PayrollRules.FinancialYearOf(mine.Payday);
        var sameYear = paid.Where(p => PayrollRules.FinancialYearOf(p.Payday) == year).ToList();
        var first = sameYear[0];
        var july = PayrollRules.FinancialYearStart(first.Payday);
        var unseeded = (first.Payday.DayNumber - july.DayNumber) / 14;
        var upToThis = sameYear.Where(p => p.Payday <= mine.Payday).ToList();
        return (unseeded * first.Gross + upToThis.Sum(p => p.Gross), unseeded * first.Tax + upToThis.Sum(p => p.Tax),
            unseeded * first.Super + upToThis.Sum(p => p.Super));
    }

    /// <summary>
    /// PAYG withholding, Schedule 1 scale 2 (tax-free threshold claimed, Medicare levy included), coefficients from
    /// 1 July 2024: y = a·x − b on weekly earnings x in whole dollars plus 99 cents, rounded to the dollar; a fortnight
    /// withholds twice the weekly amount, a month 13/3 of it (ATO, Statement of formulas, published 16 June 2024).
    /// </summary>
    public static decimal Schedule1Scale2(decimal gross, decimal weeks)
    {
        var (weekly, a, b) = Schedule1Scale2Bracket(gross, weeks);
        var perWeek = Math.Max(0m, Math.Round(a * weekly - b, MidpointRounding.AwayFromZero));
        return Math.Min(Math.Round(perWeek * weeks, MidpointRounding.AwayFromZero), gross);
    }

    private static readonly (decimal Below, decimal A, decimal B)[] Scale2 =
    [
        (361m, 0m, 0m), (500m, 0.16m, 57.8462m), (625m, 0.26m, 107.8462m), (721m, 0.18m, 57.8462m), (865m, 0.189m, 64.3365m),
        (1282m, 0.3227m, 180.0385m), (2596m, 0.32m, 176.5769m), (3653m, 0.39m, 358.3077m), (decimal.MaxValue, 0.47m, 650.6154m),
    ];

    /// <summary>Schedule 1's x (weekly earnings in whole dollars plus 99 cents) and the scale 2 coefficients of its bracket.</summary>
    private static (decimal Weekly, decimal A, decimal B) Schedule1Scale2Bracket(decimal gross, decimal weeks)
    {
        var weekly = Math.Floor(gross / weeks) + 0.99m;
        var (_, a, b) = Scale2.First(s => weekly < s.Below);
        return (weekly, a, b);
    }

    /// <summary>A payslip's period in weeks, as Schedule 1 counts it: 1, 2, or 13/3 for a month.</summary>
    public static decimal WeeksOf(DateOnly start, DateOnly end) => (end.DayNumber - start.DayNumber + 1) switch { 7 => 1m, 14 => 2m, _ => 13m / 3m };

    /// <summary>The start of the fortnight (of a fortnightly calendar) holding a day.</summary>
    public static DateOnly FortnightHolding(SeedContext seed, DateOnly day)
    {
        var anchor = AnchorOf(seed, "fortnightly");
        return anchor.AddDays((day.DayNumber - anchor.DayNumber) / 14 * 14);
    }

    /// <summary>The organisation's calendar of a pay frequency (fortnightly: the one in use).</summary>
    public static Guid CalendarOf(SeedContext seed, int org, string frequency) =>
        seed.IdsOf("payroll.pay_calendars", org).First(c => seed.AttributeOf("payroll.pay_calendars", c, "pay_frequency") as string == frequency);

    /// <summary>The organisation's pay run of the period starting on a day, on its calendar of that frequency; null when none was cut.</summary>
    public static Guid? RunOf(SeedContext seed, int org, string frequency, DateOnly periodStart)
    {
        foreach (var run in seed.IdsOf("payroll.pay_runs", org))
            if (seed.AttributeOf("payroll.pay_runs", run, "period_start") is DateOnly start && start == periodStart
                && seed.AttributeOf("payroll.pay_runs", run, "pay_calendar_id") is Guid calendar
                && seed.AttributeOf("payroll.pay_calendars", calendar, "pay_frequency") as string == frequency)
                return run;
        return null;
    }

    /// <summary>The organisation's pay periods, newest payday first, from the calendar in use, back <see cref="RunsReachDays"/> days.</summary>
    private static List<Period> PeriodsOf(SeedContext seed, int org)
    {
        var key = "pay-periods/" + org;
        if (seed.Cache.TryGetValue(key, out var known)) return (List<Period>)known;
        var today = DateOnly.FromDateTime(seed.Now);
        var periods = new List<Period>();
        foreach (var calendar in seed.IdsOf("payroll.pay_calendars", org))
        {
            var frequency = (string)seed.AttributeOf("payroll.pay_calendars", calendar, "pay_frequency")!;
            if (frequency != "fortnightly") continue;   // the calendars not in use cut no runs
            var anchor = (DateOnly)seed.AttributeOf("payroll.pay_calendars", calendar, "anchor_period_start")!;
            var offset = (int)seed.AttributeOf("payroll.pay_calendars", calendar, "pay_day_offset_days")!;
            for (var k = 0; ; k++)
            {
                var start = frequency switch { "monthly" => anchor.AddMonths(k), "weekly" => anchor.AddDays(7 * k), _ => anchor.AddDays(14 * k) };
                var end = frequency switch { "monthly" => anchor.AddMonths(k + 1).AddDays(-1), "weekly" => start.AddDays(6), _ => start.AddDays(13) };
                // Up to the period holding the as-of day: its run is still open.
                if (start > today) break;
                if (start >= today.AddDays(-RunsReachDays)) periods.Add(new Period(calendar, frequency, start, end, end.AddDays(offset)));
            }
        }
        periods = periods.OrderByDescending(p => p.Payday).ThenBy(p => p.Frequency, StringComparer.Ordinal).ToList();
        seed.Cache[key] = periods;
        return periods;
    }
}
