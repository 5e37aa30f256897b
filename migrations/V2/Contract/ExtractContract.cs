namespace Finnest.Database.V2.Contract;

/// <summary>One column the toolkit reads from a v2 table, with the MySQL type the export writes and what it means.</summary>
public sealed record SourceColumn(string Name, string MySqlType, string Meaning);

/// <summary>
/// One v2 table of the extract: file <c>&lt;Database&gt;/&lt;Table&gt;.txt</c>, staged into
/// <c>v2.&lt;Database&gt;__&lt;Table&gt;</c>. The first column is the INT primary key.
/// </summary>
public sealed record SourceTable(string Database, string Table, string Meaning, IReadOnlyList<SourceColumn> Columns)
{
    public string QualifiedName => $"{Database}.{Table}";
    public string StagingTable => $"v2.{Database}__{Table}";
    public string FileName => Path.Combine(Database, Table + ".txt");
    public string KeyColumn => Columns[0].Name;
}

/// <summary>
/// The extract the toolkit expects from the v2 export job (docs/v2/extract-contract.md says the same in prose).
/// Staging tables of the same names and columns are created by migration V202612040100; a test keeps the two equal.
/// </summary>
public static partial class ExtractContract
{
    private static SourceColumn C(string name, string type, string meaning) => new(name, type, meaning);

    private static readonly SourceColumn Created = C("created", "datetime", "Row created, Sydney local time.");
    private static readonly SourceColumn Modified = C("modified", "datetime", "Row last changed, Sydney local time.");

    public static readonly IReadOnlyList<SourceTable> Tables =
    [
        new("admin_central", "office_locations", "Branches.", [
            C("id", "int", "Primary key."), C("name", "varchar(100)", "Branch name."), C("code", "varchar(10)", "Branch code, unique."),
            C("suburb", "varchar(60)", ""), C("state", "char(3)", "NSW, VIC, QLD, SA, WA, TAS, NT, ACT."), C("postcode", "char(4)", ""),
            C("phone", "varchar(20)", ""), Created, Modified]),
        new("admin_central", "admin_users", "Head-office administrators (users of kind admin).", [
            C("id", "int", "Primary key."), C("email", "varchar(150)", "Sign-in email; the same person may appear in consultants and payroll_staffs."),
            C("first_name", "varchar(60)", ""), C("surname", "varchar(60)", ""), C("office_id", "int", "office_locations.id, 0 or \\N when none."),
            C("active", "tinyint(1)", "1 active, 0 disabled."), Created, Modified]),
        new("admin_central", "consultants", "Recruitment consultants (users of kind staff).", [
            C("id", "int", "Primary key."), C("email", "varchar(150)", ""), C("first_name", "varchar(60)", ""), C("surname", "varchar(60)", ""),
            C("office_id", "int", "office_locations.id."), C("active", "tinyint(1)", ""), Created, Modified]),
        new("admin_central", "payroll_staffs", "Payroll officers (users of kind payroll).", [
            C("id", "int", "Primary key."), C("email", "varchar(150)", ""), C("first_name", "varchar(60)", ""), C("surname", "varchar(60)", ""),
            C("office_id", "int", "office_locations.id."), C("active", "tinyint(1)", ""), Created, Modified]),
        new("admin_central", "candidates", "Workers (people.employees).", [
            C("id", "int", "Primary key."), C("office_id", "int", "office_locations.id; 0, \\N or a missing office makes the candidate an orphan."),
            C("first_name", "varchar(60)", ""), C("surname", "varchar(60)", ""), C("dob", "date", "Date of birth; 0000-00-00 when unknown."),
            C("gender", "char(1)", "M, F, X or empty."), C("email", "varchar(150)", ""), C("mobile", "varchar(20)", "Australian mobile as typed, e.g. 0412 345 678."),
            C("address1", "varchar(120)", ""), C("address2", "varchar(120)", ""), C("suburb", "varchar(60)", ""), C("state", "char(3)", ""), C("postcode", "char(4)", ""),
            C("status", "tinyint", "0 registered, 1 active, 2 on leave, 3 do not use, 4 finished."),
            C("employment_type", "char(1)", "C casual, F full time, P part time, T fixed term, A ABN contractor."),
            C("start_date", "date", ""), C("termination_date", "date", "0000-00-00 or \\N while employed."),
            Created, Modified, C("last_login", "datetime", "Last sign-in to the v2 worker portal; \\N if never.")]),
        new("admin_central", "candidates_additional", "Free-form extra fields of a candidate (one row per field).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("field_name", "varchar(60)", "e.g. shirt_size, has_car, emergency_contact."),
            C("field_value", "text", "")]),
        new("admin_central", "candidates_qualification", "Licences and tickets a candidate holds.", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."),
            C("qualification", "varchar(20)", "v2 code: WHITECARD, FIRSTAID, FORKLIFT, RSA, DL-C, DL-HR, CPR."),
            C("licence_no", "varchar(40)", ""), C("state", "char(3)", "Issuing state."), C("issue_date", "date", ""), C("expiry_date", "date", "0000-00-00 when it does not expire."),
            Modified]),
        new("admin_central", "clients", "Host employers.", [
            C("id", "int", "Primary key."), C("office_id", "int", "Managing branch."), C("company_name", "varchar(150)", "Legal name."), C("trading_name", "varchar(150)", ""),
            C("abn", "varchar(14)", "ABN, may contain spaces."), C("status", "tinyint", "0 prospect, 1 active, 2 on hold, 3 inactive."), C("email", "varchar(150)", "Billing email."),
            Created, Modified]),
        new("admin_central", "site", "Workplaces of a client.", [
            C("id", "int", "Primary key."), C("client_id", "int", "clients.id."), C("name", "varchar(150)", ""), C("address1", "varchar(120)", ""),
            C("suburb", "varchar(60)", ""), C("state", "char(3)", "Decides the IANA time zone of the site."), C("postcode", "char(4)", ""), Created, Modified]),
        new("admin_central", "joborders", "One shift of work at a site (restructured into roster.shifts).", [
            C("id", "int", "Primary key."), C("client_id", "int", "clients.id."), C("site_id", "int", "site.id."), C("position", "varchar(100)", ""),
            C("shift_date", "date", "Local date the shift starts."), C("start_time", "time", "Local start."), C("end_time", "time", "Local end; earlier than start_time means the next day."),
            C("break_minutes", "smallint", "Unpaid break."), C("status", "tinyint", "0 open, 1 filled, 2 completed, 3 cancelled."),
            C("pay_rate", "decimal(10,4)", ""), C("charge_rate", "decimal(10,4)", ""), Created, Modified]),
        new("admin_central", "timesheets", "A worker's weekly hours at a client site (timekeep.timecards).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id; a missing candidate makes the timesheet an orphan."),
            C("client_id", "int", "clients.id."), C("site_id", "int", "site.id."), C("week_ending", "date", "Sunday that ends the Monday–Sunday week."),
            C("hours", "decimal(6,2)", "Ordinary hours of the week."), C("status", "tinyint", "0 draft, 1 submitted, 2 approved, 3 paid."), Created, Modified]),
        new("admin_central", "message_log", "SMS and emails v2 sent (reach.message_log).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id, 0 when not to a worker."), C("channel", "varchar(10)", "SMS or EMAIL."),
            C("recipient", "varchar(150)", "Phone or email sent to."), C("subject", "varchar(200)", ""), C("body", "text", ""),
            C("status", "varchar(12)", "sent, delivered, failed."), C("sent", "datetime", "Sydney local time.")]),
        new("admin_central", "pay_levels", "Pay levels (payroll.pay_levels); imported only at a pay-cycle boundary.", [
            C("id", "int", "Primary key."), C("code", "varchar(20)", ""), C("name", "varchar(100)", ""), C("base_rate", "decimal(10,4)", "Ordinary hourly rate, AUD."),
            C("casual_loading", "decimal(5,4)", "Fraction, 0.2500 = 25%."), C("effective_from", "date", ""), C("effective_to", "date", "0000-00-00 while current."), Modified]),
        new("actatek", "terminals", "actatek clock terminals.", [
            C("id", "int", "Primary key."), C("site_id", "int", "admin_central site.id the terminal stands at."), C("serial_no", "varchar(40)", ""),
            C("description", "varchar(100)", ""), Created]),
        new("actatek", "punches", "Raw clock punches in the terminal's local wall time (timekeep.clock_events).", [
            C("id", "int", "Primary key (the log id)."), C("terminal_id", "int", "terminals.id."), C("candidate_id", "int", "admin_central candidates.id enrolled at the terminal."),
            C("punch_time", "datetime", "Local wall time at the terminal's site, no zone."), C("direction", "varchar(3)", "IN or OUT."),
            C("verify", "varchar(5)", "FP fingerprint, CARD, PIN.")]),
        .. PeopleAndClientsTables,
        .. OperationsTables,
    ];

    public static SourceTable Get(string qualifiedName) =>
        Tables.Single(t => t.QualifiedName == qualifiedName);
}
