using System.Globalization;
using System.Text.RegularExpressions;
using Finnest.Database.Schema;
using Finnest.Database.Seeds;

namespace Finnest.Database.FileImport.Columns;

/// <summary>
/// Parsers for the kinds of cell the files carry. Each accepts what people and spreadsheets really write
/// (spaces in an ABN, "0412 345 678", "Full time", a date cell or "4/3/1990") and turns it into what the
/// target column's CHECK accepts, or says plainly what is wrong.
/// </summary>
public static partial class Cells
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Day first, as Australians write dates; never month first. Two-digit years are refused.</summary>
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d MMM yyyy", "d MMMM yyyy", "d-MMM-yyyy",
         "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss"];

    private static readonly DateOnly EarliestDate = new(1900, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>The cell as text: numbers without a decimal tail when whole (Excel stores 412345678 as 412345678.0).</summary>
    public static string Text(object cell) => cell switch
    {
        string s => s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(Invariant),
        double d => d.ToString("R", Invariant),
        DateTime t => t.ToString("yyyy-MM-dd", Invariant),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, Invariant),
        _ => cell.ToString()?.Trim() ?? "",
    };

    public static Parsed PlainText(object cell) => Parsed.Ok(Text(cell));

    public static Func<object, Parsed> TextUpTo(int maxLength) => cell =>
    {
        var text = Text(cell);
        return text.Length <= maxLength ? Parsed.Ok(text) : Parsed.Bad($"longer than {maxLength} characters");
    };

    public static Parsed Date(object cell)
    {
        DateOnly date;
        switch (cell)
        {
            case DateTime t:
                date = DateOnly.FromDateTime(t);
                break;
            // A date cell that lost its format arrives as Excel's serial day number.
            case double serial when serial >= 1 && serial < 2958466 && serial == Math.Floor(serial):
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                break;
            default:
                var text = Text(cell);
                if (!DateTime.TryParseExact(text, DateFormats, Invariant, DateTimeStyles.AllowWhiteSpaces, out var parsed))
                    return Parsed.Bad($"'{text}' is not a date (write 2026-03-31 or 31/03/2026)");
                date = DateOnly.FromDateTime(parsed);
                break;
        }
        return date < EarliestDate || date > LatestDate ? Parsed.Bad($"{date:yyyy-MM-dd} is not a plausible date") : Parsed.Ok(date);
    }

    public static Parsed PastDate(object cell)
    {
        var parsed = Date(cell);
        return parsed.Value is DateOnly d && d > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1))
            ? Parsed.Bad($"{d:yyyy-MM-dd} is in the future")
            : parsed;
    }

    /// <summary>The rule of the email CHECKs in the schema, so a row that passes here passes there.</summary>
    public static Parsed Email(object cell)
    {
        var text = Text(cell);
        return EmailPattern().IsMatch(text) ? Parsed.Ok(text) : Parsed.Bad($"'{text}' is not an email address");
    }

    /// <summary>An Australian number as people write it (0412 345 678, (02) 9876 5432, +61 …) in E.164.</summary>
    public static Parsed Phone(object cell)
    {
        var raw = Text(cell);
        var digits = string.Concat(raw.Where(char.IsAsciiDigit));
        var e164 = raw.TrimStart().StartsWith('+') ? "+" + digits
            : digits.Length == 10 && digits[0] == '0' ? "+61" + digits[1..]
            : digits.Length == 11 && digits.StartsWith("61") ? "+" + digits
            // A mobile typed into a number cell loses its leading zero.
            : digits.Length == 9 && digits[0] == '4' ? "+61" + digits
            : "";
        var onlyPhoneCharacters = raw.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' or '.');
        return onlyPhoneCharacters && PhonePattern().IsMatch(e164)
            ? Parsed.Ok(e164)
            : Parsed.Bad($"'{raw}' is not a phone number (write 0412 345 678, 02 9876 5432 or +61 412 345 678)");
    }

    private static readonly Dictionary<string, string> StateNames = new()
    {
        ["newsouthwales"] = "NSW", ["victoria"] = "VIC", ["queensland"] = "QLD", ["westernaustralia"] = "WA",
        ["southaustralia"] = "SA", ["tasmania"] = "TAS", ["australiancapitalterritory"] = "ACT", ["northernterritory"] = "NT",
    };

    public static Parsed State(object cell)
    {
        var text = Text(cell);
        var key = ColumnMap.Normalise(text);
        if (StateNames.TryGetValue(key, out var code)) return Parsed.Ok(code);
        var upper = key.ToUpperInvariant();
        return AustralianDomain.States.Contains(upper)
            ? Parsed.Ok(upper)
            : Parsed.Bad($"'{text}' is not an Australian state or territory ({string.Join(", ", AustralianDomain.States)})");
    }

    public static Parsed Postcode(object cell)
    {
        var text = Text(cell).Replace(" ", "");
        // NT and some ACT postcodes start with 0, which a number cell drops: 800 is 0800.
        if (text.Length == 3 && text.All(char.IsAsciiDigit)) text = "0" + text;
        return text.Length == 4 && text.All(char.IsAsciiDigit) ? Parsed.Ok(text) : Parsed.Bad($"'{Text(cell)}' is not a 4-digit postcode");
    }

    public static Parsed Abn(object cell)
    {
        var digits = Digits(cell);
        if (digits.Length != 11) return Parsed.Bad($"'{Text(cell)}' is not an ABN (11 digits)");
        return AustralianIdentifiers.IsValidAbn(digits) ? Parsed.Ok(digits) : Parsed.Bad($"ABN {Text(cell)} fails the ABN check digits");
    }

    public static Parsed Acn(object cell)
    {
        var digits = Digits(cell);
        if (digits.Length != 9) return Parsed.Bad($"'{Text(cell)}' is not an ACN (9 digits)");
        return AustralianIdentifiers.IsValidAcn(digits) ? Parsed.Ok(digits) : Parsed.Bad($"ACN {Text(cell)} fails the ACN check digit");
    }

    /// <summary>ATO codes payroll systems put where a TFN is missing; they are declarations, not TFNs.</summary>
    private static readonly HashSet<string> TfnExemptionCodes = ["000000000", "111111111", "333333333", "444444444", "987654321"];

    /// <summary>A 9-digit TFN with valid check digit. The value is never echoed.</summary>
    public static Parsed Tfn(object cell)
    {
        var digits = Digits(cell);
        if (TfnExemptionCodes.Contains(digits))
            return Parsed.Bad("holds an ATO exemption code, not a TFN: leave the cell empty and record the TFN declaration in Finnest");
        if (digits.Length != 9 || Text(cell).Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-')))
            return Parsed.Bad("is not a tax file number (9 digits)");
        return AustralianIdentifiers.IsValidTfn(digits) ? Parsed.Ok(digits) : Parsed.Bad("fails the TFN check digit");
    }

    /// <summary>One of the values a CHECK allows, matched like headers ("Full time" = full_time), plus synonyms.</summary>
    public static Func<object, Parsed> OneOf(IReadOnlyList<string> values, params (string Synonym, string Value)[] synonyms)
    {
        var lookup = values.ToDictionary(ColumnMap.Normalise, v => v);
        foreach (var (synonym, value) in synonyms) lookup[ColumnMap.Normalise(synonym)] = value;
        return cell =>
        {
            var text = Text(cell);
            return lookup.TryGetValue(ColumnMap.Normalise(text), out var value)
                ? Parsed.Ok(value)
                : Parsed.Bad($"'{text}' is not one of {string.Join(", ", values)}");
        };
    }

    public static Func<object, Parsed> WholeNumber(int min, int max) => cell =>
    {
        var text = Text(cell);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var n) && n >= min && n <= max
            ? Parsed.Ok(n)
            : Parsed.Bad($"'{text}' is not a whole number from {min} to {max}");
    };

    public static Func<object, Parsed> Decimal(decimal min, decimal max) => cell =>
    {
        var text = Text(cell);
        return decimal.TryParse(text, NumberStyles.Number, Invariant, out var n) && n >= min && n <= max
            ? Parsed.Ok(n)
            : Parsed.Bad($"'{text}' is not a number from {min} to {max}");
    };

    /// <summary>Dollars: "$12,500.00" or 12500; cents at most.</summary>
    public static Parsed Money(object cell)
    {
        var text = Text(cell);
        var plain = text.Replace("$", "").Replace(",", "").Trim();
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, Invariant, out var n) && n == Math.Round(n, 2) && n < 1_000_000_000_000m
            ? Parsed.Ok(n)
            : Parsed.Bad($"'{text}' is not an amount in dollars and cents, zero or more");
    }

    public static Parsed YesNo(object cell)
    {
        if (cell is bool b) return Parsed.Ok(b);
        var text = Text(cell);
        return ColumnMap.Normalise(text) switch
        {
            "yes" or "y" or "true" or "1" => Parsed.Ok(true),
            "no" or "n" or "false" or "0" => Parsed.Ok(false),
            _ => Parsed.Bad($"'{text}' is not yes or no"),
        };
    }

    /// <summary>An IANA zone the server knows, in the form the schema's CHECK accepts (Australia/Perth).</summary>
    public static Parsed TimeZone(object cell)
    {
        var text = Text(cell);
        return Regex.IsMatch(text, AustralianDomain.TimeZonePattern) && TimeZoneInfo.TryFindSystemTimeZoneById(text, out _)
            ? Parsed.Ok(text)
            : Parsed.Bad($"'{text}' is not an IANA time zone such as Australia/Perth");
    }

    private static string Digits(object cell) => string.Concat(Text(cell).Where(char.IsAsciiDigit));

    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^\\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();
}
