namespace Finnest.Database.V2.Contract;

/// <summary>
/// The operations tables of the extract: roster codes and rule sets, timesheet allowances, allowance types,
/// super funds and the client messaging portal. Staged by migration V202612100100.
/// </summary>
public static partial class ExtractContract
{
    // A property, not a field: it is read while Tables (in the other part) is being initialised.
    private static IReadOnlyList<SourceTable> OperationsTables =>
    [
        new("admin_central", "roster_codes", "Codes planners put on a roster cell (roster.shift_codes).", [
            C("id", "int", "Primary key."), C("code", "varchar(10)", "Code on the roster grid, e.g. D8, N10, AL, RDO; unique in the v2 screens but not enforced."),
            C("description", "varchar(100)", "Name shown beside the code."),
            C("type", "char(1)", "W work shift, L leave, R rostered day off, T training, S standby, U unavailable."),
            C("start_time", "time", "Default local start of a work code; \\N for non-work codes."), C("end_time", "time", "Default local end; at or before start_time means the next day."),
            C("break_minutes", "smallint", "Default unpaid break."), C("colour", "varchar(7)", "Grid colour, #rrggbb or empty."),
            C("active", "tinyint(1)", "1 selectable, 0 retired."), Modified]),
        new("admin_central", "roster_rule_set", "Rostering limits per employment type (roster.roster_rules).", [
            C("id", "int", "Primary key."), C("name", "varchar(100)", "Rule set name, unique."),
            C("employment_type", "char(1)", "C casual, F full time, P part time, T fixed term; empty for every type."),
            C("min_engagement", "decimal(4,2)", "Minimum paid hours per engagement."), C("min_rest_hours", "decimal(4,2)", "Minimum hours between two shifts."),
            C("max_week_hours", "decimal(5,2)", "Ordinary hours per week before overtime."), C("max_day_hours", "decimal(4,2)", "Ordinary hours per day; \\N when no daily limit."),
            C("max_shift_hours", "decimal(4,2)", "Longest shift; \\N when none."), C("max_consecutive_days", "tinyint", "Most days in a row; \\N when none."),
            C("meal_break_after", "decimal(4,2)", "Hours of work after which a meal break is due."), C("meal_break_minutes", "smallint", "Length of that break."),
            C("span_start", "time", "Start of the Monday–Friday span of ordinary hours (local)."), C("span_end", "time", "End of that span."),
            C("effective_from", "date", ""), C("effective_to", "date", "0000-00-00 while current."), Modified]),
        new("admin_central", "allowances", "Allowance types payroll pays (payroll.allowances).", [
            C("id", "int", "Primary key."), C("code", "varchar(20)", "Pay item code, e.g. MEAL-OT, TOOLS."), C("name", "varchar(100)", ""),
            C("category", "varchar(10)", "MEAL, TRAVEL, TOOLS, LAUNDRY, KM, FIRSTAID, OTHER (decides the STP Phase 2 allowance type)."),
            C("unit", "varchar(10)", "HOUR, SHIFT, DAY, WEEK, KM or EACH."), C("rate", "decimal(10,4)", "AUD per unit; \\N when entered each time."),
            C("taxable", "tinyint(1)", "1 when PAYG is withheld on it."), C("super", "tinyint(1)", "1 when it is ordinary time earnings (super guarantee paid on it)."),
            C("active", "tinyint(1)", ""), Modified]),
        new("admin_central", "timesheets_allowances", "Allowances claimed on a timesheet (timekeep.timecard_allowances).", [
            C("id", "int", "Primary key."), C("timesheet_id", "int", "timesheets.id; a missing or unimported timesheet quarantines the row."),
            C("allowance_id", "int", "allowances.id: the allowance type claimed."), C("allowance_date", "date", "Day the allowance was earned, inside the timesheet's week."),
            C("units", "decimal(8,2)", "Quantity (hours, shifts, km…)."), C("rate", "decimal(10,4)", "AUD per unit."), C("amount", "decimal(10,2)", "AUD paid: units × rate as v2 rounded it."),
            Modified]),
        new("admin_central", "super_fund_details", "Superannuation fund a candidate nominated (payroll.super_funds).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("fund_name", "varchar(150)", ""),
            C("usi", "varchar(20)", "Unique Superannuation Identifier of an APRA fund (e.g. STA0100AU, or the fund's ABN and three digits); empty for an SMSF."),
            C("abn", "varchar(14)", "Fund ABN, may contain spaces; required for an SMSF."), C("member_no", "varchar(30)", "Member number at the fund."),
            C("smsf", "tinyint(1)", "1 for a self-managed fund."), C("bsb", "varchar(7)", "SMSF bank BSB."), C("account_no", "varchar(12)", "SMSF bank account number (sensitive: sealed on import)."),
            C("account_name", "varchar(100)", "SMSF bank account name."), C("esa", "varchar(50)", "SMSF electronic service address."),
            C("stapled", "tinyint(1)", "1 when the ATO returned this fund as the stapled fund."), C("effective_from", "date", "First day contributions go to this fund."), Modified]),
        new("admin_central", "clientmessaging_threads", "Threads of the v2 client portal messaging (reach.conversations).", [
            C("id", "int", "Primary key."), C("client_id", "int", "clients.id the thread is with."), C("consultant_id", "int", "consultants.id looking after it; 0 when unassigned."),
            C("subject", "varchar(200)", ""), C("status", "tinyint", "0 open, 1 waiting on the client, 2 closed."),
            C("closed", "datetime", "When it was closed, Sydney local time; \\N while open."), Created, Modified]),
        new("admin_central", "clientmessaging_messages", "Messages of those threads (reach.messages).", [
            C("id", "int", "Primary key."), C("thread_id", "int", "clientmessaging_threads.id."),
            C("sender", "varchar(6)", "CLIENT (a client contact wrote it), STAFF (a consultant) or SYSTEM (an automatic notice)."),
            C("consultant_id", "int", "consultants.id of a STAFF sender; 0 otherwise."), C("contact_name", "varchar(100)", "Name the client contact signed with."),
            C("body", "text", "Message text."), C("sent", "datetime", "Sydney local time.")]),
        new("admin_central", "pay_details", "A candidate's pay, tax and bank settings for a period (payroll.pay_details, onboard.tfn_declarations, onboard.bank_details).", [
            C("id", "int", "Primary key."), C("candidate_id", "int", "candidates.id."), C("pay_level_id", "int", "pay_levels.id; 0 when paid only by hourly_rate or salary."),
            C("pay_basis", "char(1)", "H hourly, S salaried."), C("hourly_rate", "decimal(10,4)", "AUD per ordinary hour when above the pay level; \\N otherwise."),
            C("annual_salary", "decimal(12,2)", "AUD per year for salaried staff."), C("hours_per_week", "decimal(5,2)", "Contracted ordinary hours; \\N for casuals."),
            C("employment_type", "char(1)", "C casual, F full time, P part time, T fixed term, A ABN contractor (not paid through payroll)."),
            C("tfn", "varchar(11)", "Tax file number as typed (sensitive: sealed on import), or an exemption code 000000000, 111111111, 333333333, 444444444; empty when none quoted."),
            C("residency", "char(1)", "R Australian resident, F foreign resident, W working holiday maker."),
            C("tax_free_threshold", "tinyint(1)", "1 when the tax-free threshold is claimed from ASG."), C("help_debt", "tinyint(1)", "1 with a study and training support loan."),
            C("tfn_declared", "date", "Date the TFN declaration was signed."), C("bsb", "varchar(7)", "BSB of the account net pay goes to."),
            C("account_no", "varchar(12)", "Bank account number (sensitive: sealed on import)."), C("account_name", "varchar(100)", "Name on the account."),
            C("super_fund_id", "int", "super_fund_details.id contributions go to; 0 when none chosen."),
            C("effective_from", "date", "First day these settings apply."), C("effective_to", "date", "Last day; 0000-00-00 while current."), Modified]),
    ];
}
