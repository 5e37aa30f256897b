namespace Finnest.Database.Schema;

/// <summary>Value sets and formats that many schemas share (DOMAIN.md), written once.</summary>
public static class AustralianDomain
{
    /// <summary>States and territories, as the ATO, payroll tax and licensing use them.</summary>
    public static readonly string[] States = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"];

    /// <summary>The same list as SQL literals, for hand-written checks: <c>state in (…)</c>.</summary>
    public const string StatesSql = "'NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT'";

    /// <summary>The same list as a SQL text[] value, for array checks: <c>states &lt;@ …</c>.</summary>
    public const string StatesArraySql = "array[" + StatesSql + "]::text[]";

    /// <summary>An IANA time zone name such as Australia/Perth (a CHECK cannot consult pg_timezone_names).</summary>
    public const string TimeZonePattern = "^(UTC|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)$";
}
