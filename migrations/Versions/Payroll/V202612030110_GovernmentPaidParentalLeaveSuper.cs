using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Payroll;

/// <summary>
/// Super on Government Paid Parental Leave (paid for leave from 1 July 2025) is paid by the
/// Government through the ATO into the parent's fund after the end of the financial year; the
/// employer neither owes nor sends it. V202601031000 offered it as an employer contribution type
/// (paid_parental_leave_sg) in the SuperStream workflow. It becomes government_ppl_super, kept as
/// information only (status paid_by_government, never batched or sent).
/// Existing rows: not yet sent (pending, batched, rejected) become information rows; rows the
/// employer already paid (sent, accepted, refunded) were in effect voluntary employer
/// contributions and become employer_additional, with the old type kept in metadata.
/// </summary>
[Migration(202612030110, "payroll: super on Government Paid Parental Leave is information, not an employer contribution")]
public sealed class V202612030110_GovernmentPaidParentalLeaveSuper : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.Sql("alter table payroll.super_calculations drop constraint ck_super_calculations__contribution_type;");
        db.Sql("alter table payroll.super_calculations drop constraint ck_super_calculations__status;");
        db.Sql("""
            update payroll.super_calculations
            set contribution_type = case when status in ('sent', 'accepted', 'refunded') then 'employer_additional' else 'government_ppl_super' end,
                status = case when status in ('sent', 'accepted', 'refunded') then status else 'paid_by_government' end,
                superstream_batch_reference = case when status in ('sent', 'accepted', 'refunded') then superstream_batch_reference end,
                batched_at = case when status in ('sent', 'accepted', 'refunded') then batched_at end,
                rejection_reason = case when status in ('sent', 'accepted', 'refunded') then rejection_reason end,
                metadata = metadata || jsonb_build_object('corrected_from', jsonb_build_object('contribution_type', contribution_type, 'status', status,
                    'by_migration', 'V202612030110', 'why', 'super on Government Paid Parental Leave is paid by the Government through the ATO, not by the employer'))
            where contribution_type = 'paid_parental_leave_sg';
            """);
        db.Sql("""
            alter table payroll.super_calculations add constraint ck_super_calculations__contribution_type
                check (contribution_type in ('sg', 'salary_sacrifice', 'employer_additional', 'sg_shortfall', 'government_ppl_super'));
            """);
        db.Sql("""
            alter table payroll.super_calculations add constraint ck_super_calculations__status
                check (status in ('pending', 'batched', 'sent', 'accepted', 'rejected', 'refunded', 'paid_by_government'));
            """);
        db.Sql("""
            alter table payroll.super_calculations add constraint ck_super_calculations__government_ppl_super_is_information
                check ((contribution_type = 'government_ppl_super') = (status = 'paid_by_government')
                       and (contribution_type <> 'government_ppl_super' or (superstream_batch_reference is null and batched_at is null and sent_at is null and accepted_at is null)));
            """);
        db.Sql("comment on column payroll.super_calculations.contribution_type is 'sg: super guarantee the employer owes; salary_sacrifice: employee''s pre-tax contribution; employer_additional: voluntary employer contribution; sg_shortfall: late or short SG made good; government_ppl_super: super the Government pays through the ATO on Government Paid Parental Leave (from 1 July 2025), recorded for information only, never owed or sent by the employer.';");
        db.Sql("comment on column payroll.super_calculations.status is 'pending → batched → sent → accepted (or rejected, refunded) through SuperStream; paid_by_government: information row for government_ppl_super, which the employer never sends. Rule: government_ppl_super rows, and only they, are paid_by_government, with no batch, send or acceptance.';");
        db.Sql("comment on column payroll.super_calculations.due_date is 'When the money must reach the fund; for government_ppl_super, when the ATO is expected to pay it (after the end of the financial year).';");
        db.Sql("comment on constraint ck_super_calculations__government_ppl_super_is_information on payroll.super_calculations is 'Super on Government Paid Parental Leave is paid by the Government through the ATO: recorded as information (status paid_by_government), never batched or sent by the employer.';");
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("alter table payroll.super_calculations drop constraint ck_super_calculations__government_ppl_super_is_information;");
        db.Sql("alter table payroll.super_calculations drop constraint ck_super_calculations__contribution_type;");
        db.Sql("alter table payroll.super_calculations drop constraint ck_super_calculations__status;");
        // Information rows go back to the old type as pending; rows re-typed employer_additional stay what they were in effect.
        db.Sql("update payroll.super_calculations set contribution_type = 'paid_parental_leave_sg', status = 'pending' where contribution_type = 'government_ppl_super';");
        db.Sql("alter table payroll.super_calculations add constraint ck_super_calculations__contribution_type check (contribution_type in ('sg', 'salary_sacrifice', 'employer_additional', 'paid_parental_leave_sg', 'sg_shortfall'));");
        db.Sql("alter table payroll.super_calculations add constraint ck_super_calculations__status check (status in ('pending', 'batched', 'sent', 'accepted', 'rejected', 'refunded'));");
        db.Sql("comment on column payroll.super_calculations.contribution_type is 'sg: super guarantee; paid_parental_leave_sg: 12% on government Paid Parental Leave from 1 July 2025; sg_shortfall: late or short SG made good.';");
        db.Sql("comment on column payroll.super_calculations.status is null;");
        db.Sql("comment on column payroll.super_calculations.due_date is 'When the money must reach the fund.';");
    }
}
