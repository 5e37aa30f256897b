using static Finnest.Database.Seeds.Generation.Domain.DomainValues;

namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Pay that keeps the award: a worker is paid under one classification wherever their rows name one (contract, pay
/// lines), at one agreed margin above its minimum, and no hourly rate paid under a classification falls below the
/// minimum in force on the row's day (compliance.award_rates, as the migrations loaded it; the casual rate for a casual
/// where the rate includes the loading). Charge rates are raised with the pay they must cover.
/// </summary>
public static class AwardPay
{
    /// <summary>Hourly pay columns a classification's minimum applies to, wherever a row names a classification.</summary>
    private static readonly string[] HourlyPayColumns = ["pay_rate", "base_pay_rate", "base_hourly_rate", "placement_pay_rate", "offered_pay_rate", "hourly_rate"];

    /// <summary>The same for a timecard line, whose rate is the base before its penalty or loading multiplier.</summary>
    private static readonly string[] TimecardPayColumns = ["rate"];

    /// <summary>Rates before the casual loading (their comments say so): the ordinary minimum applies even to casuals.</summary>
    private static readonly HashSet<string> BeforeCasualLoading = ["payroll.pay_levels.base_hourly_rate", "quotes.quote_lines.pay_rate", "clients.job_costings.base_pay_rate", "timekeep.timecard_entries.rate"];

    /// <summary>Charge columns that must cover a pay column of the same row (their tables' CHECKs).</summary>
    private static readonly (string Pay, string Charge)[] ChargeCoversPay =
    [
        ("pay_rate", "charge_rate"), ("base_pay_rate", "base_charge_rate"), ("placement_pay_rate", "placement_charge_rate"),
        ("pay_rate", "charge_rate_ordinary"), ("base_pay_rate", "total_cost_rate"),
    ];

    /// <summary>A loaded adult minimum of a classification, from its effective day.</summary>
    public sealed record Minimum(DateOnly From, decimal Hourly, decimal Casual, decimal Weekly);

    /// <summary>Each classification's adult minimums by effective day, read once per seed from the reference rows.</summary>
    private static Dictionary<Guid, Minimum[]> Minimums(SeedContext seed)
    {
        if (seed.Cache.TryGetValue("award-pay/minimums", out var known)) return (Dictionary<Guid, Minimum[]>)known;
        IEnumerable<IDictionary<string, object?>> rates = seed.ReferenceRows.TryGetValue("compliance.award_rates", out var rows) ? rows.Values : [];
        var minimums = rates.Where(r => r["rate_basis"] as string == "adult")
            .GroupBy(r => (Guid)r["award_classification_id"]!)
            .ToDictionary(g => g.Key, g => g.Select(r => new Minimum(DateOf(r["effective_from"]), (decimal)r["hourly_rate"]!,
                    r["casual_hourly_rate"] as decimal? ?? (decimal)r["hourly_rate"]! * 1.25m, (decimal)r["weekly_rate"]!))
                .OrderBy(m => m.From).ToArray());
        seed.Cache["award-pay/minimums"] = minimums;
        return minimums;
    }

    /// <summary>The classifications that have an adult rate, in a stable order (reference ids differ between databases).</summary>
    private static List<Guid> Classifications(SeedContext seed)
    {
        if (seed.Cache.TryGetValue("award-pay/classifications", out var known)) return (List<Guid>)known;
        var ordered = Minimums(seed).Keys
            .OrderBy(id => seed.ReferenceRow("compliance.award_classifications", id)?["name"] as string, StringComparer.Ordinal).ToList();
        seed.Cache["award-pay/classifications"] = ordered;
        return ordered;
    }

    /// <summary>One worker in eight is employed under a registered enterprise agreement instead of an award.</summary>
    public static bool UnderAgreement(Guid employee) => Deterministic.Mix(Deterministic.Hash("agreement/" + employee)) % 8 == 3;

    /// <summary>
    /// The classification an employee is paid under, the same in every row that names one; null for a contractor (no
    /// award covers them) or a worker under an enterprise agreement.
    /// </summary>
    public static Guid? ClassificationOf(SeedContext seed, Guid employee)
    {
        var classifications = Classifications(seed);
        if (classifications.Count == 0 || UnderAgreement(employee)
            || seed.AttributeOf("people.employees", employee, "employment_type") as string == "contractor") return null;
        return classifications[(int)(Deterministic.Hash("award/" + employee) % (ulong)classifications.Count)];
    }

    /// <summary>An employee's agreed margin above the award minimum: 0 to 15%, the same in the contract and every pay line.</summary>
    public static decimal MarginOf(Guid employee) => (Deterministic.Mix(Deterministic.Hash("margin/" + employee)) % 16) / 100m;

    /// <summary>
    /// The minimum of a classification on a day: the adult rate in force, or the earliest loaded one for a day before
    /// the loaded rates begin (rates only rise, so that is never above what applied then). Null when none is loaded.
    /// </summary>
    public static Minimum? MinimumOf(SeedContext seed, Guid classification, DateOnly day)
    {
        if (!Minimums(seed).TryGetValue(classification, out var minimums)) return null;
        return minimums.LastOrDefault(m => m.From <= day) ?? minimums[0];
    }

    /// <summary>
    /// The hourly rate of a worker no award rate covers here (a contractor, a worker under an enterprise agreement, or
    /// no rates loaded): $30 to $44.99, the same in the contract, the timecards and every payslip.
    /// </summary>
    public static decimal AgreedHourlyRate(Guid employee) => 30m + (Deterministic.Mix(Deterministic.Hash("agreed-rate/" + employee)) % 1500) / 100m;

    /// <summary>An employee's hourly rate on a day: the minimum of their classification plus their margin (null when no rates are loaded).</summary>
    public static decimal? HourlyRateOf(SeedContext seed, Guid employee, DateOnly day, bool casual) =>
        ClassificationOf(seed, employee) is { } classification && MinimumOf(seed, classification, day) is { } minimum
            ? RoundUp((casual ? minimum.Casual : minimum.Hourly) * (1 + MarginOf(employee)))
            : null;

    /// <summary>
    /// The multiple of the ordinary rate paid for hours in a pay category: the award's whole-day penalty for the day
    /// (compliance.award_penalty_rules, for the employment type or any), its casual loading for a casual's weekday
    /// hours; where the award's rules are not loaded, the common 125% Saturday and 150% Sunday (casuals 150% and 175%).
    /// </summary>
    public static decimal Multiplier(SeedContext seed, Guid? classification, string category, string? employmentType)
    {
        var casual = employmentType == "casual";
        var award = classification is { } c ? seed.ReferenceRow("compliance.award_classifications", c)?["award_id"] as Guid? : null;
        var dayType = category is "saturday" or "sunday" ? category : "weekday";
        var kind = dayType == "weekday" ? "casual_loading" : "penalty";
        if (dayType == "weekday" && !casual) return 1m;
        IEnumerable<IDictionary<string, object?>> rules = seed.ReferenceRows.TryGetValue("compliance.award_penalty_rules", out var rows) ? rows.Values : [];
        var found = rules.Where(r => award is not null && r["award_id"] as Guid? == award && r["rule_kind"] as string == kind && r["band_start"] is null
                                     && (r["day_type"] as string == dayType || kind == "casual_loading")
                                     && (r["employment_type"] as string == employmentType || r["employment_type"] as string == "any"))
            .Select(r => (decimal)r["multiplier"]!).DefaultIfEmpty(0m).Max();
        if (found > 0) return found;
        return (dayType, casual) switch { ("saturday", false) => 1.25m, ("sunday", false) => 1.5m, ("saturday", true) => 1.5m, ("sunday", true) => 1.75m, _ => 1.25m };
    }

    public static bool IsCasual(RowContext row) =>
        row["employment_type"] as string == "casual"
        || row["employee_id"] is Guid employee && row.Seed.AttributeOf("people.employees", employee, "employment_type") as string == "casual";

    /// <summary>
    /// Run on every generated row before its table's own rules: an employee's rows take the employee's classification,
    /// the contract its rate, and every hourly pay under a classification at least the minimum, charges above it.
    /// </summary>
    public static void Apply(RowContext row)
    {
        if (row.Table.Name == "people.contracts" && row["employee_id"] is Guid worker)
        {
            // A contract states the worker's employment type; one under an enterprise agreement names no award.
            row["employment_type"] = row.Seed.AttributeOf("people.employees", worker, "employment_type") ?? row["employment_type"];
            row["enterprise_agreement"] = UnderAgreement(worker) && row["employment_type"] as string != "contractor" ? $"{row.Faker.Company.CompanyName()} Enterprise Agreement 2024 (AE5{row.Random.Next(10_000, 100_000)})" : null;
            row["award_classification_id"] = ClassificationOf(row.Seed, worker);
            if (row["award_classification_id"] is null)
            {
                // Award-free (a contractor) or an agreement's own rates: an hourly rate as drawn.
                row["award_id"] = null;
                row["pay_rate_unit"] = row["pay_rate"] is null ? null : "hour";
                return;
            }
        }
        if (row["award_classification_id"] is not Guid) return;
        if (row["employee_id"] is Guid employee && ClassificationOf(row.Seed, employee) is { } own)
            row["award_classification_id"] = own;
        if (row["award_classification_id"] is not Guid classification) return;
        if (row.Has("award_id") && row.Seed.ReferenceRow("compliance.award_classifications", classification) is { } found)
            row["award_id"] = found["award_id"];
        if (MinimumOf(row.Seed, classification, DayOf(row)) is not { } minimum) return;
        var casual = IsCasual(row);

        if (row.Table.Name == "people.contracts")
            AgreeContractRate(row, minimum, casual);
        else if (row.Table.Name == "payroll.pay_levels")
        {
            // A level is the award's rate, or a margin above it when the level says it is above award.
            var factor = row["is_above_award"] is true ? 1.05m + row.Random.Next(11) / 100m : 1m;
            row["base_hourly_rate"] = RoundUp(minimum.Hourly * factor);
            if (row.Has("weekly_rate") && row["weekly_rate"] is not null) row["weekly_rate"] = RoundUp(minimum.Weekly * factor);
            // The award's 25% casual loading for a casual level or one for any employment type; none for permanents.
            row["casual_loading"] = row["employment_type"] is null or "casual" ? 0.25m : 0m;
        }
        else
            foreach (var column in row.Table.Name == "timekeep.timecard_entries" ? TimecardPayColumns : HourlyPayColumns)
            {
                if (row[column] is not decimal rate) continue;
                var floor = casual && !BeforeCasualLoading.Contains($"{row.Table.Name}.{column}") ? minimum.Casual : minimum.Hourly;
                if (rate < floor) row[column] = RoundUp(floor * (1 + row.Random.Next(16) / 100m));
            }

        foreach (var (pay, charge) in ChargeCoversPay)
            if (row[pay] is decimal paid && row[charge] is decimal charged && charged < paid)
                row[charge] = RoundUp(paid * (1.25m + row.Random.Next(21) / 100m));
    }

    /// <summary>
    /// A contract under an award: hourly at the employee's rate (minimum plus margin; the casual rate for casuals), or for
    /// a full-time employee a weekly or annual salary of at least the award's weekly rate plus the same margin.
    /// </summary>
    private static void AgreeContractRate(RowContext row, Minimum minimum, bool casual)
    {
        var employee = (Guid)row["employee_id"]!;
        var factor = 1 + MarginOf(employee);
        var unit = row["employment_type"] as string == "full_time" ? row["pay_rate_unit"] as string ?? "hour" : "hour";
        row["pay_rate_unit"] = unit;
        row["pay_rate"] = unit switch
        {
            "week" => RoundUp(minimum.Weekly * factor),
            "year" => RoundUp(minimum.Weekly * factor * 52m),
            _ => RoundUp((casual ? minimum.Casual : minimum.Hourly) * factor),
        };
    }

    /// <summary>The day a row's rate applies on: the day worked, the start or effective date, else the as-of day.</summary>
    private static DateOnly DayOf(RowContext row)
    {
        foreach (var column in (string[])["work_date", "start_date", "effective_from", "period_start", "valid_from"])
            if (row[column] is { } value) return DateOf(value);
        return DateOnly.FromDateTime(row.Now);
    }

    /// <summary>Rounded up to the cent: a rate rounded down could fall a fraction of a cent below the minimum.</summary>
    private static decimal RoundUp(decimal value) => Math.Ceiling(value * 100m) / 100m;
}
