using System.Globalization;

namespace Finnest.Database.V2.Sample;

/// <summary>
/// Sample rows of roles, candidates' comments, leave, unavailability, client contacts, agencies, contracts and client
/// appraisals, with the problems of <see cref="PlantedPeopleProblems"/>. They are written after every other file, so
/// adding them left the rows of the older files as they were for the same seed.
/// </summary>
public sealed partial class SampleExtractWriter
{
    private const int CandidateIdColumn = 0;
    private const int CandidateEmploymentTypeColumn = 14;
    private const int CandidateStartDateColumn = 15;
    private const int Consultants = 8;

    /// <summary>Candidates that will be employees: the generated ones, not the planted problems.</summary>
    private static IEnumerable<(int Id, string EmploymentType, string StartDate)> Workers(IEnumerable<object?[]> candidates) =>
        candidates.Select(c => ((int)c[CandidateIdColumn]!, (string)c[CandidateEmploymentTypeColumn]!, (string)c[CandidateStartDateColumn]!));

    private IEnumerable<object?[]> Roles()
    {
        (string Name, string Description, string Permissions)[] roles =
        [
            ("Administrator", "Head office: everything", "users.manage,clients.manage,timesheets.approve,payroll.run"),
            ("Consultant", "Branch recruitment consultant", "candidates.manage,clients.manage,timesheets.approve"),
            ("Payroll officer", "Pays workers and files STP", "timesheets.view,payroll.run,payroll.stp"),
            ("Branch manager", "Runs a branch", "candidates.manage,clients.manage,timesheets.approve,reports.view"),
            ("Client portal", "Host client staff approving timesheets", "timesheets.approve"),
        ];
        var id = 1;
        foreach (var (name, description, permissions) in roles)
            yield return [id++, name, description, permissions, Local(-2400), Local(-_random.Next(30, 900))];
        // Planted: a role nobody named, and "Consultant" entered a second time by another branch.
        yield return [id++, "", "Temporary role", "timesheets.view", Local(-800), Local(-700)];
        yield return [id, "Consultant", "Consultant (Perth)", "Candidates.Manage, timesheets.approve", Local(-600), Local(-500)];
    }

    private IEnumerable<object?[]> CandidateComments(int[] candidates)
    {
        string[] types = ["General", "Placement", "Client Feedback", "Compliance", "Performance", "Welfare", "Incident", "HR", "Misc"];
        string[] bodies =
        [
            "Called about Monday's shift, confirmed start 6am.", "Host says {0} is reliable and picks fast.\nWould take again.",
            "Forklift ticket expires soon, asked for renewal.", "Late twice this fortnight; discussed.", "Asked for fewer night shifts (study).",
            "Reported a near miss at the dock, incident form done.",
        ];
        var id = 1;
        for (; id <= 80 * ScaleOf(candidates.Length); id++)
        {
            var type = Pick(types);
            var created = _now.AddDays(-_random.Next(1, 900)).AddMinutes(-_random.Next(0, 600));
            var followUp = _random.Next(4) == 0 ? Date(DateOnly.FromDateTime(created).AddDays(_random.Next(3, 30))) : "0000-00-00";
            yield return [id, Pick(candidates), _random.Next(8) == 0 ? 0 : _random.Next(1, Consultants + 1), type, type is "Welfare" or "HR" ? 1 : 0,
                string.Format(CultureInfo.InvariantCulture, Pick(bodies), Pick(FirstNames)), followUp, Stamp(created), Stamp(created.AddDays(1))];
        }
        for (var i = 0; i < PlantedPeopleProblems.CommentsOnMissingCandidates; i++)
            yield return [id++, 900100 + i, 1, "General", 0, "Candidate file lost in the 2019 branch merge.", "0000-00-00", Local(-400), Local(-400)];
        yield return [id, candidates[0], 2, "General", 0, "", "0000-00-00", Local(-30), Local(-30)];
    }

    /// <summary>The scale the candidate list was generated at (100 normal candidates per scale).</summary>
    private static int ScaleOf(int workers) => Math.Max(1, workers / NormalCandidatesPerScale);

    private IEnumerable<object?[]> LeaveRequests(IReadOnlyList<object?[]> candidates)
    {
        var workers = Workers(candidates).ToList();
        var id = 1;
        // One leave request each for every fourth worker, in the past: none overlaps another.
        foreach (var (candidate, type, _) in workers.Where((_, i) => i % 4 == 0))
        {
            var code = type == "C" ? Pick(["CP", "FDV", "CS", "CL"]) : Pick(["AL", "AL", "PL", "LSL", "CP"]);
            var from = options.AsOf.AddDays(-_random.Next(10, 700));
            yield return Leave(id++, candidate, code, from, _random.Next(1, 10), _random.Next(5), "Family commitments");
        }
        var permanent = workers.First(w => w.EmploymentType != "C").Id;
        var casual = workers.First(w => w.EmploymentType == "C").Id;
        var ahead = options.AsOf.AddDays(60);
        yield return Leave(id++, permanent, "UL", ahead.AddDays(30), 3, 1, "Travel");
        yield return Leave(id++, casual, "AL", ahead.AddDays(40), 5, 1, "Holiday");
        // Approved annual leave, then approved personal leave over two of the same days.
        yield return Leave(id++, permanent, "AL", ahead, 5, 1, "Holiday");
        yield return Leave(id, permanent, "PL", ahead.AddDays(2), 2, 1, "Unwell");
    }

    private object?[] Leave(int id, int candidate, string code, DateOnly from, int days, int status, string reason)
    {
        var requested = from.AddDays(-Math.Max(20, days)).ToDateTime(new TimeOnly(9, 0)).AddMinutes(_random.Next(0, 480));
        var decided = status is 1 or 2 or 4;
        return [id, candidate, code, Date(from), Date(from.AddDays(days - 1)), (7.6m * days).ToString("0.00", CultureInfo.InvariantCulture), status, reason,
            decided ? _random.Next(1, Consultants + 1) : 0, decided ? Stamp(requested.AddDays(2)) : null, Stamp(requested), Stamp(requested.AddDays(2))];
    }

    private IEnumerable<object?[]> Unavailability(int[] candidates)
    {
        string[] reasons = ["Personal", "Study", "Other job", "Medical", "Carer", "Religious", "Travel", "Gym"];
        var id = 1;
        for (; id <= 50 * ScaleOf(candidates.Length); id++)
        {
            var from = options.AsOf.AddDays(-_random.Next(-30, 400));
            object?[] row = (id % 3) switch
            {
                // A whole day or a few.
                0 => [Date(from), Date(from.AddDays(_random.Next(0, 3))), null, null, 0],
                // Every week on that weekday, mornings, for ten weeks.
                1 => [Date(from), Date(from.AddDays(70)), "08:00:00", "12:30:00", 1],
                // One afternoon.
                _ => [Date(from), Date(from), "13:00:00", "17:00:00", 0],
            };
            yield return [id, Pick(candidates), .. row[..4], Pick(reasons), row[4], _random.Next(3) == 0 ? "Told the branch by phone" : null, Local(-400), Local(-_random.Next(1, 300))];
        }
        yield return [id, candidates[1], Date(options.AsOf.AddDays(10)), Date(options.AsOf.AddDays(8)), null, null, "Personal", 0, null, Local(-5), Local(-5)];
    }

    private IEnumerable<object?[]> ClientContacts(int clients)
    {
        var id = 1;
        for (var client = 1; client <= clients; client++)
        {
            yield return Contact(id++, client, 0, "Operations Manager", "hiring,accounts", primary: true);
            yield return Contact(id++, client, client * 2 - 1, "Shift Supervisor", "timesheets,safety", primary: false);
        }
        yield return Contact(id++, 1, 0, "General Manager", "hiring", primary: true);
        yield return Contact(id, 999, 0, "Buyer", "accounts", primary: false);
    }

    private object?[] Contact(int id, int client, int site, string position, string roles, bool primary)
    {
        var first = Pick(FirstNames);
        var last = Pick(Surnames);
        return [id, client, site, first, last, position, $"{first}.{last}@client{client}.com.au".ToLowerInvariant().Replace("'", ""),
            $"0{Pick(new[] { 2, 3, 7, 8 })} {_random.Next(8000, 9999)} {_random.Next(1000, 9999)}", $"04{_random.Next(10, 99)} {_random.Next(100, 999)} {_random.Next(100, 999)}",
            roles, primary ? 1 : 0, _random.Next(10) == 0 ? 0 : 1, Local(-1500), Local(-_random.Next(1, 400))];
    }

    private IEnumerable<object?[]> Agencies()
    {
        (string Name, string Type, string? LicenceState)[] agencies =
        [
            ("Harbour Labour Hire", "LH", "QLD"), ("Southern Cross Staffing", "LH", "VIC"), ("Top End Crews", "SUB", null),
            ("Metro Recruitment", "REC", null), ("Vendor One", "MSP", null),
        ];
        var id = 1;
        foreach (var (name, type, state) in agencies)
            yield return Agency(id++, name, type, state is null ? null : $"LHL-{_random.Next(100000, 999999)}", state);
        yield return Agency(id, "Parramatta Temps", "LH", "NSW-0042", "NSW");
    }

    private object?[] Agency(int id, string name, string type, string? licence, string? state) =>
    [
        id, name, name + " Pty Ltd", FormattedAbn(), FormattedAcn(), type, licence ?? "", state ?? "", licence is null ? "0000-00-00" : Date(options.AsOf.AddDays(_random.Next(30, 700))),
        $"{Pick(FirstNames)} {Pick(Surnames)}", $"accounts@{name.ToLowerInvariant().Replace(" ", "")}.com.au", $"07 {_random.Next(3000, 3999)} {_random.Next(1000, 9999)}",
        (_random.Next(8, 20) + 0.5m).ToString("0.00", CultureInfo.InvariantCulture), Pick(new[] { 14, 30, 45 }), id == 5 ? 0 : 1, Local(-1800), Local(-_random.Next(1, 500)),
    ];

    private IEnumerable<object?[]> Contracts(IReadOnlyList<object?[]> candidates, int clients)
    {
        var id = 1;
        foreach (var (candidate, type, start) in Workers(candidates).Where((_, i) => i % 2 == 0))
        {
            var casual = type == "C";
            var signed = DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-3).ToDateTime(new TimeOnly(14, 0));
            yield return [id++, candidate, casual ? _random.Next(1, clients + 1) : 0, casual ? "LHA" : "EMP", type, Pick(Positions), start, "0000-00-00",
                type switch { "F" => "38.00", "P" => "20.00", _ => null }, (30m + _random.Next(0, 8)).ToString("0.0000", CultureInfo.InvariantCulture), "H",
                casual ? 0 : 2, 3, Stamp(signed), Stamp(signed.AddDays(-2)), Stamp(signed)];
        }
        // Planted: a fixed-term contract nobody gave an end date.
        var someone = (int)candidates[1][CandidateIdColumn]!;
        yield return [id, someone, 0, "EMP", "T", "Storeperson", Date(options.AsOf.AddDays(-20)), "0000-00-00", "38.00", "31.5000", "H", 1, 1, null, Local(-25), Local(-25)];
    }

    private IEnumerable<object?[]> Appraisals(int[] candidates, int clients)
    {
        var id = 1;
        for (; id <= 40 * ScaleOf(candidates.Length); id++)
        {
            var client = _random.Next(1, clients + 1);
            int Rating() => _random.Next(6) == 0 ? 0 : _random.Next(1, 6);
            yield return [id, Pick(candidates), client, _random.Next(3) == 0 ? 0 : client * 2 - 1, _random.Next(5) == 0 ? 0 : _random.Next(1, Consultants + 1),
                Date(options.AsOf.AddDays(-_random.Next(1, 700))), Rating(), Rating(), Rating(), Rating(), Rating(), Pick(new[] { "Y", "N", "C", "" }),
                _random.Next(2) == 0 ? "Good worker, on time every day." : null, Local(-700), Local(-_random.Next(1, 300))];
        }
        yield return [id, candidates[2], 1, 1, 1, Date(options.AsOf.AddDays(-10)), 7, 5, 5, 5, 5, "Y", "Typed 7 for 'excellent'.", Local(-10), Local(-10)];
    }

    /// <summary>A valid ACN (check digit of the ASIC algorithm) written with spaces: "004 085 616".</summary>
    private string FormattedAcn()
    {
        var digits = Enumerable.Range(0, 8).Select(_ => _random.Next(10)).ToArray();
        var sum = Enumerable.Range(0, 8).Sum(i => digits[i] * (8 - i));
        var acn = string.Concat(digits) + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
        return $"{acn[..3]} {acn[3..6]} {acn[6..]}";
    }

    /// <summary>
    /// A compliance status for every other qualification (the sample writes qualification k for the k-th worker, and
    /// qualification count + 1 with the unknown code XYZ for the first), plus the two planted ones.
    /// </summary>
    private IEnumerable<object?[]> CandidateCompliance(int[] candidates)
    {
        var id = 1;
        for (var k = 1; k <= candidates.Length; k += 2)
        {
            var status = _random.Next(10) switch { < 6 => 1, 6 => 2, 7 => 0, 8 => 3, _ => _random.Next(4, 6) };
            var checkedAt = status == 0 ? null : Local(-_random.Next(1, 300));
            yield return [id++, candidates[k - 1], k, status, status == 0 ? 0 : _random.Next(1, Consultants + 1), checkedAt,
                status is 4 or 5 ? "Licence number not found on the issuing state's register." : null, checkedAt ?? Local(-400)];
        }
        yield return [id++, candidates[0], candidates.Length + 1, 1, 1, Local(-40), null, Local(-40)];
        yield return [id, candidates[0], 1, 1, 2, Local(-20), null, Local(-20)];
    }

    private IEnumerable<object?[]> FunctionalAssessments(int[] candidates)
    {
        string[] types = ["PEFA", "PEFA", "RTW", "FFD", "PHA", "MH"];
        string[] disciplines = ["PHYSIO", "OT", "EP", "DR", "NURSE"];
        var id = 1;
        for (; id <= 30 * ScaleOf(candidates.Length); id++)
        {
            var result = _random.Next(6) switch { < 3 => 1, 3 => 2, 4 => 0, _ => _random.Next(3, 5) };
            var on = options.AsOf.AddDays(-_random.Next(1, 800));
            yield return [id, Pick(candidates), Pick(types), Pick(Positions), Date(on), "WorkFit Clinic " + Pick(Suburbs), $"{Pick(FirstNames)} {Pick(Surnames)}", Pick(disciplines),
                result, (10 + _random.Next(0, 200) / 10m).ToString("0.0", CultureInfo.InvariantCulture), "Full range of movement; mild lower back stiffness.",
                result == 2 ? "No lifting above 15 kg; no repetitive overhead work." : null, result is 1 or 2 ? Date(on.AddYears(1)) : "0000-00-00", Local(-900), Local(-_random.Next(1, 300))];
        }
        yield return [id, candidates[3], "PEFA", "Storeperson", Date(options.AsOf.AddDays(-12)), "WorkFit Clinic Logan", "Sam Chen", "PHYSIO", 2, "12.5", "Shoulder impingement.", "", Date(options.AsOf.AddYears(1)), Local(-12), Local(-12)];
    }

    private IEnumerable<object?[]> OnboardingProfiles(IReadOnlyList<object?[]> candidates, int clients)
    {
        var id = 1;
        foreach (var (candidate, type, start) in Workers(candidates).Where((_, i) => i % 5 == 0))
        {
            var status = _random.Next(8);
            var client = _random.Next(0, clients + 1);
            var invited = DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-10).ToDateTime(new TimeOnly(10, 0));
            yield return [id++, candidate, type, client, client == 0 ? 0 : client * 2, start, status, Stamp(invited), status == 4 ? 100 : _random.Next(0, 100),
                _random.Next(1, Consultants + 1), status == 4 ? _random.Next(1, Consultants + 1) : 0, status == 4 ? Stamp(invited.AddDays(3)) : null, Stamp(invited), Stamp(invited.AddDays(4))];
        }
        var someone = (int)candidates[2][CandidateIdColumn]!;
        yield return [id, someone, "C", 0, 0, Date(options.AsOf.AddDays(14)), 4, Local(-7), 100, 1, 1, null, Local(-7), Local(-2)];
    }

    // ---- admin_atslive and reference checks -------------------------------------------------

    /// <summary>Workers recruited through the ATS: every third generated candidate, under the same name and contact details.</summary>
    private static IEnumerable<object?[]> RecruitedWorkers(IReadOnlyList<object?[]> candidates) => candidates.Where((_, i) => i % 3 == 0);

    private IEnumerable<object?[]> Talent(IReadOnlyList<object?[]> candidates)
    {
        string[] sources = ["SEEK", "SEEK", "Indeed", "LinkedIn", "Referral", "Website", "Rehire"];
        var id = 1;
        foreach (var c in RecruitedWorkers(candidates))
            yield return TalentRow(id++, c[2], c[3], c[6], c[7], c[4], c[10], c[11], c[12], Pick(sources), 2, (int)c[CandidateIdColumn]!);
        // Screened people who have not (yet) become workers.
        for (var i = 0; i < 20 * ScaleOf(candidates.Count); i++)
        {
            var first = Pick(FirstNames);
            var last = Pick(Surnames);
            yield return TalentRow(id++, first, last, $"{first}.{last}.t{id}@example.com".ToLowerInvariant().Replace("'", ""), $"04{_random.Next(10, 99)} {_random.Next(100, 999)} {_random.Next(100, 999)}",
                Date(Dob()), Pick(Suburbs), "NSW", "2150", Pick(sources), Pick(new[] { 0, 1, 1, 3, 4 }), 0);
        }
        yield return TalentRow(id, "Lena", "Fischer", "lena.fischer@example.com", "0400 111 222", "1990-02-03", "Ipswich", "QLD", "4305", "SEEK", 2, 900200);
    }

    private object?[] TalentRow(int id, object? first, object? last, object? email, object? mobile, object? dob, object? suburb, object? state, object? postcode, string source, int status, int worker)
    {
        var rights = _random.Next(6) switch { < 3 => "CIT", 3 => "PR", 4 => "NZ", _ => "VISA" };
        var created = _now.AddDays(-_random.Next(200, 1600));
        return [id, first, last, email, mobile, dob, suburb, state, postcode, source, status, rights, rights == "VISA" ? Pick(new[] { "417", "482", "500" }) : null,
            _random.Next(0, Consultants + 1), worker, Stamp(created), Stamp(created), Stamp(created.AddDays(_random.Next(1, 100)))];
    }

    private IEnumerable<object?[]> Applicants(IReadOnlyList<object?[]> candidates)
    {
        var talent = RecruitedWorkers(candidates).Count() + 20 * ScaleOf(candidates.Count);
        var id = 1;
        // Every talent record started as a converted application.
        for (var t = 1; t <= talent; t++)
            yield return Applicant(id++, t % 5 == 0 ? "Indeed" : "SEEK", 1, t);
        // Raw applications never screened, screened out or left to expire, and one applying again (duplicate).
        for (var i = 0; i < 30 * ScaleOf(candidates.Count); i++)
            yield return Applicant(id++, Pick(new[] { "SEEK", "Indeed", "LinkedIn", "Website" }), Pick(new[] { 0, 0, 3, 4 }), 0);
        yield return Applicant(id++, "SEEK", 2, 1);
        yield return Applicant(id++, "Walk-in", 0, 0);
        yield return Applicant(id, "Website", 1, 0);
    }

    private object?[] Applicant(int id, string source, int status, int talent)
    {
        var first = Pick(FirstNames);
        var last = Pick(Surnames);
        var applied = _now.AddDays(-_random.Next(1, 1500)).AddMinutes(-_random.Next(0, 900));
        return [id, first, last, $"{first}.{last}.a{id}@example.com".ToLowerInvariant().Replace("'", ""), $"04{_random.Next(10, 99)}{_random.Next(100000, 999999)}",
            Pick(new[] { "2150", "3175", "4114", "6027" }), Pick(Positions), source, Stamp(applied), status, talent, Stamp(applied), Stamp(applied.AddDays(_random.Next(0, 30)))];
    }

    private IEnumerable<object?[]> ReferenceChecks(IReadOnlyList<object?[]> candidates)
    {
        string[] relationships = ["Manager", "Supervisor", "Supervisor", "Colleague", "Client", "Other"];
        var id = 1;
        foreach (var c in RecruitedWorkers(candidates))
        {
            for (var n = _random.Next(1, 3); n > 0; n--)
            {
                var status = _random.Next(6) switch { < 4 => 2, 4 => 3, _ => _random.Next(0, 2) };
                var from = options.AsOf.AddDays(-_random.Next(900, 3000));
                var checkedAt = status == 2 ? Local(-_random.Next(100, 900)) : null;
                yield return [id++, c[CandidateIdColumn], $"{Pick(FirstNames)} {Pick(Surnames)}", "Warehouse Manager", $"{Pick(Surnames)} Logistics",
                    $"04{_random.Next(10, 99)} {_random.Next(100, 999)} {_random.Next(100, 999)}", _random.Next(3) == 0 ? "not an email" : $"ref{id}@example.com.au",
                    Pick(relationships), Date(from), Date(from.AddDays(_random.Next(100, 800))), Pick(new[] { "Phone", "Phone", "Email", "Online" }), status,
                    status == 2 ? _random.Next(1, Consultants + 1) : 0, checkedAt, status == 2 ? Pick(new[] { "Y", "N", "" }) : "", status == 2 ? _random.Next(0, 6) : 0,
                    status == 2 ? "Reliable, would have back." : null, Local(-1000), checkedAt ?? Local(-900)];
            }
        }
        // A worker who never went through the ATS: no recruit candidate to hang the check on.
        var walkIn = (int)candidates[1][CandidateIdColumn]!;
        yield return [id, walkIn, "Pat Doyle", "Foreman", "Doyle Civil", "0412 555 000", null, "Manager", "2019-01-07", "2021-06-30", "Phone", 2, 1, Local(-300), "Y", 4, null, Local(-310), Local(-300)];
    }
}
