using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Compliance;

/// <summary>
/// The global registry every industry-specific rule hangs on: credential types, modern awards
/// with their classifications, rates, allowances and penalty rules, and industry profiles (default award plus
/// required credentials). Read by 8+ schemas; only migrations write it.
/// </summary>
[Migration(202601020100, "compliance reference: credential types, awards, classifications, rates, allowances, penalty rules, industry profiles")]
public sealed class V202601020100_ComplianceReference : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.ReferenceTable("compliance.credential_types", "Kinds of licence, ticket, check, clearance or document a worker can hold (the credential registry). A worker's held credential is people.employee_qualifications; whether it is currently valid is compliance.compliance_status.", t =>
        {
            t.Text("code").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("Stable key used by rules and integrations, e.g. hrwl_lf, dl_hr, wwc_nsw, white_card.");
            t.Text("name").NotNull();
            t.Text("category").NotNull().In("driver_licence", "hrwl", "ticket", "background_check", "medical", "induction", "visa", "clearance")
                .Comment("hrwl: high-risk work licence (WHS Regulations Sch 3); ticket: other certificate of competency.");
            t.Text("licence_class").Comment("Class or code printed on the licence: C, LR, MR, HR, HC, MC, R, RE for driver licences; SB, DG, CN, LF… for high-risk work licences.");
            t.Text("unit_code").Matches("^[A-Z]{3,}[0-9]{3,4}[A-Z]?$").Comment("Nationally recognised unit of competency (training.gov.au) behind the credential, e.g. CPCWHS1001, HLTAID011.");
            t.Text("issuer").NotNull().Comment("Who issues it: a named body, or the kind of body where each state has its own (road authority, WHS regulator).");
            t.Bool("has_expiry").NotNull().Comment("False for credentials that never lapse (White Card); point-in-time checks with a recency rule are modelled with an expiry.");
            t.Int("default_validity_months").Positive().Comment("Usual validity in months from issue; null where it varies by issuer or does not expire.");
            t.Int("expiry_warning_days").NotNull().Default("30").Between(0, 365).Comment("Days before expiry that a credential turns from valid to expiring (pulse alerts at 30/14/7 days).");
            t.Column("applicable_states", "text[]").Check($"applicable_states <@ array[{AustralianDomain.StatesSql}]::text[]", "states")
                .Comment("States and territories where the credential is issued or recognised; null: national.");
            t.Bool("requires_verification").NotNull().Default("true").Comment("A copy or register lookup must be verified before the credential counts as valid.");
            t.Bool("holds_sensitive_data").NotNull().Default("false").Comment("Outcome details (background checks, medicals) are sensitive personal information: store only the result and reference.");
            t.Text("description");
            t.Unique("code");
            t.Index("category");
            t.Check("validity_only_when_expiring", "default_validity_months is null or has_expiry");
        });

        db.ReferenceTable("compliance.awards", "Modern awards (Fair Work Commission), the legal minimum pay and conditions for an industry or occupation.", t =>
        {
            t.Text("code").NotNull().Matches(@"^MA\d{6}$").Comment("Fair Work award code, e.g. MA000004.");
            t.Text("title").NotNull().Comment("Full title, e.g. General Retail Industry Award 2020.");
            t.Text("short_title").NotNull().Comment("Name used on screens and payslips, e.g. Retail.");
            t.Text("version").NotNull().Comment("Version of the award instrument (the year in its title, 2010 or 2020).");
            t.Date("effective_from").NotNull().Comment("Date the award commenced (modern awards: 1 January 2010).");
            t.Date("effective_to").Comment("Date the award was revoked or replaced; null while in force.");
            t.Fraction("casual_loading").NotNull().Default("0.2500").Between(0, 1).Comment("Casual loading on the ordinary hourly rate: fraction, 0.2500 = 25%.");
            t.Fraction("annual_leave_loading").NotNull().Default("0.1750").Between(0, 1).Comment("Annual leave loading: fraction, 0.1750 = 17.5%.");
            t.Hours("ordinary_hours_per_week").NotNull().Default("38").Between(1, 38).Comment("Ordinary full-time hours per week (NES cap 38); hourly rate = weekly rate / these hours.");
            t.Text("fwc_url").Matches("^https://").Comment("Award text on the Fair Work Commission site.");
            t.Unique("code");
            t.Period("effective_from", "effective_to");
        });

        db.ReferenceTable("compliance.award_classifications", "Classification levels of a modern award (Level 3, Grade 2, CW/ECW 1): what work a worker is paid for.", t =>
        {
            t.Ref("award_id", "compliance.awards").NotNull();
            t.Text("level_code").NotNull().Comment("Level as the award names it, e.g. Level 1, Grade 3, CW/ECW 2, Level 2 pay point 1.");
            t.Text("name").NotNull().Comment("Classification title, e.g. Retail Employee Level 1.");
            t.Text("stream").Comment("Stream within the award where it has several, e.g. social and community services, general.");
            t.Int("sort_order").NotNull().Positive().Comment("Order of seniority within the award, 1 = lowest.");
            t.Text("description").Comment("Indicative duties or skills that place a worker at this level.");
            t.Unique("award_id", "level_code");
            t.Index("award_id", "sort_order");
        });

        db.ReferenceTable("compliance.award_rates", "Minimum rates of pay of an award classification for a period; a new row per annual wage review, never an update.", t =>
        {
            t.Ref("award_classification_id", "compliance.award_classifications").NotNull();
            t.Text("rate_basis").NotNull().Default("'adult'").In("adult", "junior", "apprentice", "trainee", "supported_wage")
                .Comment("Adult rate, or a percentage of it for juniors, apprentices, trainees and the supported wage system.");
            t.Text("band").Comment("Age or year band for non-adult rates, e.g. under 16, 17 years, 1st year apprentice; null for adult rates.");
            t.Fraction("percentage_of_adult").NotNull().Default("1.0000").Check("percentage_of_adult > 0 and percentage_of_adult <= 1", "range")
                .Comment("Share of the adult rate paid: fraction, 0.7000 = 70%; 1.0000 for adult rates.");
            t.Date("effective_from").NotNull().Comment("First day of the first full pay period on or after this date that the rate applies.");
            t.Date("effective_to").Comment("Last day the rate applies; null while current.");
            t.Column("weekly_rate", "numeric(10,4)").NotNull().Positive().Comment("Minimum weekly rate for ordinary full-time hours, AUD.");
            t.Column("hourly_rate", "numeric(10,4)").NotNull().Positive().Comment("Minimum ordinary hourly rate, AUD (weekly rate / ordinary hours, rounded to cents as in pay guides).");
            t.Column("casual_hourly_rate", "numeric(10,4)").Positive().Comment("Ordinary hourly rate including the award's casual loading, AUD.");
            t.Text("wage_review").Comment("Annual wage review that set the rate, e.g. AWR 2024-25 (+3.5% from 1 July 2025).");
            t.Text("source").NotNull().Comment("Where the figure comes from: a Fair Work pay guide, or 'derived: …' with the calculation when it was not copied from one.");
            t.Bool("verified_against_pay_guide").NotNull().Default("false").Comment("True once the figure was checked against the Fair Work Ombudsman pay guide for its period.");
            t.Period("effective_from", "effective_to");
            t.Check("casual_rate_not_below_ordinary", "casual_hourly_rate is null or casual_hourly_rate >= hourly_rate");
            t.Check("adult_rate_is_full_rate", "rate_basis <> 'adult' or (percentage_of_adult = 1 and band is null)");
            // One rate per classification, basis and band at any date: a second overlapping row would make pay ambiguous.
            t.Constraint("ex_award_rates__no_overlap",
                "exclude using gist (award_classification_id with =, rate_basis with =, (coalesce(band, '')) with =, " +
                "daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)");
        });

        db.ReferenceTable("compliance.award_allowances", "Allowances an award grants (tool, meal, first aid, vehicle per km…), with their STP Phase 2 reporting category.", t =>
        {
            t.Ref("award_id", "compliance.awards").NotNull();
            t.Text("code").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("Key within the award, e.g. first_aid, meal_overtime, vehicle_km.");
            t.Text("name").NotNull();
            t.Text("clause").Comment("Award clause that grants it, e.g. 20.2(b).");
            t.Text("stp_category").NotNull().In("CD", "AD", "LD", "MD", "RD", "TD", "KN", "QN", "OD")
                .Comment("STP Phase 2 allowance type: CD cents/km, AD award transport, LD laundry, MD overtime meal, RD travel, TD tools, KN tasks, QN qualifications, OD other.");
            t.Text("payment_unit").NotNull().In("per_hour", "per_shift", "per_day", "per_week", "per_km", "per_occasion");
            t.Rate("amount").NonNegative().Comment("AUD per payment unit; null when the allowance is a percentage of the standard rate.");
            t.Fraction("percentage_of_standard_rate").Between(0, 1).Comment("Wage-related allowance as a fraction of the award's standard weekly rate, e.g. 0.0190 = 1.9%.");
            t.Bool("counts_as_ote").NotNull().Default("false").Comment("Part of ordinary time earnings, so super guarantee applies.");
            t.Date("effective_from").NotNull();
            t.Date("effective_to");
            t.Text("source").NotNull().Comment("Where the figure comes from: a Fair Work pay guide, or 'derived: …'.");
            t.Check("amount_or_percentage", "(amount is null) <> (percentage_of_standard_rate is null)");
            t.Period("effective_from", "effective_to");
            t.Unique("award_id", "code", "effective_from");
        });

        db.ReferenceTable("compliance.award_penalty_rules", "Penalty, overtime and loading rules of a modern award: for an employment type, day type and optional time band, the multiple of the ordinary hourly rate paid (after a threshold of overtime hours where one applies). Payroll and timesheets price hours with them.", t =>
        {
            t.Ref("award_id", "compliance.awards").NotNull();
            t.Text("employment_type").NotNull().In("full_time", "part_time", "casual", "any").Comment("Employees the rule applies to; any: every employment type.");
            t.Text("day_type").NotNull().In("weekday", "saturday", "sunday", "public_holiday").Comment("weekday: Monday to Friday.");
            t.Text("rule_kind").NotNull().In("penalty", "overtime", "casual_loading", "shift_loading")
                .Comment("penalty: ordinary hours on the day or in the band; overtime: hours beyond ordinary hours; casual_loading: loading in lieu of leave entitlements; shift_loading: evening, night or early-morning shift work.");
            t.Column("band_start", "time").Comment("Local wall-clock start of the time band the rule covers; null with band_end: the whole day.");
            t.Column("band_end", "time").Comment("Local wall-clock end of the time band (24:00 for midnight).");
            t.Hours("threshold_hours").NonNegative().Comment("Overtime rules: hours of overtime in the day after which this multiplier applies (0: from the first overtime hour, 3: after the first 3 hours); null for other rules.");
            t.Fraction("multiplier").NotNull().Positive().Comment("Multiple of the ordinary hourly rate paid: 1.2500 = 125%.");
            t.Date("effective_from").NotNull();
            t.Date("effective_to").Comment("Last day the rule applies; null while current.");
            t.Text("description").Comment("The rule in words, e.g. Saturday ordinary hours.");
            t.Text("source").NotNull().Comment("Where the figure comes from: the award clause, or 'derived: …' for a recalled figure still to be verified against the award.");
            t.Check("band_end_after_band_start", "(band_start is null) = (band_end is null) and (band_start is null or band_end > band_start)");
            t.Period("effective_from", "effective_to");
            t.Check("overtime_has_threshold", "rule_kind <> 'overtime' or threshold_hours is not null");
            t.Check("threshold_only_for_overtime", "threshold_hours is null or rule_kind = 'overtime'");
            t.Check("casual_loading_for_casuals", "rule_kind <> 'casual_loading' or employment_type = 'casual'");
            // One multiplier per award, employee type, day, band and overtime step at any date: a second overlapping row would make pay ambiguous.
            t.Constraint("ex_award_penalty_rules__no_overlap",
                "exclude using gist (award_id with =, employment_type with =, day_type with =, rule_kind with =, " +
                "(coalesce(band_start::text, '')) with =, (coalesce(threshold_hours, -1)) with =, " +
                "daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)");
        });

        db.ReferenceTable("compliance.industry_profiles", "Industries Finnest is configured for: each brings a default award and the credentials its workers must hold.", t =>
        {
            t.Text("code").NotNull().Matches("^[a-z][a-z0-9_]*$").Comment("Stable key, e.g. construction, road_transport, aged_care.");
            t.Text("name").NotNull();
            t.Ref("default_award_id", "compliance.awards").Comment("Award most workers in the industry are covered by; a job order may name another.");
            t.Column("anzsic_division", "char(1)").Matches("^[A-S]$").Comment("ANZSIC 2006 division letter, e.g. E construction, I transport, Q health care.");
            t.Bool("fatigue_regulated").NotNull().Default("false").Comment("Heavy-vehicle driving under the HVNL fatigue rules is usual in this industry.");
            t.Bool("requires_swms").NotNull().Default("false").Comment("High-risk construction work needing a safe work method statement is usual in this industry.");
            t.Text("description");
            t.Unique("code");
        });

        // public.organisations is created before compliance exists, so its default profile gets its FK here.
        db.Sql("alter table public.organisations add constraint fk_organisations__industry_profile_id foreign key (industry_profile_id) references compliance.industry_profiles (id);");

        db.ReferenceTable("compliance.industry_profile_credentials", "Credentials an industry profile requires or recommends for its workers.", t =>
        {
            t.Ref("industry_profile_id", "compliance.industry_profiles").NotNull();
            t.Ref("credential_type_id", "compliance.credential_types").NotNull();
            t.Text("requirement").NotNull().In("mandatory", "role_dependent", "recommended")
                .Comment("mandatory: every worker; role_dependent: only workers doing the work the condition names; recommended: advisory.");
            t.Text("alternative_group").Matches("^[a-z][a-z0-9_]*$").Comment("Credentials of one profile sharing a group are alternatives: holding any one meets the requirement (e.g. HR, HC or MC licence).");
            t.Text("required_before").NotNull().Default("'first_shift'").In("onboarding_complete", "placement", "first_shift")
                .Comment("Latest point by which the credential must be verified.");
            t.Text("condition").Comment("When a role-dependent requirement applies, in words, e.g. operating a forklift.");
            t.Unique("industry_profile_id", "credential_type_id");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("alter table public.organisations drop constraint fk_organisations__industry_profile_id;");
        db.DropWhatUpCreated(Up);
    }
}
