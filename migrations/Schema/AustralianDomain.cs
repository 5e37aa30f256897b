namespace Finnest.Database.Schema;

/// <summary>Value sets and formats that many schemas share (docs/design/DOMAIN.md), written once.</summary>
public static class AustralianDomain
{
    /// <summary>States and territories, as the ATO, payroll tax and licensing use them.</summary>
    public static readonly string[] States = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"];

    /// <summary>The same list as SQL literals, for hand-written checks: <c>state in (…)</c>.</summary>
    public const string StatesSql = "'NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT'";

    /// <summary>The same list as a SQL text[] value, for array checks: <c>states &lt;@ …</c>.</summary>
    public const string StatesArraySql = "array[" + StatesSql + "]::text[]";

    /// <summary>
    /// Pay categories of worked time (docs/design/DOMAIN.md §6), one set for timecard lines, payroll journals,
    /// payroll rate cards, invoice lines and client rate configurations, so a line can be priced,
    /// paid and billed under the same name. overtime_150/200/250: overtime at 150%, 200% and 250%
    /// (250%: public holiday overtime, e.g. General Retail); evening_shift and night_shift: shift
    /// penalties; allowance: an hourly allowance paid on the hours.
    /// </summary>
    public static readonly string[] PayCategories =
        ["ordinary", "saturday", "sunday", "public_holiday", "evening_shift", "night_shift", "overtime_150", "overtime_200", "overtime_250", "allowance"];

    /// <summary>An IANA time zone name such as Australia/Perth (a CHECK cannot consult pg_timezone_names).</summary>
    public const string TimeZonePattern = "^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$";
}
