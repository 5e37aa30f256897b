alter table payroll.super_calculations drop constraint ck_super_calculations__contribution_type;
alter table payroll.super_calculations drop constraint ck_super_calculations__status;
update payroll.super_calculations
set contribution_type = case when status in ('sent', 'accepted', 'refunded') then 'employer_additional' else 'government_ppl_super' end,
    status = case when status in ('sent', 'accepted', 'refunded') then status else 'paid_by_government' end,
    superstream_batch_reference = case when status in ('sent', 'accepted', 'refunded') then superstream_batch_reference end,
    batched_at = case when status in ('sent', 'accepted', 'refunded') then batched_at end,
    rejection_reason = case when status in ('sent', 'accepted', 'refunded') then rejection_reason end,
    metadata = metadata || jsonb_build_object('corrected_from', jsonb_build_object('contribution_type', contribution_type, 'status', status,
        'by_migration', 'V202612030110', 'why', 'super on Government Paid Parental Leave is paid by the Government through the ATO, not by the employer'))
where contribution_type = 'paid_parental_leave_sg';
alter table payroll.super_calculations add constraint ck_super_calculations__contribution_type
    check (contribution_type in ('sg', 'salary_sacrifice', 'employer_additional', 'sg_shortfall', 'government_ppl_super'));
alter table payroll.super_calculations add constraint ck_super_calculations__status
    check (status in ('pending', 'batched', 'sent', 'accepted', 'rejected', 'refunded', 'paid_by_government'));
alter table payroll.super_calculations add constraint ck_super_calculations__government_ppl_super_is_information
    check ((contribution_type = 'government_ppl_super') = (status = 'paid_by_government')
           and (contribution_type <> 'government_ppl_super' or (superstream_batch_reference is null and batched_at is null and sent_at is null and accepted_at is null)));
comment on column payroll.super_calculations.contribution_type is 'sg: super guarantee the employer owes; salary_sacrifice: employee''s pre-tax contribution; employer_additional: voluntary employer contribution; sg_shortfall: late or short SG made good; government_ppl_super: super the Government pays through the ATO on Government Paid Parental Leave (from 1 July 2025), recorded for information only, never owed or sent by the employer.';
comment on column payroll.super_calculations.status is 'pending → batched → sent → accepted (or rejected, refunded) through SuperStream; paid_by_government: information row for government_ppl_super, which the employer never sends. Rule: government_ppl_super rows, and only they, are paid_by_government, with no batch, send or acceptance.';
comment on column payroll.super_calculations.due_date is 'When the money must reach the fund; for government_ppl_super, when the ATO is expected to pay it (after the end of the financial year).';
comment on constraint ck_super_calculations__government_ppl_super_is_information on payroll.super_calculations is 'Super on Government Paid Parental Leave is paid by the Government through the ATO: recorded as information (status paid_by_government), never batched or sent by the employer.';
