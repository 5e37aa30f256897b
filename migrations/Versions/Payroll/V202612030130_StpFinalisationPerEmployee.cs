using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Payroll;

/// <summary>
/// STP Phase 2 finalisation is a declaration about one employee's year-to-date amounts for one
/// financial year, made in a pay or update event, due by 14 July (30 September for closely held
/// payees), and withdrawn by a later update event that removes the indicator (a reversal) when
/// amounts must change. V202601031000 had only a flag on the whole submission, which can say
/// neither who was finalised nor that one finalisation was reversed. The flag stays, meaning
/// "this event carries finalisation declarations"; the declarations live here.
/// </summary>
[Migration(202612030130, "payroll: STP finalisation per employee and financial year, with due date and reversal")]
public sealed class V202612030130_StpFinalisationPerEmployee : Migration
{
    private const string FinancialYearPattern = "^[0-9]{4}-[0-9]{2}$";

    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("payroll.stp_finalisations", "STP Phase 2 finalisation declarations: an employee's year-to-date amounts for a financial year declared final in a pay or update event, due 14 July after the year (30 September for closely held payees), and reversed by a later update event when they must change. At most one live, unreversed declaration per employee and year.", t =>
        {
            t.SoftRef("employee_id", "people.employees", "The payee whose year is finalised.").NotNull();
            t.Column("financial_year", "char(7)").NotNull().Matches(FinancialYearPattern).Comment("Income year finalised, 1 July to 30 June, e.g. 2025-26.");
            t.TenantRef("stp_submission_id", "payroll.stp_submissions").NotNull()
                .Comment("Pay or update event that declared the finalisation. Rule: an event of the same financial year flagged is_finalisation, and not a full file replacement.");
            t.Bool("is_closely_held_payee").NotNull().Default("false")
                .Comment("A closely held payee (a director, family member or beneficiary of a small employer): finalisation is due 30 September instead of 14 July.");
            t.Column("due_date", "date generated always as (case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then make_date(substr(financial_year, 1, 4)::int + 1, case when is_closely_held_payee then 9 else 7 end, case when is_closely_held_payee then 30 else 14 end) end) stored")
                .Comment("When the declaration is due: 14 July after the financial year, or 30 September for a closely held payee. Computed.");
            t.Text("status").NotNull().Default("'finalised'").In("finalised", "reversed")
                .Comment("finalised: the declaration stands; reversed: a later update event removed it, so the employee's amounts can be corrected and finalised again.");
            t.TenantRef("reversed_by_submission_id", "payroll.stp_submissions")
                .Comment("Update event that reversed the finalisation. Rule: set exactly when status = reversed; an update event of the same financial year, dated on or after the finalising event.");
            t.Timestamp("reversed_at").Comment("When the reversal was recorded; set with reversed_by_submission_id.");
            t.Check("reversal_names_event", "(status = 'reversed') = (reversed_by_submission_id is not null) and (reversed_by_submission_id is null) = (reversed_at is null)");
            t.UniqueWhileActive("employee_id", "financial_year").Where("deleted_at is null and status = 'finalised'");
            t.ActiveIndex("financial_year", "due_date");
            t.After("""
                create function payroll.check_stp_finalisation() returns trigger
                language plpgsql set search_path = '' as $$
                declare
                    declared payroll.stp_submissions;
                    reversal payroll.stp_submissions;
                begin
                    select * into declared from payroll.stp_submissions where org_id = new.org_id and id = new.stp_submission_id;
                    if found and (not declared.is_finalisation or declared.event_type = 'full_file_replacement' or declared.financial_year <> new.financial_year) then
                        raise exception 'STP submission % does not declare finalisations for % (is_finalisation %, event %, year %)',
                            declared.id, new.financial_year, declared.is_finalisation, declared.event_type, declared.financial_year
                            using errcode = 'check_violation', constraint = 'ck_stp_finalisations__declared_in_finalising_event', table = 'stp_finalisations', schema = 'payroll';
                    end if;
                    if new.reversed_by_submission_id is not null then
                        select * into reversal from payroll.stp_submissions where org_id = new.org_id and id = new.reversed_by_submission_id;
                        if found and (reversal.event_type <> 'update' or reversal.financial_year <> new.financial_year or reversal.run_date < declared.run_date) then
                            raise exception 'finalisation can only be reversed by a later update event of %; submission % is a % event of % dated %',
                                new.financial_year, reversal.id, reversal.event_type, reversal.financial_year, reversal.run_date
                                using errcode = 'check_violation', constraint = 'ck_stp_finalisations__reversed_by_later_update_event', table = 'stp_finalisations', schema = 'payroll';
                        end if;
                    end if;
                    return new;
                end
                $$;
                """);
            t.After("create trigger check_finalisation before insert or update on payroll.stp_finalisations for each row execute function payroll.check_stp_finalisation();");
            t.After("comment on function payroll.check_stp_finalisation() is 'A finalisation is declared in a pay or update event of its year flagged is_finalisation, and reversed only by a later update event of the same year.';");
        });
        db.Sql("comment on column payroll.stp_submissions.is_finalisation is 'This event carries finalisation declarations (due 14 July; 30 September for closely held payees); which employees, and any later reversal, are in payroll.stp_finalisations.';");
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropTable("payroll.stp_finalisations");
        db.Sql("drop function payroll.check_stp_finalisation();");
        db.Sql("comment on column payroll.stp_submissions.is_finalisation is 'Declares employees'' year-end totals final (due 14 July).';");
    }
}
