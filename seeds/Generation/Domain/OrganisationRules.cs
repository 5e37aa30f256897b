namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Tenants and their people: one organisation row per seeded tenant; employees numbered, hired before the seeded history
/// and still employed, each with the contract in force.
/// </summary>
public static class OrganisationRules
{
    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("public.organisations", new TableRules
        {
            RowsPerOrganisation = (_, _) => 1,
            OwnedColumns = new HashSet<string> { "id", "status", "timezone", "head_office_state", "abn", "acn" },
            Row = (row, _) =>
            {
                row.Place = row.Org.HeadOffice;
                var company = row.Faker.Company.CompanyName();
                row["id"] = row.Org.Id;
                row["name"] = company + " Workforce";
                row["legal_name"] = company + " Pty Ltd";
                // A proprietary company: registered with ASIC (ACN) and in the ABR under the ABN built from it.
                row["acn"] = AustralianIdentifiers.Acn(row.Random);
                row["abn"] = AustralianIdentifiers.AbnOfCompany((string)row["acn"]!);
                row["slug"] = $"{ValueFactory.Slug(company)}-{row.Org.Id.ToString()[..8]}";
                row["status"] = "active";
                row["head_office_state"] = row.Org.HeadOffice.State;
                row["timezone"] = row.Org.HeadOffice.TimeZone;
            },
        }),
        // Every worker is on the books for the whole of the seeded history (rosters, timecards, pay runs and leave all
        // name them), hired between about a year and a quarter and ten years before the as-of day.
        new("people.employees", new TableRules
        {
            RowsPerOrganisation = (seed, _) => seed.Scale.EmployeesPerOrganisation,
            OwnedColumns = new HashSet<string> { "employee_number", "employment_status", "start_date", "termination_date", "cessation_type", "stp_employment_basis" },
            Row = (row, i) =>
            {
                row["employee_number"] = $"E{row.Org.Number:D2}{i + 1:D5}";
                row["employment_status"] = "active";
                row["start_date"] = StartOf(row.Seed, (Guid)row["id"]!);
                row["termination_date"] = null;
                row["cessation_type"] = null;
                row["stp_employment_basis"] = StpBasisOf(row["employment_type"] as string);
            },
        }),
        // Each worker's contract in force: signed before their first day, the hours the payslips pay (38 a week full-time,
        // 24 part-time, none agreed for casuals and contractors), probation for the first six months of employment, the
        // NES minimum notice for their service, a fixed term ending after the seeded history. Pay, award and agreement
        // come from AwardPay.
        new("people.contracts", new TableRules
        {
            RowsPerOrganisation = (seed, org) => seed.IdsOf("people.employees", org).Count,
            OwnedColumns = new HashSet<string> { "employee_id", "employment_type", "contract_type", "start_date", "end_date", "probation_end_date", "ordinary_hours_per_week",
                "notice_period_weeks", "status", "issued_at", "signed_at", "superseded_by_id", "client_id", "deleted_at" },
            Row = (row, i) =>
            {
                var employee = row.Seed.IdsOf("people.employees", row.Org.Index)[i];
                var employment = row.Seed.AttributeOf("people.employees", employee, "employment_type") as string;
                var start = StartOf(row.Seed, employee);
                var today = DateOnly.FromDateTime(row.Now);
                var years = (today.DayNumber - start.DayNumber) / 365;
                row["employee_id"] = employee;
                row["employment_type"] = employment;
                row["contract_type"] = employment == "contractor" ? "contractor_agreement" : "employment";
                row["start_date"] = start;
                row["end_date"] = employment == "fixed_term" ? today.AddDays(90 + row.Random.Next(270)) : null;
                row["probation_end_date"] = employment is "contractor" or "casual" ? null : start.AddMonths(6);
                row["ordinary_hours_per_week"] = ContractHoursPerWeek(employment);
                // FW Act s117: one week's notice in the first year of service, two up to three years, three up to five, then four.
                row["notice_period_weeks"] = employment is "contractor" or "casual" ? null : years < 1 ? 1 : years < 3 ? 2 : years < 5 ? 3 : 4;
                row["status"] = "active";
                row["issued_at"] = start.AddDays(-14).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                row["signed_at"] = start.AddDays(-10).ToDateTime(new TimeOnly(17, 30), DateTimeKind.Utc);
                row["superseded_by_id"] = null;
                row["client_id"] = null;
                row["deleted_at"] = null;
                // The award's terms for this worker from their start (AwardPay ran on the row's first draw of worker and day).
                row["award_classification_id"] = AwardPay.ClassificationOf(row.Seed, employee);
                row["pay_rate"] = AwardPay.AgreedHourlyRate(employee);
                row["pay_rate_unit"] = employment == "full_time" ? FullTimeRateUnits[i % 3] : "hour";   // award-free: AwardPay makes it hourly
                AwardPay.Apply(row);
            },
        }),
    ];

    /// <summary>The ordinary hours a week a contract agrees and the payslips pay: none agreed for casuals and contractors.</summary>
    public static decimal? ContractHoursPerWeek(string? employment) => employment switch
    {
        "full_time" or "fixed_term" => 38m,
        "part_time" => 24m,
        _ => null,
    };

    /// <summary>The STP employment basis of an employment type (employees and their pay details report the same).</summary>
    public static string StpBasisOf(string? employment) => employment switch
    {
        "part_time" => "P",
        "casual" => "C",
        "contractor" => "L",   // placed by the labour-hire firm
        _ => "F",              // full-time, and fixed-term full-time
    };

    /// <summary>How a full-time contract states its pay: by the hour, the week or the year, in turn.</summary>
    private static readonly string[] FullTimeRateUnits = ["hour", "week", "year"];

    /// <summary>A worker's first day: before every seeded row that names them (leave reaches about a year back, pay runs
    /// seven months, a large roster half a year), and at most about ten years back.</summary>
    public static DateOnly StartOf(SeedContext seed, Guid employee) =>
        DateOnly.FromDateTime(seed.Now).AddDays(-(450 + seed.Scale.RosterDays / 2 + (int)(Deterministic.Mix(Deterministic.Hash("start/" + employee)) % 3200)));
}
