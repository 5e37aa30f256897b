using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Reach;

/// <summary>
/// Communication (docs/design/DOMAIN.md §7): sending channels, templates, conversations with their
/// participants and messages, per-recipient deliveries, the v2 message_log archive, AI-to-human
/// handoffs, announcements and the news feed. Spam Act 2003 consent is kept in reach.consents,
/// checked before every commercial send, and echoed on each conversation participant.
/// </summary>
[Migration(202601031100, "reach: channels, templates, conversations, participants, messages, deliveries, message log, handoffs, announcements, news feed, consents")]
public sealed class V202601031100_Reach : Migration
{
    private static readonly string[] Channels = ["sms", "email", "push", "whatsapp", "voice", "in_app"];

    private static readonly string[] DeliveryStatuses = ["queued", "sent", "delivered", "failed", "bounced", "read", "replied", "opted_out"];

    private const string E164 = "^\\+[1-9][0-9]{6,14}$";
    private const string AuMobile = "^\\+614[0-9]{8}$";
    private const string Email = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public override void Up(SchemaBuilder db)
    {
        // Spam Act 2003 s18: an unsubscribe request takes effect within 5 working days. Weekends are
        // skipped here; public holidays differ by state and are left out, which only brings the due
        // date earlier, never later.
        db.Sql("""
            create function reach.add_business_days(start_date date, days integer) returns date
            language sql immutable strict parallel safe
            set search_path = ''
            as $$
                select case when days <= 0 then start_date else (
                    select d::date
                    from pg_catalog.generate_series((start_date + 1)::timestamp, (start_date + days * 2 + 7)::timestamp, interval '1 day') as d
                    where pg_catalog.date_part('isodow', d) < 6
                    order by d
                    offset days - 1 limit 1)
                end
            $$;
            """);
        db.Sql("comment on function reach.add_business_days(date, integer) is 'The date n Monday-to-Friday days after start_date (public holidays not counted).';");

        db.TenantTable("reach.channels", "Sending channels an organisation has configured: which provider sends its SMS, email, push, WhatsApp, voice and in-app messages, as which sender, and how recipients unsubscribe.", t =>
        {
            t.Text("channel_type").NotNull().In(Channels);
            t.Text("name").NotNull().Comment("e.g. SMS - rostering, Email - payroll notices.");
            t.Text("provider").NotNull().Comment("Gateway that sends, e.g. twilio, messagemedia, sendgrid, amazon_ses, firebase, meta_whatsapp, finnest (in-app).");
            t.Text("sender_id").Comment("SMS sender number or alphanumeric id (up to 11 characters), email From address, WhatsApp business number.");
            t.Text("sender_business_name").NotNull().Comment("Spam Act: commercial messages must identify the sender.");
            t.Text("sender_contact").Comment("How recipients can contact the sender (phone, email or web address), printed on commercial messages.");
            t.Text("unsubscribe_method").Comment("Functional unsubscribe offered, e.g. Reply STOP, unsubscribe link.");
            t.Jsonb("provider_settings").NotNull().Default("'{}'::jsonb").Comment("Non-secret provider configuration (region, messaging service id, webhook URL).");
            t.Encrypted("credentials_encrypted").Comment("Provider API keys, AES-256 encrypted by the application.");
            t.Int("daily_send_limit").Positive().Comment("Messages per day the organisation allows on this channel.");
            t.Column("quiet_hours_start", "time").Comment("Local time from which non-urgent messages wait (recipient's time zone).");
            t.Column("quiet_hours_end", "time");
            t.Text("status").NotNull().Default("'active'").In("active", "suspended", "disabled");
            t.Bool("is_default").NotNull().Default("false").Comment("Used for its channel type unless a template or message names another.");
            t.Check("sms_sender_format", $"channel_type <> 'sms' or sender_id is null or sender_id ~ '^(\\+61[0-9]{{9}}|[A-Za-z0-9][A-Za-z0-9 ]{{0,10}})$'");
            t.Check("email_sender_format", $"channel_type <> 'email' or sender_id is null or sender_id ~ '{Email}'");
            t.Check("quiet_hours_paired", "(quiet_hours_start is null) = (quiet_hours_end is null)");
            t.UniqueWhileActive("channel_type", "name");
            t.ActiveIndex("channel_type", "status");
        });

        db.TenantTable("reach.templates", "Message templates with merge variables, per channel and locale (shift offers, timesheet reminders, payslip notices, marketing). Commercial templates must carry an unsubscribe.", t =>
        {
            t.Text("code").NotNull().Matches("^[a-z][a-z0-9_.]*$").Comment("Key the application sends by, e.g. roster.shift_offer.");
            t.Text("name").NotNull();
            t.Text("channel_type").NotNull().In(Channels);
            t.TenantRef("channel_id", "reach.channels").Comment("Channel to send through; null: the default channel of the type.");
            t.Text("category").NotNull().In("roster", "timesheet", "payroll", "onboarding", "compliance", "safety", "recruitment", "marketing", "general");
            t.Bool("is_commercial").NotNull().Default("false")
                .Comment("Commercial electronic message under the Spam Act (needs consent, sender identification and unsubscribe); rosters and payslip notices are not.");
            t.Text("subject").Comment("Email subject or push title.");
            t.Text("body").NotNull().Comment("Text with {{variable}} placeholders.");
            t.Text("body_format").NotNull().Default("'text'").In("text", "html", "markdown");
            t.Column("variables", "text[]").NotNull().Default("'{}'::text[]").Comment("Merge variables the body uses, e.g. first_name, shift_start.");
            t.Text("unsubscribe_instructions").Comment("Appended to commercial messages, e.g. Reply STOP to opt out.");
            t.Text("locale").NotNull().Default("'en-AU'");
            t.Int("version").NotNull().Default("1").Positive();
            t.Text("status").NotNull().Default("'draft'").In("draft", "active", "archived");
            t.Text("provider_template_name").Comment("Name of the template registered with the provider (WhatsApp templates need Meta approval).");
            t.Text("provider_approval_status").NotNull().Default("'not_required'").In("not_required", "pending", "approved", "rejected");
            t.Check("email_has_subject", "channel_type <> 'email' or subject is not null");
            t.Check("commercial_has_unsubscribe", "not is_commercial or nullif(btrim(unsubscribe_instructions), '') is not null");
            t.Check("whatsapp_active_only_when_approved", "channel_type <> 'whatsapp' or status <> 'active' or provider_approval_status = 'approved'");
            t.UniqueWhileActive("code", "channel_type", "locale", "version");
            t.ActiveIndex("category", "status");
        });

        db.TenantTable("reach.conversations", "Threads of messages between staff, workers, client contacts and AI agents (v2 clientmessaging_*), optionally about one record such as a shift or timecard.", t =>
        {
            t.Text("subject");
            t.Text("conversation_type").NotNull().Default("'direct'").In("direct", "group", "broadcast", "support", "agent");
            t.Text("primary_channel").NotNull().Default("'in_app'").In(Channels);
            t.Text("status").NotNull().Default("'open'").In("open", "waiting", "snoozed", "closed", "archived");
            t.SoftRef("client_id", "clients.clients", "Client the conversation is with or about.");
            t.Text("related_table").Matches("^[a-z_]+\\.[a-z_]+$").Comment("schema.table of the record discussed, e.g. roster.shifts.");
            t.Uuid("related_id").Comment("id of the record discussed (soft reference into related_table).");
            t.TenantRef("assigned_user_id", "public.users").Comment("Staff member responsible for replying.");
            t.TenantRef("office_id", "public.offices");
            t.SoftRef("agent_session_id", "agents.agent_sessions", "AI agent session currently handling the conversation.");
            t.Timestamp("last_message_at");
            t.Timestamp("snoozed_until");
            t.Timestamp("closed_at");
            t.Check("related_record_complete", "(related_table is null) = (related_id is null)");
            t.Check("closed_has_time", "status not in ('closed', 'archived') or closed_at is not null");
            t.Check("snoozed_has_time", "status <> 'snoozed' or snoozed_until is not null");
            t.ActiveIndex("status", "last_message_at");
            t.ActiveIndex("assigned_user_id", "status");
            t.ActiveIndex("related_table", "related_id");
        });

        db.TenantTable("reach.conversation_participants", "Who takes part in a conversation, on which channel and address, and their Spam Act 2003 consent for that address: basis (express or inferred), when captured, when withdrawn, and when the unsubscribe was honoured (due within 5 working days).", t =>
        {
            t.TenantRef("conversation_id", "reach.conversations").NotNull();
            t.Text("participant_type").NotNull().In("user", "employee", "candidate", "client_contact", "external", "agent");
            t.TenantRef("user_id", "public.users");
            t.SoftRef("employee_id", "people.employees");
            t.SoftRef("candidate_id", "recruit.candidates");
            t.SoftRef("contact_id", "clients.contacts");
            t.Text("display_name");
            t.Text("channel").NotNull().In(Channels).Comment("Channel this participant is reached on in the conversation.");
            t.Text("address").Comment("Mobile (E.164, +614xxxxxxxx for SMS), email address or device/app handle on that channel.");
            t.Text("role").NotNull().Default("'member'").In("owner", "member", "observer");
            t.Timestamp("joined_at").NotNull().Default("now()");
            t.Timestamp("left_at");
            t.Timestamp("last_read_at");
            t.Bool("is_muted").NotNull().Default("false");
            t.Text("consent_basis").In("express", "inferred")
                .Comment("Spam Act consent to commercial messages at this address: express (opted in) or inferred (existing relationship, conspicuously published address).");
            t.Timestamp("consent_captured_at");
            t.Text("consent_source").Comment("How consent was obtained, e.g. onboarding form, web sign-up, SMS keyword; keep evidence for the ACMA.");
            t.Timestamp("consent_withdrawn_at").Comment("When the unsubscribe request was received.");
            t.Column("unsubscribe_due_on", "date generated always as (reach.add_business_days((consent_withdrawn_at at time zone 'Australia/Sydney')::date, 5)) stored")
                .Comment("Last day to honour the unsubscribe: 5 working days (Mon-Fri, Sydney time) after it was received.");
            t.Timestamp("unsubscribe_honoured_at").Comment("When commercial messages to this address stopped; late honouring is recorded as it happened, not refused.");
            t.Check("identity_matches_type", """
                case participant_type
                    when 'user' then user_id is not null
                    when 'employee' then employee_id is not null
                    when 'candidate' then candidate_id is not null
                    when 'client_contact' then contact_id is not null
                    when 'external' then address is not null
                    else true
                end
                """);
            t.Check("address_format", $"""
                address is null or case channel
                    when 'sms' then address ~ '{AuMobile}'
                    when 'whatsapp' then address ~ '{E164}'
                    when 'voice' then address ~ '{E164}'
                    when 'email' then address ~ '{Email}'
                    else true
                end
                """);
            t.Check("left_after_joined", "left_at is null or left_at >= joined_at");
            t.Check("consent_basis_has_time", "(consent_basis is null) = (consent_captured_at is null)");
            t.Check("consent_withdrawn_after_captured", "consent_withdrawn_at is null or consent_captured_at is null or consent_withdrawn_at >= consent_captured_at");
            t.Check("unsubscribe_after_request", "unsubscribe_honoured_at is null or (consent_withdrawn_at is not null and unsubscribe_honoured_at >= consent_withdrawn_at)");
            t.ActiveIndex("conversation_id", "left_at");
            t.ActiveIndex("employee_id", "channel");
            t.ActiveIndex("channel", "address");
            // Unsubscribes still to honour, soonest due first: what the compliance alert reads.
            t.Index("unsubscribe_due_on").Where("deleted_at is null and consent_withdrawn_at is not null and unsubscribe_honoured_at is null");
        });

        db.TenantTable("reach.messages", "Messages in a conversation, written once by their sender (a person, an AI agent or the system); delivery to each recipient is tracked in message_deliveries.", t =>
        {
            t.TenantRef("conversation_id", "reach.conversations").NotNull();
            t.TenantRef("sender_participant_id", "reach.conversation_participants");
            t.Text("sender_type").NotNull().In("user", "employee", "candidate", "client_contact", "external", "agent", "system");
            t.SoftRef("agent_session_id", "agents.agent_sessions", "AI agent session that wrote the message.");
            t.Text("direction").NotNull().In("inbound", "outbound").Comment("inbound: from a worker, candidate or contact to the organisation; outbound: from it.");
            t.Text("channel").NotNull().In(Channels);
            t.TenantRef("template_id", "reach.templates");
            t.Jsonb("template_variables").Comment("Values merged into the template.");
            t.Text("subject");
            t.Text("body");
            t.Text("body_format").NotNull().Default("'text'").In("text", "html", "markdown");
            t.Jsonb("attachments").NotNull().Default("'[]'::jsonb").Comment("Files: [{name, content_type, size_bytes, uri}].");
            t.Bool("is_commercial").NotNull().Default("false").Comment("Commercial electronic message (Spam Act): send only to participants with live consent.");
            t.TenantRef("in_reply_to_message_id", "reach.messages");
            t.Timestamp("sent_at").NotNull().Default("now()").Comment("When the sender sent it (inbound: when it reached us).");
            t.Timestamp("edited_at");
            t.Check("has_content", "nullif(btrim(body), '') is not null or jsonb_array_length(attachments) > 0");
            t.Check("attachments_is_array", "jsonb_typeof(attachments) = 'array'");
            t.Check("agent_names_session", "sender_type <> 'agent' or agent_session_id is not null");
            t.Check("edited_after_sent", "edited_at is null or edited_at >= sent_at");
            t.ActiveIndex("conversation_id", "sent_at");
        });

        db.TenantTable("reach.message_deliveries", "Delivery of one message to one recipient through a provider: status from queued to delivered, read or failed, the provider's message id for its callbacks, and SMS encoding and segments (160 GSM-7 / 70 UCS-2 characters; 153 / 67 per part when concatenated).", t =>
        {
            t.TenantRef("message_id", "reach.messages").NotNull();
            t.TenantRef("participant_id", "reach.conversation_participants");
            t.TenantRef("channel_id", "reach.channels");
            t.Text("channel").NotNull().In(Channels);
            t.Text("direction").NotNull().In("inbound", "outbound");
            t.Text("to_address");
            t.Text("from_address");
            t.Text("status").NotNull().Default("'queued'").In(DeliveryStatuses);
            t.Text("provider_message_id").Comment("Id the provider gave the message; delivery callbacks are matched on it.");
            t.Text("sms_encoding").In("gsm7", "ucs2").Comment("GSM-7 for plain text; UCS-2 as soon as one character is outside GSM-7 (emoji, most non-Latin scripts).");
            t.Int("character_count").NonNegative().Comment("Length in the encoding's units: GSM-7 septets (extension characters count 2) or UCS-2 code units.");
            t.Int("sms_segments").Positive().Comment("Billable SMS parts.");
            t.Rate("cost").NonNegative().Comment("AUD charged by the provider (to 4 decimals: SMS parts cost cents).");
            t.Timestamp("queued_at").NotNull().Default("now()");
            t.Timestamp("sent_at");
            t.Timestamp("delivered_at");
            t.Timestamp("read_at");
            t.Timestamp("failed_at");
            t.Text("error_code").Comment("Provider or carrier error code.");
            t.Text("error_message");
            t.Int("retry_count").NotNull().Default("0").NonNegative();
            t.Check("sms_has_segments", "channel <> 'sms' or (sms_encoding is not null and character_count is not null and sms_segments is not null)");
            t.Check("segments_only_for_sms", "channel = 'sms' or (sms_encoding is null and sms_segments is null)");
            t.Check("sms_segments_match_length", """
                sms_segments is null or character_count is null or sms_segments = case
                    when sms_encoding = 'gsm7' then case when character_count <= 160 then 1 else ceil(character_count / 153.0)::integer end
                    else case when character_count <= 70 then 1 else ceil(character_count / 67.0)::integer end
                end
                """);
            t.Check("sent_after_queued", "sent_at is null or sent_at >= queued_at");
            t.Check("delivered_after_sent", "delivered_at is null or sent_at is null or delivered_at >= sent_at");
            t.Check("delivered_has_time", "status not in ('delivered', 'read', 'replied') or delivered_at is not null or read_at is not null");
            t.Check("failed_has_reason", "status not in ('failed', 'bounced') or error_code is not null or error_message is not null");
            t.GlobalIndex("provider_message_id").Where("provider_message_id is not null");
            t.ActiveIndex("status", "queued_at");
            t.ActiveIndex("message_id", "status");
        });

        db.TenantTable("reach.message_log", "Archive of messages sent by ASG Central v2 (v2 message_log), imported as they were: kept for history and disputes, not sent from. Times converted from v2 local time to UTC.", t =>
        {
            t.BigInt("legacy_id").NotNull().Comment("v2 message_log id (also in public.id_mappings).");
            t.Text("channel").NotNull().In(Channels);
            t.Text("direction").NotNull().In("inbound", "outbound");
            t.Text("from_address");
            t.Text("to_address");
            t.Text("subject");
            t.Text("body");
            t.Text("status").NotNull().In(DeliveryStatuses).Comment("v2 status mapped to the delivery statuses; the raw v2 value is kept in metadata.v2_status.");
            t.Timestamp("sent_at").NotNull();
            t.SoftRef("employee_id", "people.employees");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("contact_id", "clients.contacts");
            t.TenantRef("sent_by_user_id", "public.users").Comment("Consultant who sent it.");
            t.TenantRef("conversation_id", "reach.conversations").Comment("Conversation it was threaded into on import, if any.");
            t.Text("provider_message_id");
            t.Int("sms_segments").Positive();
            t.Text("migration_batch").NotNull().Comment("Import batch label, as in public.id_mappings.batch.");
            t.Timestamp("imported_at").NotNull().Default("now()");
            t.UniqueWhileActive("legacy_id");
            t.ActiveIndex("employee_id", "sent_at");
            t.ActiveIndex("sent_at");
        });

        db.TenantTable("reach.handoff_records", "An AI agent handing a conversation to a person: why, with what summary, to whom, and when it was accepted and resolved.", t =>
        {
            t.TenantRef("conversation_id", "reach.conversations").NotNull();
            t.SoftRef("agent_session_id", "agents.agent_sessions", "Agent session that handed over.").NotNull();
            t.Text("agent_name").NotNull().Comment("Agent that handed over, e.g. rostering_assistant.");
            t.Text("reason").NotNull().In("user_requested", "low_confidence", "policy_sensitive", "complaint", "safety_concern", "pay_dispute", "escalation_rule", "agent_error", "other");
            t.Text("reason_detail");
            t.Fraction("agent_confidence").Between(0, 1).Comment("Agent's confidence in its last answer when it handed over, 0.0000-1.0000.");
            t.Text("summary").NotNull().Comment("What the agent hands over, so the person need not ask again.");
            t.Text("priority").NotNull().Default("'normal'").In("low", "normal", "high", "urgent");
            t.TenantRef("to_user_id", "public.users").Comment("Person who takes over; null while waiting in a queue.");
            t.Text("to_queue").Comment("Team queue waited in, e.g. payroll, rostering.");
            t.Text("status").NotNull().Default("'pending'").In("pending", "accepted", "resolved", "returned_to_agent", "expired", "cancelled");
            t.Timestamp("requested_at").NotNull().Default("now()");
            t.Timestamp("accepted_at");
            t.Timestamp("resolved_at");
            t.Text("resolution_note");
            t.Check("has_destination", "to_user_id is not null or to_queue is not null");
            t.Check("accepted_after_requested", "accepted_at is null or accepted_at >= requested_at");
            t.Check("resolved_after_accepted", "resolved_at is null or resolved_at >= coalesce(accepted_at, requested_at)");
            t.Check("accepted_has_person", "status not in ('accepted', 'resolved') or (to_user_id is not null and accepted_at is not null)");
            t.Check("resolved_has_time", "status <> 'resolved' or resolved_at is not null");
            t.ActiveIndex("status", "requested_at");
            t.ActiveIndex("to_user_id", "status");
        });

        db.TenantTable("reach.announcements", "Announcements from the organisation to its staff and workers (all, an office, a client's or a site's workers, a role), on chosen channels, optionally to be acknowledged.", t =>
        {
            t.Text("title").NotNull();
            t.Text("body").NotNull();
            t.Text("body_format").NotNull().Default("'markdown'").In("text", "html", "markdown");
            t.Text("audience").NotNull().Default("'all_staff'").In("all_staff", "office", "client", "site", "role", "custom");
            t.TenantRef("office_id", "public.offices");
            t.TenantRef("role_id", "public.roles");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.Jsonb("audience_filter").Comment("Custom audience rule, e.g. {employment_type: casual, credential: white_card}.");
            t.Column("channels", "text[]").NotNull().Default("'{in_app}'::text[]").Comment("Channels it goes out on.");
            t.Text("priority").NotNull().Default("'normal'").In("normal", "important", "urgent");
            t.Text("status").NotNull().Default("'draft'").In("draft", "scheduled", "published", "expired", "withdrawn");
            t.Timestamp("publish_at").Comment("Scheduled publication time.");
            t.Timestamp("published_at");
            t.Timestamp("expires_at");
            t.Bool("requires_acknowledgement").NotNull().Default("false").Comment("Recipients must confirm they have read it (e.g. a safety alert, policy change).");
            t.Bool("is_commercial").NotNull().Default("false").Comment("Promotional content: Spam Act consent needed on SMS and email.");
            t.TenantRef("author_user_id", "public.users").NotNull();
            t.Check("channels_known", "cardinality(channels) > 0 and channels <@ array['sms', 'email', 'push', 'whatsapp', 'voice', 'in_app']::text[]");
            t.Check("expires_after_publish", "expires_at is null or ((publish_at is null or expires_at > publish_at) and (published_at is null or expires_at > published_at))");
            t.Check("audience_target_given", """
                case audience
                    when 'office' then office_id is not null
                    when 'role' then role_id is not null
                    when 'client' then client_id is not null
                    when 'site' then site_id is not null
                    when 'custom' then audience_filter is not null
                    else true
                end
                """);
            t.Check("scheduled_has_time", "status <> 'scheduled' or publish_at is not null");
            t.Check("published_has_time", "status not in ('published', 'expired') or published_at is not null");
            t.ActiveIndex("status", "publish_at");
        });

        db.TenantTable("reach.news_feed", "Items in the organisation's social news feed: announcements, recognitions, posts, milestones, safety alerts and policy updates, newest first, some pinned.", t =>
        {
            t.Text("item_type").NotNull().In("announcement", "recognition", "post", "milestone", "safety_alert", "policy_update", "event");
            t.TenantRef("announcement_id", "reach.announcements");
            t.Text("source_table").Matches("^[a-z_]+\\.[a-z_]+$").Comment("schema.table the item comes from, e.g. benefits.recognitions, safety.incidents.");
            t.Uuid("source_id").Comment("id of the source row (soft reference into source_table).");
            t.Text("title").NotNull();
            t.Text("body");
            t.Text("image_uri");
            t.Text("link").Comment("Relative app URL to open.");
            t.TenantRef("author_user_id", "public.users");
            t.Text("audience").NotNull().Default("'all_staff'").In("all_staff", "office", "client", "site");
            t.TenantRef("office_id", "public.offices");
            t.SoftRef("client_id", "clients.clients");
            t.SoftRef("site_id", "clients.sites");
            t.Text("status").NotNull().Default("'published'").In("draft", "published", "hidden", "expired");
            t.Bool("is_pinned").NotNull().Default("false");
            t.Timestamp("published_at").NotNull().Default("now()");
            t.Timestamp("expires_at");
            t.Int("reaction_count").NotNull().Default("0").NonNegative();
            t.Int("comment_count").NotNull().Default("0").NonNegative();
            t.Check("announcement_item_names_announcement", "(item_type = 'announcement') = (announcement_id is not null)");
            t.Check("source_complete", "(source_table is null) = (source_id is null)");
            t.Check("expires_after_published", "expires_at is null or expires_at > published_at");
            t.Check("audience_target_given", "(audience <> 'office' or office_id is not null) and (audience <> 'client' or client_id is not null) and (audience <> 'site' or site_id is not null)");
            t.ActiveIndex("status", "published_at");
            t.ActiveIndex("is_pinned", "published_at");
        });

        // The register senders check before any commercial message, on any channel: an unsubscribe
        // given in one conversation must also stop drip campaigns, announcements and job alerts.
        db.TenantTable("reach.consents", "Spam Act 2003 consent register: who agreed to receive commercial electronic messages at which address and channel, on what basis and evidence, and when they unsubscribed (to be honoured within 5 working days). Checked before every commercial send, whatever the conversation or campaign.", t =>
        {
            t.Text("channel").NotNull().In(Channels);
            t.Text("address").NotNull().Comment("Mobile in E.164 (+614xxxxxxxx for SMS), email address, or device/app handle.");
            t.Text("scope").NotNull().Default("'all_commercial'").In("all_commercial", "job_alerts", "shift_offers", "promotions", "newsletters")
                .Comment("Which commercial messages the consent covers; all_commercial covers every kind.");
            t.TenantRef("user_id", "public.users");
            t.SoftRef("employee_id", "people.employees");
            t.SoftRef("candidate_id", "recruit.candidates");
            t.SoftRef("contact_id", "clients.contacts");
            t.Text("basis").NotNull().In("express", "inferred")
                .Comment("express: the person opted in; inferred: an existing business relationship, or an address conspicuously published for business use.");
            t.Timestamp("captured_at").NotNull();
            t.Text("source").NotNull().Comment("How consent was obtained, e.g. onboarding form, web sign-up, SMS keyword JOBS; evidence the ACMA may ask for.");
            t.Jsonb("evidence").Comment("Record of the opt-in: form version, IP address, message id of the keyword reply.");
            t.Timestamp("withdrawn_at").Comment("When the unsubscribe request was received.");
            t.Text("withdrawal_channel").In(Channels).Comment("Where the unsubscribe arrived (a reply STOP by SMS, a link in an email…).");
            t.Column("unsubscribe_due_on", "date generated always as (reach.add_business_days((withdrawn_at at time zone 'Australia/Sydney')::date, 5)) stored")
                .Comment("Last day to honour the unsubscribe: 5 working days (Mon-Fri, Sydney time) after it was received.");
            t.Timestamp("honoured_at").Comment("When commercial messages to this address stopped.");
            t.Check("address_format", $"""
                case channel
                    when 'sms' then address ~ '{AuMobile}'
                    when 'whatsapp' then address ~ '{E164}'
                    when 'voice' then address ~ '{E164}'
                    when 'email' then address ~ '{Email}'
                    else btrim(address) <> ''
                end
                """);
            t.Check("withdrawn_after_captured", "withdrawn_at is null or withdrawn_at >= captured_at");
            t.Check("honoured_after_withdrawn", "honoured_at is null or (withdrawn_at is not null and honoured_at >= withdrawn_at)");
            t.Check("withdrawal_channel_with_withdrawal", "(withdrawal_channel is null) or (withdrawn_at is not null)");
            t.UniqueWhileActive("channel", "(lower(address))", "scope").Named("uq_consents__org_id_channel_lower_address_scope");
            t.Index("unsubscribe_due_on").Where("withdrawn_at is not null and honoured_at is null and deleted_at is null")
                .Named("ix_consents__org_id_unsubscribe_due_on_outstanding");
            t.ActiveIndex("employee_id", "channel");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
        db.Sql("drop function reach.add_business_days(date, integer);");
    }
}
