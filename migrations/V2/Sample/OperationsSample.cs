using System.Globalization;

namespace Finnest.Database.V2.Sample;

/// <summary>
/// Synthetic rows of the operations tables (roster codes and rule sets, allowance types, timesheet allowances,
/// super funds, client messaging), with the problems of <see cref="PlantedOperationsProblems"/>. It draws from a
/// random generator of its own, derived from the seed, so adding these tables leaves every other file of the
/// extract byte-identical. The generators run in the order SampleExtractWriter.Write calls them.
/// </summary>
public sealed class OperationsSample(SampleOptions options)
{
    private readonly Random _random = new(unchecked(options.RandomSeed * 7919 + 104729));
    private readonly DateTime _now = options.AsOf.ToDateTime(new TimeOnly(9, 0));
    private readonly List<(int Id, int Client, DateTime Created, bool Closed)> _threads = [];
    private readonly Dictionary<int, int> _fundOfCandidate = [];

    // ---- roster ----------------------------------------------------------------------------

    public IEnumerable<object?[]> RosterCodes()
    {
        (string Code, string Name, string Type, string? Start, string? End, int Break, string Colour, int Active)[] codes =
        [
            ("D8", "Day shift 8h", "W", "06:00:00", "14:30:00", 30, "#1f77b4", 1),
            ("D10", "Day shift 10h", "W", "06:00:00", "16:30:00", 30, "#aec7e8", 1),
            ("A8", "Afternoon shift", "W", "14:00:00", "22:30:00", 30, "#ff7f0e", 1),
            ("N10", "Night shift", "W", "20:00:00", "06:30:00", 30, "#2ca02c", 1),
            ("D12", "Day shift 12h (retired)", "W", "06:00:00", "18:30:00", 30, "", 0),
            ("AL", "Annual leave", "L", null, null, 0, "#9467bd", 1),
            ("PL", "Personal leave", "L", null, null, 0, "#8c564b", 1),
            ("RDO", "Rostered day off", "R", null, null, 0, "#7f7f7f", 1),
            ("TRN", "Training day", "T", "08:00:00", "16:00:00", 30, "#bcbd22", 1),
            ("SB", "On call", "S", null, null, 0, "#17becf", 1),
            ("UNAV", "Unavailable", "U", null, null, 0, "", 1),
            // Planted: a space inside the code; the same code as D8 in lower case.
            ("N 10", "Night shift (old)", "W", "22:00:00", "06:00:00", 30, "", 1),
            ("d8", "Day shift 8h (Perth)", "W", "06:00:00", "14:30:00", 30, "", 1),
        ];
        var id = 1;
        foreach (var c in codes)
            yield return [id++, c.Code, c.Name, c.Type, c.Start, c.End, c.Break, c.Colour, c.Active, Local(-_random.Next(10, 900))];
    }

    public IEnumerable<object?[]> RosterRuleSets()
    {
        object?[][] sets =
        [
            ["Casual warehouse", "C", "3.00", "10.00", "38.00", null, "12.00", 6, "5.00", 30, "07:00:00", "19:00:00", "2025-07-01", "0000-00-00"],
            ["Full time warehouse", "F", "4.00", "10.00", "38.00", "10.00", "12.00", 6, "5.00", 30, "06:00:00", "18:00:00", "2025-07-01", "0000-00-00"],
            ["Part time warehouse", "P", "3.00", "10.00", "38.00", null, "10.00", null, "5.00", 30, "07:00:00", "19:00:00", "2025-07-01", "0000-00-00"],
            ["Fixed term projects", "T", "4.00", "10.00", "38.00", "10.00", "12.00", 5, "5.00", 45, "06:00:00", "18:00:00", "2025-07-01", "0000-00-00"],
            ["All staff (before July 2025)", "", "2.00", "8.00", "38.00", null, "12.00", null, "5.00", 30, "07:00:00", "19:00:00", "2019-07-01", "2025-06-30"],
            // Planted: contractors are not rostered under award rules; a span that ends before it starts.
            ["ABN contractors", "A", "2.00", "8.00", "38.00", null, null, null, null, null, null, null, "2025-07-01", "0000-00-00"],
            ["Night crew", "C", "3.00", "10.00", "38.00", null, "12.00", 6, "5.00", 30, "19:00:00", "07:00:00", "2025-07-01", "0000-00-00"],
        ];
        for (var i = 0; i < sets.Length; i++)
            yield return [i + 1, .. sets[i], Local(-_random.Next(10, 400))];
    }

    // ---- allowances ------------------------------------------------------------------------

    /// <summary>v2 allowance types: id → (code, unit, rate). Id 8 is the planted FORTNIGHT type.</summary>
    private static readonly (string Code, string Name, string Category, string Unit, decimal? Rate, int Taxable, int Super)[] AllowanceTypes =
    [
        ("MEAL-OT", "Overtime meal allowance", "MEAL", "EACH", 17.35m, 1, 0),
        ("TOOLS", "Tool allowance", "TOOLS", "WEEK", 19.66m, 1, 1),
        ("FIRSTAID", "First aid allowance", "FIRSTAID", "WEEK", 18.93m, 1, 1),
        ("KM", "Vehicle allowance", "KM", "KM", 0.95m, 0, 0),
        ("LAUNDRY", "Laundry allowance", "LAUNDRY", "WEEK", 6.25m, 1, 0),
        ("COLD", "Cold work allowance (below 0°C)", "OTHER", "HOUR", 0.84m, 1, 1),
        ("TRAVEL", "Travel allowance", "TRAVEL", "DAY", null, 1, 0),
        ("SITEALL", "Site allowance", "OTHER", "FORTNIGHT", 45m, 1, 1),
    ];

    private const int FortnightAllowanceType = 8;

    public IEnumerable<object?[]> Allowances()
    {
        for (var i = 0; i < AllowanceTypes.Length; i++)
        {
            var a = AllowanceTypes[i];
            yield return [i + 1, a.Code, a.Name, a.Category, a.Unit, a.Rate is { } r ? Money(r, 4) : null, a.Taxable, a.Super, 1, Local(-_random.Next(10, 400))];
        }
    }

    /// <summary>About one timesheet in three claims an allowance on a day of its week; the orphaned timesheets claim one each as well.</summary>
    public IEnumerable<object?[]> TimesheetAllowances(IReadOnlyList<object?[]> timesheets)
    {
        var id = 1;
        var ordinary = timesheets.Where(t => !IsOrphan(t)).ToList();
        foreach (var timesheet in ordinary.Where(_ => _random.Next(3) == 0))
        {
            var type = _random.Next(1, FortnightAllowanceType);
            yield return Claim(id++, timesheet, type);
        }
        foreach (var orphan in timesheets.Where(IsOrphan).Take(PlantedOperationsProblems.AllowancesOfSkippedTimesheets))
            yield return Claim(id++, orphan, 1);
        yield return [id++, 700000, 1, Date(options.AsOf.AddDays(-3)), "1.00", "17.3500", "17.35", Local(-2)];
        yield return Claim(id, ordinary[0], FortnightAllowanceType);

        // Orphaned timesheets name a candidate v2 does not have (ids from 900000).
        static bool IsOrphan(object?[] t) => (int)t[1]! >= 900000;
    }

    private object?[] Claim(int id, object?[] timesheet, int type)
    {
        var (_, _, _, unit, rate, _, _) = AllowanceTypes[type - 1];
        var weekEnding = DateOnly.ParseExact((string)timesheet[4]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var units = unit switch
        {
            "HOUR" => decimal.Parse((string)timesheet[5]!, CultureInfo.InvariantCulture),
            "KM" => _random.Next(10, 120),
            "DAY" => _random.Next(1, 6),
            _ => 1m,
        };
        var price = rate ?? _random.Next(15, 40);
        return [id, timesheet[0], type, Date(weekEnding.AddDays(-_random.Next(0, 7))), Money(units, 2), Money(price, 4), Money(Math.Round(units * price, 2), 2), Local(-_random.Next(1, 30))];
    }

    // ---- super funds -----------------------------------------------------------------------

    private static readonly (string Name, string Usi, string Abn)[] Funds =
    [
        ("AustralianSuper", "STA0100AU", "65 714 394 898"),
        ("Hostplus", "HOS0100AU", "68 657 495 890"),
        ("Cbus", "CBU0100AU", "75 493 363 262"),
        ("REST Super", "RES0103AU", "62 653 671 394"),
        ("UniSuper", "51824753556001", "51 824 753 556"),
    ];

    /// <summary>
    /// Seven in ten ordinary candidates nominated a fund. Planted: a malformed USI, a fund of the first orphaned
    /// candidate (<paramref name="firstOrphan"/>, who never becomes an employee), and one self-managed fund.
    /// </summary>
    public IEnumerable<object?[]> SuperFunds(int[] candidates, int firstOrphan)
    {
        var id = 1;
        foreach (var candidate in candidates.Where(_ => _random.Next(10) < 7))
        {
            var fund = Funds[_random.Next(Funds.Length)];
            _fundOfCandidate[candidate] = id;
            yield return [id++, candidate, fund.Name, fund.Usi, _random.Next(2) == 0 ? fund.Abn : "", $"{_random.Next(10000000, 99999999)}", 0, null, null, null, null,
                _random.Next(5) == 0 ? 1 : 0, Date(options.AsOf.AddDays(-_random.Next(30, 1500))), Local(-_random.Next(1, 600))];
        }
        yield return [id++, candidates[1], "Hostplus", "HOS01", "", "12345678", 0, null, null, null, null, 0, Date(options.AsOf.AddDays(-90)), Local(-5)];
        yield return [id++, firstOrphan, "AustralianSuper", "STA0100AU", "", "87654321", 0, null, null, null, null, 0, Date(options.AsOf.AddDays(-60)), Local(-5)];
        yield return [id, candidates[2], "Walker Family Super Fund", "", "53 004 085 616", "", 1, "062-000", "12345678", "Walker Family Super Fund", "smsfdataflow",
            0, Date(options.AsOf.AddDays(-400)), Local(-30)];
    }

    // ---- pay details -----------------------------------------------------------------------

    private static readonly string[] Bsbs = ["062-000", "033-123", "083-004", "012-003", "732-012"];

    /// <summary>
    /// One pay detail per ordinary candidate: mostly casual and hourly on a pay level, some salaried, a few with a
    /// TFN exemption code; the fund is the candidate's own when they nominated one. Planted on candidates 4, 5
    /// and 6: a TFN that fails its check digit, a 5-digit BSB, an ABN contractor.
    /// </summary>
    public IEnumerable<object?[]> PayDetails(int[] candidates)
    {
        for (var i = 0; i < candidates.Length; i++)
        {
            var candidate = candidates[i];
            var salaried = _random.Next(10) == 0;
            var type = salaried ? "F" : Pick(["C", "C", "C", "P", "T"]);
            var level = salaried ? 0 : _random.Next(0, 6);
            var tfn = _random.Next(20) == 0 ? "111111111" : Tfn();
            var residency = _random.Next(20) == 0 ? "F" : "R";
            var bsb = Pick(Bsbs);
            var from = options.AsOf.AddDays(-_random.Next(30, 1500));
            switch (i)
            {
                case 3: tfn = tfn[..8] + (char)('0' + ((tfn[8] - '0' + 1) % 10)); break;
                case 4: bsb = "06200"; break;
                case 5: type = "A"; break;
            }
            yield return [i + 1, candidate, level, salaried ? "S" : "H", level == 0 && !salaried ? Money(30m + _random.Next(0, 1500) / 100m, 4) : null,
                salaried ? Money(_random.Next(65, 96) * 1000m, 2) : null, type switch { "F" => "38.00", "P" => "24.00", "T" => "30.00", _ => null },
                type, tfn.Insert(6, " ").Insert(3, " "), residency, residency == "R" && _random.Next(5) > 0 ? 1 : 0, _random.Next(6) == 0 ? 1 : 0, Date(from),
                bsb, $"{_random.Next(10000000, 99999999)}", "Everyday account", _fundOfCandidate.GetValueOrDefault(candidate), Date(from), "0000-00-00", Local(-_random.Next(1, 300))];
        }
    }

    /// <summary>A 9-digit TFN that passes the ATO check (weights 1,4,3,7,5,8,6,9,10; 10 ≡ −1 mod 11 fixes the last digit).</summary>
    private string Tfn()
    {
        int[] weights = [1, 4, 3, 7, 5, 8, 6, 9];
        while (true)
        {
            var digits = Enumerable.Range(0, 8).Select(_ => _random.Next(10)).ToArray();
            var check = digits.Select((d, k) => d * weights[k]).Sum() % 11;
            if (check < 10) return string.Concat(digits) + check;
        }
    }

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    // ---- client messaging ------------------------------------------------------------------

    private static readonly string[] Subjects = ["Extra staff for Saturday", "Timesheet query", "Invoice INV-{0} question", "Site induction times", "Forklift licence check", "Shift cancelled"];

    private const int MissingClient = 999;

    /// <summary>Threads with the clients, most assigned to a consultant; the last one names a client v2 does not have.</summary>
    public IEnumerable<object?[]> Threads(int clients, int count)
    {
        for (var id = 1; id <= count + PlantedOperationsProblems.ThreadsOfMissingClients; id++)
        {
            var client = id <= count ? _random.Next(1, clients + 1) : MissingClient;
            var created = _now.AddDays(-_random.Next(1, 900)).AddMinutes(-_random.Next(0, 600));
            var status = _random.Next(3);
            _threads.Add((id, client, created, status == 2));
            yield return [id, client, _random.Next(0, 9), string.Format(CultureInfo.InvariantCulture, Subjects[_random.Next(Subjects.Length)], 10000 + id), status,
                status == 2 ? Stamp(created.AddDays(3)) : null, Stamp(created), Stamp(created.AddDays(status == 2 ? 3 : 1))];
        }
    }

    /// <summary>One to four messages per thread, the client and the consultant in turn; planted: a missing thread, an empty body.</summary>
    public IEnumerable<object?[]> ThreadMessages()
    {
        var id = 1;
        foreach (var thread in _threads)
        {
            var n = thread.Client == MissingClient ? PlantedOperationsProblems.MessagesOfQuarantinedThreads : _random.Next(1, 5);
            for (var i = 0; i < n; i++)
            {
                var client = i % 2 == 0;
                yield return [id++, thread.Id, client ? "CLIENT" : i == 3 ? "SYSTEM" : "STAFF", client ? 0 : _random.Next(1, 9), client ? "Sam Porter" : null,
                    client ? "Hi, can you send two more pick packers for Saturday 6am?\nThanks" : "Confirmed, two workers booked. Their names are in the portal.",
                    Stamp(thread.Created.AddHours(2 * i + 1))];
            }
        }
        yield return [id++, 9999, "CLIENT", 0, "Lee", "Is anyone there?", Stamp(_now.AddDays(-2))];
        yield return [id, 1, "STAFF", 1, null, "", Stamp(_threads[0].Created.AddHours(30))];
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static string Money(decimal value, int places) => value.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private string Local(int days) => Stamp(_now.AddDays(days).AddMinutes(-_random.Next(0, 600)));
}
