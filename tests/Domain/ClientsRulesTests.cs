using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class ClientsRulesTests(DatabaseFixture database)
{
    // 51 824 753 556 is the worked example of docs/design/DOMAIN.md §1; changing its last digit breaks the check digits.
    private const string ValidAbn = "51824753556";
    private const string InvalidAbn = "51824753557";

    private static Task<Guid> NewClientAsync(SqlSession sql, Guid org, string name = "Acme Logistics Pty Ltd") =>
        sql.InsertAsync("clients.clients", new { org_id = org, legal_name = name, abn = ValidAbn, status = "active" });

    private static Task<Guid> NewRateCardAsync(SqlSession sql, Guid org, Guid client, string position, string from, string? to, string status = "approved") =>
        sql.InsertAsync("clients.rate_cards", new
        {
            org_id = org, client_id = client, position_title = position, employment_type = "casual",
            base_pay_rate = 31.19m, base_charge_rate = 42.50m, effective_from = from, effective_to = to,
            status, approved_at = status == "approved" ? "2025-06-20T09:00:00+10:00" : null,
        });

    [Fact]
    public async Task a_client_abn_failing_its_check_digits_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await NewClientAsync(sql, org);

        var error = await sql.RejectsAsync(
            "insert into clients.clients (org_id, legal_name, abn) values (@org, 'Typo Pty Ltd', @abn)", new { org, abn = InvalidAbn });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_clients__abn_checksum", error.ConstraintName);
    }

    [Fact]
    public async Task a_site_postcode_that_is_not_four_digits_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var client = await NewClientAsync(sql, org);
        await sql.InsertAsync("clients.sites", new
        {
            org_id = org, client_id = client, name = "Eastern Creek DC", address_line1 = "1 Old Wallgrove Rd",
            suburb = "Eastern Creek", state = "NSW", postcode = "2766",
        });

        var error = await sql.RejectsAsync(
            """
            insert into clients.sites (org_id, client_id, name, address_line1, suburb, state, postcode)
            values (@org, @client, 'Bad DC', '2 Somewhere St', 'Nowhere', 'NSW', '27A6')
            """, new { org, client });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_sites__postcode_format", error.ConstraintName);
    }

    [Fact]
    public async Task overlapping_approved_rate_cards_for_the_same_client_and_position_are_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var client = await NewClientAsync(sql, org);
        await NewRateCardAsync(sql, org, client, "Forklift Driver", "2025-07-01", "2026-06-30");
        // The next financial year, another position, and a draft being negotiated may all coexist.
        await NewRateCardAsync(sql, org, client, "Forklift Driver", "2026-07-01", null);
        await NewRateCardAsync(sql, org, client, "Storeperson", "2025-07-01", null);
        await NewRateCardAsync(sql, org, client, "Forklift Driver", "2026-01-01", null, status: "draft");

        var error = await sql.RejectsAsync(
            """
            insert into clients.rate_cards (org_id, client_id, position_title, employment_type, base_pay_rate, base_charge_rate,
                                            effective_from, effective_to, status, approved_at)
            values (@org, @client, 'forklift driver', 'casual', 32.00, 44.00, '2026-06-30', '2026-09-30', 'approved', now())
            """, new { org, client });

        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_rate_cards__no_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task a_client_hierarchy_that_would_form_a_cycle_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var group = await NewClientAsync(sql, org, "Group Holdings Ltd");
        var division = await NewClientAsync(sql, org, "Group Logistics Pty Ltd");
        var branch = await NewClientAsync(sql, org, "Group Logistics QLD Pty Ltd");
        await sql.AsTenantAsync(org);
        await sql.InsertAsync("clients.client_hierarchies", new { org_id = org, parent_client_id = group, child_client_id = division });
        await sql.InsertAsync("clients.client_hierarchies", new { org_id = org, parent_client_id = division, child_client_id = branch, relationship_type = "division" });

        var cycle = await sql.RejectsAsync(
            "insert into clients.client_hierarchies (org_id, parent_client_id, child_client_id) values (@org, @branch, @group)", new { org, branch, group });
        var self = await sql.RejectsAsync(
            "insert into clients.client_hierarchies (org_id, parent_client_id, child_client_id) values (@org, @group, @group)", new { org, group });

        Assert.Equal("23514", cycle.SqlState);
        Assert.Equal("ck_client_hierarchies__no_cycle", cycle.ConstraintName);
        Assert.Equal("23514", self.SqlState);
        Assert.Equal("ck_client_hierarchies__no_self_parent", self.ConstraintName);
    }

    [Fact]
    public async Task a_contact_of_another_tenants_client_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var mine = await sql.NewOrganisationAsync();
        var theirs = await sql.NewOrganisationAsync();
        var theirClient = await NewClientAsync(sql, theirs);

        var error = await sql.RejectsAsync(
            "insert into clients.contacts (org_id, client_id, first_name, last_name, roles) values (@mine, @theirClient, 'Sam', 'Lee', '{timesheet_approver}')",
            new { mine, theirClient });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_contacts__client_id", error.ConstraintName);
    }

    [Fact]
    public async Task an_agency_licence_from_a_state_without_labour_hire_licensing_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.InsertAsync("clients.agencies", new
        {
            org_id = org, name = "Partner Labour", abn = ValidAbn, labour_hire_licence_number = "LHL01234",
            labour_hire_licence_state = "QLD", labour_hire_licence_expiry = "2027-03-31",
        });

        var error = await sql.RejectsAsync(
            """
            insert into clients.agencies (org_id, name, labour_hire_licence_number, labour_hire_licence_state, labour_hire_licence_expiry)
            values (@org, 'Westside Labour', 'WA-123', 'WA', '2027-03-31')
            """, new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_agencies__labour_hire_licence_state", error.ConstraintName);
    }
}
