using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.V2;

/// <summary>
/// Staging for v2 admin_central.pay_details (issue 11, payroll phase) and the two SQL helpers its import needs:
/// the TFN check digit, and the weekly pay calendar every v2 pay detail is put on (v2 pays weekly, Monday to Sunday).
/// </summary>
[Migration(202612100101, "v2: staging for pay details, TFN check digit, the v2 weekly pay calendar")]
public sealed class V202612100101_V2PayDetailsStaging : Migration
{
    // Frozen at this version: the extract contract's columns of admin_central.pay_details.
    private static readonly string[] Columns =
    [
        "id", "candidate_id", "pay_level_id", "pay_basis", "hourly_rate", "annual_salary", "hours_per_week", "employment_type", "tfn", "residency",
        "tax_free_threshold", "help_debt", "tfn_declared", "bsb", "account_no", "account_name", "super_fund_id", "effective_from", "effective_to", "modified",
    ];

    public override void Up(SchemaBuilder db)
    {
        db.Sql(V2StagingTable.CreateSql("admin_central", "pay_details", Columns));
        db.Sql("""
            create function v2.is_valid_tfn(value text) returns boolean language sql immutable as $$
                select value ~ '^[0-9]{9}$'
                   and (substr(value, 1, 1)::int * 1 + substr(value, 2, 1)::int * 4 + substr(value, 3, 1)::int * 3 + substr(value, 4, 1)::int * 7
                      + substr(value, 5, 1)::int * 5 + substr(value, 6, 1)::int * 8 + substr(value, 7, 1)::int * 6 + substr(value, 8, 1)::int * 9
                      + substr(value, 9, 1)::int * 10) % 11 = 0
            $$;
            comment on function v2.is_valid_tfn(text) is 'True for a 9-digit tax file number whose digits, weighted 1, 4, 3, 7, 5, 8, 6, 9, 10, add up to a multiple of 11 (the ATO check digit); false otherwise, null for null.';

            create function v2.weekly_pay_calendar(org uuid) returns uuid language plpgsql volatile set search_path = '' as $$
            declare
                calendar uuid;
            begin
                select c.id into calendar from payroll.pay_calendars c
                where c.org_id = org and c.name = 'v2 weekly (Mon-Sun)' and c.deleted_at is null;
                if calendar is null then
                    insert into payroll.pay_calendars (org_id, name, pay_frequency, anchor_period_start, metadata)
                    select org, 'v2 weekly (Mon-Sun)', 'weekly',
                           date_trunc('week', coalesce(min(v2.to_date(t.week_ending)), current_date))::date,
                           '{"source": "v2"}'::jsonb
                    from v2.admin_central__timesheets t
                    returning id into calendar;
                end if;
                return calendar;
            end
            $$;
            comment on function v2.weekly_pay_calendar(uuid) is 'The pay calendar v2 pay details are imported onto: "v2 weekly (Mon-Sun)" of the organisation, created on first use with its first period starting on the Monday of the earliest staged v2 timesheet week (of this week when none is staged), so every Monday starts one of its periods.';
            revoke execute on function v2.weekly_pay_calendar(uuid) from public;
            """);
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("drop function v2.weekly_pay_calendar(uuid);");
        db.Sql("drop function v2.is_valid_tfn(text);");
        db.Sql("drop table v2.admin_central__pay_details;");
    }
}
