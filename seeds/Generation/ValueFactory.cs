using System.Net;
using Finnest.Database.Engine;
using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// The generic value of a column: first what its CHECKs allow (value sets, patterns, bounds), then what its
/// name says in this domain (ABN, postcode of the row's state, time zone, coordinates, encrypted TFN…), then its type.
/// </summary>
public static class ValueFactory
{
    public static object? For(ColumnInfo column, ColumnRules rules, RowContext row)
    {
        var name = column.Name;
        var r = row.Random;
        // The name first (a state agrees with the row's postcode and time zone), unless the CHECK's value set says otherwise.
        var byName = ByName(column, row);
        var hasSet = rules.AllowedValues.TryGetValue(name, out var allowed) && allowed.Length > 0;
        if (byName is not null && (!hasSet || allowed!.Contains(byName as string))) return byName;
        if (hasSet)
            return column.IsArray ? new[] { allowed![r.Next(allowed.Length)] } : Convert(allowed![r.Next(allowed.Length)], column);
        if (rules.Patterns.TryGetValue(name, out var pattern)) return Fit(PatternText.Generate(pattern, r), column);
        return ByType(column, rules, row);
    }

    private static object? Convert(string literal, ColumnInfo column) => column.TypeName switch
    {
        "int4" or "int2" => int.Parse(literal),
        "int8" => long.Parse(literal),
        "numeric" => decimal.Parse(literal, System.Globalization.CultureInfo.InvariantCulture),
        _ => literal,
    };

    private static object? ByName(ColumnInfo column, RowContext row)
    {
        var n = column.Name;
        var r = row.Random;
        var f = row.Faker;
        if (column.TypeName == "bytea")
            return n.EndsWith("_encrypted") ? Encrypted(n, row) : Enumerable.Range(0, 32).Select(_ => (byte)r.Next(256)).ToArray();
        if (column.TypeName is "float8" or "float4" || column.TypeName == "numeric")
        {
            if (n is "latitude" or "lat" || n.EndsWith("_latitude")) return Math.Round((decimal)(row.Place.Latitude + (r.NextDouble() - 0.5) * 0.02), 6);
            if (n is "longitude" or "lng" or "lon" || n.EndsWith("_longitude")) return Math.Round((decimal)(row.Place.Longitude + (r.NextDouble() - 0.5) * 0.02), 6);
            // Hourly rates in dollars, charged at a labour-hire margin over pay (markups derived from them stay small).
            if (n is "pay_rate" or "hourly_rate" or "base_rate") return Math.Round(26m + (decimal)r.NextDouble() * 30m, 2);
            if (n is "charge_rate") return Math.Round((row["pay_rate"] as decimal? ?? 40m) * (1.25m + (decimal)r.NextDouble() * 0.2m), 2);
        }
        if (column.TypeName is not ("text" or "varchar" or "bpchar")) return null;
        return n switch
        {
            _ when n is "abn" || n.EndsWith("_abn") => AustralianIdentifiers.Abn(r),
            _ when n is "acn" || n.EndsWith("_acn") => AustralianIdentifiers.Acn(r),
            // A USI in learning is a student's; anywhere else (payroll.super_funds, onboard.super_choices) a super fund's.
            _ when n is "usi" || n.EndsWith("_usi") => row.Table.Name.StartsWith("learn.") ? UniqueStudentIdentifier.Create(r) : UniqueSuperannuationIdentifier.Create(r),
            _ when n is "bsb" || n.EndsWith("_bsb") => AustralianIdentifiers.Bsb(r, row.Place.State),
            _ when n is "state" or "head_office_state" || n.EndsWith("_state") && !n.Contains("status") => row.Place.State,
            _ when n is "postcode" || n.EndsWith("_postcode") => row.Place.Postcode,
            "suburb" or "city" or "locality" => row.Place.Suburb,
            _ when n is "timezone" or "time_zone" or "local_timezone" || n.EndsWith("_timezone") => row.Place.TimeZone,
            "country" or "country_code" => "AU",
            "currency" or "currency_code" => "AUD",
            _ when n is "email" || n.EndsWith("_email") => $"{f.Name.FirstName().ToLowerInvariant()}.{row.Ordinal}.{r.Next(1000)}@example.com.au".Replace("'", ""),
            _ when n is "phone" or "mobile" || n.EndsWith("_phone") || n.EndsWith("_mobile") => AustralianIdentifiers.Mobile(r),
            "first_name" or "given_name" => f.Name.FirstName(),
            "last_name" or "family_name" or "surname" => f.Name.LastName(),
            "legal_name" => f.Company.CompanyName() + " Pty Ltd",
            "trading_name" or "company_name" => f.Company.CompanyName(),
            "address_line1" or "street" or "address" => $"{r.Next(1, 400)} {f.Address.StreetName()}",
            "address_line2" => null,
            _ when n is "url" || n.EndsWith("_url") => $"https://example.com.au/{n}/{row.Ordinal}",
            "slug" => $"{Slug(f.Company.CompanyName())}-{row.Org.Number}-{row.Ordinal}",
            _ => null,
        };
    }

    private static object? ByType(ColumnInfo column, ColumnRules rules, RowContext row)
    {
        var r = row.Random;
        var n = column.Name;
        if (column.IsArray)
        {
            return column.ElementType switch
            {
                "uuid" => new[] { Deterministic.Uuid(row.Seed.Stream(row.Table.Name + n), row.Ordinal) },
                "int4" => new[] { 1 + r.Next(5) },
                "float4" => new[] { (float)r.NextDouble() },
                _ => new[] { Words(row, 1).Replace(' ', '_') },
            };
        }
        switch (column.TypeName)
        {
            case "uuid": return Deterministic.Uuid(row.Seed.Stream(row.Table.Name + "." + n), row.Ordinal);
            case "bool": return r.Next(2) == 0;
            case "int2" or "int4" or "int8":
            {
                var min = rules.Minimum.GetValueOrDefault(n, n.Contains("minutes") ? 0 : 1);
                var max = rules.Maximum.GetValueOrDefault(n, Math.Max(min, 0) + (n.Contains("minutes") ? 60 : n.Contains("year") ? 2030 : 20));
                if (n.Contains("year") && min < 2000) min = Math.Max(min, 2020);
                max = Math.Max(min, max);
                var value = (long)min + (long)(r.NextDouble() * (double)(max - min + 1));
                value = Math.Min(value, (long)max);
                return column.TypeName == "int8" ? value : (object)(int)value;
            }
            case "numeric":
            {
                var scale = column.Scale ?? 2;
                var integerDigits = (column.Precision ?? 12) - scale;
                var cap = integerDigits >= 6 ? 1000m : (decimal)Math.Pow(10, Math.Max(integerDigits - 1, 0)) - 1;
                var min = rules.Minimum.GetValueOrDefault(n, 0m);
                var max = Math.Min(rules.Maximum.GetValueOrDefault(n, cap), cap);
                if (integerDigits <= 1 && !rules.Maximum.ContainsKey(n)) max = Math.Min(max, 1m);
                if (max < min) max = min;
                return Math.Round(min + (decimal)r.NextDouble() * (max - min), Math.Min(scale, 4));
            }
            case "date":
            {
                if (n.Contains("birth")) return DateOnly.FromDateTime(row.Now.AddDays(-(18 * 365 + r.Next(40 * 365))));
                var days = IsLater(n) ? r.Next(30, 400) : -r.Next(0, 365);
                return DateOnly.FromDateTime(row.Now.AddDays(days));
            }
            case "timestamptz" or "timestamp":
            {
                var at = IsLater(n) ? row.Now.AddMinutes(r.Next(60, 60 * 24 * 60)) : row.PastTime(Math.Max(row.Seed.Scale.RosterDays, 30));
                return column.TypeName == "timestamp" ? DateTime.SpecifyKind(at, DateTimeKind.Unspecified) : at;
            }
            case "time": return new TimeOnly(6 + r.Next(4), r.Next(4) * 15);
            case "interval": return TimeSpan.FromHours(1 + r.Next(8));
            case "jsonb" or "json":
                return rules.JsonArrays.Contains(n) ? $$"""[{"item": "{{Words(row, 2)}}"}]""" : "{}";
            case "inet": return new IPAddress([10, (byte)r.Next(256), (byte)r.Next(256), (byte)(1 + r.Next(254))]);
            case "bpchar":
                return Fit(string.Concat(Enumerable.Range(0, column.Length ?? 1).Select(_ => (char)('0' + r.Next(10)))), column);
            case "text" or "varchar":
                return Fit(TextFor(n, row), column);
            default: return null;
        }
    }

    /// <summary>Columns whose names say "later than now" (expiry, due, end) get future values; the orderings fix the rest.</summary>
    private static bool IsLater(string n) =>
        n.Contains("expir") || n.Contains("due") || n.StartsWith("next_") || n.EndsWith("_until") || n.Contains("review_on");

    private static string TextFor(string n, RowContext row)
    {
        var f = row.Faker;
        if (n == "name" || n.EndsWith("_name") || n is "title" or "label") return Fit(f.ProductName(), 60);
        if (n is "code" || n.EndsWith("_code") || n.EndsWith("_key") || n is "key") return $"{Words(row, 1).Replace(' ', '_')}_{row.Ordinal}";
        if (n.EndsWith("_number") || n.EndsWith("_reference") || n is "reference" or "number" or "external_id" || n.EndsWith("_ref"))
            return $"{n[..1].ToUpperInvariant()}{row.Org.Number}{row.Ordinal:D6}";
        if (n.Contains("hash")) return string.Concat(Enumerable.Range(0, 64).Select(_ => "0123456789abcdef"[row.Random.Next(16)]));
        if (n is "position" or "position_title" or "job_title") return row.Pick(Positions);
        return f.Sentence(4);
    }

    private static readonly string[] Positions = ["Forklift operator", "Storeperson", "Pick packer", "Labourer", "Process worker", "Truck driver", "Registered nurse", "Chef", "Cleaner", "Traffic controller"];

    private static string Words(RowContext row, int count) => row.Faker.Words(count);

    /// <summary>A development-key envelope of a plausible clear value for <paramref name="column"/> (an account number, a TFN…).</summary>
    public static byte[] Encrypted(string column, RowContext row)
    {
        var r = row.Random;
        var clear = column.Contains("tfn") || column.Contains("tax_file") ? AustralianIdentifiers.Tfn(r)
            : column.Contains("account") ? r.Next(10_000_000, 99_999_999).ToString()
            : $"fake {column.Replace("_encrypted", "").Replace('_', ' ')} {row.Ordinal}";
        var nonce = Deterministic.Nonce(row.Seed.Stream(row.Table.Name + "." + column), (row.Ordinal << 20) | (long)r.Next(1 << 20));
        return FieldEncryption.Development.Encrypt(clear, nonce);
    }

    private static string Fit(string text, ColumnInfo column) => column.Length is int length ? Fit(text, length) : text;

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..length];

    public static string Slug(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
}
