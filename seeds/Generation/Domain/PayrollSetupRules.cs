namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// What payroll is set up from, one worker at a time: the TFN declaration the worker signed before their first day and
/// the pay details in force, which name that declaration, the worker's own bank account and super fund, the fortnightly
/// calendar every worker is paid on, and the STP basis, hours and rate their payslips use.
/// </summary>
public static class PayrollSetupRules
{
    /// <summary>Columns the rules read back: whose declaration, account and fund each row is.</summary>
    public static readonly (string Table, string Column)[] ColumnsRead =
    [
        ("onboard.tfn_declarations", "employee_id"), ("onboard.bank_details", "employee_id"), ("payroll.super_funds", "employee_id"),
    ];

    /// <summary>
    /// STP Phase 2 tax treatment of every seeded worker: regular (R), tax-free threshold claimed (T), no study or training
    /// loan, no Medicare levy surcharge, exemption or reduction (XXXX). The payslips withhold at Schedule 1 scale 2, which
    /// is what this declares.
    /// </summary>
    public const string TaxTreatment = "RTXXXX";

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        // Every worker was onboarded before their first day: invited three weeks ahead, the forms started the next day,
        // submitted two days later and approved two days after that, every required task done. The profile is the
        // worker's own, on their employment type; their declaration, bank account and super choice belong to it.
        new("onboard.onboarding_profiles", new TableRules
        {
            RowsPerOrganisation = (seed, org) => seed.IdsOf("people.employees", org).Count,
            OwnedColumns = new HashSet<string> { "employee_id", "candidate_id", "application_id", "client_id", "site_id", "employment_type",
                "expected_start_date", "status", "invited_at", "invite_expires_at", "started_at", "submitted_at", "approved_at", "progress", "deleted_at" },
            Row = (row, i) =>
            {
                var employee = row.Seed.IdsOf("people.employees", row.Org.Index)[i];
                var start = OrganisationRules.StartOf(row.Seed, employee);
                var invited = start.AddDays(-21).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(row.Random.Next(8 * 60));
                row["employee_id"] = employee;
                // A worker hired directly: no candidate, application or client placement behind the profile.
                row["candidate_id"] = null;
                row["application_id"] = null;
                row["client_id"] = null;
                row["site_id"] = null;
                row["employment_type"] = row.Seed.AttributeOf("people.employees", employee, "employment_type") ?? "casual";
                row["expected_start_date"] = start;
                row["status"] = "approved";
                row["invited_at"] = invited;
                row["invite_expires_at"] = invited.AddDays(14);
                row["started_at"] = invited.AddDays(1);
                row["submitted_at"] = invited.AddDays(3);
                row["approved_at"] = invited.AddDays(5);
                row["progress"] = 1.0000m;
                row["deleted_at"] = null;
            },
        }),
        // A worker's bank account was given in their onboarding. Not owned: should the account's worker change to keep
        // one account per worker, the profile follows them (TableGenerator.SameEmployee).
        new("onboard.bank_details", new TableRules
        {
            Row = (row, _) => row["onboarding_profile_id"] = OnboardingProfileOf(row),
        }),
        // One current declaration per worker (NAT 3092), signed in the fortnight before their first day: an Australian
        // resident quoting their TFN and claiming the tax-free threshold, on the payment basis of their employment.
        new("onboard.tfn_declarations", new TableRules
        {
            RowsPerOrganisation = (seed, org) => seed.IdsOf("people.employees", org).Count,
            OwnedColumns = new HashSet<string> { "employee_id", "onboarding_profile_id", "payment_basis", "residency", "claims_tax_free_threshold",
                "has_study_training_loan", "tfn_encrypted", "tfn_exemption", "previous_family_name", "signed_on", "received_at", "status", "deleted_at" },
            Row = (row, i) =>
            {
                var employee = row.Seed.IdsOf("people.employees", row.Org.Index)[i];
                var employment = row.Seed.AttributeOf("people.employees", employee, "employment_type") as string;
                var signed = OrganisationRules.StartOf(row.Seed, employee).AddDays(-1 - row.Random.Next(14));
                row["employee_id"] = employee;
                row["onboarding_profile_id"] = OnboardingProfileOf(row);
                row["payment_basis"] = employment switch
                {
                    "part_time" => "part_time",
                    "casual" => "casual",
                    "contractor" => "labour_hire",
                    _ => "full_time",
                };
                row["residency"] = "australian_resident";
                row["claims_tax_free_threshold"] = true;
                row["has_study_training_loan"] = false;
                row["tfn_encrypted"] = ValueFactory.Encrypted("tfn_encrypted", row);
                row["tfn_exemption"] = null;
                row["previous_family_name"] = null;
                row["signed_on"] = signed;
                row["received_at"] = signed.AddDays(row.Random.Next(2)).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
                row["status"] = "current";
                row["deleted_at"] = null;
            },
        }),
        // The pay details in force from the worker's first day. When the award's rate changed on the last 1 July, the
        // details up to 30 June keep that day's rate and a second record starts on 1 July at today's.
        new("payroll.pay_details", new TableRules
        {
            RowsPerOrganisation = (seed, org) => PeriodsOf(seed, org).Count,
            OwnedColumns = new HashSet<string> { "employee_id", "pay_calendar_id", "pay_level_id", "super_fund_id", "tfn_declaration_id", "bank_detail_id",
                "employment_basis", "income_type", "country_code", "tax_treatment_code", "tax_free_threshold_claimed", "has_study_loan", "pay_basis",
                "hourly_rate", "annual_salary", "ordinary_hours_per_week", "payment_method", "effective_from", "effective_to", "cessation_date",
                "cessation_type", "deleted_at" },
            Row = (row, i) =>
            {
                var (employee, from, to, rate) = PeriodsOf(row.Seed, row.Org.Index)[i];
                var employment = row.Seed.AttributeOf("people.employees", employee, "employment_type") as string;
                row["employee_id"] = employee;
                row["pay_calendar_id"] = PayCalendarRules.CalendarOf(row.Seed, row.Org.Index, "fortnightly");
                row["pay_level_id"] = null;
                row["super_fund_id"] = OwnOf(row.Seed, row.Org.Index, "payroll.super_funds", employee);
                row["tfn_declaration_id"] = OwnOf(row.Seed, row.Org.Index, "onboard.tfn_declarations", employee);
                row["bank_detail_id"] = OwnOf(row.Seed, row.Org.Index, "onboard.bank_details", employee);
                row["employment_basis"] = OrganisationRules.StpBasisOf(employment);
                row["income_type"] = employment == "contractor" ? "LAB" : "SAW";   // as the payslips report it
                row["country_code"] = null;
                row["tax_treatment_code"] = TaxTreatment;
                row["tax_free_threshold_claimed"] = true;
                row["has_study_loan"] = false;
                row["pay_basis"] = "hourly";
                row["hourly_rate"] = rate;
                row["annual_salary"] = null;
                row["ordinary_hours_per_week"] = OrganisationRules.ContractHoursPerWeek(employment);
                row["payment_method"] = "bank_transfer";
                row["effective_from"] = from;
                row["effective_to"] = to;
                row["cessation_date"] = null;
                row["cessation_type"] = null;
                row["deleted_at"] = null;
            },
        }),
    ];

    /// <summary>
    /// The worker's hourly rate on a day, as their payslips pay it: the award minimum of their classification and
    /// employment that day plus their margin, or their agreed rate when award-free.
    /// </summary>
    public static decimal RateOn(SeedContext seed, Guid employee, DateOnly day) =>
        AwardPay.HourlyRateOf(seed, employee, day, seed.AttributeOf("people.employees", employee, "employment_type") as string == "casual")
        ?? AwardPay.AgreedHourlyRate(employee);

    /// <summary>The organisation's pay-detail periods, worker by worker: (worker, from, to, hourly rate).</summary>
    private static List<(Guid Employee, DateOnly From, DateOnly? To, decimal Rate)> PeriodsOf(SeedContext seed, int org) =>
        seed.Once("pay-detail-periods/" + org, () =>
        {
            var today = DateOnly.FromDateTime(seed.Now);
            var july = PayrollRules.FinancialYearStart(today);
            var periods = new List<(Guid, DateOnly, DateOnly?, decimal)>();
            foreach (var employee in seed.IdsOf("people.employees", org))
            {
                var start = OrganisationRules.StartOf(seed, employee);
                var (before, now) = (RateOn(seed, employee, july.AddDays(-1)), RateOn(seed, employee, today));
                if (start < july && before != now)
                {
                    periods.Add((employee, start, july.AddDays(-1), before));
                    periods.Add((employee, july, null, now));
                }
                else periods.Add((employee, start, null, now));
            }
            return periods;
        });

    /// <summary>The onboarding profile of the worker the row names: their declaration, bank account and super choice belong to it.</summary>
    public static Guid? OnboardingProfileOf(RowContext row) =>
        row["employee_id"] is Guid employee ? OwnOf(row.Seed, row.Org.Index, "onboard.onboarding_profiles", employee) : null;

    /// <summary>The first row of <paramref name="table"/> that belongs to the worker (null when they have none).</summary>
    private static Guid? OwnOf(SeedContext seed, int org, string table, Guid employee) =>
        seed.RowsOfEmployee(table, org, employee) is [var first, ..] ? first : null;
}
