using System.Globalization;
using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Compliance;

/// <summary>
/// Reference data for the compliance registry (docs/design/DOMAIN.md §16, §1, §9): credential types, the
/// modern awards of the industry profiles with a few classifications and their 2025-26 rates,
/// their casual loading and the General Retail penalty and overtime rules (§6), and the
/// profiles with their required credentials.
/// </summary>
[Migration(202601020200, "compliance reference data: credential types, awards, 2025-26 rates, penalty rules, industry profiles")]
public sealed class V202601020200_ComplianceReferenceData : Migration
{
    private const string DriverLicenceIssuer = "State or territory road authority (Transport for NSW, VicRoads, TMR QLD, …)";
    private const string WhsRegulator = "State or territory WHS regulator (SafeWork NSW, WorkSafe Victoria, WHSQ, …)";

    // National minimum wage 2025-26 (FWC Annual Wage Review 2024-25, from 1 July 2025): $948.00 / 38 h = $24.95 (docs/design/DOMAIN.md §9).
    private const decimal WageReviewIncrease = 1.035m;
    private static readonly DateOnly RatesFrom = new(2025, 7, 1);
    private const string NmwNote = "equals the national minimum wage 2025-26 ($948.00/week, $24.95/h, FWC AWR 2024-25)";

    private static readonly string[] Columns =
        ["code", "name", "category", "licence_class", "unit_code", "issuer", "has_expiry", "default_validity_months", "applicable_states", "holds_sensitive_data", "description"];

    public override void Up(SchemaBuilder db)
    {
        db.InsertRows("compliance.credential_types", Columns, CredentialTypes());

        db.InsertRows("compliance.awards", ["code", "title", "short_title", "version", "effective_from", "fwc_url"],
            Awards.Select(a => new object?[] { a.Code, a.Title, a.ShortTitle, a.Version, new DateOnly(2010, 1, 1), $"https://awards.fairwork.gov.au/{a.Code}.html" }));

        db.InsertRows("compliance.award_classifications", ["award_id", "level_code", "name", "stream", "sort_order", "description"],
            Classifications.Select(c => new object?[] { AwardId(c.Award), c.Level, c.Name, c.Stream, c.Order, c.Description }));

        db.InsertRows("compliance.award_rates",
            ["award_classification_id", "effective_from", "weekly_rate", "hourly_rate", "casual_hourly_rate", "wage_review", "source"],
            Classifications.Select(RateRow));

        // Dated like the rate tables they price (1 July 2025); earlier penalty history is not loaded.
        db.InsertRows("compliance.award_penalty_rules",
            ["award_id", "employment_type", "day_type", "rule_kind", "threshold_hours", "multiplier", "effective_from", "description", "source"],
            PenaltyRules().Select(r => new object?[] { AwardId(r.Award), r.EmploymentType, r.DayType, r.Kind, r.ThresholdHours, r.Multiplier, RatesFrom, r.Description, r.Source }));

        db.InsertRows("compliance.industry_profiles", ["code", "name", "default_award_id", "anzsic_division", "fatigue_regulated", "requires_swms", "description"],
            Profiles.Select(p => new object?[] { p.Code, p.Name, AwardId(p.Award), p.Anzsic, p.Fatigue, p.Swms, p.Description }));

        db.InsertRows("compliance.industry_profile_credentials", ["industry_profile_id", "credential_type_id", "requirement", "alternative_group", "required_before", "condition"],
            ProfileCredentials.Select(r => new object?[]
            {
                new SqlExpression($"(select id from compliance.industry_profiles where code = {SqlNames.Literal(r.Profile)})"),
                new SqlExpression($"(select id from compliance.credential_types where code = {SqlNames.Literal(r.Credential)})"),
                r.Requirement, r.Group, r.Before, r.Condition,
            }));
    }

    public override void Down(SchemaBuilder db)
    {
        // Reference rows only; the tables themselves belong to V202601020100.
        db.Sql("delete from compliance.industry_profile_credentials;");
        db.Sql("delete from compliance.industry_profiles;");
        db.Sql("delete from compliance.award_penalty_rules;");
        db.Sql("delete from compliance.award_rates;");
        db.Sql("delete from compliance.award_classifications;");
        db.Sql("delete from compliance.awards;");
        db.Sql("delete from compliance.credential_types;");
    }

    private static SqlExpression AwardId(string code) =>
        new($"(select id from compliance.awards where code = {SqlNames.Literal(code)})");

    // ---- credential types -------------------------------------------------------------------

    private static IEnumerable<object?[]> CredentialTypes()
    {
        // Driver licences (docs/design/DOMAIN.md §16): validity runs 1-10 years depending on the state and the holder's choice.
        (string Class, string Name, string Description)[] licences =
        [
            ("C", "Car licence (C)", "Vehicles up to 4.5 t GVM seating up to 12 adults including the driver."),
            ("LR", "Light rigid licence (LR)", "Rigid vehicles 4.5-8 t GVM, or more than 12 seats."),
            ("MR", "Medium rigid licence (MR)", "Rigid vehicles with 2 axles over 8 t GVM."),
            ("HR", "Heavy rigid licence (HR)", "Rigid vehicles with 3 or more axles over 8 t GVM; articulated buses."),
            ("HC", "Heavy combination licence (HC)", "Prime mover with semi-trailer, or rigid vehicle towing a trailer over 9 t GVM."),
            ("MC", "Multi-combination licence (MC)", "B-doubles and road trains."),
            ("R", "Motorcycle licence (R)", "Unrestricted motorcycle licence."),
            ("RE", "Restricted motorcycle licence (RE)", "Learner-approved motorcycles only (engine and power-to-weight limits)."),
        ];
        foreach (var (cls, name, description) in licences)
            yield return [$"dl_{cls.ToLowerInvariant()}", name, "driver_licence", cls, null, DriverLicenceIssuer, true, null, null, false, description];

        // High-risk work licences (WHS Regulations Schedule 3): renewed every 5 years.
        (string Class, string Name, string? Unit)[] hrwl =
        [
            ("SB", "Basic scaffolding", null), ("SI", "Intermediate scaffolding", null), ("SA", "Advanced scaffolding", null),
            ("DG", "Dogging", null),
            ("RB", "Basic rigging", null), ("RI", "Intermediate rigging", null), ("RA", "Advanced rigging", null),
            ("CT", "Tower crane", null), ("CS", "Self-erecting tower crane", null), ("CD", "Derrick crane", null),
            ("CP", "Portal boom crane", null), ("CB", "Bridge and gantry crane", null), ("CV", "Vehicle loading crane", null),
            ("CN", "Non-slewing mobile crane", null), ("C2", "Slewing mobile crane up to 20 t", null),
            ("C6", "Slewing mobile crane up to 60 t", null), ("C1", "Slewing mobile crane up to 100 t", null),
            ("C0", "Slewing mobile crane over 100 t", null),
            ("PB", "Concrete placing boom", null),
            ("HM", "Materials hoist", null), ("HP", "Personnel and materials hoist", null),
            ("WP", "Boom-type elevating work platform (boom 11 m or more)", null),
            ("LF", "Forklift truck", "TLILIC0003"), ("LO", "Order-picking forklift truck", null),
            ("BS", "Standard boiler operation", null), ("BA", "Advanced boiler operation", null),
            ("TO", "Turbine operation", null), ("ES", "Reciprocating steam engine operation", null),
        ];
        foreach (var (cls, name, unit) in hrwl)
            yield return [$"hrwl_{cls.ToLowerInvariant()}", $"High-risk work licence {cls}: {name}", "hrwl", cls, unit, WhsRegulator, true, 60, null, false,
                "National licence under the model WHS Regulations; renewed every 5 years."];

        // Working with children checks: one per state or territory, not portable between them.
        (string Code, string Name, string State, string Issuer, int Months)[] wwc =
        [
            ("wwc_nsw", "Working With Children Check (NSW WWCC)", "NSW", "Office of the Children's Guardian (NSW)", 60),
            ("wwc_vic", "Working with Children Check (VIC WWC)", "VIC", "Working with Children Check Victoria", 60),
            ("wwc_qld", "Blue card (QLD)", "QLD", "Blue Card Services (Queensland Government)", 36),
            ("wwc_wa", "Working with Children Check (WA WWC)", "WA", "Department of Communities (WA)", 36),
            ("wwc_sa", "Working with Children Check (SA WWCC)", "SA", "Department of Human Services Screening Unit (SA)", 60),
            ("wwc_tas", "Registration to Work with Vulnerable People (TAS RWVP)", "TAS", "Consumer, Building and Occupational Services (TAS)", 36),
            ("wwc_act", "Working with Vulnerable People registration (ACT WWVP)", "ACT", "Access Canberra", 60),
            ("wwc_nt", "Ochre Card (NT working with children clearance)", "NT", "SAFE NT (NT Police, Fire and Emergency Services)", 24),
        ];
        foreach (var (code, name, state, issuer, months) in wwc)
            yield return [code, name, "background_check", null, null, issuer, true, months, new[] { state }, true,
                "Child-related work screening for workers in the state or territory."];

        yield return ["ndis_worker_screening", "NDIS Worker Screening Check", "background_check", null, null,
            "State or territory worker screening unit (NDIS Quality and Safeguards Commission framework)", true, 60, null, true,
            "Required for risk-assessed roles with NDIS participants; recognised nationally."];
        yield return ["police_check_national", "National police check", "background_check", null, null,
            "Australian police service or an ACIC-accredited body", true, 36, null, true,
            "Point-in-time criminal history check; modelled with a 3-year recency period, as aged care and many hosts require."];

        yield return ["white_card", "General construction induction (White Card)", "induction", null, "CPCWHS1001", WhsRegulator, false, null, null, false,
            "Prepare to work safely in the construction industry; required before any construction work; does not expire."];
        yield return ["first_aid", "Provide First Aid", "ticket", null, "HLTAID011", "Registered training organisation", true, 36, null, false,
            "First aid certificate; industry practice renews every 3 years."];
        yield return ["cpr", "Provide cardiopulmonary resuscitation", "ticket", null, "HLTAID009", "Registered training organisation", true, 12, null, false,
            "CPR refreshed every 12 months."];
        yield return ["rsa", "Responsible Service of Alcohol", "ticket", null, "SITHFAB021", "State or territory liquor regulator or RTO", true, null, null, false,
            "Needed to sell or serve alcohol; validity and state-specific cards vary (NSW competency card 5 years)."];
        yield return ["rsg", "Responsible Conduct of Gambling", "ticket", null, null, "State or territory gaming regulator or RTO", true, null, null, false,
            "Needed to work with gaming machines; requirements vary by state."];
        yield return ["security_licence", "Security licence", "ticket", null, null, "State or territory security licensing authority (Police or fair trading)", true, null, null, false,
            "Licence to work as a security officer or crowd controller; classes and validity vary by state."];
        yield return ["heavy_vehicle_medical", "Commercial vehicle driver medical", "medical", null, null, "Medical practitioner (Assessing Fitness to Drive standards)", true, null, null, true,
            "Fitness to drive heavy vehicles; review interval depends on age and conditions."];
        yield return ["pre_employment_medical", "Pre-employment medical assessment", "medical", null, null, "Occupational health provider", false, null, null, true,
            "Functional fitness for the role at engagement."];
        yield return ["visa_work_rights", "Visa with work rights (VEVO checked)", "visa", null, null, "Department of Home Affairs", true, null, null, false,
            "Right to work for non-citizens; conditions (student 48 h/fortnight, WHM 6 months per employer) are recorded on the worker's credential."];
        yield return ["site_induction", "Client site induction", "induction", null, null, "Host client", true, 12, null, false,
            "Site-specific induction run by the host; commonly refreshed yearly."];

        // AGSVA clearances: revalidation period in months (NV2 and PV: 5-7 years, the longer bound here).
        (string Code, string Name, int Months, string Description)[] clearances =
        [
            ("agsva_baseline", "Baseline security clearance", 180, "Access up to PROTECTED; revalidated every 15 years."),
            ("agsva_nv1", "Negative Vetting 1 clearance", 120, "Access up to SECRET; revalidated every 10 years."),
            ("agsva_nv2", "Negative Vetting 2 clearance", 84, "Access up to TOP SECRET; revalidated every 5-7 years."),
            ("agsva_pv", "Positive Vetting clearance", 84, "TOP SECRET including certain compartments; revalidated every 5-7 years with an annual appraisal."),
        ];
        foreach (var (code, name, months, description) in clearances)
            yield return [code, name, "clearance", null, null, "Australian Government Security Vetting Agency (AGSVA)", true, months, null, true, description];
    }

    // ---- awards and rates ---------------------------------------------------------------------

    private sealed record Award(string Code, string Title, string ShortTitle, string Version);

    private static readonly Award[] Awards =
    [
        new("MA000002", "Clerks—Private Sector Award 2020", "Clerks", "2020"),
        new("MA000004", "General Retail Industry Award 2020", "Retail", "2020"),
        new("MA000009", "Hospitality Industry (General) Award 2020", "Hospitality", "2020"),
        new("MA000010", "Manufacturing and Associated Industries and Occupations Award 2020", "Manufacturing", "2020"),
        new("MA000016", "Security Services Industry Award 2020", "Security", "2020"),
        new("MA000018", "Aged Care Award 2010", "Aged care", "2010"),
        new("MA000020", "Building and Construction General On-site Award 2020", "Construction on-site", "2020"),
        new("MA000022", "Cleaning Services Award 2020", "Cleaning", "2020"),
        new("MA000028", "Horticulture Award 2020", "Horticulture", "2020"),
        new("MA000038", "Road Transport and Distribution Award 2020", "Road transport", "2020"),
        new("MA000039", "Road Transport (Long Distance Operations) Award 2020", "Long-distance transport", "2020"),
        new("MA000084", "Storage Services and Wholesale Award 2020", "Storage and wholesale", "2020"),
        new("MA000100", "Social, Community, Home Care and Disability Services Industry Award 2010", "SCHADS", "2010"),
    ];

    // Weekly2024: the 2024-25 weekly rate the 2025-26 figure is derived from (recalled, not checked against a pay guide).
    private sealed record Classification(string Award, string Level, string Name, string? Stream, int Order, decimal Weekly2024, string? Description = null, string? Note = null);

    private static readonly Classification[] Classifications =
    [
        new("MA000002", "Level 1 year 1", "Clerical Level 1 (first year)", null, 1, 942.90m, "Basic clerical and office duties under direct supervision."),
        new("MA000002", "Level 2 year 1", "Clerical Level 2 (first year)", null, 2, 1001.50m),
        new("MA000002", "Level 3", "Clerical Level 3", null, 3, 1031.40m),
        new("MA000004", "Level 1", "Retail Employee Level 1", null, 1, 974.80m, "Shop assistant, console operator, cashier, shelf filler."),
        new("MA000004", "Level 2", "Retail Employee Level 2", null, 2, 997.80m),
        new("MA000004", "Level 3", "Retail Employee Level 3", null, 3, 1012.40m),
        new("MA000004", "Level 4", "Retail Employee Level 4", null, 4, 1028.90m, "Trade-qualified or supervising retail employee."),
        new("MA000009", "Introductory", "Introductory level", null, 1, 915.90m, "First 3 months for a new employee without experience.", NmwNote),
        new("MA000009", "Level 1", "Food and beverage attendant grade 1", "food and beverage", 2, 943.50m),
        new("MA000009", "Level 2", "Food and beverage attendant grade 2", "food and beverage", 3, 974.80m),
        new("MA000010", "C13", "Production employee C13", null, 1, 940.50m),
        new("MA000010", "C12", "Production employee C12", null, 2, 974.80m),
        new("MA000010", "C10", "Engineering/manufacturing tradesperson C10", null, 3, 1131.70m, "Trade-qualified (AQF Certificate III)."),
        new("MA000016", "Level 1", "Security officer Level 1", null, 1, 963.20m),
        new("MA000016", "Level 3", "Security officer Level 3", null, 2, 997.40m),
        new("MA000016", "Level 5", "Security officer Level 5", null, 3, 1035.00m),
        new("MA000018", "General Level 1", "Aged care employee—general—Level 1", "general", 1, 1005.40m, null,
            "FWC aged care work value stage increases are not applied"),
        new("MA000018", "General Level 2", "Aged care employee—general—Level 2", "general", 2, 1040.60m, null,
            "FWC aged care work value stage increases are not applied"),
        new("MA000020", "CW/ECW 1", "Construction worker level 1", null, 1, 1005.80m, "Entry-level on-site worker."),
        new("MA000020", "CW/ECW 2", "Construction worker level 2", null, 2, 1034.10m),
        new("MA000020", "CW/ECW 3", "Construction worker level 3", null, 3, 1067.40m, "Tradesperson or equivalent."),
        new("MA000022", "Level 1", "Cleaning services employee Level 1", null, 1, 967.80m),
        new("MA000022", "Level 2", "Cleaning services employee Level 2", null, 2, 992.80m),
        new("MA000022", "Level 3", "Cleaning services employee Level 3", null, 3, 1022.30m),
        new("MA000028", "Level 1", "Horticulture employee Level 1", null, 1, 915.90m, "Entry level; paid the national minimum wage.", NmwNote),
        new("MA000028", "Level 2", "Horticulture employee Level 2", null, 2, 940.50m),
        new("MA000028", "Level 3", "Horticulture employee Level 3", null, 3, 974.80m),
        new("MA000038", "Grade 1", "Transport worker grade 1", null, 1, 975.60m),
        new("MA000038", "Grade 3", "Transport worker grade 3", null, 3, 1012.90m, "Rigid vehicle driver (typically MR/HR)."),
        new("MA000038", "Grade 5", "Transport worker grade 5", null, 5, 1037.50m),
        new("MA000039", "Grade 4", "Long-distance driver grade 4", null, 4, 1025.00m),
        new("MA000039", "Grade 5", "Long-distance driver grade 5", null, 5, 1037.50m),
        new("MA000039", "Grade 6", "Long-distance driver grade 6", null, 6, 1059.30m, "Multi-combination driver (MC)."),
        new("MA000084", "Level 1", "Storeworker grade 1", null, 1, 975.60m),
        new("MA000084", "Level 2", "Storeworker grade 2", null, 2, 1000.60m, "Includes licensed forklift operation."),
        new("MA000084", "Level 3", "Storeworker grade 3", null, 3, 1015.40m),
        new("MA000100", "Level 1 pay point 1", "Social and community services employee Level 1 pay point 1", "social and community services", 1, 1004.40m),
        new("MA000100", "Level 2 pay point 1", "Social and community services employee Level 2 pay point 1", "social and community services", 2, 1196.20m),
        new("MA000100", "Level 3 pay point 1", "Social and community services employee Level 3 pay point 1", "social and community services", 3, 1281.20m),
    ];

    private static object?[] RateRow(Classification c)
    {
        // FWC rounds weekly rates to the nearest 10 cents; pay guides show hourly rates to the cent.
        var weekly = Math.Round(c.Weekly2024 * WageReviewIncrease * 10m, MidpointRounding.AwayFromZero) / 10m;
        var hourly = Math.Round(weekly / 38m, 2, MidpointRounding.AwayFromZero);
        var casual = Math.Round(hourly * 1.25m, 2, MidpointRounding.AwayFromZero);
        var source = string.Create(CultureInfo.InvariantCulture,
            $"derived: 2024-25 weekly {c.Weekly2024:0.00} (recalled, not checked against a pay guide) x 1.035 (AWR 2024-25), rounded to 10c; hourly = weekly / 38; casual = hourly x 1.25");
        if (c.Note is not null) source += $"; {c.Note}";
        var classification = new SqlExpression(
            $"(select c.id from compliance.award_classifications c join compliance.awards a on a.id = c.award_id where a.code = {SqlNames.Literal(c.Award)} and c.level_code = {SqlNames.Literal(c.Level)})");
        return [classification, RatesFrom, weekly, hourly, casual, "AWR 2024-25 (+3.5% from 1 July 2025)", source];
    }

    // ---- penalty rules (docs/design/DOMAIN.md §6) ------------------------------------------------------------

    private sealed record PenaltyRule(string Award, string EmploymentType, string DayType, string Kind, decimal? ThresholdHours, decimal Multiplier, string Description, string Source);

    private const string RetailSource = "derived: General Retail Industry Award 2020 rate for full-time and part-time employees, as recalled in DOMAIN.md §6; verify against the award";

    private static IEnumerable<PenaltyRule> PenaltyRules()
    {
        // The 25% casual loading every award loaded here pays on a casual's ordinary weekday hours; weekend and
        // public holiday rates for casuals are award-specific rules not loaded yet.
        foreach (var award in Awards)
            yield return new(award.Code, "casual", "weekday", "casual_loading", null, 1.25m, "Casual loading on ordinary hours",
                "derived: 25% casual loading of the modern awards (DOMAIN.md §6, recalled); verify against the award");

        // General Retail (MA000004), permanent employees: weekend and public holiday penalties, and overtime
        // at 150% for the first 3 hours then 200% Monday to Saturday, 200% on Sunday and 250% on public holidays.
        foreach (var type in new[] { "full_time", "part_time" })
        {
            yield return new("MA000004", type, "saturday", "penalty", null, 1.25m, "Saturday ordinary hours", RetailSource);
            yield return new("MA000004", type, "sunday", "penalty", null, 1.50m, "Sunday ordinary hours", RetailSource);
            yield return new("MA000004", type, "public_holiday", "penalty", null, 2.25m, "Public holiday ordinary hours", RetailSource);
            foreach (var day in new[] { "weekday", "saturday" })
            {
                yield return new("MA000004", type, day, "overtime", 0m, 1.50m, "Overtime, first 3 hours (Monday to Saturday)", RetailSource);
                yield return new("MA000004", type, day, "overtime", 3m, 2.00m, "Overtime after the first 3 hours (Monday to Saturday)", RetailSource);
            }
            yield return new("MA000004", type, "sunday", "overtime", 0m, 2.00m, "Overtime on Sunday", RetailSource);
            yield return new("MA000004", type, "public_holiday", "overtime", 0m, 2.50m, "Overtime on a public holiday", RetailSource);
        }
    }

    // ---- industry profiles ---------------------------------------------------------------------

    private sealed record Profile(string Code, string Name, string Award, string Anzsic, bool Fatigue, bool Swms, string Description);

    private static readonly Profile[] Profiles =
    [
        new("construction", "Construction", "MA000020", "E", false, true, "On-site building and civil construction labour."),
        new("road_transport", "Road transport and distribution", "MA000038", "I", true, false, "Local and metropolitan driving, distribution and yard work."),
        new("long_distance_transport", "Long-distance road transport", "MA000039", "I", true, false, "Linehaul driving beyond 500 km a trip."),
        new("warehousing", "Warehousing and storage", "MA000084", "I", false, false, "Warehouse, distribution centre and wholesale storework."),
        new("cleaning", "Cleaning services", "MA000022", "N", false, false, "Commercial and contract cleaning."),
        new("security", "Security services", "MA000016", "N", false, false, "Guarding, patrols, crowd control and monitoring."),
        new("hospitality", "Hospitality", "MA000009", "H", false, false, "Hotels, pubs, clubs, catering and events."),
        new("retail", "Retail", "MA000004", "G", false, false, "Shops, supermarkets and retail warehouses."),
        new("clerical", "Clerical and administration", "MA000002", "N", false, false, "Office, reception and data-entry roles."),
        new("manufacturing", "Manufacturing", "MA000010", "C", false, false, "Production, process and engineering trades."),
        new("aged_care", "Aged care", "MA000018", "Q", false, false, "Residential and community aged care (non-nursing roles)."),
        new("disability_community", "Disability and community services", "MA000100", "Q", false, false, "NDIS supports, home care and community services (SCHADS award)."),
        new("horticulture", "Horticulture", "MA000028", "A", false, false, "Harvest, packing and nursery work."),
    ];

    private sealed record ProfileCredential(string Profile, string Credential, string Requirement, string? Group, string Before, string? Condition);

    private static readonly ProfileCredential[] ProfileCredentials =
    [
        new("construction", "white_card", "mandatory", null, "placement", null),
        new("construction", "first_aid", "recommended", null, "first_shift", null),
        new("road_transport", "dl_hr", "role_dependent", "heavy_vehicle_licence", "placement", "Driving heavy vehicles; the class must cover the vehicle."),
        new("road_transport", "dl_hc", "role_dependent", "heavy_vehicle_licence", "placement", "Driving heavy vehicles; the class must cover the vehicle."),
        new("road_transport", "dl_mc", "role_dependent", "heavy_vehicle_licence", "placement", "Driving heavy vehicles; the class must cover the vehicle."),
        new("road_transport", "hrwl_lf", "role_dependent", null, "first_shift", "Operating forklifts in the yard or depot."),
        new("long_distance_transport", "dl_hr", "mandatory", "heavy_vehicle_licence", "placement", null),
        new("long_distance_transport", "dl_hc", "mandatory", "heavy_vehicle_licence", "placement", null),
        new("long_distance_transport", "dl_mc", "mandatory", "heavy_vehicle_licence", "placement", null),
        new("long_distance_transport", "heavy_vehicle_medical", "recommended", null, "placement", null),
        new("warehousing", "hrwl_lf", "mandatory", null, "first_shift", null),
        new("warehousing", "hrwl_lo", "role_dependent", null, "first_shift", "Operating order-picking forklifts."),
        new("cleaning", "police_check_national", "recommended", null, "placement", null),
        new("security", "security_licence", "mandatory", null, "placement", null),
        new("security", "first_aid", "recommended", null, "first_shift", null),
        new("hospitality", "rsa", "role_dependent", null, "first_shift", "Selling or serving alcohol."),
        new("hospitality", "rsg", "role_dependent", null, "first_shift", "Working in a gaming area."),
        new("manufacturing", "hrwl_lf", "role_dependent", null, "first_shift", "Operating forklifts."),
        new("aged_care", "police_check_national", "mandatory", null, "placement", null),
        new("aged_care", "first_aid", "recommended", null, "first_shift", null),
        new("disability_community", "ndis_worker_screening", "mandatory", null, "placement", null),
        new("disability_community", "first_aid", "recommended", null, "first_shift", null),
        new("horticulture", "visa_work_rights", "role_dependent", null, "first_shift", "Workers who are not Australian citizens or permanent residents."),
    ];
}
