using System.Globalization;
using System.Text;
using Finnest.Database.V2.Contract;

namespace Finnest.Database.V2.Sample;

/// <summary>Size and randomness of a synthetic extract. Same seed, scale and as-of date: byte-identical files.</summary>
public sealed record SampleOptions(int Scale, int RandomSeed, DateOnly AsOf, int ExtraPunches = 0);

/// <summary>
/// Writes a synthetic v2 extract in the contract's format: realistic rows across three years, every audit
/// problem planted in the numbers of <see cref="PlantedProblems"/>, and actatek punches inside both DST changes.
/// </summary>
public sealed partial class SampleExtractWriter(SampleOptions options)
{
    private static readonly string[] FirstNames = ["Olivia", "Jack", "Charlotte", "Noah", "Amelia", "William", "Isla", "Oliver", "Mia", "Thomas", "Grace", "James", "Chloe", "Lucas", "Zoe", "Ethan", "Ruby", "Liam", "Sophie", "Mason", "Priya", "Wei", "Aroha", "Mohammed", "Ngoc"];
    private static readonly string[] Surnames = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White", "Anderson", "Walker", "Thompson", "Singh", "Kelly", "Ryan", "Chen", "Li", "Patel", "O'Brien", "Murphy", "Harris", "King", "Campbell"];
    private static readonly string[] Suburbs = ["Parramatta", "Blacktown", "Dandenong", "Footscray", "Logan", "Ipswich", "Joondalup", "Midland"];
    private static readonly string[] Positions = ["Forklift operator", "Storeperson", "Pick packer", "Process worker", "Labourer", "Traffic controller", "Cleaner", "Kitchen hand"];
    private static readonly string[] QualificationCodes = ["WHITECARD", "FIRSTAID", "FORKLIFT", "RSA", "DL-C", "DL-HR", "CPR"];

    // Office and site states cycle through these, so every time-zone family appears.
    private static readonly string[] States = ["NSW", "VIC", "QLD", "WA"];

    private readonly Random _random = new(options.RandomSeed);
    private readonly DateTime _now = options.AsOf.ToDateTime(new TimeOnly(9, 0));

    public const int NormalCandidatesPerScale = 100;

    public IReadOnlyDictionary<string, int> Write(string directory)
    {
        var counts = new Dictionary<string, int>();
        void Emit(string table, IEnumerable<object?[]> rows)
        {
            var source = ExtractContract.Get(table);
            var path = Path.Combine(directory, source.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = File.Create(path);
            MysqlTabFormat.WriteLine(file, source.Columns.Select(c => (object?)c.Name).ToList());
            var n = 0;
            foreach (var row in rows) { MysqlTabFormat.WriteLine(file, row); n++; }
            counts[table] = n;
        }

        var scale = Math.Max(1, options.Scale);
        Emit("admin_central.office_locations", Offices());
        Emit("admin_central.admin_users", Users("admin", 3, email => email));
        // Consultants 1 and 2 are also admins; payroll officer 1 is also consultant 3 (the same email).
        Emit("admin_central.consultants", Users("consultant", 8, email => email switch
        {
            "consultant1@asg.com.au" => "admin1@asg.com.au",
            "consultant2@asg.com.au" => "ADMIN2@asg.com.au",
            _ => email,
        }));
        Emit("admin_central.payroll_staffs", Users("payroll", 2, email => email == "payroll1@asg.com.au" ? "consultant3@asg.com.au" : email));

        var candidates = NormalCandidates(NormalCandidatesPerScale * scale);
        var normalIds = candidates.Select(c => (int)c[0]!).ToArray();
        candidates.AddRange(PlantedCandidates(candidates));
        Emit("admin_central.candidates", candidates);
        Emit("admin_central.candidates_additional", Additional(normalIds));
        Emit("admin_central.candidates_qualification", Qualifications(normalIds));

        var clientCount = 6 * scale;
        var siteCount = clientCount * 2;
        Emit("admin_central.clients", Clients(clientCount));
        Emit("admin_central.site", Sites(siteCount));
        Emit("admin_central.joborders", JobOrders(40 * scale, siteCount));
        var timesheets = Timesheets(150 * scale, normalIds, siteCount).ToList();
        Emit("admin_central.timesheets", timesheets);
        Emit("admin_central.message_log", Messages(60 * scale, normalIds));
        Emit("admin_central.pay_levels", PayLevels());
        Emit("actatek.terminals", Terminals());
        Emit("actatek.punches", Punches(400 * scale + options.ExtraPunches, normalIds));
        Emit("admin_central.roles", Roles());
        Emit("admin_central.candidates_comments", CandidateComments(normalIds));
        Emit("admin_central.leave_request", LeaveRequests(candidates[..normalIds.Length]));
        Emit("admin_central.unavailability", Unavailability(normalIds));
        Emit("admin_central.client_contacts", ClientContacts(clientCount));
        Emit("admin_central.agency", Agencies());
        Emit("admin_central.contract_details", Contracts(candidates[..normalIds.Length], clientCount));
        Emit("admin_central.clients_appraisal", Appraisals(normalIds, clientCount));
        Emit("admin_central.candidate_compliance", CandidateCompliance(normalIds));
        Emit("admin_central.functional_assessment", FunctionalAssessments(normalIds));
        Emit("admin_central.onboarding_profile", OnboardingProfiles(candidates[..normalIds.Length], clientCount));
        Emit("admin_atslive.talent", Talent(candidates[..normalIds.Length]));
        Emit("admin_atslive.applicants", Applicants(candidates[..normalIds.Length]));
        Emit("admin_central.candidates_referencecheck", ReferenceChecks(candidates[..normalIds.Length]));

        var operations = new OperationsSample(options);
        Emit("admin_central.roster_codes", operations.RosterCodes());
        Emit("admin_central.roster_rule_set", operations.RosterRuleSets());
        Emit("admin_central.allowances", operations.Allowances());
        Emit("admin_central.timesheets_allowances", operations.TimesheetAllowances(timesheets));
        Emit("admin_central.super_fund_details", operations.SuperFunds(normalIds, firstOrphan: normalIds.Length + 1));
        Emit("admin_central.clientmessaging_threads", operations.Threads(clientCount, 10 * scale));
        Emit("admin_central.clientmessaging_messages", operations.ThreadMessages());
        Emit("admin_central.pay_details", operations.PayDetails(normalIds));
        return counts;
    }

    // ---- foundation ------------------------------------------------------------------------

    private IEnumerable<object?[]> Offices()
    {
        string[] names = ["Sydney", "Melbourne", "Brisbane", "Perth"];
        string[] postcodes = ["2000", "3000", "4000", "6000"];
        for (var i = 0; i < 4; i++)
            yield return [i + 1, names[i], names[i][..3].ToUpperInvariant(), names[i], States[i], postcodes[i], $"0{2 + i} 9{_random.Next(100, 999)} {_random.Next(1000, 9999)}", Local(-2500), Local(-200)];
    }

    private IEnumerable<object?[]> Users(string kind, int count, Func<string, string> email)
    {
        for (var i = 1; i <= count; i++)
            yield return [i, email($"{kind}{i}@asg.com.au"), Pick(FirstNames), Pick(Surnames), _random.Next(1, 5), 1, Local(-2000), Local(-_random.Next(1, 300))];
    }

    // ---- people ----------------------------------------------------------------------------

    private List<object?[]> NormalCandidates(int count)
    {
        var rows = new List<object?[]>();
        for (var id = 1; id <= count; id++)
        {
            var first = Pick(FirstNames);
            var last = Pick(Surnames);
            var status = _random.Next(10) switch { < 6 => 1, < 8 => 4, 8 => 0, _ => 2 };
            var start = options.AsOf.AddDays(-_random.Next(60, 1500));
            DateOnly? end = status == 4 ? start.AddDays(_random.Next(30, 50)) : null;
            rows.Add(Candidate(id, _random.Next(1, 5), first, last, Dob(), $"{first}.{last}.{id}@example.com".ToLowerInvariant().Replace("'", ""),
                status, start, end, modifiedDaysAgo: _random.Next(1, 700)));
        }
        return rows;
    }

    private object?[] Candidate(int id, object? officeId, object? first, object? last, DateOnly dob, string email, int status, DateOnly start, DateOnly? end, int modifiedDaysAgo, bool neverLoggedIn = false)
    {
        var state = States[id % 4];
        return
        [
            id, officeId, first, last, Date(dob), _random.Next(3) switch { 0 => "M", 1 => "F", _ => "" }, email,
            $"04{_random.Next(10, 99)} {_random.Next(100, 999)} {_random.Next(100, 999)}",
            $"{_random.Next(1, 200)} {Pick(Surnames)} Street", _random.Next(5) == 0 ? $"Unit {_random.Next(1, 30)}" : null,
            Pick(Suburbs), state, state switch { "NSW" => "2150", "VIC" => "3175", "QLD" => "4114", _ => "6027" },
            status, _random.Next(4) switch { 0 => "F", 1 => "P", _ => "C" },
            Date(start), end is { } e ? Date(e) : "0000-00-00",
            Local(-modifiedDaysAgo - 400), Local(-modifiedDaysAgo), neverLoggedIn ? null : Local(-_random.Next(1, Math.Max(2, modifiedDaysAgo))),
        ];
    }

    private IEnumerable<object?[]> PlantedCandidates(List<object?[]> normal)
    {
        var id = normal.Count + 1;
        // Orphans: no office, office 0, an office that never existed.
        foreach (var office in new object?[] { null, 0, 99 })
            yield return Candidate(id, office, Pick(FirstNames), Pick(Surnames), Dob(), $"orphan{id}@example.com", 1, options.AsOf.AddDays(-300), null, 20).Also(_ => id++);
        // Duplicates: the same person entered twice by different branches.
        foreach (var original in new[] { normal[4], normal[9] })
        {
            var copy = (object?[])original.Clone();
            copy[0] = id++;
            copy[1] = ((int)original[1]! % 4) + 1;
            yield return copy;
        }
        // Active with a termination date.
        for (var i = 0; i < PlantedProblems.InvalidStatus; i++)
            yield return Candidate(id, 1, Pick(FirstNames), Pick(Surnames), Dob(), $"invalid{id}@example.com", 1, options.AsOf.AddDays(-400), options.AsOf.AddDays(-30), 15).Also(_ => id++);
        // Missing names: no surname twice, a blank first name once.
        yield return Candidate(id, 2, "Tane", null, Dob(), $"noname{id}@example.com", 1, options.AsOf.AddDays(-100), null, 10).Also(_ => id++);
        yield return Candidate(id, 3, "Maya", "", Dob(), $"noname{id}@example.com", 0, options.AsOf.AddDays(-100), null, 10).Also(_ => id++);
        yield return Candidate(id, 4, " ", "Okafor", Dob(), $"noname{id}@example.com", 1, options.AsOf.AddDays(-100), null, 10).Also(_ => id++);
        // Stale: finished years ago, untouched and not signed in for more than three years.
        for (var i = 0; i < PlantedProblems.StaleRecords; i++)
        {
            var start = options.AsOf.AddDays(-2600 - i * 30);
            yield return Candidate(id, 1, Pick(FirstNames), Pick(Surnames), Dob(), $"stale{id}@example.com", 4, start, start.AddDays(200), 1200 + i * 50, neverLoggedIn: true).Also(_ => id++);
        }
        // Encoding: cp1252 bytes inside a UTF-8 file, and UTF-8 that was decoded as cp1252 and encoded again.
        foreach (var surname in new object[] { Cp1252Bytes("Müller"), Cp1252Bytes("Desirée"), "RenÃ©e", "JosÃ©" })
            yield return Candidate(id, 2, Pick(FirstNames), surname, Dob(), $"encoding{id}@example.com", 1, options.AsOf.AddDays(-200), null, 30).Also(_ => id++);
    }

    private static byte[] Cp1252Bytes(string text) => Cp1252.TryEncode(text)!;

    private IEnumerable<object?[]> Additional(int[] candidates)
    {
        var id = 1;
        foreach (var c in candidates.Where(c => c % 2 == 0))
        {
            yield return [id++, c, "shirt_size", Pick(["S", "M", "L", "XL"])];
            yield return [id++, c, "has_car", _random.Next(2) == 0 ? "yes" : "no"];
        }
    }

    private IEnumerable<object?[]> Qualifications(int[] candidates)
    {
        var id = 1;
        foreach (var c in candidates)
        {
            var issued = options.AsOf.AddDays(-_random.Next(100, 2000));
            var code = Pick(QualificationCodes);
            yield return [id++, c, code, $"L{_random.Next(100000, 999999)}", States[c % 4], Date(issued), code is "WHITECARD" ? "0000-00-00" : Date(issued.AddYears(3)), Local(-_random.Next(1, 400))];
        }
        yield return [id, candidates[0], "XYZ", "L000001", "NSW", Date(options.AsOf.AddDays(-50)), "0000-00-00", Local(-50)];
    }

    // ---- clients, roster, timekeep, messaging, payroll -------------------------------------

    private IEnumerable<object?[]> Clients(int count)
    {
        string[] kinds = ["Logistics", "Foods", "Manufacturing", "Cold Storage", "Hospitality", "Freight"];
        for (var id = 1; id <= count; id++)
        {
            var name = $"{Pick(Surnames)} {kinds[id % kinds.Length]}";
            yield return [id, ((id - 1) % 4) + 1, name + " Pty Ltd", name, FormattedAbn(), _random.Next(6) == 0 ? 2 : 1, $"accounts@client{id}.com.au", Local(-2000), Local(-_random.Next(1, 500))];
        }
    }

    private IEnumerable<object?[]> Sites(int count)
    {
        for (var id = 1; id <= count; id++)
        {
            var state = States[(id - 1) % 4];
            yield return [id, (id + 1) / 2, $"{Pick(Suburbs)} DC {id}", $"{_random.Next(1, 300)} Industrial Drive", Pick(Suburbs), state,
                state switch { "NSW" => "2148", "VIC" => "3175", "QLD" => "4110", _ => "6090" }, Local(-1900), Local(-_random.Next(1, 500))];
        }
    }

    private IEnumerable<object?[]> JobOrders(int count, int sites)
    {
        for (var id = 1; id <= count; id++)
        {
            var site = _random.Next(1, sites + 1);
            var date = options.AsOf.AddDays(-_random.Next(0, 1000));
            var night = _random.Next(5) == 0;
            var start = night ? new TimeOnly(22, 0) : new TimeOnly(_random.Next(5, 10), 0);
            var end = night ? new TimeOnly(6, 0) : start.AddHours(8);
            var status = _random.Next(8) == 0 ? 3 : 2;
            yield return [id, (site + 1) / 2, site, Pick(Positions), Date(date), start.ToString("HH:mm:ss"), end.ToString("HH:mm:ss"), 30, status,
                "32.5000", "45.9000", Local(-1000), Local(-_random.Next(0, 30))];
        }
    }

    private IEnumerable<object?[]> Timesheets(int count, int[] candidates, int sites)
    {
        var lastSunday = options.AsOf.AddDays(-(int)options.AsOf.DayOfWeek);
        var id = 1;
        for (; id <= count; id++)
        {
            var site = _random.Next(1, sites + 1);
            var weekEnding = lastSunday.AddDays(-7 * _random.Next(0, 130));
            yield return [id, Pick(candidates), (site + 1) / 2, site, Date(weekEnding), (7.5m * _random.Next(1, 6)).ToString("0.00", CultureInfo.InvariantCulture),
                _random.Next(4), Local(-10), Local(-5)];
        }
        for (var i = 0; i < PlantedProblems.OrphanedTimesheets; i++, id++)
            yield return [id, 900000 + i, 1, 1, Date(lastSunday), "8.00", 2, Local(-10), Local(-5)];
    }

    private IEnumerable<object?[]> Messages(int count, int[] candidates)
    {
        for (var id = 1; id <= count; id++)
        {
            var sms = _random.Next(3) > 0;
            yield return [id, Pick(candidates), sms ? "SMS" : "EMAIL", sms ? "0412 000 000" : "worker@example.com", sms ? null : "Shift confirmation",
                "Hi, you are confirmed for tomorrow\tat 6am. Reply Y to accept.", Pick(["sent", "delivered", "failed"]), Local(-_random.Next(0, 900))];
        }
    }

    private IEnumerable<object?[]> PayLevels()
    {
        for (var id = 1; id <= 5; id++)
            yield return [id, $"LVL{id}", $"Warehouse level {id}", (26.50m + id * 1.25m).ToString("0.0000", CultureInfo.InvariantCulture), "0.2500", "2025-07-01", "0000-00-00", Local(-100)];
    }

    private static IEnumerable<object?[]> Terminals()
    {
        // One terminal at each of sites 1–4 (NSW, VIC, QLD, WA).
        for (var id = 1; id <= 4; id++)
            yield return [id, id, $"ACT-{1000 + id}", $"Gate {id}", "2020-03-01 08:00:00"];
    }

    private IEnumerable<object?[]> Punches(int count, int[] candidates)
    {
        var id = 1;
        for (; id <= count; id++)
        {
            // Daytime punches only, so no random punch falls into a DST edge.
            var day = options.AsOf.AddDays(-_random.Next(1, 1000));
            var at = day.ToDateTime(new TimeOnly(_random.Next(5, 21), _random.Next(60), _random.Next(60)));
            yield return [id, _random.Next(1, 5), Pick(candidates), Stamp(at), id % 2 == 1 ? "IN" : "OUT", Pick(["FP", "CARD", "PIN"])];
        }
        var dstEnd = LastFirstSunday(4);
        var dstStart = LastFirstSunday(10);
        // The repeated hour (02:00–02:59 twice) at the Sydney and Melbourne terminals; Perth's 02:30 is ordinary.
        yield return [id++, 1, candidates[1], Stamp(dstEnd.ToDateTime(new TimeOnly(2, 15))), "IN", "FP"];
        yield return [id++, 2, candidates[2], Stamp(dstEnd.ToDateTime(new TimeOnly(2, 40))), "OUT", "FP"];
        yield return [id++, 4, candidates[3], Stamp(dstEnd.ToDateTime(new TimeOnly(2, 30))), "IN", "FP"];
        // The skipped hour (02:00–02:59 does not exist) in Sydney and Melbourne; Brisbane's 02:30 is ordinary.
        yield return [id++, 1, candidates[4], Stamp(dstStart.ToDateTime(new TimeOnly(2, 30))), "IN", "CARD"];
        yield return [id++, 2, candidates[5], Stamp(dstStart.ToDateTime(new TimeOnly(2, 10))), "IN", "PIN"];
        yield return [id++, 3, candidates[6], Stamp(dstStart.ToDateTime(new TimeOnly(2, 30))), "OUT", "FP"];
        // A terminal nobody registered.
        for (var i = 0; i < PlantedProblems.PunchesAtUnknownTerminal; i++)
            yield return [id++, 99, candidates[7], Stamp(options.AsOf.AddDays(-3).ToDateTime(new TimeOnly(7, i))), "IN", "FP"];
    }

    /// <summary>The most recent first Sunday of <paramref name="month"/> strictly before the as-of date.</summary>
    public static DateOnly LastFirstSunday(DateOnly asOf, int month)
    {
        for (var year = asOf.Year; ; year--)
        {
            var first = new DateOnly(year, month, 1);
            var sunday = first.AddDays(((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7);
            if (sunday < asOf) return sunday;
        }
    }

    private DateOnly LastFirstSunday(int month) => LastFirstSunday(options.AsOf, month);

    // ---- helpers ---------------------------------------------------------------------------

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private DateOnly Dob() => new DateOnly(1960, 1, 1).AddDays(_random.Next(0, 16000));

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private string Local(int days) => Stamp(_now.AddDays(days).AddMinutes(-_random.Next(0, 600)));

    /// <summary>A valid ABN (modulus 89) written the way people type it: "51 824 753 556".</summary>
    private string FormattedAbn()
    {
        int[] weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
        var tail = Enumerable.Range(0, 9).Select(_ => _random.Next(10)).ToArray();
        for (var prefix = 10; prefix <= 99; prefix++)
        {
            int[] digits = [prefix / 10, prefix % 10, .. tail];
            var sum = (digits[0] - 1) * weights[0] + Enumerable.Range(1, 10).Sum(i => digits[i] * weights[i]);
            if (sum % 89 == 0)
            {
                var abn = string.Concat(digits);
                return $"{abn[..2]} {abn[2..5]} {abn[5..8]} {abn[8..]}";
            }
        }
        return FormattedAbn();
    }
}

internal static class SampleExtensions
{
    /// <summary>Returns the value after running a side effect: keeps the id counter next to the row it numbers.</summary>
    public static T Also<T>(this T value, Action<T> effect)
    {
        effect(value);
        return value;
    }
}
