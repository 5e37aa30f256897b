namespace Finnest.Database.V2.Sample;

/// <summary>
/// What the synthetic extract plants, in numbers that do not change with --scale or --random-seed:
/// the audit must find exactly these, and the import must route them as documented.
/// </summary>
public static class PlantedProblems
{
    /// <summary>Candidates whose office is 0, \N or an office that does not exist.</summary>
    public const int OrphanedEmployees = 3;
    /// <summary>Candidates that repeat an earlier candidate's name, date of birth and email (flagged: the later copy).</summary>
    public const int DuplicateEmployees = 2;
    /// <summary>Active candidates (status 1) with a termination date.</summary>
    public const int InvalidStatus = 4;
    /// <summary>Candidates with no first name or no surname.</summary>
    public const int MissingRequired = 3;
    /// <summary>Timesheets whose candidate is not in v2 at all.</summary>
    public const int OrphanedTimesheets = 5;
    /// <summary>Candidates not changed and not signed in for more than three years.</summary>
    public const int StaleRecords = 5;
    /// <summary>Candidates with a cp1252 surname in a UTF-8 file (2) or a double-encoded surname (2).</summary>
    public const int EncodingProblems = 4;
    /// <summary>Users that appear in two of admin_users, consultants and payroll_staffs (same email).</summary>
    public const int MergedUsers = 3;
    /// <summary>Qualifications with a code that has no credential type.</summary>
    public const int UnknownQualifications = 1;
    /// <summary>Punches at a terminal that is not in actatek.terminals.</summary>
    public const int PunchesAtUnknownTerminal = 2;
    /// <summary>Punches at 02:xx on the April Sunday DST ends (the hour happens twice) in Sydney and Melbourne.</summary>
    public const int RepeatedHourPunches = 2;
    /// <summary>Punches at 02:xx on the October Sunday DST starts (the hour does not exist) in Sydney and Melbourne.</summary>
    public const int SkippedHourPunches = 2;
}
