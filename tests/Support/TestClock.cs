using System.Globalization;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// The one instant every clock-dependent expectation of a run is computed from: captured once, or
/// injected with FINNEST_TEST_NOW (ISO 8601, e.g. 2026-11-30T23:59:59Z) to prove the suite holds
/// at a month boundary. Tests pass it to the database (as_of) instead of relying on now().
/// </summary>
public static class TestClock
{
    public const string EnvironmentVariable = "FINNEST_TEST_NOW";

    public static readonly DateTime UtcNow = Read();

    /// <summary>The UTC calendar day of <see cref="UtcNow"/>.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(UtcNow);

    /// <summary>The first day of the UTC month of <see cref="UtcNow"/>, moved by <paramref name="months"/>.</summary>
    public static DateOnly MonthStart(int months = 0) => new DateOnly(UtcNow.Year, UtcNow.Month, 1).AddMonths(months);

    /// <summary>yyyy_MM, as in partition names.</summary>
    public static string PartitionSuffix(DateOnly month) => month.ToString("yyyy_MM", CultureInfo.InvariantCulture);

    /// <summary>yyyy-MM-dd, as the CLI's --as-of takes it.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime Read()
    {
        var injected = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(injected)) return DateTime.UtcNow;
        return DateTime.Parse(injected, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }
}
