namespace Finnest.Database.V2.Sample;

/// <summary>
/// What the synthetic extract plants in the operations tables (roster codes and rules, allowances, super funds,
/// client messaging), in numbers that do not change with --scale or --random-seed; each is quarantined by the
/// import with the reason named here.
/// </summary>
public static class PlantedOperationsProblems
{
    /// <summary>Roster code "N 10": a space is not allowed in a code.</summary>
    public const int MalformedRosterCodes = 1;
    /// <summary>Roster code "d8" beside "D8": the same code once upper-cased, refused by uq_shift_codes__org_id_code.</summary>
    public const int DuplicateRosterCodes = 1;
    /// <summary>A rule set for ABN contractors (employment type A).</summary>
    public const int ContractorRuleSets = 1;
    /// <summary>A rule set whose weekday span ends before it starts, refused by ck_roster_rules__weekday_span.</summary>
    public const int InvertedSpanRuleSets = 1;
    /// <summary>An allowance type paid per FORTNIGHT, a unit Finnest does not have.</summary>
    public const int AllowanceTypesWithUnknownUnit = 1;
    /// <summary>Timesheet allowances on the orphaned timesheets (which are skipped, so they have no timecard).</summary>
    public const int AllowancesOfSkippedTimesheets = 2;
    /// <summary>A timesheet allowance whose timesheet is not in v2.</summary>
    public const int AllowancesOfMissingTimesheets = 1;
    /// <summary>A timesheet allowance of the FORTNIGHT allowance type.</summary>
    public const int AllowancesOfUnknownUnit = 1;
    /// <summary>An APRA fund with a malformed USI.</summary>
    public const int FundsWithInvalidUsi = 1;
    /// <summary>A fund of the first orphaned candidate, who has no Finnest employee.</summary>
    public const int FundsOfUnimportedCandidates = 1;
    /// <summary>Self-managed funds (imported, their account number sealed).</summary>
    public const int SelfManagedFunds = 1;
    /// <summary>A messaging thread with a client that is not in v2.</summary>
    public const int ThreadsOfMissingClients = 1;
    /// <summary>A message of a thread that is not in v2.</summary>
    public const int MessagesOfMissingThreads = 1;
    /// <summary>A message of the thread with the missing client (quarantined with its thread).</summary>
    public const int MessagesOfQuarantinedThreads = 1;
    /// <summary>A message with an empty body.</summary>
    public const int EmptyMessages = 1;

    /// <summary>A pay detail whose TFN fails the ATO check digit.</summary>
    public const int PayDetailsWithInvalidTfn = 1;
    /// <summary>A pay detail whose BSB has five digits.</summary>
    public const int PayDetailsWithInvalidBsb = 1;
    /// <summary>A pay detail of an ABN contractor (paid by invoice, not through payroll).</summary>
    public const int ContractorPayDetails = 1;

    /// <summary>Rows of timesheets_allowances the timekeep phase quarantines.</summary>
    public const int QuarantinedTimesheetAllowances = AllowancesOfSkippedTimesheets + AllowancesOfMissingTimesheets + AllowancesOfUnknownUnit;
}
