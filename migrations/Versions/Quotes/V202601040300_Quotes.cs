using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Quotes;

/// <summary>
/// From lead to signed work: labour-hire quotes priced from award pay rates plus on-costs and
/// margin, the agreements that follow, their signatures, and the jobs, milestones and tasks
/// that deliver them. All amounts are GST-exclusive; GST is added on invoices.
/// </summary>
[Migration(202601040300, "quotes: leads, quotes and lines, agreements, signatures, jobs, milestones, tasks")]
public sealed class V202601040300_Quotes : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.TenantTable("quotes.leads", "A prospective customer or piece of work, before a quote: who, what labour, how much, and where it came from.", t =>
        {
            t.Text("company_name").NotNull();
            t.Column("abn", "char(11)").Matches("^[0-9]{11}$").Check("finnest.is_valid_abn(abn)", "checksum")
                .Comment("Australian Business Number: 11 digits, modulus-89 check digits verified.");
            t.Text("contact_name");
            t.Text("contact_email").Check("contact_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", "format");
            t.Text("contact_phone").Matches("^\\+[1-9][0-9]{6,14}$").Comment("E.164, e.g. +61412345678.");
            t.Text("source").NotNull().In("website", "referral", "tender", "cold_call", "repeat_client", "event", "linkedin", "other");
            t.Ref("industry_profile_id", "compliance.industry_profiles").Comment("Industry of the work, which sets the likely award and credentials.");
            t.Text("state").In(AustralianDomain.States).Comment("Where the work is: drives payroll tax, workers' comp and labour-hire licensing.");
            t.Int("headcount").Positive().Comment("Workers the prospect expects to need.");
            t.Money("estimated_value").NonNegative().Comment("AUD, GST-exclusive, over the expected engagement.");
            t.Date("expected_start_on");
            t.Text("status").NotNull().Default("'new'").In("new", "contacted", "qualified", "quoted", "won", "lost", "disqualified");
            t.TenantRef("owner_user_id", "public.users").Comment("Business development consultant who owns the lead.");
            t.Text("lost_reason");
            t.SoftRef("client_id", "clients.clients", "The client record once the lead is won or if it already exists.");
            t.Timestamp("converted_at");
            t.Check("lost_has_reason", "status not in ('lost', 'disqualified') or lost_reason is not null");
            t.ActiveIndex("status", "owner_user_id");
            t.Index("abn").WhereActive();
        });

        db.TenantTable("quotes.quotes", "A priced offer of labour to a client. Once sent it is frozen: a change is a new revision that supersedes it. Totals are GST-exclusive.", t =>
        {
            t.Text("quote_number").NotNull().Comment("Shared by every revision of the quote, e.g. Q-2026-0117.");
            t.Int("revision").NotNull().Default("1").Positive().Comment("Revision of quote_number, from 1.");
            t.TenantRef("lead_id", "quotes.leads");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.SoftRef("contact_id", "clients.contacts", "Client contact the quote is addressed to.");
            t.Text("title").NotNull();
            t.Text("scope").Comment("Work covered, assumptions and exclusions.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "sent", "accepted", "rejected", "expired", "superseded");
            t.Date("issued_on").Comment("Date sent to the client.");
            t.Date("valid_until").Comment("Last day the client may accept at these rates.");
            t.Int("term_weeks").Positive().Comment("Expected engagement length, weeks, for the estimated value.");
            t.Int("payment_terms_days").NonNegative().Comment("Days from invoice to payment.");
            t.Money("total_weekly_ex_gst").NotNull().Default("0").NonNegative()
                .Comment("AUD per week, GST-exclusive: the sum of the live lines' weekly charge, kept by trigger.");
            t.TenantRef("prepared_by_user_id", "public.users");
            t.Timestamp("accepted_at");
            t.Text("rejection_reason");
            t.TenantRef("supersedes_quote_id", "quotes.quotes").Comment("Earlier revision this one replaces.");
            t.Check("valid_until_after_issued", "valid_until is null or issued_on is null or valid_until >= issued_on");
            t.Check("sent_has_dates", "status = 'draft' or (issued_on is not null and valid_until is not null)");
            t.Check("accepted_has_accepted_at", "status <> 'accepted' or accepted_at is not null");
            t.UniqueWhileActive("quote_number", "revision");
            t.ActiveIndex("status", "valid_until");
        });

        db.TenantTable("quotes.quote_lines", "One position on a quote: the award classification and hours pattern, the pay rate and on-costs that make up the cost, the margin, and the charge rate per band.", t =>
        {
            t.TenantRef("quote_id", "quotes.quotes").NotNull();
            t.Int("position").NotNull().Positive().Comment("Line order on the quote, from 1.");
            t.Text("position_title").NotNull().Comment("Job position, e.g. forklift operator, aged care worker.");
            t.Ref("award_id", "compliance.awards");
            t.Ref("award_classification_id", "compliance.award_classifications").Comment("Must be a classification of award_id (checked by trigger).");
            t.Text("employment_type").NotNull().In("casual", "part_time", "full_time", "fixed_term");
            t.Int("headcount").NotNull().Default("1").Positive();
            t.Text("hours_pattern").Comment("Roster described, e.g. Mon–Fri 06:00–14:30, alternate Saturdays.");
            t.Hours("ordinary_hours_per_week").NotNull().Default("0").NonNegative();
            t.Hours("overtime_hours_per_week").NotNull().Default("0").NonNegative();
            t.Hours("penalty_hours_per_week").NotNull().Default("0").NonNegative().Comment("Weekend, public holiday or shift hours charged at the penalty band.");
            t.Rate("pay_rate").NotNull().Positive().Comment("Base hourly pay, AUD, before casual loading.");
            t.Fraction("casual_loading").NotNull().Default("0").Between(0, 1).Comment("Fraction: 0.2500 = 25% casual loading; 0 for permanents.");
            t.Fraction("super_rate").NotNull().Default("0.1200").Between(0, 1).Comment("Superannuation guarantee on OTE, fraction: 0.1200 = 12% from 1 July 2025.");
            t.Text("payroll_tax_state").In(AustralianDomain.States).Comment("State whose payroll tax applies to the wages.");
            t.Fraction("payroll_tax_rate").NotNull().Default("0").Between(0, 1).Comment("Fraction: 0.0545 = 5.45%.");
            t.Fraction("workers_comp_rate").NotNull().Default("0").Between(0, 1).Comment("Workers' compensation premium, fraction of wages for the industry classification.");
            t.Fraction("leave_accrual_rate").NotNull().Default("0").Between(0, 1).Comment("Annual and personal leave accrued by permanents, fraction of wages; 0 for casuals.");
            t.Fraction("portable_lsl_rate").NotNull().Default("0").Between(0, 1).Comment("Portable long service levy where the industry has a scheme (construction, cleaning, community services), fraction of wages.");
            t.Column("on_cost_rate", "numeric(6,4) generated always as (super_rate + payroll_tax_rate + workers_comp_rate + leave_accrual_rate + portable_lsl_rate) stored").NotNull()
                .Comment("Total on-costs as a fraction of wages.");
            t.Text("margin_type").NotNull().In("percent", "fixed");
            t.Fraction("margin_percent").Between(0, 10).Comment("Margin on cost, fraction: 0.1500 = 15%.");
            t.Rate("margin_amount").NonNegative().Comment("Margin in AUD per hour.");
            t.Rate("charge_rate_ordinary").NotNull().Positive().Comment("AUD per hour charged for ordinary hours, GST-exclusive.");
            t.Rate("charge_rate_overtime").Positive().Comment("AUD per hour charged for overtime, GST-exclusive.");
            t.Rate("charge_rate_penalty").Positive().Comment("AUD per hour charged at the penalty band, GST-exclusive.");
            t.Column("weekly_charge_ex_gst", "numeric(14,2) generated always as (round(headcount * (ordinary_hours_per_week * charge_rate_ordinary + overtime_hours_per_week * coalesce(charge_rate_overtime, 0) + penalty_hours_per_week * coalesce(charge_rate_penalty, 0)), 2)) stored").NotNull()
                .Comment("AUD per week for the line, GST-exclusive: headcount × hours × charge rate per band.");
            t.Check("margin_matches_type",
                "(margin_type = 'percent' and margin_percent is not null and margin_amount is null) or (margin_type = 'fixed' and margin_amount is not null and margin_percent is null)");
            t.Check("charge_not_below_pay", "charge_rate_ordinary >= pay_rate");
            t.Check("overtime_hours_have_rate", "overtime_hours_per_week = 0 or charge_rate_overtime is not null");
            t.Check("penalty_hours_have_rate", "penalty_hours_per_week = 0 or charge_rate_penalty is not null");
            t.Check("casual_loading_only_for_casuals", "employment_type = 'casual' or casual_loading = 0");
            t.UniqueWhileActive("quote_id", "position");
            // After an annual wage review, the live lines priced on a classification are found and re-quoted.
            t.ActiveIndex("award_classification_id");
            t.After("""
                create function quotes.check_quote_line() returns trigger
                language plpgsql
                set search_path = ''
                as $$
                declare
                    quote_status text;
                begin
                    select q.status into quote_status
                    from quotes.quotes q
                    where q.org_id = new.org_id and q.id = new.quote_id;
                    -- No quote found: the foreign key reports it (another tenant's or a missing quote).
                    if found and quote_status <> 'draft' then
                        raise exception 'quote % is %: only a draft quote''s lines may change; revise it as a new quote', new.quote_id, quote_status
                            using errcode = 'object_not_in_prerequisite_state';
                    end if;
                    if tg_op = 'UPDATE' and old.quote_id <> new.quote_id then
                        raise exception 'a quote line cannot move to another quote' using errcode = 'object_not_in_prerequisite_state';
                    end if;
                    if new.award_classification_id is not null and new.award_id is not null and not exists (
                        select from compliance.award_classifications c
                        where c.id = new.award_classification_id and c.award_id = new.award_id
                    ) then
                        raise exception 'classification % is not a classification of award %', new.award_classification_id, new.award_id
                            using errcode = 'foreign_key_violation';
                    end if;
                    return new;
                end
                $$;
                comment on function quotes.check_quote_line() is 'A sent quote is what the client saw, so its lines are frozen (changes go into a new revision); and a line''s classification must belong to its award.';
                revoke execute on function quotes.check_quote_line() from public;
                create trigger check_quote_line before insert or update on quotes.quote_lines
                    for each row execute function quotes.check_quote_line();
                """);
            t.After("""
                create function quotes.sync_quote_total() returns trigger
                language plpgsql
                set search_path = ''
                as $$
                begin
                    update quotes.quotes q
                    set total_weekly_ex_gst = (
                        select coalesce(sum(l.weekly_charge_ex_gst), 0)
                        from quotes.quote_lines l
                        where l.org_id = new.org_id and l.quote_id = new.quote_id and l.deleted_at is null)
                    where q.org_id = new.org_id and q.id = new.quote_id;
                    return null;
                end
                $$;
                comment on function quotes.sync_quote_total() is 'Keeps quotes.total_weekly_ex_gst equal to the sum of the live lines.';
                revoke execute on function quotes.sync_quote_total() from public;
                create trigger sync_quote_total after insert or update on quotes.quote_lines
                    for each row execute function quotes.sync_quote_total();
                """);
        });

        db.TenantTable("quotes.agreements", "The contract under which work is supplied: labour-hire services agreement, master services agreement, statement of work or variation.", t =>
        {
            t.Text("agreement_number").NotNull().UniqueWhileActive();
            t.TenantRef("quote_id", "quotes.quotes").Comment("The accepted quote it puts into effect.");
            t.SoftRef("client_id", "clients.clients").NotNull();
            t.Text("agreement_type").NotNull().In("labour_hire_services", "master_services", "statement_of_work", "variation");
            t.Text("title").NotNull();
            t.Text("status").NotNull().Default("'draft'").In("draft", "sent", "signed", "active", "expired", "terminated", "superseded");
            t.Date("effective_from");
            t.Date("effective_to");
            t.Bool("auto_renews").NotNull().Default("false");
            t.Int("notice_period_days").NonNegative().Comment("Notice either party must give to end the agreement.");
            t.Int("payment_terms_days").NonNegative();
            t.Text("document_key").Comment("Object-storage key of the agreement document.");
            t.Column("document_sha256", "char(64)").Matches("^[0-9a-f]{64}$").Comment("SHA-256 (lower-case hex) of the document sent for signature.");
            t.TenantRef("parent_agreement_id", "quotes.agreements").Comment("Master agreement a statement of work or variation falls under.");
            t.Check("effective_to_after_from", "effective_to is null or effective_from is null or effective_to >= effective_from");
            t.Check("signed_has_document", "status in ('draft', 'sent') or document_sha256 is not null");
            t.ActiveIndex("client_id", "status");
            t.ActiveIndex("status", "effective_to");
        });

        db.TenantTable("quotes.signatures", "Evidence that a person signed a quote or agreement electronically (Electronic Transactions Act 1999): who, when, how, from where, and the hash of exactly what they signed.", t =>
        {
            t.TenantRef("agreement_id", "quotes.agreements");
            t.TenantRef("quote_id", "quotes.quotes").Comment("Set when a client accepts a quote by signing it.");
            t.Text("signer_name").NotNull();
            t.Text("signer_email").Check("signer_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", "format");
            t.Text("signer_title").Comment("Position of the signer, e.g. Operations Manager; shows authority to bind.");
            t.Text("signer_party").NotNull().In("client", "provider", "worker", "witness");
            t.TenantRef("signer_user_id", "public.users").Comment("Set when the signer is a user of the organisation.");
            t.SoftRef("signer_contact_id", "clients.contacts", "Set when the signer is a client contact.");
            t.Timestamp("signed_at").NotNull();
            t.Column("document_sha256", "char(64)").NotNull().Matches("^[0-9a-f]{64}$").Comment("SHA-256 (lower-case hex) of the document as signed.");
            t.Column("ip_address", "inet").Comment("Address the signature came from.");
            t.Text("user_agent");
            t.Text("method").NotNull().In("click_to_accept", "typed", "drawn", "docusign", "adobe_sign", "wet_ink_scan")
                .Comment("How the signer signed: clicked to accept, typed or drew a signature, through DocuSign or Adobe Sign, or a scanned wet-ink signature.");
            t.Text("external_envelope_id").Comment("Envelope or agreement id at the e-signature provider.");
            t.Check("signs_one_document", "num_nonnulls(agreement_id, quote_id) = 1");
            t.ActiveIndex("agreement_id", "signed_at");
            t.ActiveIndex("quote_id", "signed_at");
        });

        db.TenantTable("quotes.jobs", "Work won and being delivered: a project or ongoing engagement at a client, from an accepted quote and agreement.", t =>
        {
            t.Text("job_number").NotNull().UniqueWhileActive();
            t.TenantRef("quote_id", "quotes.quotes");
            t.TenantRef("agreement_id", "quotes.agreements");
            t.SoftRef("client_id", "clients.clients").NotNull();
            t.SoftRef("site_id", "clients.sites");
            t.SoftRef("job_order_id", "recruit.job_orders", "Staffing order raised to fill the job's positions.");
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("status").NotNull().Default("'planned'").In("planned", "active", "on_hold", "completed", "cancelled");
            t.Date("start_on");
            t.Date("end_on");
            t.TenantRef("manager_user_id", "public.users").Comment("Account or project manager responsible for delivery.");
            t.Money("budget_ex_gst").NonNegative().Comment("AUD, GST-exclusive.");
            t.Text("purchase_order_number").Comment("Client's PO, quoted on invoices.");
            t.Check("end_after_start", "end_on is null or start_on is null or end_on >= start_on");
            t.ActiveIndex("status", "start_on");
            t.ActiveIndex("client_id", "status");
        });

        db.TenantTable("quotes.milestones", "A point in a job where a deliverable is due, and often where a progress invoice is raised.", t =>
        {
            t.TenantRef("job_id", "quotes.jobs").NotNull();
            t.Int("position").NotNull().Positive();
            t.Text("name").NotNull();
            t.Date("due_on");
            t.Date("achieved_on");
            t.Text("status").NotNull().Default("'pending'").In("pending", "achieved", "missed", "cancelled");
            t.Money("billing_amount_ex_gst").NonNegative().Comment("AUD, GST-exclusive, invoiced when the milestone is achieved.");
            t.SoftRef("invoice_id", "payroll.invoices", "Invoice that billed the milestone.");
            t.Check("achieved_has_date", "status <> 'achieved' or achieved_on is not null");
            t.UniqueWhileActive("job_id", "position");
            t.ActiveIndex("status", "due_on");
        });

        db.TenantTable("quotes.tasks", "A unit of work in a job, optionally under a milestone, assigned to a staff member.", t =>
        {
            t.TenantRef("job_id", "quotes.jobs").NotNull();
            t.TenantRef("milestone_id", "quotes.milestones");
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("status").NotNull().Default("'todo'").In("todo", "in_progress", "blocked", "done", "cancelled");
            t.Text("priority").NotNull().Default("'medium'").In("low", "medium", "high", "urgent");
            t.TenantRef("assigned_to_user_id", "public.users");
            t.Date("due_on");
            t.Timestamp("completed_at");
            t.Hours("estimated_hours").NonNegative();
            t.Hours("actual_hours").NonNegative();
            t.Check("done_has_completed_at", "status <> 'done' or completed_at is not null");
            t.ActiveIndex("job_id", "status");
            t.ActiveIndex("assigned_to_user_id", "status");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
        db.Sql("drop function quotes.check_quote_line();");
        db.Sql("drop function quotes.sync_quote_total();");
    }
}
