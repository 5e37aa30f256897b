namespace Finnest.Database.Seeds;

/// <summary>
/// Valid Australian identifiers for fake data (docs/design/DOMAIN.md §1): the database checks ABN and ACN
/// check digits, and a payroll test that meets an invalid TFN fails for the wrong reason.
/// </summary>
public static class AustralianIdentifiers
{
    private static readonly int[] TfnWeights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    private static readonly int[] AbnWeights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    private static readonly int[] AcnWeights = [8, 7, 6, 5, 4, 3, 2, 1];

    /// <summary>A 9-digit TFN: weights 1,4,3,7,5,8,6,9,10, sum divisible by 11.</summary>
    public static string Tfn(Random random)
    {
        while (true)
        {
            var digits = Enumerable.Range(0, 8).Select(_ => random.Next(10)).ToArray();
            var sum = digits.Select((d, i) => d * TfnWeights[i]).Sum();
            // 10 ≡ −1 (mod 11), so the last digit must equal the sum of the others mod 11.
            var check = sum % 11;
            if (check == 10) continue;
            return string.Concat(digits) + check;
        }
    }

    public static bool IsValidTfn(string tfn) =>
        tfn.Length == 9 && tfn.All(char.IsAsciiDigit) && tfn.Select((c, i) => (c - '0') * TfnWeights[i]).Sum() % 11 == 0;

    /// <summary>An 11-digit ABN: a random 9-digit body and the two check digits that make it valid.</summary>
    public static string Abn(Random random) => WithAbnCheckDigits(Enumerable.Range(0, 9).Select(_ => random.Next(10)).ToArray());

    /// <summary>A company's ABN: the ABR puts two check digits in front of its ACN (ACN 004 085 616 is ABN 53 004 085 616).</summary>
    public static string AbnOfCompany(string acn) => WithAbnCheckDigits(acn.Select(c => c - '0').ToArray());

    private static string WithAbnCheckDigits(int[] body)
    {
        var sum = body.Select((d, i) => d * AbnWeights[i + 2]).Sum() % 89;
        var prefix = 10 + (89 - sum) % 89;
        return prefix.ToString("00") + string.Concat(body);
    }

    public static bool IsValidAbn(string abn)
    {
        if (abn.Length != 11 || !abn.All(char.IsAsciiDigit)) return false;
        var digits = abn.Select(c => c - '0').ToArray();
        digits[0] -= 1;
        return digits.Select((d, i) => d * AbnWeights[i]).Sum() % 89 == 0;
    }

    /// <summary>A 9-digit ACN: weights 8..1 on the first eight digits, check = (10 − sum mod 10) mod 10.</summary>
    public static string Acn(Random random)
    {
        var digits = Enumerable.Range(0, 8).Select(_ => random.Next(10)).ToArray();
        var check = (10 - digits.Select((d, i) => d * AcnWeights[i]).Sum() % 10) % 10;
        return string.Concat(digits) + check;
    }

    public static bool IsValidAcn(string acn) =>
        acn.Length == 9 && acn.All(char.IsAsciiDigit) &&
        (10 - acn[..8].Select((c, i) => (c - '0') * AcnWeights[i]).Sum() % 10) % 10 == acn[8] - '0';

    /// <summary>A BSB NNN-NNN whose first digits name a real institution and whose third digit is the state.</summary>
    public static string Bsb(Random random, string state)
    {
        string[] institutions = ["01", "03", "06", "08", "73"];
        var stateDigit = state switch
        {
            "NSW" or "ACT" => 2,
            "VIC" => 3,
            "QLD" => 4,
            "SA" or "NT" => 5,
            "WA" => 6,
            _ => 7,
        };
        return $"{institutions[random.Next(institutions.Length)]}{stateDigit}-{random.Next(1000):000}";
    }

    /// <summary>An Australian mobile number in E.164: +614 and eight digits.</summary>
    public static string Mobile(Random random) => $"+614{random.Next(100_000_000):00000000}";

    /// <summary>A postcode in the range Australia Post gives the state.</summary>
    public static string Postcode(Random random, string state) => state switch
    {
        "NSW" => random.Next(2000, 2600),
        "ACT" => random.Next(2600, 2620),
        "VIC" => random.Next(3000, 4000),
        "QLD" => random.Next(4000, 5000),
        "SA" => random.Next(5000, 5800),
        "WA" => random.Next(6000, 6800),
        "TAS" => random.Next(7000, 7800),
        _ => random.Next(800, 900),
    } switch { var n => n.ToString("0000") };

    public static string TimeZone(string state) => state switch
    {
        "WA" => "Australia/Perth",
        "SA" => "Australia/Adelaide",
        "NT" => "Australia/Darwin",
        "QLD" => "Australia/Brisbane",
        "TAS" => "Australia/Hobart",
        "VIC" => "Australia/Melbourne",
        _ => "Australia/Sydney",
    };
}

/// <summary>
/// The Unique Superannuation Identifier of an APRA-regulated fund product, as SuperStream quotes it: the fund's ABN
/// followed by a three-digit product number (e.g. 60905115063003), within the schema's ^[A-Z0-9]{9,20}$.
/// </summary>
public static class UniqueSuperannuationIdentifier
{
    public static string Create(Random random) => AustralianIdentifiers.Abn(random) + random.Next(1, 1000).ToString("000");
}

/// <summary>The Unique Student Identifier of VET training (learn.is_valid_usi): ten characters and a Luhn mod 32 check.</summary>
public static class UniqueStudentIdentifier
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Create(Random random)
    {
        var values = Enumerable.Range(0, 9).Select(_ => random.Next(32)).ToArray();
        // Position i (1-based) is weighted 1 when 10 - i is even, else 2; each product adds its two base-32 digits.
        var sum = values.Select((v, index) => (index + 1) % 2 == 0 ? v : v * 2).Sum(p => p / 32 + p % 32);
        var check = (32 - sum % 32) % 32;
        return string.Concat(values.Select(v => Alphabet[v])) + Alphabet[check];
    }
}
