using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Benefits;

/// <summary>
/// eBenefits: the programs an organisation offers (perks, salary packaging, novated leases,
/// recognition and rewards, earned wage access), who is enrolled, the perks catalogue,
/// recognitions, the rewards points ledger and earned wage access drawdowns.
/// </summary>
[Migration(202601041000, "benefits: programs, enrollments, perks, recognitions, rewards points ledger, earned wage access")]
public sealed class V202601041000_Benefits : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("benefits.programs", "Employee benefit programs an organisation offers: a perks marketplace, salary packaging, novated leases, recognition and rewards, earned wage access, wellbeing or an employee assistance program.", t =>
        {
            t.Text("code").NotNull().Matches("^[A-Z0-9][A-Z0-9_-]*$").UniqueWhileActive().Comment("Short program code shown on payslips and exports, e.g. EWA, PERKS.");
            t.Text("name").NotNull();
            t.Text("program_type").NotNull()
                .In("perks", "salary_packaging", "novated_lease", "recognition", "rewards", "earned_wage_access", "wellbeing", "employee_assistance");
            t.Text("status").NotNull().Default("'draft'").In("draft", "active", "paused", "closed");
            t.Text("description");
            t.Text("provider_name").Comment("Third party running the program (perks marketplace, packaging administrator, EWA provider); null when run in-house.");
            t.Column("provider_abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(provider_abn)", "checksum")
                .Comment("ABN of the provider: 11 digits, modulus-89 check digits verified.");
            t.Column("eligible_employment_types", "text[]").NotNull().Default("'{full_time,part_time,casual,fixed_term}'::text[]")
                .Check("eligible_employment_types <@ array['full_time', 'part_time', 'casual', 'fixed_term', 'contractor']::text[]", "values")
                .Comment("Employment types that may enrol (people.employees.employment_type values).");
            t.Int("min_service_days").NotNull().Default("0").NonNegative().Comment("Days of service before an employee may enrol.");
            t.Date("starts_on").NotNull();
            t.Date("ends_on");
            t.Bool("fbt_reportable").NotNull().Default("false")
                .Comment("Benefits provided are fringe benefits for FBT (FBT year 1 April to 31 March) and may be reportable on the employee's income statement.");
            t.Bool("deducts_from_pay").NotNull().Default("false")
                .Comment("Enrolment leads to deductions from pay (salary sacrifice, EWA recovery), which need the employee's written authorisation under Fair Work Act s324.");
            t.Fraction("ewa_limit_fraction").Between(0, 1)
                .Comment("Earned wage access: share of accrued-but-unpaid net pay an employee may draw, fraction 0.5000 = 50%.");
            t.Money("ewa_fee").NonNegative().Comment("Earned wage access: flat fee per drawdown, AUD.");
            t.Int("ewa_max_drawdowns_per_period").Positive().Comment("Earned wage access: most drawdowns allowed in one pay period.");
            t.Rate("points_value_aud").Positive().Comment("Rewards: AUD value of one point when redeemed, e.g. 0.0100 = 1 cent.");
            t.Period("starts_on", "ends_on");
            t.Check("ewa_programs_set_limit", "program_type <> 'earned_wage_access' or (ewa_limit_fraction is not null and deducts_from_pay)");
            t.ActiveIndex("program_type", "status");
        });

        db.TenantTable("benefits.enrollments", "An employee's membership of a benefit program, with the written authorisation (Fair Work Act s324) that any deductions from pay require.", t =>
        {
            t.TenantRef("program_id", "benefits.programs").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("status").NotNull().Default("'pending'").In("pending", "active", "suspended", "ended", "declined");
            t.Date("enrolled_on").NotNull();
            t.Date("ended_on");
            t.Text("end_reason").In("employee_opted_out", "employment_ended", "program_closed", "no_longer_eligible", "provider_terminated");
            t.Money("deduction_per_pay").NonNegative().Comment("Salary sacrifice or recovery deducted each pay, AUD.");
            t.Text("deduction_authorisation_reference")
                .Comment("Document reference of the employee's signed written authorisation for deductions from pay (Fair Work Act s324); deductions must principally benefit the employee.");
            t.Date("deduction_authorised_on").Comment("Date the employee signed the deduction authorisation.");
            t.Date("deduction_authorisation_withdrawn_on").Comment("An employee may withdraw a s324 authorisation in writing at any time; deductions stop from then.");
            t.Period("enrolled_on", "ended_on");
            t.Check("ended_has_date_and_reason", "status <> 'ended' or (ended_on is not null and end_reason is not null)");
            t.Check("deduction_needs_authorisation", "coalesce(deduction_per_pay, 0) = 0 or deduction_authorisation_reference is not null");
            t.Check("authorisation_reference_and_date", "(deduction_authorisation_reference is null) = (deduction_authorised_on is null)");
            t.Check("authorisation_withdrawn_after_given", "deduction_authorisation_withdrawn_on is null or deduction_authorisation_withdrawn_on >= deduction_authorised_on");
            // An employee may re-enrol after an enrolment ended, but holds one open enrolment per program.
            t.UniqueWhileActive("program_id", "employee_id").Where("deleted_at is null and status in ('pending', 'active', 'suspended')")
                .Named("uq_enrollments__org_id_program_id_employee_id_open");
            t.ActiveIndex("employee_id", "status");
        });

        db.TenantTable("benefits.perks", "Offers in a perks program: retailer discounts, discounted gift cards, health insurance or gym deals, some redeemable with rewards points.", t =>
        {
            t.TenantRef("program_id", "benefits.programs").NotNull();
            t.Text("name").NotNull();
            t.Text("category").NotNull()
                .In("retail_discount", "gift_card", "health_insurance", "fitness", "travel", "dining", "financial_wellbeing", "education", "technology", "other");
            t.Text("supplier_name").NotNull().Comment("Retailer or service provider making the offer.");
            t.Text("description");
            t.Fraction("discount_fraction").Between(0, 1).Comment("Discount off the retail price, fraction 0.1500 = 15%.");
            t.Money("face_value").NonNegative().Comment("Face value of a voucher or gift card, AUD including GST.");
            t.Money("employee_price").NonNegative().Comment("What the employee pays, AUD; below face value for discounted cards.");
            t.Int("points_cost").Positive().Comment("Points redeemed from the rewards ledger for the perk; null when it cannot be bought with points.");
            t.Int("stock_remaining").NonNegative().Comment("Units left (limited offers); null when unlimited.");
            t.Column("available_states", "text[]").Check($"available_states <@ {AustralianDomain.StatesArraySql}", "values")
                .Comment("States and territories where the perk can be used; null means Australia-wide.");
            t.Text("redemption_url");
            t.Date("valid_from").NotNull();
            t.Date("valid_to");
            t.Text("status").NotNull().Default("'active'").In("draft", "active", "expired", "withdrawn");
            t.Period("valid_from", "valid_to");
            t.Check("price_not_above_face_value", "employee_price is null or face_value is null or employee_price <= face_value");
            t.ActiveIndex("program_id", "status");
            t.ActiveIndex("category", "status");
        });

        db.TenantTable("benefits.recognitions", "Recognition given to an employee (peer, manager or client shout-out), optionally with rewards points credited to the employee's ledger once approved.", t =>
        {
            t.TenantRef("program_id", "benefits.programs").Comment("Recognition or rewards program the points come from; null for a shout-out without points.");
            t.SoftRef("recipient_employee_id", "people.employees", "The employee recognised.").NotNull();
            t.TenantRef("giver_user_id", "public.users").NotNull().Comment("User who gave the recognition: manager, colleague or client contact.");
            t.Text("category").NotNull()
                .In("safety", "teamwork", "customer_service", "innovation", "values", "above_and_beyond", "service_anniversary", "milestone");
            t.Text("message").NotNull();
            t.Int("points").NotNull().Default("0").NonNegative().Comment("Points credited to the recipient's rewards ledger when approved.");
            t.Text("visibility").NotNull().Default("'public'").In("public", "team", "private");
            t.Text("status").NotNull().Default("'pending_approval'").In("pending_approval", "approved", "rejected", "revoked");
            t.TenantRef("approved_by_user_id", "public.users");
            t.Timestamp("approved_at");
            t.Check("points_need_program", "points = 0 or program_id is not null");
            t.Check("approval_recorded", "status <> 'approved' or points = 0 or (approved_by_user_id is not null and approved_at is not null)");
            t.ActiveIndex("recipient_employee_id", "inserted_at");
            t.ActiveIndex("status");
        });

        db.TenantTable("benefits.rewards_points", "The rewards points ledger: one row per signed movement of an employee's points (award, recognition, redemption, expiry, adjustment, reversal) with the balance after it. Rows are never changed: a mistake is undone by a reversal. benefits.apply_points_movement() numbers each movement and computes its balance under a per-employee lock, so the balance can never go below zero.", t =>
        {
            t.TenantRef("program_id", "benefits.programs").NotNull();
            t.SoftRef("employee_id", "people.employees", "Owner of the points.").NotNull();
            t.BigInt("sequence_no").NotNull().Positive().Comment("Position of the movement in the employee's ledger (1, 2, 3…); set by benefits.apply_points_movement().");
            t.Text("movement_type").NotNull().In("award", "recognition", "redemption", "expiry", "adjustment", "reversal");
            t.Int("points").NotNull().Check("points <> 0", "not_zero").Comment("Signed movement in points: positive credits, negative debits.");
            t.Int("balance_after").NotNull().NonNegative()
                .Comment("Employee's points balance after this movement; computed from the previous movement by benefits.apply_points_movement(), whatever the writer supplies.");
            t.TenantRef("recognition_id", "benefits.recognitions").Comment("Recognition that earned the points (movement_type recognition).");
            t.TenantRef("perk_id", "benefits.perks").Comment("Perk the points were redeemed for (movement_type redemption).");
            t.TenantRef("reverses_movement_id", "benefits.rewards_points").Comment("Movement this reversal undoes; its points are the negation of the original's.");
            t.Timestamp("occurred_at").NotNull().Default("now()");
            t.Date("expires_on").Comment("Credited points lapse on this date: an expiry movement then debits what is left of them.");
            t.Text("reason").Comment("Why an adjustment or reversal was made, or the award's occasion.");
            t.Check("sign_matches_movement_type",
                "(movement_type in ('award', 'recognition') and points > 0) or (movement_type in ('redemption', 'expiry') and points < 0) or movement_type in ('adjustment', 'reversal')");
            t.Check("recognition_movement_names_recognition", "movement_type <> 'recognition' or recognition_id is not null");
            t.Check("redemption_names_perk", "movement_type <> 'redemption' or perk_id is not null");
            t.Check("reversal_names_movement", "(movement_type = 'reversal') = (reverses_movement_id is not null)");
            t.Check("adjustment_has_reason", "movement_type not in ('adjustment', 'reversal') or reason is not null");
            t.Unique("employee_id", "sequence_no");
            t.UniqueWhileActive("reverses_movement_id").Named("uq_rewards_points__org_id_reverses_movement_id");
            t.ActiveIndex("employee_id", "occurred_at");
            t.Trigger("apply_points_movement", "before insert or update or delete", "benefits.apply_points_movement",
                "Rewards ledger: numbers each new movement and computes balance_after from the employee's previous balance under a per-employee advisory lock; refuses to change or delete a posted movement.",
                """
                    create function benefits.apply_points_movement() returns trigger
                    language plpgsql
                    set search_path = ''
                    as $$
                    declare
                        previous_sequence bigint;
                        previous_balance integer;
                        original benefits.rewards_points;
                    begin
                        if tg_op = 'DELETE' then
                            raise exception 'benefits.rewards_points is a ledger: movements are never deleted'
                                using errcode = 'insufficient_privilege', hint = 'Post a reversal movement instead.';
                        end if;
                        if tg_op = 'UPDATE' then
                            if (new.org_id, new.employee_id, new.program_id, new.sequence_no, new.movement_type, new.points, new.balance_after,
                                new.reverses_movement_id, new.occurred_at, new.deleted_at)
                               is distinct from
                               (old.org_id, old.employee_id, old.program_id, old.sequence_no, old.movement_type, old.points, old.balance_after,
                                old.reverses_movement_id, old.occurred_at, old.deleted_at) then
                                raise exception 'benefits.rewards_points is a ledger: a movement cannot be changed once posted'
                                    using errcode = 'insufficient_privilege', hint = 'Post a reversal or adjustment movement instead.';
                            end if;
                            return new;
                        end if;
    
                        -- One employee's movements are applied one at a time: two concurrent redemptions
                        -- must not both spend the same points. The lock lasts until the transaction ends.
                        perform pg_catalog.pg_advisory_xact_lock(
                            pg_catalog.hashtextextended('benefits.rewards_points:' || new.org_id::text || ':' || new.employee_id::text, 0));
    
                        if new.reverses_movement_id is not null then
                            select r.* into original from benefits.rewards_points r
                            where r.org_id = new.org_id and r.id = new.reverses_movement_id;
                            if original.employee_id is distinct from new.employee_id or original.points <> -new.points then
                                raise exception 'a reversal must undo the same employee''s movement with the opposite points'
                                    using errcode = 'check_violation', constraint = 'ck_rewards_points__reversal_names_movement';
                            end if;
                        end if;
    
                        select r.sequence_no, r.balance_after into previous_sequence, previous_balance
                        from benefits.rewards_points r
                        where r.org_id = new.org_id and r.employee_id = new.employee_id
                        order by r.sequence_no desc
                        limit 1;
    
                        new.sequence_no := coalesce(previous_sequence, 0) + 1;
                        -- A movement taking the balance below zero then fails ck_rewards_points__balance_after_non_negative.
                        new.balance_after := coalesce(previous_balance, 0) + new.points;
                        return new;
                    end
                    $$;
                    """);
        });

        db.TenantTable("benefits.ewa_transactions", "Earned wage access drawdowns: an employee draws part of the net pay already earned but not yet paid in the current pay period; the amount and fee are recovered from the next pay run, which needs the employee's written authorisation (Fair Work Act s324).", t =>
        {
            t.TenantRef("enrollment_id", "benefits.enrollments").NotNull().Comment("The employee's enrolment in the earned wage access program.");
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Date("pay_period_start").NotNull();
            t.Date("pay_period_end").NotNull();
            t.Money("earned_net_pay").NotNull().NonNegative()
                .Comment("Accrued-but-unpaid net pay of the pay period when requested (after PAYG withholding and existing deductions, less earlier drawdowns), AUD.");
            t.Fraction("limit_fraction").NotNull().Between(0, 1)
                .Comment("Share of earned net pay that may be drawn, copied from the program at request time; fraction 0.5000 = 50%.");
            t.Money("amount_requested").NotNull().Positive().Comment("Amount the employee asked to draw, AUD; at most limit_fraction of earned_net_pay.");
            t.Money("fee").NotNull().Default("0").NonNegative().Comment("Fee for the drawdown, AUD; recovered with the amount.");
            t.Money("amount_disbursed").NonNegative().Comment("Amount actually paid to the employee's bank account, AUD.");
            t.Text("status").NotNull().Default("'requested'").In("requested", "approved", "disbursed", "recovered", "failed", "cancelled");
            t.Timestamp("requested_at").NotNull().Default("now()");
            t.Timestamp("approved_at");
            t.Timestamp("disbursed_at");
            t.Timestamp("recovered_at");
            t.Text("disbursement_reference").Comment("Payment reference of the transfer to the employee.");
            t.Text("recovery_method").NotNull().Default("'pay_run_deduction'").In("pay_run_deduction", "provider_settlement", "direct_debit")
                .Comment("How amount and fee come back: deducted in the next pay run, settled by the provider with the employer, or debited from the employee.");
            t.Text("s324_authorisation_reference")
                .Comment("Reference of the employee's written authorisation (Fair Work Act s324) for recovering the amount and fee by deduction from pay.");
            t.SoftRef("recovery_pay_run_id", "payroll.pay_runs", "Pay run whose deduction recovered the amount and fee.");
            t.Text("failure_reason");
            t.Check("pay_period_end_after_start", "pay_period_end >= pay_period_start");
            t.Check("amount_within_limit", "amount_requested <= limit_fraction * earned_net_pay");
            t.Check("disbursed_not_above_requested", "amount_disbursed is null or amount_disbursed <= amount_requested");
            t.Check("pay_deduction_needs_s324_authorisation", "recovery_method <> 'pay_run_deduction' or s324_authorisation_reference is not null");
            t.Check("disbursement_recorded", "status not in ('disbursed', 'recovered') or (amount_disbursed is not null and disbursed_at is not null)");
            t.Check("recovery_recorded",
                "status <> 'recovered' or (recovered_at is not null and (recovery_method <> 'pay_run_deduction' or recovery_pay_run_id is not null))");
            t.Check("failure_explained", "status <> 'failed' or failure_reason is not null");
            t.Check("timeline_in_order",
                "(approved_at is null or approved_at >= requested_at) and (disbursed_at is null or disbursed_at >= requested_at) and (recovered_at is null or disbursed_at is null or recovered_at >= disbursed_at)");
            t.ActiveIndex("employee_id", "pay_period_start");
            // Payroll collects what is still to be recovered when it calculates a pay run.
            t.ActiveIndex("status", "pay_period_end");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
    }
}
