namespace Finnest.Database.V2.Import;

/// <summary>
/// Source mappings of the operations tables (issue 11): roster codes and rule sets (roster phase), timesheet
/// allowances (timekeep), client messaging threads and messages (messaging), allowance types and super funds
/// (payroll). Every member is a property, so the phase list in the other part may read it during its own
/// initialisation.
/// </summary>
public static partial class Phases
{
    // ---- roster ----------------------------------------------------------------------------

    /// <summary>
    /// roster_codes → roster.shift_codes. The code is upper-cased (v2 never enforced case, so "d8" and "D8" collide
    /// and the second is refused by the unique code index); a work code's award shift period follows its default
    /// start: before 04:00 or from 20:00 night, from 12:00 afternoon, otherwise day.
    /// </summary>
    private static TableImport ShiftCodes => new("admin_central.roster_codes", "roster.shift_codes", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.code) is null then 'roster code missing'
                    when upper(v2.clean(s.code)) !~ '^[A-Z0-9][A-Z0-9_-]{0,15}$' then 'code ' || s.code || ' is not a roster code (letters, digits, _ or -, at most 16)'
                    when coalesce(upper(s.type), '') not in ('W', 'L', 'R', 'T', 'S', 'U') then 'type ' || coalesce(s.type, '\N') || ' is not one of W, L, R, T, S, U'
                    when upper(s.type) = 'W' and ({{TimeOfDay("s.start_time")}} is null or {{TimeOfDay("s.end_time")}} is null) then 'work code ' || s.code || ' has no default start and end time' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               upper(v2.clean(s.code)) as code, coalesce(v2.clean(s.description), upper(v2.clean(s.code))) as name,
               case upper(s.type) when 'W' then 'work' when 'L' then 'leave' when 'R' then 'rdo' when 'T' then 'training' when 'S' then 'standby' else 'unavailable' end as kind,
               case when upper(s.type) = 'W' then
                   case when {{TimeOfDay("s.start_time")}} < '04:00' or {{TimeOfDay("s.start_time")}} >= '20:00' then 'night'
                        when {{TimeOfDay("s.start_time")}} >= '12:00' then 'afternoon' else 'day' end end as shift_period,
               case when {{TimeOfDay("s.end_time")}} is not null then {{TimeOfDay("s.start_time")}} end as default_start_time,
               case when {{TimeOfDay("s.start_time")}} is not null then {{TimeOfDay("s.end_time")}} end as default_end_time,
               coalesce(v2.to_int(s.break_minutes), 0) as default_unpaid_break_minutes,
               case when s.colour ~ '^#[0-9a-fA-F]{6}$' then s.colour end as colour,
               upper(s.type) in ('W', 'L', 'T') as counts_towards_ordinary_hours, coalesce(s.active, '1') = '1' as is_active,
               {{Metadata(", 'v2_type', s.type")}} as metadata
        from {batch} s
        """, ["code", "name", "kind", "shift_period", "default_start_time", "default_end_time", "default_unpaid_break_minutes", "colour", "counts_towards_ordinary_hours", "is_active", "metadata"]);

    /// <summary>
    /// roster_rule_set → roster.roster_rules. Employment type C/F/P/T maps to casual, full_time, part_time,
    /// fixed_term; empty means every type; ABN contractors (A) are not rostered under award rules, so such a set
    /// is quarantined. A limit v2 left empty stays empty unless the target requires it, in which case the row waits.
    /// </summary>
    private static TableImport RosterRules => new("admin_central.roster_rule_set", "roster.roster_rules", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.name) is null then 'rule set name missing'
                    when upper(s.employment_type) = 'A' then 'employment type A (ABN contractor) is not rostered under award rules'
                    when coalesce(upper(v2.clean(s.employment_type)), '') not in ('', 'C', 'F', 'P', 'T') then 'employment type ' || s.employment_type || ' is not C, F, P, T or empty'
                    when v2.to_numeric(s.min_engagement) is null or v2.to_numeric(s.min_rest_hours) is null or v2.to_numeric(s.max_week_hours) is null
                        then 'minimum engagement, minimum rest or weekly ordinary hours missing'
                    when v2.to_date(s.effective_from) is null then 'effective_from missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.name) as name,
               case upper(v2.clean(s.employment_type)) when 'C' then 'casual' when 'F' then 'full_time' when 'P' then 'part_time' when 'T' then 'fixed_term' end as employment_type,
               v2.to_numeric(s.min_engagement) as min_engagement_hours, v2.to_numeric(s.min_rest_hours) as min_break_between_shifts_hours,
               v2.to_numeric(s.max_week_hours) as max_ordinary_hours_per_week, v2.to_numeric(s.max_day_hours) as max_ordinary_hours_per_day,
               v2.to_numeric(s.max_shift_hours) as max_shift_hours, v2.to_int(s.max_consecutive_days) as max_consecutive_days,
               v2.to_numeric(s.meal_break_after) as meal_break_after_hours, v2.to_int(s.meal_break_minutes) as meal_break_minutes,
               {{TimeOfDay("s.span_start")}} as ordinary_span_weekday_start, {{TimeOfDay("s.span_end")}} as ordinary_span_weekday_end,
               v2.to_date(s.effective_from) as effective_from, v2.to_date(s.effective_to) as effective_to,
               {{Metadata(", 'v2_employment_type', s.employment_type")}} as metadata
        from {batch} s
        """, ["name", "employment_type", "min_engagement_hours", "min_break_between_shifts_hours", "max_ordinary_hours_per_week", "max_ordinary_hours_per_day",
              "max_shift_hours", "max_consecutive_days", "meal_break_after_hours", "meal_break_minutes", "ordinary_span_weekday_start", "ordinary_span_weekday_end",
              "effective_from", "effective_to", "metadata"]);

    // ---- timekeep --------------------------------------------------------------------------

    /// <summary>v2 allowance category → STP Phase 2 allowance type (OD, other, needs a description: the type's name).</summary>
    private static string StpAllowanceType(string category) =>
        $"case upper({category}) when 'MEAL' then 'MD' when 'TRAVEL' then 'RD' when 'TOOLS' then 'TD' when 'LAUNDRY' then 'LD' when 'KM' then 'CD' when 'FIRSTAID' then 'QN' when 'OTHER' then 'OD' end";

    private const string AllowanceCategories = "('MEAL', 'TRAVEL', 'TOOLS', 'LAUNDRY', 'KM', 'FIRSTAID', 'OTHER')";
    private const string AllowanceUnits = "('HOUR', 'SHIFT', 'DAY', 'WEEK', 'KM', 'EACH')";

    /// <summary>
    /// timesheets_allowances → timekeep.timecard_allowances, under the timecard its timesheet became. The allowance
    /// type is read from the staged v2 allowances (payroll.allowances is imported later, in the payroll phase).
    /// Tiered by the timesheet's week, so an allowance always travels with its timecard.
    /// <para>
    /// timekeep.refresh_timecard_totals recomputes a timecard's hours from its timecard_entries whenever an
    /// allowance changes; v2 timesheets carry weekly totals and no entries, so the trigger would zero them. After
    /// each batch the hours of such timecards (no live entries) are put back from their staged timesheet.
    /// </para>
    /// </summary>
    private static TableImport TimecardAllowances => new("admin_central.timesheets_allowances", "timekeep.timecard_allowances", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_date(ts.week_ending) as business_date,
               case when ts.legacy_id is null then 'timesheet ' || coalesce(s.timesheet_id, '\N') || ' is not in v2 timesheets'
                    when timecard.id is null then 'timesheet ' || s.timesheet_id || ' has no Finnest timecard (quarantined, skipped or not imported)'
                    when a.legacy_id is null then 'allowance type ' || coalesce(s.allowance_id, '\N') || ' is not in v2 allowances'
                    when coalesce(upper(a.unit), '') not in {{AllowanceUnits}} then 'allowance type ' || s.allowance_id || ' has unit ' || coalesce(a.unit, '\N') || ', which a timecard cannot hold'
                    when coalesce(upper(a.category), '') not in {{AllowanceCategories}} then 'allowance type ' || s.allowance_id || ' has category ' || coalesce(a.category, '\N') || ', which has no STP allowance type'
                    when v2.to_numeric(s.amount) is null or v2.to_numeric(s.amount) < 0 then 'amount missing or negative'
                    when v2.to_date(s.allowance_date) is null then 'allowance date missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               timecard.id as timecard_id, v2.to_date(s.allowance_date) as allowance_date, upper(v2.clean(a.code)) as allowance_code,
               {{StpAllowanceType("a.category")}} as stp_allowance_type,
               case when upper(a.category) = 'OTHER' then v2.clean(a.name) end as description,
               case upper(a.unit) when 'HOUR' then 'hour' when 'SHIFT' then 'shift' when 'DAY' then 'day' when 'WEEK' then 'week' when 'KM' then 'km' else 'each' end as unit,
               coalesce(v2.to_numeric(s.units), 1) as units, v2.to_numeric(s.rate) as rate, v2.to_numeric(s.amount) as amount,
               coalesce(a.taxable, '1') = '1' as is_taxable, {{Metadata(", 'v2_allowance_id', v2.to_int(s.allowance_id)")}} as metadata
        from {batch} s
        left join v2.admin_central__timesheets ts on ts.legacy_id = v2.to_int(s.timesheet_id)
        left join v2.admin_central__allowances a on a.legacy_id = v2.to_int(s.allowance_id)
        left join timekeep.timecards timecard on timecard.org_id = @org and timecard.id = {{Map("timesheets", "s.timesheet_id")}}
        """, ["timecard_id", "allowance_date", "allowance_code", "stp_allowance_type", "description", "unit", "units", "rate", "amount", "is_taxable", "metadata"])
    {
        Tiered = true,
        AfterBatch = """
            update timekeep.timecards c set ordinary_hours = v2.to_numeric(ts.hours), total_hours = v2.to_numeric(ts.hours)
            from (select distinct timecard_id from batch where outcome in ('inserted', 'updated')) b, v2.admin_central__timesheets ts
            where c.org_id = @org and c.id = b.timecard_id and c.metadata ->> 'source' = 'v2' and ts.legacy_id = (c.metadata ->> 'v2_id')::bigint
              and (c.ordinary_hours, c.total_hours) is distinct from (v2.to_numeric(ts.hours), v2.to_numeric(ts.hours))
              and not exists (select from timekeep.timecard_entries e where e.org_id = @org and e.timecard_id = c.id and e.deleted_at is null)
            """,
    };

    // ---- messaging -------------------------------------------------------------------------

    /// <summary>
    /// clientmessaging_threads → reach.conversations: a direct, in-app conversation with the client, assigned to
    /// the user the consultant became. Status 0 open, 1 waiting (on the client), 2 closed (needs its closed time).
    /// Not tiered: a thread stays as long as any of its messages does. The assigned user becomes the conversation's
    /// owner participant (in app, joined when the thread was created); a consultant assigned later is added, never
    /// replaced, and the client's side gets no participant: v2 names no contact, only the name a message was signed with.
    /// </summary>
    private static TableImport Conversations => new("admin_central.clientmessaging_threads", "reach.conversations", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when {{Map("clients", "s.client_id")}} is null then 'client ' || coalesce(s.client_id, '\N') || ' has no Finnest client (quarantined or not imported)'
                    when coalesce(s.consultant_id, '0') <> '0' and {{Map("consultants", "s.consultant_id")}} is null then 'consultant ' || s.consultant_id || ' has no Finnest user'
                    when coalesce(s.status, '') not in ('0', '1', '2') then 'status ' || coalesce(s.status, '\N') || ' is not 0, 1 or 2'
                    when s.status = '2' and v2.to_timestamp(s.closed) is null then 'closed thread without a closed time' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.subject) as subject, 'direct' as conversation_type, 'in_app' as primary_channel,
               case s.status when '0' then 'open' when '1' then 'waiting' else 'closed' end as status,
               {{Map("clients", "s.client_id")}} as client_id, {{Map("consultants", "s.consultant_id")}} as assigned_user_id,
               case when s.status = '2' then {{SydneyInstant("s.closed")}} end as closed_at,
               {{Metadata(", 'v2_status', s.status")}} as metadata,
               {{SydneyInstant("s.created")}} as thread_created_at
        from {batch} s
        """, ["subject", "conversation_type", "primary_channel", "status", "client_id", "assigned_user_id", "closed_at", "metadata"])
    {
        AfterBatch = """
            insert into reach.conversation_participants (org_id, conversation_id, participant_type, user_id, channel, role, joined_at, metadata)
            select @org, b.target_id, 'user', b.assigned_user_id, 'in_app', 'owner', coalesce(b.thread_created_at, now()), jsonb_build_object('source', 'v2')
            from batch b
            where b.outcome in ('inserted', 'updated') and b.assigned_user_id is not null
              and not exists (select from reach.conversation_participants p
                              where p.org_id = @org and p.conversation_id = b.target_id and p.user_id = b.assigned_user_id and p.deleted_at is null)
            """,
    };

    /// <summary>
    /// clientmessaging_messages → reach.messages in the conversation of their thread. A client's message is inbound
    /// from a client contact (the name they signed with kept in metadata), a consultant's is outbound from a user,
    /// SYSTEM notices are outbound from the system. Sydney local time → UTC. The conversation's last_message_at
    /// follows the newest message brought over, and a consultant who wrote in a thread is one of its participants
    /// (a member, joined with their first message) unless they already are.
    /// </summary>
    private static TableImport ConversationMessages => new("admin_central.clientmessaging_messages", "reach.messages", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_timestamp(s.sent)::date as business_date,
               case when not {{Staged("v2.admin_central__clientmessaging_threads", "s.thread_id")}} then 'thread ' || coalesce(s.thread_id, '\N') || ' is not in v2 clientmessaging_threads'
                    when conversation.id is null then 'thread ' || s.thread_id || ' has no Finnest conversation (quarantined or not imported)'
                    when coalesce(upper(s.sender), '') not in ('CLIENT', 'STAFF', 'SYSTEM') then 'sender ' || coalesce(s.sender, '\N') || ' is not CLIENT, STAFF or SYSTEM'
                    when v2.clean(s.body) is null then 'message body empty'
                    when v2.to_timestamp(s.sent) is null then 'sent time missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               conversation.id as conversation_id,
               case upper(s.sender) when 'CLIENT' then 'client_contact' when 'STAFF' then 'user' else 'system' end as sender_type,
               case upper(s.sender) when 'CLIENT' then 'inbound' else 'outbound' end as direction, 'in_app' as channel, s.body as body,
               {{SydneyInstant("s.sent")}} as sent_at,
               {{Metadata(", 'v2_contact_name', v2.clean(s.contact_name), 'sender_user_id', " + Map("consultants", "s.consultant_id"))}} as metadata,
               case when upper(s.sender) = 'STAFF' then {{Map("consultants", "s.consultant_id")}} end as staff_user_id
        from {batch} s
        left join reach.conversations conversation on conversation.org_id = @org and conversation.id = {{Map("clientmessaging_threads", "s.thread_id")}}
        """, ["conversation_id", "sender_type", "direction", "channel", "body", "sent_at", "metadata"])
    {
        Tiered = true,
        AfterBatch = """
            update reach.conversations c set last_message_at = greatest(c.last_message_at, m.last_at)
            from (select conversation_id, max(sent_at) as last_at from batch where outcome in ('inserted', 'updated') group by conversation_id) m
            where c.org_id = @org and c.id = m.conversation_id and c.last_message_at is distinct from greatest(c.last_message_at, m.last_at);
            insert into reach.conversation_participants (org_id, conversation_id, participant_type, user_id, channel, role, joined_at, metadata)
            select @org, w.conversation_id, 'user', w.staff_user_id, 'in_app', 'member', w.first_sent_at, jsonb_build_object('source', 'v2')
            from (select conversation_id, staff_user_id, min(sent_at) as first_sent_at from batch
                  where outcome in ('inserted', 'updated') and staff_user_id is not null group by conversation_id, staff_user_id) w
            where not exists (select from reach.conversation_participants p
                              where p.org_id = @org and p.conversation_id = w.conversation_id and p.user_id = w.staff_user_id and p.deleted_at is null)
            """,
    };

    // ---- payroll ---------------------------------------------------------------------------

    /// <summary>
    /// allowances → payroll.allowances. Category → STP Phase 2 type (MEAL MD, TRAVEL RD, TOOLS TD, LAUNDRY LD, KM CD,
    /// FIRSTAID QN, OTHER OD with the name as its description); unit HOUR…EACH → per_hour…per_occasion; super = 1
    /// means ordinary time earnings.
    /// </summary>
    private static TableImport Allowances => new("admin_central.allowances", "payroll.allowances", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.code) is null or v2.clean(s.name) is null then 'code or name missing'
                    when coalesce(upper(s.category), '') not in {{AllowanceCategories}} then 'category ' || coalesce(s.category, '\N') || ' is not one of MEAL, TRAVEL, TOOLS, LAUNDRY, KM, FIRSTAID, OTHER'
                    when coalesce(upper(s.unit), '') not in {{AllowanceUnits}} then 'unit ' || coalesce(s.unit, '\N') || ' is not one of HOUR, SHIFT, DAY, WEEK, KM, EACH'
                    when s.rate is not null and coalesce(v2.to_numeric(s.rate), -1) < 0 then 'rate ' || s.rate || ' is not an amount of 0 or more' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               upper(v2.clean(s.code)) as code, v2.clean(s.name) as name, case when upper(s.category) = 'OTHER' then v2.clean(s.name) end as description,
               {{StpAllowanceType("s.category")}} as stp_allowance_type,
               case upper(s.unit) when 'HOUR' then 'per_hour' when 'SHIFT' then 'per_shift' when 'DAY' then 'per_day' when 'WEEK' then 'per_week' when 'KM' then 'per_km' else 'per_occasion' end as unit,
               v2.to_numeric(s.rate) as default_rate, coalesce(s.taxable, '1') = '1' as is_taxable, s.super = '1' as is_ordinary_time_earnings,
               case when coalesce(s.active, '1') = '1' then 'active' else 'inactive' end as status, {{Metadata()}} as metadata
        from {batch} s
        """, ["code", "name", "description", "stp_allowance_type", "unit", "default_rate", "is_taxable", "is_ordinary_time_earnings", "status", "metadata"]);

    /// <summary>
    /// A USI the way the ATO issues them: a fund's ABN (check digits valid) followed by three digits, or the
    /// SPIN-style three letters, four digits, two letters (e.g. STA0100AU).
    /// </summary>
    private static string ValidUsi(string usi) =>
        $"({usi} ~ '^[A-Z]{{3}}[0-9]{{4}}[A-Z]{{2}}$' or ({usi} ~ '^[0-9]{{14}}$' and finnest.is_valid_abn(left({usi}, 11))))";

    private const string Usi = "upper(regexp_replace(coalesce(s.usi, ''), '\\s', '', 'g'))";
    private const string FundAbn = "regexp_replace(coalesce(s.abn, ''), '\\s', '', 'g')";

    /// <summary>
    /// super_fund_details → payroll.super_funds for the employee the candidate became. An APRA fund needs a valid
    /// USI; a self-managed fund needs a valid ABN, BSB, account number and electronic service address, and its
    /// account number is written only as the FieldEncryption envelope SensitiveValues sealed before the phase.
    /// Stapled = 1 means the ATO returned the fund, otherwise the employee chose it.
    /// </summary>
    private static TableImport SuperFunds => new("admin_central.super_fund_details", "payroll.super_funds", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when {{Map("candidates", "s.candidate_id")}} is null then 'candidate ' || coalesce(s.candidate_id, '\N') || ' has no Finnest employee (quarantined, skipped or not imported)'
                    when v2.clean(s.fund_name) is null then 'fund name missing'
                    when v2.to_date(s.effective_from) is null then 'effective_from missing'
                    when s.smsf = '1' and not ({{FundAbn}} ~ '^[0-9]{11}$' and finnest.is_valid_abn({{FundAbn}})) then 'SMSF ABN ' || coalesce(s.abn, '\N') || ' is not a valid ABN'
                    when s.smsf = '1' and coalesce(s.bsb, '') !~ '^[0-9]{3}-?[0-9]{3}$' then 'SMSF BSB ' || coalesce(s.bsb, '\N') || ' is not 6 digits'
                    when s.smsf = '1' and coalesce(s.account_no, '') !~ '^[0-9]{1,9}$' then 'SMSF account number is not 1 to 9 digits'
                    when s.smsf = '1' and v2.clean(s.esa) is null then 'SMSF electronic service address missing'
                    when s.smsf = '1' and sealed.envelope is null then 'SMSF account number not sealed: run the payroll phase through v2 import, which seals it first'
                    when coalesce(s.smsf, '0') <> '1' and not {{ValidUsi(Usi)}} then 'USI ' || coalesce(s.usi, '\N') || ' is not a valid USI (ABN and 3 digits, or e.g. STA0100AU)' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id,
               case when s.smsf = '1' then 'smsf' else 'apra' end as fund_type,
               case when s.stapled = '1' then 'stapled_fund' else 'employee_choice' end as choice_source,
               v2.clean(s.fund_name) as fund_name,
               case when s.smsf = '1' then null else {{Usi}} end as usi,
               case when {{FundAbn}} ~ '^[0-9]{11}$' and finnest.is_valid_abn({{FundAbn}}) then {{FundAbn}} end as fund_abn,
               v2.clean(s.member_no) as member_number,
               case when s.smsf = '1' then s.bsb end as smsf_bsb, sealed.envelope as smsf_account_number_encrypted,
               case when s.smsf = '1' then v2.clean(s.account_name) end as smsf_account_name,
               case when s.smsf = '1' then v2.clean(s.esa) end as electronic_service_address,
               v2.to_date(s.effective_from) as effective_from, {{Metadata()}} as metadata
        from {batch} s
        left join v2.sealed_values sealed on sealed.source_table = 'admin_central.super_fund_details' and sealed.column_name = 'account_no'
                                          and sealed.legacy_id = s.legacy_id and sealed.row_hash = s.row_hash
        """, ["employee_id", "fund_type", "choice_source", "fund_name", "usi", "fund_abn", "member_number", "smsf_bsb", "smsf_account_number_encrypted",
              "smsf_account_name", "electronic_service_address", "effective_from", "metadata"]);
}
