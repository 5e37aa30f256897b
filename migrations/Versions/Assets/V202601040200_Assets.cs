using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Assets;

/// <summary>
/// Equipment, PPE and fleet: what the organisation owns, who holds it, when it is due for
/// service, and for vehicles the registration history, pre-start checks and fuel. A fleet vehicle
/// is an equipment item of category vehicle with its road details alongside.
/// </summary>
[Migration(202601040200, "assets: categories, equipment, assignments, fleet vehicles, registrations, maintenance, pre-starts, work orders, fuel")]
public sealed class V202601040200_Assets : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("assets.asset_categories", "Kinds of asset an organisation tracks (hard hats, impact drivers, laptops, forklifts, utes), with what they need: licences to operate, electrical test and tag, service intervals.", t =>
        {
            t.Text("name").NotNull().UniqueWhileActive();
            t.Text("category").NotNull().In("ppe", "tool", "it", "plant", "vehicle");
            t.Text("description");
            t.Ref("required_credential_type_id", "compliance.credential_types")
                .Comment("Licence needed to operate it, e.g. the LF high-risk work licence for a forklift; rostering checks it.");
            t.Bool("is_consumable").NotNull().Default("false").Comment("Issued and not returned (ear plugs, gloves): no open-assignment tracking.");
            t.Bool("requires_test_and_tag").NotNull().Default("false").Comment("Electrical equipment inspected and tagged under AS/NZS 3760.");
            t.Int("test_and_tag_interval_months").Positive().Comment("AS/NZS 3760 interval for the environment: 3 months on construction sites, 12 in factories…");
            t.Int("default_service_interval_days").Positive();
            t.Int("useful_life_months").Positive().Comment("Expected life, for replacement planning and depreciation.");
            t.Check("test_and_tag_has_interval", "not requires_test_and_tag or test_and_tag_interval_months is not null");
            t.ActiveIndex("category", "name");
        });

        db.TenantTable("assets.equipment", "One physical asset: an item of PPE, a tool, IT device, plant or vehicle, with its identity, cost and where it is.", t =>
        {
            t.TenantRef("asset_category_id", "assets.asset_categories").NotNull();
            t.Text("asset_tag").NotNull().UniqueWhileActive().Comment("Barcode or label fixed to the item.");
            t.Text("name").NotNull();
            t.Text("make");
            t.Text("model");
            t.Text("serial_number").Comment("Manufacturer's serial; not unique across makes.");
            t.Text("size").Comment("PPE size, e.g. L, 10, 9½.");
            t.Text("status").NotNull().Default("'available'").In("available", "assigned", "maintenance", "lost", "retired");
            t.Text("condition").In("new", "good", "fair", "poor", "unserviceable");
            t.Date("purchased_on");
            t.Money("purchase_cost").NonNegative().Comment("AUD, GST-exclusive.");
            t.Text("supplier");
            t.Date("warranty_expires_on");
            t.TenantRef("office_id", "public.offices").Comment("Branch that holds the item when not issued.");
            t.SoftRef("current_site_id", "clients.sites", "Client site where the item is deployed.");
            t.Date("test_and_tag_due_on").Comment("Next AS/NZS 3760 inspection.");
            t.Date("retired_on");
            t.Text("retirement_reason").In("end_of_life", "damaged", "lost", "stolen", "sold", "recalled");
            t.Check("retired_has_date", "status <> 'retired' or retired_on is not null");
            t.Check("warranty_after_purchase", "warranty_expires_on is null or purchased_on is null or warranty_expires_on >= purchased_on");
            t.Index("serial_number").WhereActive();
            t.ActiveIndex("asset_category_id", "status");
            t.ActiveIndex("status", "test_and_tag_due_on");
        });

        db.TenantTable("assets.equipment_assignments", "Issue of an item to a worker and its return. An item has at most one open assignment.", t =>
        {
            t.TenantRef("equipment_id", "assets.equipment").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.SoftRef("site_id", "clients.sites", "Site the item was issued for.");
            t.Timestamp("issued_at").NotNull().Default("now()");
            t.TenantRef("issued_by_user_id", "public.users");
            t.Date("due_back_on");
            t.Timestamp("acknowledged_at").Comment("When the worker signed for the item (PPE issue acknowledgement).");
            t.Text("condition_at_issue").In("new", "good", "fair", "poor");
            t.Timestamp("returned_at");
            t.TenantRef("received_by_user_id", "public.users");
            t.Text("condition_at_return").In("good", "fair", "poor", "damaged", "not_returned");
            t.Money("replacement_charge").NonNegative()
                .Comment("AUD recovered for a lost or damaged item; a pay deduction needs the worker's written authorisation (FW Act s324).");
            t.Check("returned_after_issued", "returned_at is null or returned_at >= issued_at");
            t.Check("return_condition_only_when_returned", "condition_at_return is null or returned_at is not null");
            t.UniqueWhileActive("equipment_id").Where("returned_at is null and deleted_at is null").Named("uq_equipment_assignments__org_id_equipment_id_open");
            t.ActiveIndex("employee_id", "returned_at");
        });

        db.TenantTable("assets.fleet_vehicles", "Road details of a vehicle asset: registration, VIN, mass ratings, the licence class a driver needs, odometer, and whether NHVR fatigue rules apply.", t =>
        {
            t.TenantRef("equipment_id", "assets.equipment").NotNull().UniqueWhileActive().Comment("The equipment row of this vehicle (category vehicle).");
            t.Text("registration").NotNull().Matches("^[A-Z0-9]{1,9}$").Comment("Number plate, upper case without spaces.");
            t.Text("registration_state").NotNull().In(AustralianDomain.States);
            t.Column("vin", "char(17)").Matches("^[A-HJ-NPR-Z0-9]{17}$").UniqueWhileActive().Comment("Vehicle identification number: 17 characters, never I, O or Q.");
            t.Text("make").NotNull();
            t.Text("model").NotNull();
            t.Int("build_year").Between(1950, 2100);
            t.Text("vehicle_type").NotNull().In("car", "ute", "van", "light_rigid", "medium_rigid", "heavy_rigid", "prime_mover", "bus", "trailer", "motorcycle");
            t.Int("gvm_kg").NotNull().Positive().Comment("Gross vehicle mass, kg, as on the compliance plate.");
            t.Int("gcm_kg").Positive().Comment("Gross combination mass, kg, for a vehicle that tows.");
            t.Int("seating_capacity").Positive().Comment("Adults the vehicle is built or fitted to carry, driver included.");
            t.Int("axles").Positive();
            t.Text("required_licence_class").NotNull().In("C", "LR", "MR", "HR", "HC", "MC", "R", "RE")
                .Comment("Driver licence class needed: C ≤4.5 t; LR 4.5–8 t or >12 seats; MR 2 axles >8 t; HR 3+ axles; HC semi-trailer; MC B-double/road train; R/RE motorcycle (RE: learner-approved only).");
            t.Column("fatigue_regulated", "boolean generated always as (gvm_kg > 12000 or coalesce(gcm_kg, 0) > 12000 or (vehicle_type = 'bus' and gvm_kg > 4500 and coalesce(seating_capacity, 0) > 12)) stored").NotNull()
                .Comment("Fatigue-regulated heavy vehicle under the HVNL: GVM or GCM over 12 t, or a bus over 4.5 t built to carry more than 12 adults. Its drivers keep work diaries.");
            t.Int("odometer_km").NonNegative().Comment("Last known odometer reading, km.");
            t.Timestamp("odometer_read_at");
            t.Text("fuel_type").In("diesel", "unleaded", "premium_unleaded", "lpg", "electric", "hybrid");
            t.Text("telematics_device_id").Comment("GPS / EWD unit fitted to the vehicle.");
            t.Check("light_licence_within_4_5t", "required_licence_class <> 'C' or gvm_kg <= 4500");
            t.Check("motorcycle_licence_for_motorcycles", "(vehicle_type = 'motorcycle') = (required_licence_class in ('R', 'RE'))");
            t.Check("gcm_not_below_gvm", "gcm_kg is null or gcm_kg >= gvm_kg");
            t.UniqueWhileActive("registration_state", "registration");
            t.ActiveIndex("fatigue_regulated", "required_licence_class");
        });

        db.TenantTable("assets.vehicle_registrations", "Registration periods of a vehicle (rego renewals), so expiry can be chased and history shown to auditors.", t =>
        {
            t.TenantRef("fleet_vehicle_id", "assets.fleet_vehicles").NotNull();
            t.Text("registration").NotNull().Matches("^[A-Z0-9]{1,9}$").Comment("Plate for this period; plates can change.");
            t.Text("registration_state").NotNull().In(AustralianDomain.States);
            t.Date("registered_from").NotNull();
            t.Date("expires_on").NotNull();
            t.Int("term_months").NotNull().Check("term_months in (3, 6, 12)", "term").Comment("Registration term: 3, 6 or 12 months.");
            t.Money("registration_fee").NonNegative().Comment("AUD including CTP where bundled.");
            t.Text("ctp_insurer").Comment("Compulsory third party insurer (green slip).");
            t.Text("ctp_policy_number");
            t.Date("paid_on");
            t.Text("receipt_number");
            t.Text("status").NotNull().Default("'current'").In("current", "expired", "renewed", "suspended", "cancelled");
            t.Check("expires_after_registered", "expires_on > registered_from");
            t.Constraint("ex_vehicle_registrations__no_overlap",
                "exclude using gist (org_id with =, fleet_vehicle_id with =, daterange(registered_from, expires_on) with &&) where (deleted_at is null and status <> 'cancelled')");
            t.ActiveIndex("expires_on");
            t.ActiveIndex("fleet_vehicle_id", "expires_on");
        });

        db.TenantTable("assets.maintenance_schedules", "Recurring maintenance of an item: services by distance or days, inspections, test and tag, calibration, statutory plant checks.", t =>
        {
            t.TenantRef("equipment_id", "assets.equipment").NotNull();
            t.Text("name").NotNull().Comment("e.g. 15,000 km service, annual crane inspection.");
            t.Text("maintenance_type").NotNull().In("service", "inspection", "test_and_tag", "calibration", "certification");
            t.Int("interval_days").Positive().Comment("Days between occurrences.");
            t.Int("interval_km").Positive().Comment("Kilometres between occurrences (vehicles).");
            t.Int("interval_hours").Positive().Comment("Engine or operating hours between occurrences (plant hour meter).");
            t.Date("last_performed_on");
            t.Int("last_performed_km").NonNegative();
            t.Date("next_due_on");
            t.Int("next_due_km").NonNegative();
            t.Bool("is_statutory").NotNull().Default("false").Comment("Required by law or a standard (plant registration, AS 2550 crane inspection), not only good practice.");
            t.Text("status").NotNull().Default("'active'").In("active", "paused", "ended");
            t.Check("has_interval", "num_nonnulls(interval_days, interval_km, interval_hours) >= 1");
            t.Check("next_due_after_last", "next_due_on is null or last_performed_on is null or next_due_on > last_performed_on");
            t.ActiveIndex("status", "next_due_on");
            t.ActiveIndex("equipment_id", "status");
        });

        db.TenantTable("assets.prestart_checklists", "The pre-start check an operator completes before using a vehicle or plant item; one row per version of the list.", t =>
        {
            t.TenantRef("asset_category_id", "assets.asset_categories").Comment("Kind of asset the checklist is for.");
            t.Text("name").NotNull();
            t.Int("version").NotNull().Default("1").Positive();
            t.Jsonb("items").NotNull().Check("jsonb_typeof(items) = 'array' and jsonb_array_length(items) > 0", "array")
                .Comment("Ordered checks: [{key, question, critical}]; a failed critical item takes the asset out of service.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "active", "retired");
            t.UniqueWhileActive("name", "version");
            t.ActiveIndex("asset_category_id", "status");
        });

        db.TenantTable("assets.prestart_submissions", "An operator's completed pre-start check of one asset: pass, fail, or pass with a defect to fix.", t =>
        {
            t.TenantRef("prestart_checklist_id", "assets.prestart_checklists").NotNull();
            t.TenantRef("equipment_id", "assets.equipment").NotNull();
            t.SoftRef("employee_id", "people.employees", "Operator or driver who did the check.").NotNull();
            t.Timestamp("submitted_at").NotNull().Default("now()");
            t.Text("result").NotNull().In("pass", "fail", "defect").Comment("fail: unsafe, not to be used; defect: usable, fault reported for repair.");
            t.Jsonb("answers").NotNull().Check("jsonb_typeof(answers) = 'object'", "object").Comment("Item key → ok / not_ok / na, with notes.");
            t.Text("defect_description");
            t.Text("defect_severity").In("minor", "major", "critical").Comment("critical: the asset is taken out of service until repaired.");
            t.Int("odometer_km").NonNegative();
            t.Column("hour_meter", "numeric(9,1)").NonNegative().Comment("Plant operating hours on the meter.");
            t.Column("latitude", "numeric(9,6)").Between(-90, 90);
            t.Column("longitude", "numeric(9,6)").Between(-180, 180);
            t.Check("defect_is_described", "result = 'pass' or defect_description is not null");
            t.ActiveIndex("equipment_id", "submitted_at");
            t.ActiveIndex("result", "submitted_at").Where("result <> 'pass' and deleted_at is null");
        });

        db.TenantTable("assets.work_orders", "A job to service, inspect or repair an asset: from a schedule, a pre-start defect or a breakdown, with its cost.", t =>
        {
            t.TenantRef("equipment_id", "assets.equipment").NotNull();
            t.Text("work_order_number").NotNull().UniqueWhileActive();
            t.TenantRef("maintenance_schedule_id", "assets.maintenance_schedules");
            t.TenantRef("prestart_submission_id", "assets.prestart_submissions").Comment("Pre-start check that reported the defect.");
            t.Text("work_type").NotNull().In("scheduled_service", "repair", "defect_rectification", "inspection", "test_and_tag");
            t.Text("priority").NotNull().Default("'medium'").In("low", "medium", "high", "urgent");
            t.Text("status").NotNull().Default("'open'").In("open", "scheduled", "in_progress", "on_hold", "completed", "cancelled");
            t.Text("description").NotNull();
            t.Bool("out_of_service").NotNull().Default("false").Comment("Asset may not be used until the work is done (vehicle off road, plant tagged out).");
            t.Timestamp("reported_at").NotNull().Default("now()");
            t.Date("scheduled_on");
            t.Timestamp("completed_at");
            t.Text("vendor").Comment("Workshop or contractor doing the work.");
            t.Int("odometer_km").NonNegative();
            t.Hours("labour_hours").NonNegative();
            t.Money("labour_cost").NotNull().Default("0").NonNegative().Comment("AUD, GST-exclusive.");
            t.Money("parts_cost").NotNull().Default("0").NonNegative().Comment("AUD, GST-exclusive.");
            t.Column("total_cost", "numeric(14,2) generated always as (labour_cost + parts_cost) stored").NotNull().Comment("AUD, GST-exclusive.");
            t.Text("completion_notes");
            t.Check("completed_has_completed_at", "status <> 'completed' or completed_at is not null");
            t.Check("completed_after_reported", "completed_at is null or completed_at >= reported_at");
            t.ActiveIndex("status", "scheduled_on");
            t.ActiveIndex("equipment_id", "status");
        });

        db.TenantTable("assets.fuel_logs", "Fuel bought for a fleet vehicle, from fuel-card feeds or receipts: for cost, consumption and fuel tax credits.", t =>
        {
            t.TenantRef("fleet_vehicle_id", "assets.fleet_vehicles").NotNull();
            t.SoftRef("employee_id", "people.employees", "Driver who fuelled.");
            t.Timestamp("fuelled_at").NotNull();
            t.Int("odometer_km").NonNegative();
            t.Text("fuel_type").NotNull().In("diesel", "unleaded", "premium_unleaded", "lpg", "adblue", "electric");
            t.Column("quantity", "numeric(9,2)").NotNull().Positive().Comment("Litres, or kWh for electric charging.");
            t.Rate("unit_price").NonNegative().Comment("AUD per litre (or kWh), GST-inclusive as on the receipt.");
            t.Money("total_amount").NotNull().NonNegative().Comment("AUD, GST-inclusive.");
            t.Money("gst_amount").NotNull().Default("0").NonNegative();
            t.Text("merchant");
            t.Text("state").In(AustralianDomain.States);
            t.Text("fuel_card_transaction_ref").Comment("Transaction id from the fuel-card feed; makes re-imports idempotent.");
            t.Bool("fuel_tax_credit_eligible").NotNull().Default("false").Comment("Business use in a heavy vehicle (GVM over 4.5 t), which attracts fuel tax credits.");
            t.Check("gst_within_total", "gst_amount <= total_amount");
            t.UniqueWhileActive("fuel_card_transaction_ref");
            t.ActiveIndex("fleet_vehicle_id", "fuelled_at");
        });
    }

    public override void Down(SchemaBuilder db) =>
        db.DropWhatUpCreated(Up);
}
