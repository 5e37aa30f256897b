namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>Tenants, their offices and people: one organisation row per seeded tenant, employees numbered and placed.</summary>
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
        new("people.employees", new TableRules
        {
            RowsPerOrganisation = (seed, _) => seed.Scale.EmployeesPerOrganisation,
            OwnedColumns = new HashSet<string> { "employee_number", "employment_status" },
            Row = (row, i) =>
            {
                row["employee_number"] = $"E{row.Org.Number:D2}{i + 1:D5}";
                row["employment_status"] = "active";
            },
        }),
    ];
}
