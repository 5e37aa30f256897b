namespace Finnest.Database.V2;

/// <summary>
/// Source-against-target checks of the operations tables, computed independently on each side over the rows
/// the mappings say were brought over: allowance amounts and rates summed, super funds and client messages counted.
/// </summary>
internal static class OperationsValidations
{
    private static string Mapped(string legacyTable, string staging) =>
        $"from public.id_mappings m join {staging} s on s.legacy_id = m.legacy_id where m.org_id = @org and m.legacy_system = 'asg_central_v2' and m.legacy_table = '{legacyTable}'";

    public static readonly (string Name, string Source, string Target)[] Checks =
    [
        ("timesheet allowances: total amount",
         $"select round(coalesce(sum(v2.to_numeric(s.amount)), 0), 2)::text {Mapped("timesheets_allowances", "v2.admin_central__timesheets_allowances")}",
         "select round(coalesce(sum(a.amount), 0), 2)::text from timekeep.timecard_allowances a where a.org_id = @org and a.metadata ->> 'source' = 'v2' and a.deleted_at is null"),
        ("allowance types: sum of default rates",
         $"select round(coalesce(sum(v2.to_numeric(s.rate)), 0), 4)::text {Mapped("allowances", "v2.admin_central__allowances")}",
         "select round(coalesce(sum(a.default_rate), 0), 4)::text from payroll.allowances a where a.org_id = @org and a.metadata ->> 'source' = 'v2' and a.deleted_at is null"),
        ("super funds: one per mapped fund row",
         $"select count(*)::text {Mapped("super_fund_details", "v2.admin_central__super_fund_details")}",
         "select count(*)::text from payroll.super_funds f where f.org_id = @org and f.metadata ->> 'source' = 'v2' and f.deleted_at is null"),
        ("pay details: hourly rates plus annual salaries",
         $"""
         select round(coalesce(sum(v2.to_numeric(s.hourly_rate)) filter (where upper(s.pay_basis) = 'H' and v2.to_numeric(s.hourly_rate) > 0), 0)
                    + coalesce(sum(v2.to_numeric(s.annual_salary)) filter (where upper(s.pay_basis) = 'S'), 0), 2)::text
         {Mapped("pay_details", "v2.admin_central__pay_details")}
         """,
         "select round(coalesce(sum(p.hourly_rate), 0) + coalesce(sum(p.annual_salary), 0), 2)::text from payroll.pay_details p where p.org_id = @org and p.metadata ->> 'source' = 'v2' and p.deleted_at is null"),
        ("pay details: one TFN declaration and one bank account per mapped pay detail that names them",
         $"""
         select count(*) filter (where regexp_replace(coalesce(s.tfn, ''), '[^0-9]', '', 'g') <> '') || '/' || count(*) filter (where regexp_replace(coalesce(s.account_no, ''), '[^0-9]', '', 'g') <> '')
         {Mapped("pay_details", "v2.admin_central__pay_details")}
         """,
         """
         select (select count(*) from onboard.tfn_declarations d where d.org_id = @org and d.metadata ->> 'source' = 'v2' and d.deleted_at is null) || '/' ||
                (select count(*) from onboard.bank_details a where a.org_id = @org and a.metadata ->> 'source' = 'v2' and a.deleted_at is null)
         """),
        ("client messages: one per mapped message",
         $"select count(*)::text {Mapped("clientmessaging_messages", "v2.admin_central__clientmessaging_messages")}",
         "select count(*)::text from reach.messages x where x.org_id = @org and x.metadata ->> 'source' = 'v2' and x.deleted_at is null"),
    ];
}
