namespace Finnest.Database.V2.Import;

/// <summary>
/// v2 pay_details (payroll phase): one row of v2 holds what Finnest keeps in three tables, so the import writes
/// payroll.pay_details and, after each batch, the TFN declaration (onboard.tfn_declarations) and bank account
/// (onboard.bank_details) the pay detail points to. The TFN and the account number are written only as the
/// envelopes SensitiveValues sealed; a row whose envelope is missing waits in quarantine.
/// </summary>
public static partial class Phases
{
    private const string TfnExemptions = "('000000000', '111111111', '333333333', '444444444')";
    private const string TfnDigits = "regexp_replace(coalesce(s.tfn, ''), '[^0-9]', '', 'g')";
    private const string AccountDigits = "regexp_replace(coalesce(s.account_no, ''), '[^0-9]', '', 'g')";

    /// <summary>
    /// STP Phase 2 tax treatment code: no TFN quoted → N (A resident, F foreign); foreign resident → FF; otherwise
    /// regular R with T (threshold claimed) or N. Third character S with a study loan, else X; the Medicare
    /// positions stay X (v2 records no Medicare levy variation).
    /// </summary>
    private const string TaxTreatmentCode = $$"""
        case when {{TfnDigits}} in ('', '000000000') then 'N' || case when upper(s.residency) = 'F' then 'F' else 'A' end || 'XXXX'
             else case when upper(s.residency) = 'F' then 'FF' else 'R' || case when s.tax_free_threshold = '1' then 'T' else 'N' end end
                  || case when s.help_debt = '1' then 'S' else 'X' end || 'XXX' end
        """;

    /// <summary>Employment type → STP basis and TFN declaration payment basis; fixed term counts as part time under 38 hours.</summary>
    private const string PartTime = "(upper(s.employment_type) = 'P' or (upper(s.employment_type) = 'T' and coalesce(v2.to_numeric(s.hours_per_week), 38) < 38))";

    private static TableImport PayDetails => new("admin_central.pay_details", "payroll.pay_details", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when {{Map("candidates", "s.candidate_id")}} is null then 'candidate ' || coalesce(s.candidate_id, '\N') || ' has no Finnest employee (quarantined, skipped or not imported)'
                    when upper(s.employment_type) = 'A' then 'employment type A (ABN contractor) is paid by invoice, not through payroll'
                    when coalesce(upper(s.employment_type), '') not in ('C', 'F', 'P', 'T') then 'employment type ' || coalesce(s.employment_type, '\N') || ' is not C, F, P or T'
                    when v2.to_date(s.effective_from) is null then 'effective_from missing'
                    when coalesce(s.pay_level_id, '0') <> '0' and {{Map("pay_levels", "s.pay_level_id")}} is null then 'pay level ' || s.pay_level_id || ' has no Finnest pay level (quarantined or not imported)'
                    when coalesce(s.super_fund_id, '0') <> '0' and {{Map("super_fund_details", "s.super_fund_id")}} is null then 'super fund ' || s.super_fund_id || ' has no Finnest super fund (quarantined or not imported)'
                    when coalesce(upper(s.pay_basis), '') not in ('H', 'S') then 'pay basis ' || coalesce(s.pay_basis, '\N') || ' is not H or S'
                    when upper(s.pay_basis) = 'S' and coalesce(v2.to_numeric(s.annual_salary), 0) <= 0 then 'salaried pay needs an annual salary'
                    when upper(s.pay_basis) = 'H' and coalesce(v2.to_numeric(s.hourly_rate), 0) <= 0 and coalesce(s.pay_level_id, '0') = '0' then 'hourly pay needs a rate or a pay level'
                    when coalesce(upper(s.residency), '') not in ('R', 'F', 'W') then 'residency ' || coalesce(s.residency, '\N') || ' is not R, F or W'
                    when upper(s.residency) = 'W' then 'working holiday maker: STP needs the country of the visa, which v2 does not hold (complete in Finnest)'
                    when upper(s.residency) = 'F' and s.tax_free_threshold = '1' then 'a foreign resident cannot claim the tax-free threshold'
                    when {{TfnDigits}} <> '' and {{TfnDigits}} not in {{TfnExemptions}} and not v2.is_valid_tfn({{TfnDigits}}) then 'TFN fails the ATO check digit'
                    when {{TfnDigits}} <> '' and v2.to_date(s.tfn_declared) is null then 'TFN declaration date missing'
                    when {{TfnDigits}} <> '' and {{TfnDigits}} not in {{TfnExemptions}} and tfn.envelope is null then 'TFN not sealed: run the payroll phase through v2 import, which seals it first'
                    when {{AccountDigits}} <> '' and coalesce(s.bsb, '') !~ '^[0-9]{3}-?[0-9]{3}$' then 'BSB ' || coalesce(s.bsb, '\N') || ' is not 6 digits'
                    when {{AccountDigits}} <> '' and (length({{AccountDigits}}) > 9 or s.account_no ~ '[^0-9 -]') then 'bank account number is not 1 to 9 digits'
                    when {{AccountDigits}} <> '' and v2.clean(s.account_name) is null then 'bank account name missing'
                    when {{AccountDigits}} <> '' and account.envelope is null then 'bank account number not sealed: run the payroll phase through v2 import, which seals it first' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, (select v2.weekly_pay_calendar(@org)) as pay_calendar_id,
               {{Map("pay_levels", "s.pay_level_id")}} as pay_level_id, {{Map("super_fund_details", "s.super_fund_id")}} as super_fund_id,
               case when {{TfnDigits}} <> '' then coalesce(existing.tfn_declaration_id, gen_random_uuid()) end as tfn_declaration_id,
               case when {{AccountDigits}} <> '' then coalesce(existing.bank_detail_id, gen_random_uuid()) end as bank_detail_id,
               case when upper(s.employment_type) = 'C' then 'C' when {{PartTime}} then 'P' else 'F' end as employment_basis,
               {{TaxTreatmentCode}} as tax_treatment_code,
               upper(s.residency) = 'R' and s.tax_free_threshold = '1' as tax_free_threshold_claimed, s.help_debt = '1' as has_study_loan,
               case when upper(s.pay_basis) = 'S' then 'salary' else 'hourly' end as pay_basis,
               case when v2.to_numeric(s.hourly_rate) > 0 then v2.to_numeric(s.hourly_rate) end as hourly_rate,
               case when upper(s.pay_basis) = 'S' then v2.to_numeric(s.annual_salary) end as annual_salary,
               v2.to_numeric(s.hours_per_week) as ordinary_hours_per_week,
               v2.to_date(s.effective_from) as effective_from, v2.to_date(s.effective_to) as effective_to,
               {{Metadata(", 'v2_employment_type', s.employment_type")}} as metadata,
               -- Carried in the batch for the TFN declaration and the bank account written after it.
               case when {{TfnDigits}} not in {{TfnExemptions}} then tfn.envelope end as tfn_envelope,
               case when {{TfnDigits}} in {{TfnExemptions}} then {{TfnDigits}} end as tfn_exemption,
               case when upper(s.employment_type) = 'C' then 'casual' when {{PartTime}} then 'part_time' else 'full_time' end as declaration_payment_basis,
               case upper(s.residency) when 'F' then 'foreign_resident' when 'W' then 'working_holiday_maker' else 'australian_resident' end as residency,
               v2.to_date(s.tfn_declared) as declared_on,
               s.bsb as bank_bsb, account.envelope as bank_account_envelope, v2.clean(s.account_name) as bank_account_name,
               coalesce(daterange(v2.to_date(s.effective_from), v2.to_date(s.effective_to), '[]') @> @as_of::date, false) as is_current
        from {batch} s
        left join payroll.pay_details existing on existing.org_id = @org and existing.id = {{Map("pay_details", "s.id")}}
        left join v2.sealed_values tfn on tfn.source_table = 'admin_central.pay_details' and tfn.column_name = 'tfn' and tfn.legacy_id = s.legacy_id and tfn.row_hash = s.row_hash
        left join v2.sealed_values account on account.source_table = 'admin_central.pay_details' and account.column_name = 'account_no'
                                           and account.legacy_id = s.legacy_id and account.row_hash = s.row_hash
        """, ["employee_id", "pay_calendar_id", "pay_level_id", "super_fund_id", "tfn_declaration_id", "bank_detail_id", "employment_basis", "tax_treatment_code",
              "tax_free_threshold_claimed", "has_study_loan", "pay_basis", "hourly_rate", "annual_salary", "ordinary_hours_per_week", "effective_from", "effective_to", "metadata"])
    {
        // The uuids of the declaration and the account were chosen in the Select (kept from the existing pay detail on
        // an update), so a changed v2 row rewrites the same two rows instead of adding new ones.
        AfterBatch = """
            insert into onboard.tfn_declarations (id, org_id, employee_id, tfn_encrypted, tfn_exemption, payment_basis, residency, claims_tax_free_threshold,
                                                  has_study_training_loan, signed_on, status, metadata)
            select b.tfn_declaration_id, @org, b.employee_id, b.tfn_envelope, b.tfn_exemption, b.declaration_payment_basis, b.residency, b.tax_free_threshold_claimed,
                   b.has_study_loan, b.declared_on, case when b.is_current then 'current' else 'superseded' end,
                   jsonb_build_object('source', 'v2', 'v2_pay_details_id', b.legacy_id)
            from batch b where b.outcome in ('inserted', 'updated') and b.tfn_declaration_id is not null
            on conflict (id) do update set tfn_encrypted = excluded.tfn_encrypted, tfn_exemption = excluded.tfn_exemption, payment_basis = excluded.payment_basis,
                residency = excluded.residency, claims_tax_free_threshold = excluded.claims_tax_free_threshold,
                has_study_training_loan = excluded.has_study_training_loan, signed_on = excluded.signed_on, status = excluded.status;
            insert into onboard.bank_details (id, org_id, employee_id, account_name, bsb, account_number_encrypted, allocation_type, status, effective_from, metadata)
            select b.bank_detail_id, @org, b.employee_id, b.bank_account_name, b.bank_bsb, b.bank_account_envelope, 'remainder',
                   case when b.is_current then 'active' else 'inactive' end, b.effective_from, jsonb_build_object('source', 'v2', 'v2_pay_details_id', b.legacy_id)
            from batch b where b.outcome in ('inserted', 'updated') and b.bank_detail_id is not null
            on conflict (id) do update set account_name = excluded.account_name, bsb = excluded.bsb, account_number_encrypted = excluded.account_number_encrypted,
                status = excluded.status, effective_from = excluded.effective_from
            """,
    };
}
