namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>Small conversions the domain rule files share.</summary>
public static class DomainValues
{
    /// <summary>An amount in AUD to the cent, half a cent rounded away from zero as payroll does.</summary>
    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A date read from a reference row or a remembered column (the driver hands dates over as DateTime).</summary>
    public static DateOnly DateOf(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidOperationException($"not a date: {value}"),
    };

    /// <summary>The earlier of two times, e.g. when something happened but no later than just before the as-of moment.</summary>
    public static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;
}
