using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class AssetsRulesTests(DatabaseFixture database)
{
    private static async Task<Guid> EquipmentAsync(SqlSession sql, Guid org, string category = "tool")
    {
        var kind = await sql.InsertAsync("assets.asset_categories", new { org_id = org, name = $"{category} {Guid.NewGuid():N}", category });
        return await sql.InsertAsync("assets.equipment", new { org_id = org, asset_category_id = kind, asset_tag = $"A-{Guid.NewGuid():N}"[..12], name = "Impact driver" });
    }

    private static async Task<Guid> VehicleAsync(SqlSession sql, Guid org, string rego, string vehicleType, int gvm, string licence, int? seats = null, int? gcm = null)
    {
        var equipment = await EquipmentAsync(sql, org, "vehicle");
        return await sql.InsertAsync("assets.fleet_vehicles", new
        {
            org_id = org, equipment_id = equipment, registration = rego, registration_state = "QLD", make = "Isuzu", model = "FVY",
            vehicle_type = vehicleType, gvm_kg = gvm, gcm_kg = gcm, seating_capacity = seats, required_licence_class = licence,
        });
    }

    [Theory]
    [InlineData("JHMCM56557C40445")]   // 16 characters
    [InlineData("JHMCM56557C4O4453")]  // letter O
    [InlineData("JHMCM56557C4Q4453")]  // letter Q
    [InlineData("jhmcm56557c404453")]  // lower case
    public async Task an_invalid_vin_is_rejected(string vin)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var equipment = await EquipmentAsync(sql, org, "vehicle");

        var error = await sql.RejectsAsync(
            """
            insert into assets.fleet_vehicles (org_id, equipment_id, registration, registration_state, vin, make, model, vehicle_type, gvm_kg, required_licence_class)
            values (@org, @equipment, 'ABC123', 'NSW', @vin, 'Toyota', 'HiLux', 'ute', 3050, 'C')
            """, new { org, equipment, vin });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_fleet_vehicles__vin_format", error.ConstraintName);
    }

    [Fact]
    public async Task fatigue_regulation_follows_the_vehicle_mass_and_bus_seating()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var ute = await VehicleAsync(sql, org, "UTE1", "ute", 3050, "C");
        var rigid = await VehicleAsync(sql, org, "HR1", "heavy_rigid", 15000, "HR");
        var primeMover = await VehicleAsync(sql, org, "PM1", "prime_mover", 9000, "HC", gcm: 42500);
        var coaster = await VehicleAsync(sql, org, "BUS1", "bus", 4800, "LR", seats: 22);
        var van = await VehicleAsync(sql, org, "VAN1", "bus", 4300, "C", seats: 12);

        async Task<bool> Regulated(Guid id) => await sql.ScalarAsync<bool>("select fatigue_regulated from assets.fleet_vehicles where id = @id", new { id });
        Assert.False(await Regulated(ute));
        Assert.True(await Regulated(rigid));
        Assert.True(await Regulated(primeMover));
        Assert.True(await Regulated(coaster));
        Assert.False(await Regulated(van));
    }

    [Fact]
    public async Task a_car_licence_for_a_vehicle_over_4_5_tonnes_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var equipment = await EquipmentAsync(sql, org, "vehicle");

        var error = await sql.RejectsAsync(
            """
            insert into assets.fleet_vehicles (org_id, equipment_id, registration, registration_state, make, model, vehicle_type, gvm_kg, required_licence_class)
            values (@org, @equipment, 'TRK1', 'VIC', 'Hino', '500', 'medium_rigid', 11000, 'C')
            """, new { org, equipment });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_fleet_vehicles__light_licence_within_4_5t", error.ConstraintName);
    }

    [Fact]
    public async Task an_item_cannot_be_issued_twice_until_it_is_returned()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var drill = await EquipmentAsync(sql, org);
        var first = await sql.InsertAsync("assets.equipment_assignments", new { org_id = org, equipment_id = drill, employee_id = Guid.NewGuid(), issued_at = "2026-03-02 07:00+11" });

        var error = await sql.RejectsAsync(
            "insert into assets.equipment_assignments (org_id, equipment_id, employee_id, issued_at) values (@org, @drill, gen_random_uuid(), '2026-03-03 07:00+11')", new { org, drill });
        Assert.Equal("23505", error.SqlState);
        Assert.Equal("uq_equipment_assignments__org_id_equipment_id_open", error.ConstraintName);

        await sql.ExecuteAsync("update assets.equipment_assignments set returned_at = '2026-03-02 15:00+11', condition_at_return = 'good' where id = @first", new { first });
        await sql.InsertAsync("assets.equipment_assignments", new { org_id = org, equipment_id = drill, employee_id = Guid.NewGuid(), issued_at = "2026-03-03 07:00+11" });
    }

    [Fact]
    public async Task a_return_before_the_issue_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var drill = await EquipmentAsync(sql, org);

        var error = await sql.RejectsAsync(
            "insert into assets.equipment_assignments (org_id, equipment_id, employee_id, issued_at, returned_at) values (@org, @drill, gen_random_uuid(), '2026-03-02 07:00+11', '2026-03-01 07:00+11')",
            new { org, drill });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_equipment_assignments__returned_after_issued", error.ConstraintName);
    }

    [Fact]
    public async Task overlapping_registration_periods_of_one_vehicle_are_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var truck = await VehicleAsync(sql, org, "XQG984", "heavy_rigid", 16500, "HR");
        await sql.InsertAsync("assets.vehicle_registrations", new
        {
            org_id = org, fleet_vehicle_id = truck, registration = "XQG984", registration_state = "QLD", registered_from = "2025-07-01", expires_on = "2026-07-01", term_months = 12,
        });
        // The renewal starts the day the previous period ends.
        await sql.InsertAsync("assets.vehicle_registrations", new
        {
            org_id = org, fleet_vehicle_id = truck, registration = "XQG984", registration_state = "QLD", registered_from = "2026-07-01", expires_on = "2027-01-01", term_months = 6,
        });

        var error = await sql.RejectsAsync(
            "insert into assets.vehicle_registrations (org_id, fleet_vehicle_id, registration, registration_state, registered_from, expires_on, term_months) values (@org, @truck, 'XQG984', 'QLD', '2026-10-01', '2027-04-01', 6)",
            new { org, truck });
        Assert.Equal("23P01", error.SqlState);
        Assert.Equal("ex_vehicle_registrations__no_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task an_assignment_of_another_tenants_equipment_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var other = await sql.NewOrganisationAsync();
        var theirs = await EquipmentAsync(sql, other);
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into assets.equipment_assignments (org_id, equipment_id, employee_id) values (@org, @theirs, gen_random_uuid())", new { org, theirs });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_equipment_assignments__equipment_id", error.ConstraintName);
    }

    [Fact]
    public async Task a_motorcycle_needs_a_motorcycle_licence_class()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await VehicleAsync(sql, org, "MC123", "motorcycle", 350, "R");
        await VehicleAsync(sql, org, "MC124", "motorcycle", 300, "RE");

        var equipment = await EquipmentAsync(sql, org, "vehicle");
        var error = await sql.RejectsAsync(
            """
            insert into assets.fleet_vehicles (org_id, equipment_id, registration, registration_state, make, model, vehicle_type, gvm_kg, required_licence_class)
            values (@org, @equipment, 'MC125', 'QLD', 'Honda', 'CB500', 'motorcycle', 380, 'C')
            """, new { org, equipment });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_fleet_vehicles__motorcycle_licence_for_motorcycles", error.ConstraintName);
    }
}
