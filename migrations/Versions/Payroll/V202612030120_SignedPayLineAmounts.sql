alter table payroll.pay_lines
    add column line_kind text not null default 'regular',
    add column reverses_pay_line_id uuid,
    add constraint ck_pay_lines__line_kind check (line_kind in ('regular', 'correction', 'reversal', 'overpayment_recovery')),
    add constraint fk_pay_lines__reverses_pay_line_id foreign key (org_id, reverses_pay_line_id) references payroll.pay_lines (org_id, id),
    add constraint ck_pay_lines__reversal_names_reversed_line check ((line_kind = 'reversal') = (reverses_pay_line_id is not null)),
    drop constraint ck_pay_lines__amount_non_negative,
    drop constraint ck_pay_lines__hours_non_negative,
    drop constraint ck_pay_lines__units_non_negative,
    add constraint ck_pay_lines__only_adjustments_negative check (
        (amount >= 0 and coalesce(hours, 0) >= 0 and coalesce(units, 0) >= 0)
        or (line_kind <> 'regular' and payment_category not in ('etp', 'lump_sum')));
create index ix_pay_lines__org_id_reverses_pay_line_id on payroll.pay_lines (org_id, reverses_pay_line_id);
create function payroll.check_pay_line_reversal() returns trigger
language plpgsql set search_path = '' as $$
declare
    original payroll.pay_lines;
begin
    select * into original from payroll.pay_lines where org_id = new.org_id and id = new.reverses_pay_line_id;
    if not found then
        return new; -- the composite FK reports a missing or other tenant's line
    end if;
    if original.line_kind = 'reversal'
       or original.employee_id <> new.employee_id
       or original.payment_category <> new.payment_category
       or new.amount <> -original.amount
       or new.hours is distinct from -original.hours
       or new.units is distinct from -original.units then
        raise exception 'pay line reversal must mirror line % (same employee and category, amount %, hours %)',
            original.id, -original.amount, -original.hours
            using errcode = 'check_violation', constraint = 'ck_pay_lines__reversal_mirrors_line',
                  table = 'pay_lines', schema = 'payroll';
    end if;
    return new;
end
$$;
create trigger check_reversal before insert or update of line_kind, reverses_pay_line_id, amount, hours, units, employee_id, payment_category
    on payroll.pay_lines for each row when (new.line_kind = 'reversal') execute function payroll.check_pay_line_reversal();
comment on function payroll.check_pay_line_reversal() is 'A reversal pay line undoes exactly one earlier line of the same employee and category: amount, hours and units negated (ck_pay_lines__reversal_mirrors_line).';
comment on column payroll.pay_lines.line_kind is 'regular: pay for this period; correction: an adjustment to an earlier period''s pay; reversal: undoes one earlier line exactly (reverses_pay_line_id); overpayment_recovery: money taken back that was overpaid. Rule: negative hours, units or amount only on correction, reversal and overpayment_recovery lines, and never for ETPs or lump sums.';
comment on column payroll.pay_lines.reverses_pay_line_id is 'The line a reversal undoes (same organisation). Rule: set exactly when line_kind = reversal, and the reversal mirrors that line (negated amount, hours and units; same employee and category).';
comment on column payroll.pay_lines.amount is 'AUD; the category says whether it adds to gross or is deducted. Negative on an adjustment line that takes money back, as the payslip and STP year-to-date totals show it. Rule: negative hours, units or amount only on correction, reversal and overpayment_recovery lines, and never for ETPs or lump sums.';
comment on column payroll.pay_lines.hours is 'Hours paid at rate; negative on an adjustment line that takes hours back. Rule: negative hours, units or amount only on correction, reversal and overpayment_recovery lines, and never for ETPs or lump sums.';
comment on column payroll.pay_lines.units is 'Non-hour quantity paid at rate: km for CD allowances, shifts, items; negative on an adjustment line. Rule: negative hours, units or amount only on correction, reversal and overpayment_recovery lines, and never for ETPs or lump sums.';
comment on constraint ck_pay_lines__only_adjustments_negative on payroll.pay_lines is 'Only correction, reversal and overpayment recovery lines may be negative, and never ETP or lump sum lines.';
