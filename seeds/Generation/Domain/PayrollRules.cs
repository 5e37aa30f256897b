using static Finnest.Database.Seeds.Generation.Domain.DomainValues;

namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Single Touch Payroll and super: pay events dated in their financial year, last year's finalisation declared in a
/// finalising update event (one in six reversed by a later update event), and super at the guarantee rate of the day
/// it is paid. Pay lines are worked out with their payslips (PayslipLines).
/// </summary>
public static class PayrollRules
{
    private static readonly string[] SuperChoices = ["apra_fund", "employer_default", "stapled_fund", "apra_fund", "smsf"];

    private static readonly string[] SmsfServiceAddresses = ["SMSFDataFlow", "ESUPERFUND", "CLICKSUPER", "SUPERCHOICE"];

    /// <summary>The 1 July that starts the income year of a day.</summary>
    public static DateOnly FinancialYearStart(DateOnly day) => new(day.Month >= 7 ? day.Year : day.Year - 1, 7, 1);

    /// <summary>The income year of a day, e.g. 2025-26 for 15 June 2026.</summary>
    public static string FinancialYearOf(DateOnly day)
    {
        var start = day.Month >= 7 ? day.Year : day.Year - 1;
        return $"{start}-{(start + 1) % 100:00}";
    }

    /// <summary>The 30 June that ended the last income year at least a month before the as-of day: its finalisation is done.</summary>
    private static DateOnly LastFinishedYearEnd(DateTime now)
    {
        var monthAgo = DateOnly.FromDateTime(now).AddDays(-30);
        return new DateOnly(monthAgo.Month >= 7 ? monthAgo.Year : monthAgo.Year - 1, 6, 30);
    }

    /// <summary>The finalising update event (10 July) and the update event that reverses some of its declarations (20 July).</summary>
    private static (DateOnly Finalising, DateOnly Reversing) FinalisationDates(DateTime now)
    {
        var yearEnd = LastFinishedYearEnd(now);
        return (yearEnd.AddDays(10), yearEnd.AddDays(20));
    }

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        // Choice of super fund (ck_super_choices__choice_details): an APRA fund or the employer's default fund named by its
        // USI; a self-managed fund by its ABN, bank account and electronic service address (never a USI); a stapled fund
        // as the ATO's lookup answered (a fund found gives its USI; none found falls back to the default fund).
        new("onboard.super_choices", new TableRules
        {
            OwnedColumns = new HashSet<string> { "choice_type", "fund_usi", "fund_abn", "smsf_bsb", "smsf_account_number_encrypted", "smsf_account_name", "smsf_esa", "stapled_requested_at", "stapled_result" },
            Row = (row, i) =>
            {
                // Made in the worker's onboarding (not owned: the profile follows the worker, as for bank accounts).
                row["onboarding_profile_id"] = PayrollSetupRules.OnboardingProfileOf(row);
                var r = row.Random;
                var choice = SuperChoices[i % SuperChoices.Length];
                var stapledResult = choice switch
                {
                    "stapled_fund" => i % 3 == 0 ? "pending" : "fund_found",
                    "employer_default" => "no_stapled_fund",
                    _ => null,
                };
                var smsf = choice == "smsf";
                row["choice_type"] = choice;
                row["fund_usi"] = smsf || stapledResult == "pending" ? null : UniqueSuperannuationIdentifier.Create(r);
                row["fund_abn"] = smsf || r.Next(2) == 0 ? AustralianIdentifiers.Abn(r) : null;
                row["smsf_bsb"] = smsf ? AustralianIdentifiers.Bsb(r, row.Place.State) : null;
                row["smsf_account_number_encrypted"] = smsf ? ValueFactory.Encrypted("smsf_account_number_encrypted", row) : null;
                row["smsf_account_name"] = smsf ? $"{row.Faker.Name.LastName()} Family Super Fund" : null;
                // The alias of the SMSF messaging provider the fund receives SuperStream contributions through.
                row["smsf_esa"] = smsf ? SmsfServiceAddresses[r.Next(SmsfServiceAddresses.Length)] : null;
                row["stapled_requested_at"] = stapledResult is null ? null : row.PastTime(90);
                row["stapled_result"] = stapledResult;
            },
        }),
        // Row 0 declares last year's finalisations, row 1 is the later update event that reverses some; the rest are
        // pay events, each dated on its run's payday and reported in that day's income year.
        new("payroll.stp_submissions", new TableRules
        {
            RowsPerOrganisation = (seed, _) => Math.Max(3, seed.Scale.RowsPerTable),
            OwnedColumns = new HashSet<string> { "event_type", "is_finalisation", "financial_year", "run_date", "pay_run_id", "replaces_submission_id" },
            Row = (row, i) =>
            {
                var (finalising, reversing) = FinalisationDates(row.Now);
                var update = i < 2;
                // A pay event is dated on its run's payday.
                var payday = row["pay_run_id"] is Guid run ? row.Seed.AttributeOf("payroll.pay_runs", run, "payment_date") as DateOnly? : null;
                var runDate = i switch
                {
                    0 => finalising,
                    1 => reversing,
                    _ => payday ?? DateOnly.FromDateTime(row.Now).AddDays(-3 - 14 * (i - 2)),
                };
                row["event_type"] = update ? "update" : "pay";
                row["is_finalisation"] = i == 0;
                row["run_date"] = runDate;
                row["financial_year"] = update ? FinancialYearOf(LastFinishedYearEnd(row.Now)) : FinancialYearOf(runDate);
                if (update) row["pay_run_id"] = null;
                row["replaces_submission_id"] = null;
                // A run paid after the as-of day has its pay event still in draft: it is lodged on or before payday.
                if (runDate > DateOnly.FromDateTime(row.Now))
                    foreach (var (column, value) in new (string, object?)[] { ("status", "draft"), ("submitted_at", null), ("responded_at", null), ("message_id", null), ("ato_receipt_number", null), ("ato_response", null) })
                        row[column] = value;
            },
        }),
        // Earned wage access: an advance of at most the limit fraction of the net pay already earned, disbursed in full.
        new("benefits.ewa_transactions", new TableRules
        {
            OwnedColumns = new HashSet<string> { "earned_net_pay", "limit_fraction", "amount_requested" },
            Row = (row, _) =>
            {
                var earned = Math.Round(600m + (decimal)row.Random.NextDouble() * 1400m, 2);
                var fraction = 0.5m;
                var requested = Math.Round(earned * fraction * (0.1m + 0.9m * (decimal)row.Random.NextDouble()), 2);
                row["earned_net_pay"] = earned;
                row["limit_fraction"] = fraction;
                row["amount_requested"] = Math.Max(requested, 0.01m);
                if (row["amount_disbursed"] is decimal) row["amount_disbursed"] = row["amount_requested"];
            },
        }),
        // Every employee's last finished year is finalised in the finalising event; one in six was reversed by the
        // later update event (amounts to correct, to be finalised again), and one in twelve is a closely held payee.
        new("payroll.stp_finalisations", new TableRules
        {
            RowsPerOrganisation = (seed, org) => seed.IdsOf("people.employees", org).Count,
            OwnedColumns = new HashSet<string> { "employee_id", "financial_year", "stp_submission_id", "is_closely_held_payee", "status", "reversed_by_submission_id", "reversed_at" },
            Row = (row, i) =>
            {
                var year = FinancialYearOf(LastFinishedYearEnd(row.Now));
                var updates = row.Seed.IdsWhere("payroll.stp_submissions", row.Org.Index, "event_type", t => t as string == "update");
                var finalising = updates.FirstOrDefault(id => row.Seed.AttributeOf("payroll.stp_submissions", id, "is_finalisation") is true);
                var reversing = updates.FirstOrDefault(id => row.Seed.AttributeOf("payroll.stp_submissions", id, "is_finalisation") is false);
                var reversed = i % 6 == 0 && reversing != Guid.Empty;
                row["employee_id"] = row.Seed.IdsOf("people.employees", row.Org.Index)[i];
                row["financial_year"] = year;
                row["stp_submission_id"] = finalising == Guid.Empty ? row["stp_submission_id"] : finalising;
                row["is_closely_held_payee"] = i % 12 == 5;
                row["status"] = reversed ? "reversed" : "finalised";
                row["reversed_by_submission_id"] = reversed ? reversing : null;
                row["reversed_at"] = reversed ? FinalisationDates(row.Now).Reversing.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc) : null;
            },
        }),
        // Super at the guarantee rate in force on the day the earnings are paid (payroll.super_guarantee_rates), one row
        // in ten Government-paid parental leave super (information only, never sent), the rest on their way to the fund.
        new("payroll.super_calculations", new TableRules
        {
            OwnedColumns = new HashSet<string> { "contribution_type", "regime", "period_start", "period_end", "ordinary_time_earnings", "sg_rate", "maximum_contribution_base",
                "amount", "due_date", "status", "superstream_batch_reference", "batched_at", "sent_at", "accepted_at", "rejection_reason" },
            Row = (row, i) =>
            {
                var today = DateOnly.FromDateTime(row.Now);
                var periodEnd = today.AddDays(-3 - 14 * (i % 13));
                var periodStart = periodEnd.AddDays(-13);
                var paidOn = periodEnd.AddDays(3);
                var type = (i % 10) switch { 1 => "government_ppl_super", 4 => "salary_sacrifice", 8 => "employer_additional", _ => "sg" };
                var rate = SuperGuaranteeRate(row.Seed, paidOn);
                var earnings = Money(1500m + (decimal)row.Random.NextDouble() * 2500m);
                var payday = paidOn >= PaydaySuperStarts;
                var due = type == "government_ppl_super" ? YearEndOf(paidOn).AddDays(31)
                    : payday ? paidOn.AddDays(7)
                    : QuarterDue(paidOn);
                row["contribution_type"] = type;
                row["regime"] = payday ? "payday" : "quarterly";
                row["period_start"] = periodStart;
                row["period_end"] = periodEnd;
                row["ordinary_time_earnings"] = earnings;
                row["sg_rate"] = rate;
                row["maximum_contribution_base"] = null;
                row["amount"] = type is "salary_sacrifice" or "employer_additional" ? Money(earnings * 0.05m) : Money(earnings * rate);
                row["due_date"] = due;
                row["rejection_reason"] = null;
                var delivered = type != "government_ppl_super" && due < today;
                var sent = paidOn.AddDays(2).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
                row["status"] = type == "government_ppl_super" ? "paid_by_government" : delivered ? "accepted" : "pending";
                row["superstream_batch_reference"] = delivered ? $"SS{row.Org.Number}{paidOn:yyyyMMdd}" : null;
                row["batched_at"] = delivered ? sent.AddHours(-12) : null;
                row["sent_at"] = delivered ? sent : null;
                row["accepted_at"] = delivered ? sent.AddDays(2) : null;
            },
        }),
    ];

    /// <summary>Payday Super: from 1 July 2026 contributions are due within 7 days of payday, not quarterly.</summary>
    private static readonly DateOnly PaydaySuperStarts = new(2026, 7, 1);

    /// <summary>Quarterly super is due 28 days after the quarter's end.</summary>
    private static DateOnly QuarterDue(DateOnly paid)
    {
        var quarterEnd = new DateOnly(paid.Year, (paid.Month - 1) / 3 * 3 + 1, 1).AddMonths(3).AddDays(-1);
        return quarterEnd.AddDays(28);
    }

    /// <summary>The 30 June that ends the income year holding <paramref name="day"/>: the ATO pays Government PPL super after it.</summary>
    private static DateOnly YearEndOf(DateOnly day) => new(day.Month >= 7 ? day.Year + 1 : day.Year, 6, 30);

    /// <summary>payroll.super_guarantee_rate(paid_on), from the reference rows the migrations loaded.</summary>
    public static decimal SuperGuaranteeRate(SeedContext seed, DateOnly paidOn)
    {
        var rates = seed.ReferenceRows.TryGetValue("payroll.super_guarantee_rates", out var rows) ? rows.Values.ToList() : [];
        return rates.Where(r => DateOf(r["effective_from"]) <= paidOn && (r["effective_to"] is null || paidOn <= DateOf(r["effective_to"])))
            .Select(r => (decimal)r["rate"]!).FirstOrDefault(0.12m);
    }
}
