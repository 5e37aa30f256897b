using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Clients;

/// <summary>
/// Client management: the host employers a labour-hire provider supplies, their contacts and
/// sites, partner agencies, rate cards (what a worker is paid and what the client is charged),
/// job costings, client group structures, the sales pipeline and client paperwork.
/// </summary>
[Migration(202601021000, "clients: clients, contacts, sites, agencies, rate cards, costings, hierarchies, opportunities, documents")]
public sealed class V202601021000_Clients : Migration
{
    private static readonly string[] EmploymentTypes = ["casual", "full_time", "part_time", "fixed_term"];

    private const string EmailFormat = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private const string PhoneFormat = "^\\+[1-9][0-9]{6,14}$";
    private const string MobileFormat = "^\\+614[0-9]{8}$";
    private const string NoSite = "'00000000-0000-0000-0000-000000000000'::uuid";

    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("clients.clients", "Host employers and customers the organisation supplies labour to (v2 clients); prospects live here too until they sign.", t =>
        {
            t.Text("legal_name").NotNull().Comment("Registered entity name, as on the ABN register; invoices are addressed to it.");
            t.Text("trading_name").Comment("Business name the client is known by, when it differs from the legal name.");
            t.Text("client_code").Comment("Short code printed on timesheets, invoices and payroll exports.");
            t.Column("abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(abn)", "checksum")
                .Comment("Australian Business Number: 11 digits, modulus-89 check digits verified. Needed on tax invoices over $1,000.");
            t.Column("acn", "char(9)").Matches("^[0-9]{9}$").Check("finnest.is_valid_acn(acn)", "checksum")
                .Comment("Australian Company Number where the client is a company.");
            t.Text("status").NotNull().Default("'prospect'").In("prospect", "active", "on_hold", "inactive")
                .Comment("prospect: in the sales pipeline; active: may be supplied and invoiced; on_hold: no new placements (credit or dispute); inactive: no longer trading with us.");
            t.Ref("industry_profile_id", "compliance.industry_profiles").Comment("Industry the client operates in: default award and credentials required of workers supplied.");
            t.TenantRef("primary_office_id", "public.offices").Comment("Branch that manages the account.");
            t.TenantRef("account_manager_id", "public.users").Comment("Consultant responsible for the account.");
            t.Int("payment_terms_days").NotNull().Default("14").Between(0, 180)
                .Comment("Days allowed to pay an invoice: counted from the invoice date, or from the end of the invoice month when payment_terms_eom.");
            t.Bool("payment_terms_eom").NotNull().Default("false").Comment("Terms run from the end of the month of the invoice (e.g. 30 days EOM).");
            t.Money("credit_limit").NonNegative().Comment("Maximum unpaid invoiced amount (AUD, GST inclusive) before new work is put on hold; null: no limit set.");
            t.Text("invoice_frequency").NotNull().Default("'weekly'").In("weekly", "fortnightly", "monthly", "per_timesheet");
            t.Text("billing_email").Check($"billing_email ~ '{EmailFormat}'", "format").Comment("Where invoices are sent.");
            t.Text("phone").Matches(PhoneFormat).Comment("E.164, e.g. +61298765432.");
            t.Text("website");
            t.Date("client_since").Comment("Date of the first signed labour-hire agreement.");
            t.UniqueWhileActive("client_code");
            t.ActiveIndex("status", "legal_name");
            t.Index("abn").WhereActive();
        });

        db.TenantTable("clients.sites", "Workplaces of a client where workers are placed (v2 site): address, time zone for local wall-clock times, geofence for clock-ins, induction requirement.", t =>
        {
            t.TenantRef("client_id", "clients.clients").NotNull();
            t.Text("name").NotNull();
            t.Text("site_code").Comment("Client's or our short code for the site, used on rosters and timesheets.");
            t.Text("address_line1").NotNull();
            t.Text("address_line2");
            t.Text("suburb").NotNull();
            t.Text("state").NotNull().In(AustralianDomain.States).Comment("Sets public holidays, payroll tax jurisdiction and labour-hire licensing rules.");
            t.Column("postcode", "char(4)").NotNull().Matches("^[0-9]{4}$");
            t.Text("timezone").NotNull().Default("'Australia/Sydney'").Matches(AustralianDomain.TimeZonePattern)
                .Comment("IANA time zone of the site (Australia/Perth, Australia/Darwin…): shift and clock times are shown in it.");
            t.Column("latitude", "numeric(9,6)").Between(-90, 90).Comment("Geofence centre, decimal degrees (WGS84).");
            t.Column("longitude", "numeric(9,6)").Between(-180, 180).Comment("Geofence centre, decimal degrees (WGS84).");
            t.Int("geofence_radius_m").Between(10, 10000).Comment("Geofence radius in metres: mobile clock-ins outside it are flagged.");
            t.Bool("induction_required").NotNull().Default("false").Comment("Workers must complete the site induction before their first shift.");
            t.SoftRef("induction_course_id", "learn.courses", "Site induction course, when delivered online.");
            t.Column("ppe_required", "text[]").NotNull().Default("'{}'::text[]").Comment("PPE a worker must bring, e.g. hi_vis, steel_cap_boots, hard_hat.");
            t.Text("access_instructions").Comment("Parking, entry gate, sign-in point, who to report to.");
            t.Text("status").NotNull().Default("'active'").In("active", "inactive");
            t.Check("geofence_complete", "(latitude is null) = (longitude is null) and (geofence_radius_m is null or latitude is not null)");
            t.UniqueWhileActive("client_id", "site_code");
            t.ActiveIndex("client_id", "name");
            t.ActiveIndex("state", "postcode");
        });

        db.TenantTable("clients.contacts", "People at a client we deal with (v2 client_contacts), with the roles they play: hiring manager, timesheet approver, billing, safety.", t =>
        {
            t.TenantRef("client_id", "clients.clients").NotNull();
            t.TenantRef("site_id", "clients.sites").Comment("Site the contact works at or is responsible for; null: the whole client.");
            t.TenantRef("user_id", "public.users").Comment("Portal login (public.users of kind client_contact), e.g. to approve timesheets online.");
            t.Text("first_name").NotNull();
            t.Text("last_name").NotNull();
            t.Text("position_title");
            t.Text("email").Check($"email ~ '{EmailFormat}'", "format");
            t.Text("phone").Matches(PhoneFormat).Comment("Landline or direct line, E.164.");
            t.Text("mobile").Matches(MobileFormat).Comment("Australian mobile, E.164: +614xxxxxxxx.");
            t.Column("roles", "text[]").NotNull().Default("'{}'::text[]")
                .Check("roles <@ array['hiring_manager', 'timesheet_approver', 'billing', 'safety']::text[]")
                .Comment("What the contact does for us: hiring_manager (orders labour), timesheet_approver, billing (receives invoices), safety (WHS contact at the host).");
            t.Bool("is_primary").NotNull().Default("false").Comment("Main contact of the client; at most one live per client.");
            t.Text("status").NotNull().Default("'active'").In("active", "left");
            t.UniqueWhileActive("client_id").Where("is_primary and deleted_at is null").Named("uq_contacts__org_id_client_id_primary");
            t.ActiveIndex("client_id", "last_name");
        });

        db.TenantTable("clients.agencies", "Other labour-hire agencies and suppliers we subcontract to or partner with (v2 agency). QLD, VIC, SA and the ACT require labour-hire providers to be licensed and hosts to use only licensed ones.", t =>
        {
            t.Text("name").NotNull();
            t.Text("legal_name");
            t.Column("abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(abn)", "checksum")
                .Comment("Australian Business Number: 11 digits, modulus-89 check digits verified.");
            t.Column("acn", "char(9)").Matches("^[0-9]{9}$").Check("finnest.is_valid_acn(acn)", "checksum");
            t.Text("agency_type").NotNull().Default("'labour_hire'").In("labour_hire", "recruitment", "subcontractor", "master_vendor")
                .Comment("labour_hire: supplies workers under its own employment; recruitment: permanent placement only; subcontractor: supplies a service crew; master_vendor: manages other suppliers for a client.");
            t.Text("labour_hire_licence_number").Comment("Licence number on the state register.");
            t.Text("labour_hire_licence_state").In("QLD", "VIC", "SA", "ACT").Comment("Jurisdiction that issued the licence (only these four license labour hire).");
            t.Date("labour_hire_licence_expiry");
            t.Timestamp("licence_verified_at").Comment("When the licence was last confirmed on the public register.");
            t.Text("contact_name");
            t.Text("email").Check($"email ~ '{EmailFormat}'", "format");
            t.Text("phone").Matches(PhoneFormat);
            t.Fraction("supplier_markup").NonNegative().Comment("Agency's markup on the worker's pay rate, fraction: 0.1500 = 15%.");
            t.Int("payment_terms_days").Between(0, 180).Comment("Days we have to pay the agency's invoices.");
            t.Text("status").NotNull().Default("'active'").In("active", "suspended", "inactive");
            t.Check("licence_complete", "labour_hire_licence_number is null or (labour_hire_licence_state is not null and labour_hire_licence_expiry is not null)");
            t.ActiveIndex("status", "name");
            t.Index("labour_hire_licence_expiry").WhereActive();
            t.Index("abn").WhereActive();
        });

        db.TenantTable("clients.rate_cards", "Agreed rates for a position at a client (optionally one site): what the worker is paid and what the client is charged, per employment type, for a period. Approved cards of the same client, site, position and employment type never overlap in time.", t =>
        {
            t.TenantRef("client_id", "clients.clients").NotNull();
            t.TenantRef("site_id", "clients.sites").Comment("Site the rates apply to; null: every site of the client (a site card takes precedence).");
            t.Text("name").Comment("Label on the client's rate schedule, e.g. FY26 Warehouse rates.");
            t.Text("position_title").NotNull().Comment("Position the rates are for, e.g. Forklift Driver; compared case-insensitively for overlaps.");
            t.Ref("award_id", "compliance.awards").Comment("Modern award covering the position.");
            t.Ref("award_classification_id", "compliance.award_classifications").Comment("Award classification the worker is paid at; the pay rate must not fall below its minimum.");
            t.Text("employment_type").NotNull().Default("'casual'").In(EmploymentTypes).Comment("Casual rates include the casual loading (typically 25%).");
            t.Rate("base_pay_rate").NotNull().NonNegative().Comment("Ordinary hourly pay rate to the worker (AUD).");
            t.Rate("base_charge_rate").NotNull().NonNegative().Comment("Ordinary hourly rate charged to the client (AUD, GST exclusive).");
            t.Fraction("markup").NonNegative().Comment("Markup the charge rates were derived with: (charge - pay) / pay, 0.3500 = 35%.");
            t.Date("effective_from").NotNull();
            t.Date("effective_to").Comment("Last day the rates apply (inclusive); null: until replaced.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "approved", "withdrawn")
                .Comment("Only approved cards are used for pay and invoicing and are kept free of overlaps; drafts may overlap while being negotiated.");
            t.TenantRef("approved_by_id", "public.users");
            t.Timestamp("approved_at");
            t.Text("client_reference").Comment("Client's reference for the agreed schedule, e.g. a purchase order or contract schedule number.");
            t.Period("effective_from", "effective_to");
            t.Check("charge_covers_pay", "base_charge_rate >= base_pay_rate");
            t.Check("approval_recorded", "status <> 'approved' or approved_at is not null");
            t.Constraint("ex_rate_cards__no_overlap",
                $"exclude using gist (org_id with =, client_id with =, (coalesce(site_id, {NoSite})) with =, (lower(position_title)) with =, employment_type with =, " +
                "daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null and status = 'approved')");
            t.ActiveIndex("client_id", "status", "effective_from");
        });

        db.TenantTable("clients.rate_configurations", "The rate of each pay category on a rate card (ordinary, weekend, public holiday, shift, overtime, allowances): pay rate against charge rate.", t =>
        {
            t.TenantRef("rate_card_id", "clients.rate_cards").NotNull();
            t.Text("pay_category").NotNull().In(AustralianDomain.PayCategories)
                .Comment("Category of worked time priced, as on timecard lines; overtime_150/200/250: overtime at 150%, 200% and 250% (public holiday overtime).");
            t.Text("allowance_code").Comment("Which allowance (e.g. first_aid, leading_hand, meal, tool) when pay_category is allowance.");
            t.Text("unit").NotNull().Default("'hour'").In("hour", "shift", "day", "week", "km", "each").Comment("What one rate is paid per; allowances are often per shift or per km.");
            t.Fraction("pay_multiplier").NonNegative().Comment("Multiplier of the ordinary pay rate under the award: 1.5000 = 150%.");
            t.Rate("pay_rate").NotNull().NonNegative().Comment("Paid to the worker per unit (AUD).");
            t.Text("charge_basis").NotNull().Default("'fixed'").In("fixed", "markup").Comment("fixed: charge_rate agreed as is; markup: charge_rate = pay_rate × (1 + markup).");
            t.Fraction("markup").NonNegative().Comment("Fraction over pay: 0.3500 = 35%. Required when charge_basis is markup.");
            t.Rate("charge_rate").NotNull().NonNegative().Comment("Charged to the client per unit (AUD, GST exclusive).");
            t.Check("allowance_code_for_allowances", "(pay_category = 'allowance') = (allowance_code is not null)");
            t.Check("markup_given", "charge_basis <> 'markup' or markup is not null");
            t.UniqueWhileActive("rate_card_id", "pay_category", "(coalesce(allowance_code, ''))").Named("uq_rate_configurations__org_id_rate_card_id_category");
        });

        db.TenantTable("clients.job_costings", "Cost build-up of a position for a client: pay rate plus on-costs (super, payroll tax, workers' compensation, leave accrual) against the charge rate, giving the margin per hour.", t =>
        {
            t.TenantRef("client_id", "clients.clients").NotNull();
            t.TenantRef("site_id", "clients.sites");
            t.TenantRef("rate_card_id", "clients.rate_cards").Comment("Rate card the costing supports or was derived from.");
            t.Text("position_title").NotNull();
            t.Ref("award_classification_id", "compliance.award_classifications");
            t.Text("employment_type").NotNull().In(EmploymentTypes);
            t.Text("state").NotNull().In(AustralianDomain.States).Comment("State whose payroll tax and workers' compensation rates apply.");
            t.Date("costed_on").NotNull().Default("current_date");
            t.Rate("base_pay_rate").NotNull().NonNegative().Comment("Ordinary hourly pay rate (AUD), excluding casual loading.");
            t.Fraction("casual_loading").NotNull().Default("0").NonNegative().Comment("0.2500 = 25% for casuals; 0 for permanents.");
            t.Fraction("super_rate").NotNull().Default("0.1200").NonNegative().Comment("Superannuation guarantee: 0.1200 = 12% of ordinary time earnings from 1 Jul 2025.");
            t.Fraction("payroll_tax_rate").NotNull().Default("0").Between(0, 1).Comment("State payroll tax rate, e.g. 0.0545 = 5.45% (NSW).");
            t.Fraction("workers_comp_rate").NotNull().Default("0").Between(0, 1).Comment("Workers' compensation premium as a fraction of wages for the industry classification.");
            t.Fraction("leave_accrual_rate").NotNull().Default("0").Between(0, 1).Comment("Cost of paid leave accruing to permanents, fraction of wages.");
            t.Fraction("portable_lsl_rate").NotNull().Default("0").Between(0, 1).Comment("Portable long service levy where the industry has a scheme (e.g. construction, contract cleaning).");
            t.Rate("other_costs_per_hour").NotNull().Default("0").NonNegative().Comment("PPE, training, administration and similar, AUD per hour.");
            t.Rate("total_cost_rate").NotNull().NonNegative().Comment("Full cost of one hour of the worker (AUD): pay with loading plus every on-cost.");
            t.Rate("charge_rate").NotNull().NonNegative().Comment("Hourly rate charged to the client (AUD, GST exclusive).");
            t.Column("margin_per_hour", "numeric(12,4) generated always as (charge_rate - total_cost_rate) stored")
                .Comment("Gross margin per hour (AUD); negative when the job loses money.");
            t.Hours("hours_per_week").NonNegative().Comment("Expected hours per worker per week, to project weekly margin.");
            t.Int("headcount").Positive();
            t.Text("status").NotNull().Default("'draft'").In("draft", "quoted", "accepted", "superseded");
            t.TenantRef("prepared_by_id", "public.users");
            t.Check("total_cost_covers_pay", "total_cost_rate >= base_pay_rate");
            t.ActiveIndex("client_id", "status");
        });

        db.TenantTable("clients.client_hierarchies", "Edges of the tree of client entities: a parent company and its subsidiaries, divisions or franchisees, for roll-up reporting and consolidated billing. A client has at most one parent; cycles are refused.", t =>
        {
            t.TenantRef("parent_client_id", "clients.clients").NotNull();
            t.TenantRef("child_client_id", "clients.clients").NotNull();
            t.Text("relationship_type").NotNull().Default("'subsidiary'").In("subsidiary", "division", "branch", "franchise", "billing_entity");
            t.Bool("consolidated_billing").NotNull().Default("false").Comment("The child's invoices are addressed to and paid by the parent.");
            t.Date("effective_from");
            t.Date("effective_to");
            t.Check("no_self_parent", "parent_client_id <> child_client_id");
            t.Period("effective_from", "effective_to");
            t.UniqueWhileActive("child_client_id");
            t.ActiveIndex("parent_client_id", "relationship_type");
            t.Trigger("prevent_hierarchy_cycle", "before insert or update of parent_client_id, child_client_id, deleted_at", "clients.prevent_hierarchy_cycle",
                "Refuses a client hierarchy edge whose child is already an ancestor of its parent (a cycle).",
                """
                    create function clients.prevent_hierarchy_cycle() returns trigger
                    language plpgsql
                    set search_path = ''
                    as $$
                    begin
                        -- A self-parent is left to ck_client_hierarchies__no_self_parent, which names the real fault.
                        if new.deleted_at is not null or new.parent_client_id = new.child_client_id then
                            return new;
                        end if;
                        -- Serialise hierarchy changes of one organisation: two concurrent edges could otherwise close a loop unseen.
                        perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('clients.client_hierarchies'), pg_catalog.hashtext(new.org_id::text));
                        if exists (
                            with recursive ancestors (client_id) as (
                                select new.parent_client_id
                                union
                                select h.parent_client_id
                                from clients.client_hierarchies h
                                join ancestors a on h.child_client_id = a.client_id
                                where h.org_id = new.org_id and h.deleted_at is null and h.id <> new.id
                            )
                            select from ancestors where client_id = new.child_client_id
                        ) then
                            raise exception 'client % cannot be placed under client %: the hierarchy would contain a cycle', new.child_client_id, new.parent_client_id
                                using errcode = 'check_violation', constraint = 'ck_client_hierarchies__no_cycle', table = 'client_hierarchies', schema = 'clients';
                        end if;
                        return new;
                    end
                    $$;
                    """);
        });

        db.TenantTable("clients.opportunities", "Sales pipeline: potential work with a new or existing client, from first lead to won or lost.", t =>
        {
            t.TenantRef("client_id", "clients.clients").NotNull().Comment("Client or prospect (clients.status prospect) the opportunity is with.");
            t.TenantRef("contact_id", "clients.contacts").Comment("Decision maker at the client.");
            t.TenantRef("owner_id", "public.users").Comment("Business development consultant who owns the opportunity.");
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("stage").NotNull().Default("'lead'").In("lead", "qualified", "proposal", "negotiation", "won", "lost");
            t.Text("source").In("referral", "tender", "inbound", "outbound", "existing_client");
            t.Fraction("probability").Between(0, 1).Comment("Chance of winning, fraction: 0.6000 = 60%.");
            t.Money("estimated_annual_value").NonNegative().Comment("Expected charge revenue over 12 months (AUD, GST exclusive).");
            t.Int("estimated_headcount").NonNegative().Comment("Workers the client would need.");
            t.Date("expected_close_date");
            t.Timestamp("closed_at");
            t.Text("lost_reason");
            t.SoftRef("quote_id", "quotes.quotes", "Quote sent for this opportunity.");
            t.Check("closed_when_won_or_lost", "(stage in ('won', 'lost')) = (closed_at is not null)");
            t.Check("lost_reason_given", "stage <> 'lost' or lost_reason is not null");
            t.ActiveIndex("stage", "expected_close_date");
            t.ActiveIndex("client_id", "stage");
        });

        db.TenantTable("clients.client_documents", "Paperwork held for a client: labour-hire agreements, rate schedules, insurance certificates, purchase orders, site induction packs; files live in object storage.", t =>
        {
            t.TenantRef("client_id", "clients.clients").NotNull();
            t.TenantRef("site_id", "clients.sites").Comment("Site the document concerns, e.g. its induction pack or SWMS.");
            t.Text("document_type").NotNull().In("master_services_agreement", "labour_hire_agreement", "rate_schedule", "insurance_certificate",
                "purchase_order", "credit_application", "site_induction_pack", "swms", "other");
            t.Text("title").NotNull();
            t.Text("reference_number").Comment("Purchase order, policy or contract number stated in the document.");
            t.Money("amount").NonNegative().Comment("Amount the document states (AUD): purchase order value or insurance cover.");
            t.Text("storage_key").NotNull().Comment("Object storage key of the file.");
            t.Text("file_name");
            t.Text("mime_type").Matches("^[a-z]+/[A-Za-z0-9.+-]+$").Comment("Media type of the file, e.g. application/pdf, image/jpeg.");
            t.BigInt("file_size_bytes").NonNegative();
            t.Column("sha256", "char(64)").Matches("^[0-9a-f]{64}$").Comment("Hash of the file: detects tampering and duplicates.");
            t.Date("issued_on");
            t.Date("expires_on").Comment("Insurance and agreements lapse: reminders are raised before this date.");
            t.Timestamp("signed_at");
            t.Text("status").NotNull().Default("'current'").In("draft", "current", "expired", "superseded");
            t.TenantRef("uploaded_by_id", "public.users");
            t.Period("issued_on", "expires_on");
            t.ActiveIndex("client_id", "document_type");
            t.Index("expires_on").WhereActive();
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
    }
}
