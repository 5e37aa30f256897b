using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Payroll;

/// <summary>
/// Payroll and invoicing (docs/design/DOMAIN.md §9): pay calendars and runs, pay lines disaggregated for
/// STP Phase 2, PAYG withholding, super guarantee, STP submissions, payslips, payments, and
/// client invoices built from approved timecards × rate cards. Employees, clients and
/// timecards live in other domains: soft references only.
/// </summary>
[Migration(202601031000, "payroll: calendars, runs, lines, tax, super, STP, rate cards, invoices, payments, payslips")]
public sealed class V202601031000_Payroll : Migration
{
    /// <summary>STP Phase 2 income types.</summary>
    private static readonly string[] IncomeTypes = ["SAW", "CHP", "IAA", "WHM", "SWP", "FEI", "JPD", "VOL", "LAB", "OSP"];

    /// <summary>STP Phase 2 allowance types; OD (other) needs a description.</summary>
    private static readonly string[] AllowanceTypes = ["CD", "AD", "LD", "MD", "RD", "TD", "KN", "QN", "OD"];

    private static readonly string[] EmploymentTypes = ["full_time", "part_time", "casual", "fixed_term"];

    /// <summary>
    /// Tax treatment code: 1 category (R regular, A actor, C horticulturist/shearer, S senior/pensioner,
    /// H WHM, W seasonal worker, F foreign resident, N no TFN, D ATO-defined, V voluntary agreement);
    /// 2 option; 3 study and training support loan S or X; 4 Medicare levy surcharge tier 1/2/3 or X;
    /// 5 Medicare levy exemption H half / F full or X; 6 Medicare levy reduction dependants 0-9, A (10+) or X.
    /// </summary>
    private const string TaxTreatmentCodePattern = "^[RACSHWFNDV][A-Z][SX][123X][HFX][0-9AX]$";

    private const string TaxTreatmentCodeComment =
        "STP Phase 2 tax treatment code, e.g. RTXXXX: 1 category (R regular, A actor, C horticulturist/shearer, S senior/pensioner, H working holiday maker, " +
        "W seasonal worker, F foreign resident, N no TFN, D ATO-defined, V voluntary agreement); 2 option (e.g. T tax-free threshold claimed, N not claimed); " +
        "3 study and training support loan S or X; 4 Medicare levy surcharge 1/2/3 or X; 5 Medicare levy exemption H/F or X; 6 Medicare levy reduction 0-9/A or X.";

    private const string FinancialYearPattern = "^[0-9]{4}-[0-9]{2}$";

    public override void Up(SchemaBuilder db)
    {
        db.ReferenceTable("payroll.payroll_tax_rates", "State and territory payroll tax (DOMAIN.md §9): the headline rate and annual wages threshold of each state for a financial year. An employer pays the tax of each state on the wages paid there above its share of that state's threshold; tiers, surcharges and threshold phase-outs are in notes.", t =>
        {
            t.Text("state").NotNull().In(AustralianDomain.States).Comment("State or territory levying the tax (wages are taxed where the work is done).");
            t.Column("financial_year", "char(7)").NotNull().Matches(FinancialYearPattern)
                .Comment("Financial year the figures apply to, 1 July to 30 June, e.g. 2025-26.");
            t.Fraction("rate").NotNull().Between(0, 0.2m).Comment("Headline rate on taxable wages above the threshold, fraction: 0.0545 = 5.45%.");
            t.Money("annual_threshold").NotNull().NonNegative()
                .Comment("Annual taxable wages (AUD) exempt from the tax, shared across a group of related employers and pro-rated for part years.");
            t.Date("effective_from").NotNull().Comment("First day the figures apply; within the financial year, usually 1 July.");
            t.Text("source").NotNull()
                .Comment("Where the figures come from: the state revenue office's page, or 'derived: …' when recalled rather than copied from it.");
            t.Text("notes").Comment("What the headline figures leave out: higher tiers, surcharges, threshold phase-outs.");
            // A CASE, not an OR: the casts must not run on a value the format check will refuse anyway.
            t.Check("financial_year_consecutive",
                "case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100 else true end");
            t.Check("effective_from_in_financial_year",
                "case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then effective_from >= make_date(substr(financial_year, 1, 4)::int, 7, 1) " +
                "and effective_from < make_date(substr(financial_year, 1, 4)::int + 1, 7, 1) else true end");
            t.UniqueWhileActive("state", "financial_year");
        });
        db.InsertRows("payroll.payroll_tax_rates", ["state", "financial_year", "rate", "annual_threshold", "effective_from", "source", "notes"],
        [
            PayrollTax("NSW", 0.0545m, 1_200_000m, "Revenue NSW", null),
            PayrollTax("VIC", 0.0485m, 1_000_000m, "State Revenue Office Victoria", "Mental health and wellbeing surcharge on very large payrolls, and a threshold deduction that phases out, are not modelled (recalled)."),
            PayrollTax("QLD", 0.0475m, 1_300_000m, "Queensland Revenue Office", "4.75% applies to wages up to $6.5m; 4.95% above; the threshold deduction phases out (recalled)."),
            PayrollTax("WA", 0.0550m, 1_000_000m, "RevenueWA", "The threshold deduction phases out as wages grow (recalled)."),
            PayrollTax("SA", 0.0495m, 1_500_000m, "RevenueSA", "The rate phases in above the threshold before reaching 4.95% (recalled)."),
            PayrollTax("TAS", 0.0400m, 1_250_000m, "State Revenue Office Tasmania", "4% applies to wages between $1.25m and $2m; a higher rate above $2m (recalled)."),
            PayrollTax("ACT", 0.0685m, 2_000_000m, "ACT Revenue Office", "A surcharge applies to very large payrolls (recalled)."),
            PayrollTax("NT", 0.0550m, 2_500_000m, "Territory Revenue Office", null),
        ]);

        db.TenantTable("payroll.pay_calendars", "Pay cycles of an organisation: how often employees are paid, when the first period started and how many days after a period ends payday falls. Pay runs are cut from them.", t =>
        {
            t.Text("name").NotNull().Comment("e.g. Weekly casuals (Mon-Sun), Monthly salaried.");
            t.Text("pay_frequency").NotNull().In("weekly", "fortnightly", "monthly");
            t.Date("anchor_period_start").NotNull().Comment("Start date of the first pay period; later periods follow on from it by the pay frequency.");
            t.Int("pay_day_offset_days").NotNull().Default("0").Between(-7, 14)
                .Comment("Payday relative to the period end, in calendar days (negative: paid before the period closes).");
            t.Int("timecard_cutoff_offset_days").NotNull().Default("0").Between(-7, 14)
                .Comment("Days after the period end by which timecards must be approved to be paid in that run.");
            t.TenantRef("office_id", "public.offices").Comment("Branch the calendar belongs to; null: the whole organisation.");
            t.Text("status").NotNull().Default("'active'").In("active", "inactive");
            t.Bool("is_default").NotNull().Default("false").Comment("Calendar given to new employees unless another is chosen.");
            t.UniqueWhileActive("name");
            t.ActiveIndex("status", "pay_frequency");
        });

        db.TenantTable("payroll.pay_levels", "Pay levels of an organisation (v2 pay_levels): the base rate paid for an award classification or an above-award grade, with effective dates.", t =>
        {
            t.Text("code").NotNull().Comment("Short level code used on timecards and exports, e.g. RET-L3-CAS.");
            t.Text("name").NotNull();
            t.Ref("award_id", "compliance.awards").Comment("Modern award the level is paid under; null for award-free or above-award staff.");
            t.Ref("award_classification_id", "compliance.award_classifications").Comment("Award classification the level corresponds to.");
            t.Text("employment_type").In(EmploymentTypes).Comment("Employment type the rate is for; null: any.");
            t.Rate("base_hourly_rate").NotNull().Positive().Comment("Ordinary hourly rate in AUD before casual loading and penalties.");
            t.Money("weekly_rate").NonNegative().Comment("Full-time weekly rate (38 h) in AUD, where the award states one.");
            t.Fraction("casual_loading").NotNull().Default("0.2500").Between(0, 1).Comment("Casual loading as a fraction: 0.2500 = 25% (FW Act s15A casuals).");
            t.Fraction("junior_percentage").Between(0, 1).Comment("Junior or apprentice share of the adult rate, e.g. 0.7000; null: adult rate.");
            t.Bool("is_above_award").NotNull().Default("false").Comment("Paid above the award minimum by agreement.");
            t.Date("effective_from").NotNull().Comment("Award rates change from the first full pay period on or after 1 July.");
            t.Date("effective_to");
            t.Period("effective_from", "effective_to");
            t.UniqueWhileActive("code", "effective_from");
            t.ActiveIndex("award_classification_id", "effective_from");
        });

        db.TenantTable("payroll.allowances", "Allowance definitions (v2 allowances): what an allowance pays, per what unit, how STP Phase 2 reports it and whether it counts as ordinary time earnings for super.", t =>
        {
            t.Text("code").NotNull().Comment("Short code used on timecard allowances, e.g. MEAL-OT, TOOLS.");
            t.Text("name").NotNull();
            t.Text("description").Comment("Required for STP type OD (other allowances): the ATO asks what it is for.");
            t.Ref("award_allowance_id", "compliance.award_allowances").Comment("The award allowance this implements; null for an employer's own allowance.");
            t.Text("stp_allowance_type").In(AllowanceTypes)
                .Comment("STP Phase 2 allowance type: CD cents/km, AD award transport, LD laundry, MD overtime meal, RD travel, TD tools, KN tasks, QN qualifications/certificates, OD other; null: reported within gross.");
            t.Text("unit").NotNull().In("per_hour", "per_shift", "per_day", "per_week", "per_km", "per_occasion");
            t.Rate("default_rate").NonNegative().Comment("AUD per unit; null when the amount is entered each time.");
            t.Bool("is_taxable").NotNull().Default("true").Comment("Subject to PAYG withholding.");
            t.Bool("is_ordinary_time_earnings").NotNull().Default("false").Comment("Counts towards OTE, so super guarantee is paid on it.");
            t.Bool("is_payroll_taxable").NotNull().Default("true").Comment("Counts as wages for state payroll tax.");
            t.Text("status").NotNull().Default("'active'").In("active", "inactive");
            t.Date("effective_from");
            t.Date("effective_to");
            t.Period("effective_from", "effective_to");
            t.Check("other_allowance_described", "stp_allowance_type is distinct from 'OD' or nullif(btrim(description), '') is not null");
            t.UniqueWhileActive("code");
            t.ActiveIndex("status", "stp_allowance_type");
        });

        db.TenantTable("payroll.super_funds", "Employees' superannuation funds (v2 super_fund_details): an APRA fund by USI, or a self-managed fund by ABN, bank account and electronic service address, as chosen on the standard choice form or stapled by the ATO.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.SoftRef("super_choice_id", "onboard.super_choices", "The choice form (NAT 13080) this came from.");
            t.Text("fund_type").NotNull().In("apra", "smsf");
            t.Text("choice_source").NotNull().In("employee_choice", "stapled_fund", "default_fund")
                .Comment("Why this fund: the employee chose it, the ATO returned a stapled fund, or the employer default applied.");
            t.Text("fund_name").NotNull();
            t.Column("usi", "varchar(20)").Matches("^[A-Z0-9]{9,20}$").Comment("Unique Superannuation Identifier of an APRA fund product, e.g. STA0100AU; SMSFs have none.");
            t.Column("fund_abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(fund_abn)", "checksum").Comment("ABN of the fund (required for an SMSF).");
            t.Text("member_number").Comment("Member account number at the fund.");
            t.Column("smsf_bsb", "char(7)").Matches("^[0-9]{3}-?[0-9]{3}$").Comment("BSB of the SMSF's bank account.");
            t.Encrypted("smsf_account_number_encrypted").Comment("SMSF bank account number, AES-256 encrypted by the application.");
            t.Text("smsf_account_name");
            t.Text("electronic_service_address").Comment("SMSF messaging alias (ESA) for SuperStream contribution messages.");
            t.Date("effective_from").NotNull();
            t.Date("effective_to");
            t.Period("effective_from", "effective_to");
            t.Check("apra_fund_has_usi", "fund_type <> 'apra' or usi is not null");
            t.Check("smsf_has_abn_bank_account_and_esa",
                "fund_type <> 'smsf' or (fund_abn is not null and smsf_bsb is not null and smsf_account_number_encrypted is not null and electronic_service_address is not null)");
            t.ActiveIndex("employee_id", "effective_from");
        });

        db.TenantTable("payroll.pay_details", "Per-employee pay settings (v2 pay_details): calendar, pay level or salary, STP employment basis, income type and tax treatment, super fund, for an effective period.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("pay_calendar_id", "payroll.pay_calendars").NotNull();
            t.TenantRef("pay_level_id", "payroll.pay_levels");
            t.TenantRef("super_fund_id", "payroll.super_funds");
            t.SoftRef("tfn_declaration_id", "onboard.tfn_declarations", "TFN declaration (NAT 3092) the tax settings come from.");
            t.SoftRef("bank_detail_id", "onboard.bank_details", "Account(s) net pay is paid into.");
            t.Text("employment_basis").NotNull().In("F", "P", "C", "L", "V", "D", "N")
                .Comment("STP employment basis: F full-time, P part-time, C casual, L labour hire, V voluntary agreement, D death beneficiary, N non-employee.");
            t.Column("income_type", "char(3)").NotNull().Default("'SAW'").In(IncomeTypes).Comment("STP Phase 2 income type reported for this employee.");
            t.Column("country_code", "char(2)").Matches("^[A-Z]{2}$").Comment("ISO 3166 country: required for WHM, IAA and FEI income types.");
            t.Column("tax_treatment_code", "char(6)").NotNull().Matches(TaxTreatmentCodePattern).Comment(TaxTreatmentCodeComment);
            t.Bool("tax_free_threshold_claimed").NotNull().Default("false").Comment("Claims the $18,200 tax-free threshold with this employer.");
            t.Bool("has_study_loan").NotNull().Default("false").Comment("Has a HELP/VSL/SFSS/SSL/TSL debt: extra withholding (study and training support loans).");
            t.Text("pay_basis").NotNull().In("hourly", "salary");
            t.Rate("hourly_rate").Positive().Comment("AUD per ordinary hour, when it differs from the pay level (above award).");
            t.Money("annual_salary").Positive().Comment("AUD per year for salaried employees.");
            t.Hours("ordinary_hours_per_week").Between(0, 38).Comment("Contracted ordinary hours per week; the NES caps ordinary hours at 38.");
            t.Text("payment_method").NotNull().Default("'bank_transfer'").In("bank_transfer", "cheque", "cash");
            t.Date("effective_from").NotNull();
            t.Date("effective_to");
            t.Date("cessation_date").Comment("Last day of employment, reported through STP.");
            t.Text("cessation_type").In("V", "I", "D", "R", "F", "C", "T")
                .Comment("STP cessation reason: V voluntary, I ill-health, D deceased, R redundancy, F dismissal, C contract cessation, T transfer.");
            t.Period("effective_from", "effective_to");
            t.Check("salary_or_rate_given", "(pay_basis = 'salary' and annual_salary is not null) or (pay_basis = 'hourly' and (hourly_rate is not null or pay_level_id is not null))");
            t.Check("country_given_for_foreign_income", "income_type not in ('WHM', 'IAA', 'FEI') or country_code is not null");
            t.Check("cessation_dated_with_reason", "(cessation_date is null) = (cessation_type is null)");
            t.Constraint("ex_pay_details__no_overlap",
                "exclude using gist (org_id with =, employee_id with =, daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)");
            t.ActiveIndex("employee_id", "effective_from");
        });

        db.TenantTable("payroll.deductions", "Standing deductions from an employee's pay. FW Act s324: other than deductions required by law or court order, each needs the employee's written authorisation and must principally benefit the employee.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("deduction_type").NotNull().In("union_fees", "salary_sacrifice_super", "salary_sacrifice_other", "workplace_giving",
                    "child_support", "court_order", "ato_garnishee", "ewa_recovery", "loan_repayment", "uniform", "accommodation", "other")
                .Comment("child_support, court_order and ato_garnishee are required by law; every other type needs written authorisation.");
            t.Column("stp_deduction_type", "char(1)").In("F", "W", "G", "D")
                .Comment("STP Phase 2 deduction type: F union/professional association fees, W workplace giving, G child support garnishee, D child support deduction; null: not separately reported.");
            t.Text("description");
            t.Text("payee_name").Comment("Who receives the money: union, charity, Services Australia, lender.");
            t.Text("payee_reference").Comment("Payee's reference for the employee, e.g. child support case number.");
            t.Money("amount").Positive().Comment("AUD per pay; or use percent_of_gross.");
            t.Fraction("percent_of_gross").Between(0, 1).Comment("Fraction of gross per pay: 0.0500 = 5%.");
            t.Money("protected_earnings_amount").NonNegative().Comment("Net pay that must be left after a child support deduction (AUD per pay).");
            t.Money("total_limit").Positive().Comment("Stop once this much in total has been deducted (e.g. a loan balance).");
            t.Bool("is_statutory").NotNull().Default("false").Comment("Required by law or court order, so no employee authorisation is needed.");
            t.Text("authorisation_reference").Comment("Written authorisation kept for s324: signed form or document id.");
            t.Date("authorised_on").Comment("Date the employee signed the authorisation.");
            t.Bool("principally_benefits_employee").Comment("s324(1)(a): confirmed that the deduction is principally for the employee's benefit.");
            t.Text("authorisation_document_uri").Comment("Stored copy of the signed authorisation.");
            t.Date("start_date").NotNull();
            t.Date("end_date");
            t.Timestamp("authorisation_withdrawn_at").Comment("The employee may withdraw authorisation in writing at any time.");
            t.Text("status").NotNull().Default("'active'").In("active", "suspended", "ended", "withdrawn");
            t.Period("start_date", "end_date");
            t.Check("amount_or_percent", "(amount is null) <> (percent_of_gross is null)");
            t.Check("statutory_matches_type", "is_statutory = (deduction_type in ('child_support', 'court_order', 'ato_garnishee'))");
            t.Check("non_statutory_authorised_in_writing",
                "is_statutory or (nullif(btrim(authorisation_reference), '') is not null and authorised_on is not null and principally_benefits_employee is true)");
            t.Check("authorised_before_start", "authorised_on is null or authorised_on <= start_date");
            t.Check("withdrawn_has_time", "status <> 'withdrawn' or authorisation_withdrawn_at is not null");
            t.ActiveIndex("employee_id", "status");
        });

        db.TenantTable("payroll.pay_runs", "One payroll run for one pay period of a calendar, from draft to paid and reported to the ATO through STP. Totals are kept on the run for review and approval.", t =>
        {
            t.TenantRef("pay_calendar_id", "payroll.pay_calendars").NotNull();
            t.Text("run_type").NotNull().Default("'regular'").In("regular", "off_cycle", "termination", "adjustment", "reversal")
                .Comment("regular: the period's run; off_cycle, termination, adjustment: extra runs; reversal: undoes reverses_pay_run_id.");
            t.TenantRef("reverses_pay_run_id", "payroll.pay_runs");
            t.Date("period_start").NotNull();
            t.Date("period_end").NotNull();
            t.Date("payment_date").NotNull().Comment("Payday: STP pay events are due on or before it.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "calculated", "approved", "paid", "stp_submitted", "reversed");
            t.Int("employee_count").NotNull().Default("0").NonNegative();
            t.Money("total_gross").NotNull().Default("0").NonNegative().Comment("AUD, gross before tax (after salary sacrifice).");
            t.Money("total_tax_withheld").NotNull().Default("0").NonNegative().Comment("AUD, PAYG withholding.");
            t.Money("total_deductions").NotNull().Default("0").NonNegative().Comment("AUD, post-tax deductions.");
            t.Money("total_net").NotNull().Default("0").NonNegative().Comment("AUD paid into employees' accounts.");
            t.Money("total_super").NotNull().Default("0").NonNegative().Comment("AUD super guarantee and other employer contributions (not part of net).");
            t.Timestamp("calculated_at");
            t.TenantRef("approved_by", "public.users");
            t.Timestamp("approved_at");
            t.Timestamp("paid_at");
            t.Timestamp("reversed_at");
            t.Text("aba_file_name").Comment("Direct Entry (ABA/Cemtex) file the net pay went out in.");
            t.Period("period_start", "period_end");
            t.Period("period_start", "payment_date");
            t.Check("net_is_gross_less_tax_and_deductions", "total_net = total_gross - total_tax_withheld - total_deductions");
            t.Check("approved_has_approval", "status not in ('approved', 'paid', 'stp_submitted') or approved_at is not null");
            t.Check("paid_has_time", "status not in ('paid', 'stp_submitted') or paid_at is not null");
            t.Check("reversed_has_time", "status <> 'reversed' or reversed_at is not null");
            t.Check("reversal_names_run", "(run_type = 'reversal') = (reverses_pay_run_id is not null)");
            // Two live regular runs of one calendar may not cover the same days; reversed runs step aside.
            t.Constraint("ex_pay_runs__no_overlapping_regular_runs",
                "exclude using gist (org_id with =, pay_calendar_id with =, daterange(period_start, period_end, '[]') with &&) where (deleted_at is null and run_type = 'regular' and status <> 'reversed')");
            t.ActiveIndex("pay_calendar_id", "period_start");
            t.ActiveIndex("status", "payment_date");
        });

        db.TenantTable("payroll.pay_lines", "One component of an employee's pay in a run, disaggregated as STP Phase 2 reports it: gross, paid leave, allowances, overtime, bonuses, directors' fees, CDEP, salary sacrifice, lump sums, ETPs, RESC, and deductions.", t =>
        {
            t.TenantRef("pay_run_id", "payroll.pay_runs").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.SoftRef("timecard_id", "timekeep.timecards", "Approved timecard the hours came from.");
            t.Column("income_type", "char(3)").NotNull().Default("'SAW'").In(IncomeTypes)
                .Comment("STP Phase 2 income type: SAW salary and wages, CHP closely held, IAA inbound assignee, WHM working holiday maker, SWP seasonal worker, FEI foreign employment, JPD joint petroleum development area, VOL voluntary agreement, LAB labour-hire contractor, OSP other specified payments.");
            t.Column("tax_treatment_code", "char(6)").NotNull().Matches(TaxTreatmentCodePattern).Comment(TaxTreatmentCodeComment);
            t.Column("country_code", "char(2)").Matches("^[A-Z]{2}$").Comment("ISO 3166 country: required for WHM, IAA and FEI income types.");
            t.Text("payment_category").NotNull().In("gross", "paid_leave", "allowance", "overtime", "bonus_commission", "directors_fees",
                    "cdep", "salary_sacrifice", "lump_sum", "etp", "resc", "deduction")
                .Comment("STP Phase 2 disaggregation of gross, plus post-tax deductions so one run holds everything a payslip shows.");
            t.Text("stp_code")
                .Comment("Sub-type within the category: paid leave C/U/P/W/A/O; allowance CD/AD/LD/MD/RD/TD/KN/QN/OD; salary sacrifice S super / O other; lump sum A/B/D/E/W; ETP R/O/S/P/D/B/N/T; deduction F/W/G/D; null for the others.");
            t.Text("description").Comment("Payslip text; required for other allowances (OD).");
            t.TenantRef("allowance_id", "payroll.allowances");
            t.TenantRef("deduction_id", "payroll.deductions");
            t.TenantRef("pay_level_id", "payroll.pay_levels");
            t.Ref("award_classification_id", "compliance.award_classifications").Comment("Classification the hours were paid under (award compliance reporting).");
            t.Date("work_date").Comment("Day worked, for hour-based lines.");
            t.Hours("hours").NonNegative().Comment("Hours paid at rate.");
            t.Column("units", "numeric(10,2)").NonNegative().Comment("Non-hour quantity paid at rate: km for CD allowances, shifts, items.");
            t.Rate("rate").NonNegative().Comment("AUD per hour or per unit, loadings and penalties included.");
            t.Money("amount").NotNull().NonNegative().Comment("AUD; the category says whether it adds to gross or is deducted. Reversal runs repeat lines unchanged.");
            t.Bool("is_ordinary_time_earnings").NotNull().Default("false").Comment("Counts towards OTE for super guarantee.");
            t.Check("hours_or_units", "hours is null or units is null");
            t.Check("amount_is_quantity_times_rate", "rate is null or coalesce(hours, units) is null or amount = round(coalesce(hours, units) * rate, 2)");
            t.Check("stp_code_matches_category", """
                (payment_category = 'paid_leave' and coalesce(stp_code, '') in ('C', 'U', 'P', 'W', 'A', 'O'))
                or (payment_category = 'allowance' and coalesce(stp_code, '') in ('CD', 'AD', 'LD', 'MD', 'RD', 'TD', 'KN', 'QN', 'OD'))
                or (payment_category = 'salary_sacrifice' and coalesce(stp_code, '') in ('S', 'O'))
                or (payment_category = 'lump_sum' and coalesce(stp_code, '') in ('A', 'B', 'D', 'E', 'W'))
                or (payment_category = 'etp' and coalesce(stp_code, '') in ('R', 'O', 'S', 'P', 'D', 'B', 'N', 'T'))
                or (payment_category = 'deduction' and coalesce(stp_code, '') in ('F', 'W', 'G', 'D'))
                or (payment_category in ('gross', 'overtime', 'bonus_commission', 'directors_fees', 'cdep', 'resc') and stp_code is null)
                """);
            t.Check("other_allowance_described", "stp_code is distinct from 'OD' or nullif(btrim(description), '') is not null");
            t.Check("allowance_line_names_allowance", "payment_category <> 'allowance' or allowance_id is not null");
            t.Check("deduction_line_names_deduction",
                "case payment_category when 'deduction' then deduction_id is not null when 'salary_sacrifice' then true else deduction_id is null end");
            t.Check("country_given_for_foreign_income", "income_type not in ('WHM', 'IAA', 'FEI') or country_code is not null");
            t.ActiveIndex("pay_run_id", "employee_id");
            t.ActiveIndex("employee_id", "work_date");
        });

        db.TenantTable("payroll.tax_calculations", "PAYG withholding worked out for an employee in a run (or for one lump sum or ETP line): the ATO schedule and scale, the coefficients used, and the amounts withheld.", t =>
        {
            t.TenantRef("pay_run_id", "payroll.pay_runs").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("pay_line_id", "payroll.pay_lines").Comment("Set when a line is taxed on its own (back payments, lump sums, ETPs); null: the employee's regular earnings in the run.");
            t.Column("financial_year", "char(7)").NotNull().Matches(FinancialYearPattern).Comment("Income year, 1 July to 30 June, e.g. 2025-26.");
            t.Text("method").NotNull().In("schedule_1", "schedule_5_back_payment", "schedule_11_etp", "schedule_15_whm", "no_tfn", "foreign_resident", "voluntary_agreement", "flat_rate", "manual")
                .Comment("ATO withholding method: Schedule 1 (NAT 1004) formula, Schedule 5 back payments, Schedule 11 ETPs, Schedule 15 working holiday makers, no-TFN top rate, and so on.");
            t.Int("scale").Between(1, 6).Comment("Schedule 1 scale: 1 no tax-free threshold, 2 threshold claimed, 3 foreign resident, 4 no TFN, 5 full Medicare exemption, 6 half Medicare exemption.");
            t.Column("tax_treatment_code", "char(6)").NotNull().Matches(TaxTreatmentCodePattern).Comment(TaxTreatmentCodeComment);
            t.Money("taxable_earnings").NotNull().NonNegative().Comment("AUD earnings in the pay period subject to withholding.");
            t.Money("weekly_equivalent").NonNegative().Comment("Schedule 1 x: weekly earnings, whole dollars plus 99 cents.");
            t.Rate("coefficient_a").Comment("Schedule 1 coefficient a of y = ax - b for the earnings bracket.");
            t.Rate("coefficient_b").Comment("Schedule 1 coefficient b (AUD) of y = ax - b.");
            t.Money("withheld_amount").NotNull().NonNegative().Comment("AUD withheld this pay, including the study loan component.");
            t.Money("study_loan_amount").NotNull().Default("0").NonNegative().Comment("AUD of the withholding for study and training support loans.");
            t.Money("medicare_levy_amount").NonNegative().Comment("AUD of the withholding attributable to the 2% Medicare levy (informational).");
            t.Bool("tax_free_threshold_claimed").NotNull().Comment("The $18,200 threshold was applied.");
            t.Money("upwards_variation_amount").NotNull().Default("0").NonNegative().Comment("AUD of extra withholding the employee asked for.");
            t.Timestamp("calculated_at").NotNull().Default("now()");
            t.Check("schedule_1_has_scale", "method <> 'schedule_1' or scale is not null");
            t.Check("study_loan_within_withholding", "study_loan_amount <= withheld_amount");
            t.UniqueWhileActive("pay_run_id", "employee_id", "(coalesce(pay_line_id, '00000000-0000-0000-0000-000000000000'::uuid))")
                .Named("uq_tax_calculations__org_id_pay_run_id_employee_id_pay_line_id");
            t.ActiveIndex("employee_id", "financial_year");
        });

        db.TenantTable("payroll.super_calculations", "Super contributions owed for an employee: ordinary time earnings, the SG rate and maximum contribution base applied (as data, as they change by year), the amount and its journey through SuperStream to the fund.", t =>
        {
            t.TenantRef("pay_run_id", "payroll.pay_runs").Comment("Run the earnings were paid in; null for a quarterly top-up or correction.");
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("super_fund_id", "payroll.super_funds").NotNull();
            t.Text("contribution_type").NotNull().Default("'sg'").In("sg", "salary_sacrifice", "employer_additional", "paid_parental_leave_sg", "sg_shortfall")
                .Comment("sg: super guarantee; paid_parental_leave_sg: 12% on government Paid Parental Leave from 1 July 2025; sg_shortfall: late or short SG made good.");
            t.Text("regime").NotNull().In("quarterly", "payday")
                .Comment("quarterly: due 28 days after each quarter until 30 June 2026; payday: Payday Super from 1 July 2026, due within 7 business days of payday (20 for a new employee's first).");
            t.Date("period_start").NotNull();
            t.Date("period_end").NotNull();
            t.Money("ordinary_time_earnings").NotNull().NonNegative().Comment("AUD of OTE (qualifying earnings under Payday Super) in the period.");
            t.Fraction("sg_rate").NotNull().Between(0, 1).Comment("Super guarantee rate applied, fraction: 0.1200 = 12% (from 1 July 2025).");
            t.Money("maximum_contribution_base").Positive().Comment("Quarterly maximum contribution base in AUD of OTE applied, e.g. 62500.00 for 2025-26; SG is not owed on OTE above it.");
            t.Money("amount").NotNull().NonNegative().Comment("AUD contribution.");
            t.Bool("is_new_employee_first_payday").NotNull().Default("false").Comment("Payday Super allows 20 business days instead of 7 for a new employee's first contribution.");
            t.Date("due_date").NotNull().Comment("When the money must reach the fund.");
            t.Text("status").NotNull().Default("'pending'").In("pending", "batched", "sent", "accepted", "rejected", "refunded");
            t.Text("superstream_batch_reference").Comment("Clearing house or SuperStream contribution batch the amount was sent in.");
            t.Timestamp("batched_at");
            t.Timestamp("sent_at");
            t.Timestamp("accepted_at");
            t.Text("rejection_reason").Comment("Fund's reason, e.g. member not found, USI closed.");
            t.Period("period_start", "period_end");
            t.Check("due_after_period_start", "due_date >= period_start");
            t.Check("sent_has_time", "status not in ('sent', 'accepted') or sent_at is not null");
            t.Check("rejected_has_reason", "status <> 'rejected' or rejection_reason is not null");
            t.ActiveIndex("status", "due_date");
            t.ActiveIndex("employee_id", "period_start");
        });

        db.TenantTable("payroll.stp_submissions", "Single Touch Payroll Phase 2 lodgements to the ATO: a pay event per run (on or before payday), update events for corrections and finalisation (by 14 July), or a full file replacement of a pay event.", t =>
        {
            t.Text("event_type").NotNull().In("pay", "update", "full_file_replacement");
            t.TenantRef("pay_run_id", "payroll.pay_runs").Comment("Run a pay event reports; null for update events.");
            t.TenantRef("replaces_submission_id", "payroll.stp_submissions").Comment("Pay event a full file replacement replaces.");
            t.Column("financial_year", "char(7)").NotNull().Matches(FinancialYearPattern).Comment("Income year reported, e.g. 2025-26.");
            t.Column("payer_abn", "char(11)").NotNull().Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(payer_abn)", "checksum");
            t.Column("payer_branch", "char(3)").NotNull().Default("'001'").Matches("^[0-9]{3}$").Comment("ABN branch number registered for PAYG withholding.");
            t.Text("bms_id").NotNull().Comment("Business management software id: identifies this payroll to the ATO; must stay stable between events.");
            t.Date("run_date").NotNull().Comment("Date of the pay event (payday) or of the update.");
            t.Bool("is_finalisation").NotNull().Default("false").Comment("Declares employees' year-end totals final (due 14 July).");
            t.Int("employee_count").NotNull().Default("0").NonNegative();
            t.Money("total_gross").NotNull().Default("0").NonNegative().Comment("AUD gross reported in the event.");
            t.Money("total_paygw").NotNull().Default("0").NonNegative().Comment("AUD PAYG withholding reported in the event.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "queued", "submitted", "accepted", "accepted_with_warnings", "rejected", "failed");
            t.Text("message_id").Comment("Message id sent through the SBR gateway or sending service provider.");
            t.Text("ato_receipt_number").Comment("Receipt id the ATO returns on acceptance.");
            t.Timestamp("submitted_at");
            t.Timestamp("responded_at");
            t.Jsonb("ato_response").Comment("Errors and warnings returned by the ATO.");
            t.Check("pay_event_has_run", "event_type <> 'pay' or pay_run_id is not null");
            t.Check("replacement_names_original", "(event_type = 'full_file_replacement') = (replaces_submission_id is not null)");
            t.Check("finalisation_not_replacement", "not is_finalisation or event_type <> 'full_file_replacement'");
            t.Check("accepted_has_receipt", "status not in ('accepted', 'accepted_with_warnings') or ato_receipt_number is not null");
            t.Check("submitted_has_time", "status in ('draft', 'queued') or submitted_at is not null");
            t.Check("responded_after_submitted", "responded_at is null or responded_at >= submitted_at");
            t.ActiveIndex("financial_year", "run_date");
            t.ActiveIndex("status");
        });

        db.TenantTable("payroll.payslips", "Payslips issued to employees for a run (Fair Work Regulations 3.46: within one working day of payment, showing employer and ABN, period, gross and net, hours and rates, deductions and super).", t =>
        {
            t.TenantRef("pay_run_id", "payroll.pay_runs").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.Text("payslip_number").NotNull();
            t.Date("period_start").NotNull();
            t.Date("period_end").NotNull();
            t.Date("payment_date").NotNull();
            t.Text("employer_name").NotNull();
            t.Column("employer_abn", "char(11)").NotNull().Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(employer_abn)", "checksum");
            t.Money("gross_pay").NotNull().NonNegative().Comment("AUD.");
            t.Money("tax_withheld").NotNull().NonNegative().Comment("AUD PAYG withholding.");
            t.Money("total_deductions").NotNull().Default("0").NonNegative().Comment("AUD post-tax deductions.");
            t.Money("net_pay").NotNull().NonNegative().Comment("AUD paid to the employee.");
            t.Money("super_amount").NotNull().Default("0").NonNegative().Comment("AUD employer super contributions for the period.");
            t.Text("super_fund_name").Comment("Fund the super is paid to (required on the payslip).");
            t.Rate("ordinary_hourly_rate").NonNegative().Comment("AUD per ordinary hour, as shown.");
            t.Hours("ordinary_hours").NonNegative();
            t.Money("ytd_gross").NonNegative().Comment("Financial-year-to-date gross, AUD.");
            t.Money("ytd_tax_withheld").NonNegative();
            t.Money("ytd_super").NonNegative();
            t.Jsonb("line_items").NotNull().Default("'[]'::jsonb").Comment("The lines exactly as shown to the employee (rates, hours, loadings, allowances, deductions); kept even if pay lines change later.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "issued", "reissued", "void");
            t.Timestamp("issued_at");
            t.Text("delivery_method").In("email", "portal", "print");
            t.Timestamp("viewed_at");
            t.Text("document_uri").Comment("Rendered PDF.");
            t.Period("period_start", "period_end");
            t.Check("net_is_gross_less_tax_and_deductions", "net_pay = gross_pay - tax_withheld - total_deductions");
            t.Check("issued_has_time", "status not in ('issued', 'reissued') or issued_at is not null");
            t.Check("line_items_is_array", "jsonb_typeof(line_items) = 'array'");
            t.UniqueWhileActive("payslip_number");
            t.ActiveIndex("employee_id", "payment_date");
            t.ActiveIndex("pay_run_id", "employee_id");
        });

        db.TenantTable("payroll.rate_cards", "Payroll's pay and charge rates: what an employee is paid and what the client is charged per hour, per classification, employment type and rate category, for an effective period. Invoices are priced from it.", t =>
        {
            t.Text("name").NotNull();
            t.SoftRef("client_id", "clients.clients", "Client the rates were agreed with; null: the organisation's standard rates.");
            t.SoftRef("client_rate_card_id", "clients.rate_cards", "Commercial rate card agreed with the client that these rates implement.");
            t.Ref("award_id", "compliance.awards");
            t.Ref("award_classification_id", "compliance.award_classifications");
            t.TenantRef("pay_level_id", "payroll.pay_levels");
            t.Text("position_title").Comment("Position the rate is for, e.g. Forklift driver.");
            t.Text("employment_type").NotNull().In(EmploymentTypes);
            t.Text("rate_category").NotNull().Default("'ordinary'").In(AustralianDomain.PayCategories).Comment("Timecard line category the rate applies to.");
            t.Rate("pay_rate").NotNull().Positive().Comment("AUD per hour paid to the worker, loadings and penalties included.");
            t.Rate("charge_rate").NotNull().Positive().Comment("AUD per hour charged to the client, GST exclusive.");
            t.Column("markup", "numeric(6,4) generated always as (round(charge_rate / pay_rate - 1, 4)) stored")
                .Comment("Charge over pay as a fraction: 0.3000 = 30% (derived).");
            t.Date("effective_from").NotNull();
            t.Date("effective_to");
            t.Text("status").NotNull().Default("'active'").In("draft", "active", "superseded", "inactive");
            t.Period("effective_from", "effective_to");
            t.Check("identifies_the_work", "award_classification_id is not null or pay_level_id is not null or position_title is not null");
            // One rate per client, work and category on any day; a null client or key part counts as its own value.
            t.Constraint("ex_rate_cards__no_overlap", """
                exclude using gist (org_id with =, (coalesce(client_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
                (coalesce(award_classification_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
                (coalesce(pay_level_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =, (coalesce(position_title, '')) with =,
                employment_type with =, rate_category with =, daterange(effective_from, effective_to, '[]') with &&)
                where (deleted_at is null and status <> 'inactive')
                """);
            t.ActiveIndex("client_id", "effective_from");
            t.ActiveIndex("award_classification_id", "employment_type");
        });

        db.TenantTable("payroll.invoices", "Tax invoices to clients for labour supplied, built from approved timecards × rate cards. GST 10%; subtotal must equal the sum of the lines and total = subtotal + GST (checked by payroll.check_invoice_totals at commit).", t =>
        {
            t.SoftRef("client_id", "clients.clients").NotNull();
            t.SoftRef("billing_contact_id", "clients.contacts");
            t.SoftRef("site_id", "clients.sites");
            t.Text("invoice_number").NotNull();
            t.Column("client_abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(client_abn)", "checksum")
                .Comment("Buyer's ABN as printed: a tax invoice of $1,000 or more must identify the buyer.");
            t.Text("purchase_order_number");
            t.Text("status").NotNull().Default("'draft'").In("draft", "issued", "part_paid", "paid", "overdue", "void", "credited");
            t.Date("period_start").Comment("First day of the work billed.");
            t.Date("period_end");
            t.Date("issue_date");
            t.Date("due_date");
            t.Int("payment_terms_days").NonNegative().Comment("Days from issue to due, from the client's payment terms.");
            t.Money("subtotal").NotNull().Default("0").NonNegative().Comment("AUD, GST exclusive: the sum of the live lines.");
            t.Money("gst_amount").NotNull().Default("0").NonNegative().Comment("AUD: 10% of the taxable lines' subtotal, rounded to the cent on the invoice total.");
            t.Money("total").NotNull().Default("0").NonNegative().Comment("AUD, GST inclusive.");
            t.Money("amount_paid").NotNull().Default("0").NonNegative().Comment("AUD received so far (see payroll.payments).");
            t.Timestamp("paid_at");
            t.Timestamp("voided_at");
            t.Text("void_reason");
            t.Text("external_reference").Comment("Id of the invoice in the accounting system (Xero, MYOB).");
            t.Check("total_is_subtotal_plus_gst", "total = subtotal + gst_amount");
            t.Check("paid_within_total", "amount_paid <= total");
            t.Period("period_start", "period_end");
            t.Check("due_after_issue", "due_date is null or issue_date is null or due_date >= issue_date");
            t.Check("issued_has_dates", "status in ('draft', 'void') or (issue_date is not null and due_date is not null)");
            t.Check("part_paid_amount", "status <> 'part_paid' or (amount_paid > 0 and amount_paid < total)");
            t.Check("paid_in_full", "status <> 'paid' or (amount_paid = total and paid_at is not null)");
            t.Check("void_has_reason", "status <> 'void' or (voided_at is not null and void_reason is not null)");
            t.UniqueWhileActive("invoice_number");
            t.ActiveIndex("client_id", "issue_date");
            t.ActiveIndex("status", "due_date");
            // Deferred, so an invoice and its lines can be written in any order within one transaction.
            t.Trigger("check_invoice_totals", "after insert or update", "payroll.check_invoice_totals",
                "Deferred constraint trigger on invoices and invoice_lines: at commit, subtotal = sum of live lines, GST = 10% of taxable lines rounded to the cent, total = subtotal + GST.",
                """
                    create function payroll.check_invoice_totals() returns trigger
                    language plpgsql
                    set search_path = ''
                    as $$
                    declare
                        invoice_ids uuid[];
                        target uuid;
                        inv record;
                        lines_subtotal numeric(14,2);
                        taxable_subtotal numeric(14,2);
                        expected_gst numeric(14,2);
                    begin
                        if tg_table_name = 'invoices' then
                            invoice_ids := array[new.id];
                        elsif tg_op = 'INSERT' then
                            invoice_ids := array[new.invoice_id];
                        elsif tg_op = 'DELETE' then
                            invoice_ids := array[old.invoice_id];
                        else
                            invoice_ids := array[old.invoice_id, new.invoice_id];
                        end if;
    
                        foreach target in array invoice_ids loop
                            select i.id, i.org_id, i.invoice_number, i.subtotal, i.gst_amount, i.total
                            into inv
                            from payroll.invoices i
                            where i.id = target and i.deleted_at is null;
                            continue when not found;
    
                            select coalesce(sum(l.line_amount), 0),
                                   coalesce(sum(l.line_amount) filter (where l.gst_treatment = 'taxable'), 0)
                            into lines_subtotal, taxable_subtotal
                            from payroll.invoice_lines l
                            where l.org_id = inv.org_id and l.invoice_id = target and l.deleted_at is null;
                            expected_gst := round(taxable_subtotal * 0.10, 2);
    
                            if inv.subtotal <> lines_subtotal then
                                raise exception 'invoice % does not add up: subtotal is % but its lines sum to %', inv.invoice_number, inv.subtotal, lines_subtotal
                                    using errcode = 'check_violation', constraint = 'check_invoice_totals', schema = 'payroll', table = 'invoices';
                            end if;
                            if inv.gst_amount <> expected_gst then
                                raise exception 'invoice % does not add up: GST is % but 10%% of its taxable lines (%) is %', inv.invoice_number, inv.gst_amount, taxable_subtotal, expected_gst
                                    using errcode = 'check_violation', constraint = 'check_invoice_totals', schema = 'payroll', table = 'invoices';
                            end if;
                            if inv.total <> inv.subtotal + inv.gst_amount then
                                raise exception 'invoice % does not add up: total is % but subtotal plus GST is %', inv.invoice_number, inv.total, inv.subtotal + inv.gst_amount
                                    using errcode = 'check_violation', constraint = 'check_invoice_totals', schema = 'payroll', table = 'invoices';
                            end if;
                        end loop;
                        return null;
                    end
                    $$;
                    """,
                deferrable: "initially deferred");
        });

        db.TenantTable("payroll.invoice_lines", "Lines of a client invoice: quantity × unit price = line amount (GST exclusive), with the line's GST treatment.", t =>
        {
            t.TenantRef("invoice_id", "payroll.invoices").NotNull();
            t.Int("line_number").NotNull().Positive();
            t.Text("description").NotNull().Comment("As printed, e.g. Forklift driver - ordinary hours w/e 12 Jan.");
            t.SoftRef("employee_id", "people.employees", "Worker whose time is billed.");
            t.SoftRef("timecard_id", "timekeep.timecards", "Approved timecard billed by this line.");
            t.TenantRef("rate_card_id", "payroll.rate_cards");
            t.Text("rate_category").In(AustralianDomain.PayCategories).Comment("Timecard line category billed; null for a line that is not hours, e.g. a fee.");
            t.Date("service_date").Comment("Day the work was done, when the line is for one day.");
            t.Column("quantity", "numeric(10,2)").NotNull().Positive().Comment("Units billed, in the unit column (hours usually).");
            t.Text("unit").NotNull().Default("'hour'").In("hour", "shift", "day", "week", "km", "each");
            t.Rate("unit_price").NotNull().NonNegative().Comment("AUD per unit, GST exclusive.");
            t.Money("line_amount").NotNull().NonNegative().Comment("AUD, GST exclusive: quantity × unit price, rounded to the cent.");
            t.Text("gst_treatment").NotNull().Default("'taxable'").In("taxable", "gst_free", "input_taxed");
            t.Money("gst_amount").NotNull().Default("0").NonNegative().Comment("AUD: 10% of a taxable line; the invoice rounds GST once on its taxable subtotal.");
            t.Check("line_amount_is_quantity_times_price", "line_amount = round(quantity * unit_price, 2)");
            t.Check("gst_is_ten_percent_of_taxable", "gst_amount = case when gst_treatment = 'taxable' then round(line_amount * 0.10, 2) else 0 end");
            t.UniqueWhileActive("invoice_id", "line_number");
            t.ActiveIndex("employee_id", "service_date");
            t.AttachTrigger("check_invoice_totals", "after insert or update or delete", "payroll.check_invoice_totals", deferrable: "initially deferred");
        });

        db.TenantTable("payroll.payments", "Money in and out of payroll: net pay to employees (Direct Entry/ABA file, txn code 53), super contributions, PAYGW remittances to the ATO, and receipts against client invoices.", t =>
        {
            t.Text("payment_type").NotNull().In("net_pay", "super_contribution", "paygw_remittance", "deduction_remittance", "invoice_receipt", "refund");
            t.Text("direction").NotNull().In("outgoing", "incoming");
            t.TenantRef("pay_run_id", "payroll.pay_runs");
            t.TenantRef("payslip_id", "payroll.payslips");
            t.TenantRef("invoice_id", "payroll.invoices");
            t.SoftRef("employee_id", "people.employees");
            t.SoftRef("client_id", "clients.clients");
            t.Text("payee_name").Comment("Account name of the receiving party (ABA: 32 characters).");
            t.Column("bsb", "char(7)").Matches("^[0-9]{3}-?[0-9]{3}$").Comment("BSB paid to (outgoing) or received from.");
            t.Encrypted("account_number_encrypted").Comment("Bank account number, AES-256 encrypted by the application.");
            t.Column("aba_transaction_code", "char(2)").In("53", "50").Comment("Direct Entry transaction code: 53 pay, 50 general credit.");
            t.Text("method").NotNull().In("direct_entry", "npp", "bpay", "superstream", "card", "cheque", "cash");
            t.Money("amount").NotNull().Positive().Comment("AUD.");
            t.Date("payment_date").NotNull();
            t.Text("status").NotNull().Default("'pending'").In("pending", "processing", "paid", "failed", "returned", "cancelled");
            t.Text("reference").Comment("Lodgement reference or remittance text (ABA: 18 characters).");
            t.Text("batch_reference").Comment("ABA file, NPP batch or clearing-house batch.");
            t.Timestamp("settled_at");
            t.Text("failure_reason");
            t.Check("direction_matches_type", "payment_type = 'refund' or (direction = 'incoming') = (payment_type = 'invoice_receipt')");
            t.Check("invoice_receipt_names_invoice", "payment_type <> 'invoice_receipt' or invoice_id is not null");
            t.Check("net_pay_names_employee_and_run", "payment_type <> 'net_pay' or (employee_id is not null and pay_run_id is not null)");
            t.Check("paid_has_time", "status <> 'paid' or settled_at is not null");
            t.Check("failed_has_reason", "status not in ('failed', 'returned') or failure_reason is not null");
            t.ActiveIndex("payment_type", "payment_date");
            t.ActiveIndex("status");
            t.ActiveIndex("employee_id", "payment_date");
        });
    }

    /// <summary>A 2025-26 payroll tax row whose figures were recalled, not copied from the state revenue office.</summary>
    private static object?[] PayrollTax(string state, decimal rate, decimal threshold, string office, string? notes) =>
        [state, "2025-26", rate, threshold, new DateOnly(2025, 7, 1), $"derived: recalled, verify against the state revenue office ({office})", notes];

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
    }
}
