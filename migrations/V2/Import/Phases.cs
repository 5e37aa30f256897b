using Finnest.Database.V2.Contract;

namespace Finnest.Database.V2.Import;

/// <summary>
/// The source mappings, phase by phase (seed 000 "v2 → Finnest Table Mapping", dependency order). Every v2 id is
/// resolved through public.id_mappings; an unresolvable parent quarantines the row with a reason; nothing is guessed.
/// </summary>
public static partial class Phases
{
    public static readonly string[] Order = ["foundation", "people", "clients", "roster", "timekeep", "messaging", "payroll"];

    /// <summary>The uuid a v2 id of <paramref name="table"/> became, or null.</summary>
    private static string Map(string table, string legacyIdExpression, string system = "asg_central_v2") =>
        $"(select m.target_id from public.id_mappings m where m.org_id = @org and m.legacy_system = '{system}' and m.legacy_table = '{table}' and m.legacy_id = v2.to_int({legacyIdExpression}))";

    /// <summary>Whether the v2 row with that id is in the staged extract at all.</summary>
    private static string Staged(string stagingTable, string legacyIdExpression) =>
        $"exists (select from {stagingTable} p where p.legacy_id = v2.to_int({legacyIdExpression}))";

    // Helpers shared by the phase files (Phases.*.cs).
    private const string Sydney = "'Australia/Sydney'";

    /// <summary>A v2 datetime (Sydney wall time, the v2 server's zone) as an instant.</summary>
    private static string SydneyInstant(string column) => $"(v2.to_timestamp({column}) at time zone {Sydney})";

    /// <summary>A v2 time of day, or null when it is not HH:MM:SS (so a bad value quarantines the row instead of failing the cast).</summary>
    private static string TimeOfDay(string column) => $"(case when {column} ~ '^[0-2][0-9]:[0-5][0-9]:[0-5][0-9]$' then {column}::time end)";

    private const string Raw = "(to_jsonb(s) - 'load_id' - 'line_no' - 'row_hash' - 'encoding_issues')";

    /// <summary>
    /// The same value as <see cref="Raw"/> (the staged row without its load bookkeeping) built from the contract's
    /// columns: for the largest tables, where turning the whole row into jsonb and deleting four keys (a copy each)
    /// costs more than the rest of the transform.
    /// </summary>
    private static string RawFromContract(string source, string alias, string extra = "") =>
        "jsonb_build_object('legacy_id', " + alias + ".legacy_id" +
        string.Concat(ExtractContract.Get(source).Columns.Select(c => $", '{c.Name}', {alias}.{c.Name}")) + extra + ")";
    private const string EmailPattern = "'^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'";
    private static string Email(string column) => $"case when lower(v2.clean({column})) ~ {EmailPattern} then lower(v2.clean({column})) end";
    private static string Metadata(string extra = "") => $"jsonb_strip_nulls(jsonb_build_object('source', 'v2', 'v2_id', s.legacy_id{extra}))";

    private static string Decision(string alias, string check, string source) =>
        $"left join v2.review_items {alias} on {alias}.check_name = '{check}' and {alias}.source_table = '{source}' and {alias}.legacy_id = s.legacy_id and {alias}.decision is not null";

    public static Phase Get(string name) => All.Single(p => p.Name == name);

    /// <summary>
    /// Built on first use, not when the CLI starts: the CLI names the phases in --phase's help (<see cref="Order"/>), and
    /// building them (the clock-event import computes the DST edges of every zone) cost every command, seed included, 30 ms.
    /// </summary>
    public static IReadOnlyList<Phase> All => Built.Value;

    private static readonly Lazy<IReadOnlyList<Phase>> Built = new(() =>
    [
        new("foundation", "roles, offices and users (admin_users, consultants and payroll_staffs merged by email)", [Roles, Offices, Users("admin_users", "admin"), Users("consultants", "staff"), Users("payroll_staffs", "payroll")]),
        new("people", "candidates → employees, their qualifications → credentials and compliance status, comments → notes, leave, unavailability, functional assessments; admin_atslive talent → recruit candidates, applicants → candidate pools, reference checks", [Employees, Qualifications, ComplianceStatus, EmployeeNotes, LeaveRequests, Unavailability, Assessments, RecruitCandidates, CandidatePools, ReferenceChecks]),
        new("clients", "clients, their sites and contacts, agencies, then contracts, appraisals and onboarding (they name clients, sites and contacts)", [Clients, Sites, Contacts, Agencies, Contracts, Appraisals, OnboardingProfiles]),
        new("roster", "joborders → shifts, roster codes, rule sets", [Shifts, ShiftCodes, RosterRules]),
        new("timekeep", "timesheets → timecards, actatek terminals and punches → clock events, timesheet allowances", [Timecards, Terminals, ClockEvents, TimecardAllowances]),
        new("messaging", "message_log → reach.message_log, client messaging threads and messages → conversations", [MessageLog, Conversations, ConversationMessages]),
        new("payroll", "pay levels, allowance types, super funds, pay details with their TFN declarations and bank accounts (only at a pay-cycle boundary)", [PayLevels, Allowances, SuperFunds, PayDetails]),
    ]);

    // ---- foundation ------------------------------------------------------------------------

    private static TableImport Offices => new("admin_central.office_locations", "public.offices", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.name) is null then 'office name missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.name) as name, v2.clean(s.code) as code, v2.clean(s.suburb) as suburb,
               case when upper(s.state) in ('NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT') then upper(s.state) end as state,
               case when s.postcode ~ '^[0-9]{4}$' then s.postcode end as postcode, v2.clean(s.phone) as phone,
               coalesce(v2.state_timezone(s.state), 'Australia/Sydney') as timezone, {{Metadata()}} as metadata
        from {batch} s
        """, ["name", "code", "suburb", "state", "postcode", "phone", "timezone", "metadata"]);

    /// <summary>
    /// The three v2 user tables become public.users. A person already present (same email, from an earlier table)
    /// is merged into that user and gains the role of this table; admin_users go first, so kind is the highest role.
    /// </summary>
    private static TableImport Users(string table, string kind) => new($"admin_central.{table}", "public.users", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when {{Email("s.email")}} is null then 'email missing or malformed: ' || coalesce(s.email, '\N')
                    when v2.clean(s.first_name) is null or v2.clean(s.surname) is null then 'first name or surname missing' end as quarantine_reason,
               null::text as skip_reason,
               (select u.id from public.users u where u.org_id = @org and lower(u.email) = {{Email("s.email")}} and u.deleted_at is null) as merge_into,
               {{Email("s.email")}} as email, v2.clean(s.first_name) as first_name, v2.clean(s.surname) as last_name, '{{kind}}' as kind,
               case when s.active = '1' then 'active' else 'deactivated' end as status,
               {{Map("office_locations", "s.office_id")}} as primary_office_id,
               {{Metadata($", 'v2_table', '{table}'")}} as metadata
        from {batch} s
        """, ["email", "first_name", "last_name", "kind", "status", "primary_office_id", "metadata"])
    {
        UpdateColumns = ["first_name", "last_name", "status", "primary_office_id"],
        AfterBatch = $$"""
            insert into public.user_roles (org_id, user_id, role_id)
            select distinct @org, b.target_id, r.id
            from batch b join public.roles r on r.org_id = @org and r.name = 'v2 {{kind}}' and r.deleted_at is null
            where b.outcome in ('inserted', 'merged')
              and not exists (select from public.user_roles x where x.org_id = @org and x.user_id = b.target_id and x.role_id = r.id and x.office_id is null and x.deleted_at is null)
            """,
    };

    // ---- people ----------------------------------------------------------------------------

    private const string Candidate = "admin_central.candidates";

    private static TableImport Employees => new(Candidate, "people.employees", $$"""
        select s.legacy_id,
               md5(s.row_hash || coalesce(extra.fields::text, '') || coalesce(orphan.decision || orphan.decision_value, '') || coalesce(naming.decision || naming.decision_value, '')
                   || coalesce(dup.decision, '') || coalesce(status_fix.decision, '')) as checksum,
               {{Raw}} as raw, null::date as business_date,
               case
                   when office.legacy_id is null and orphan.decision is null
                       then 'orphaned employee: office ' || coalesce(s.office_id, '\N') || ' is not in office_locations (awaiting review: assign_office or skip)'
                   when {{Map("office_locations", "office.legacy_id::text")}} is null
                       then 'office ' || office.legacy_id || ' has no Finnest office (run the foundation phase)'
                   when coalesce(split_part(naming.decision_value, '|', 1), v2.clean(s.first_name)) is null or coalesce(split_part(naming.decision_value, '|', 2), v2.clean(s.surname)) is null
                       then 'missing required field: ' || concat_ws(' and ', case when v2.clean(s.first_name) is null then 'first name' end, case when v2.clean(s.surname) is null then 'surname' end) || ' (awaiting review: supply_name or skip)'
                   when dup.decision = 'merge' and {{Map("candidates", "dup.related_legacy_id::text")}} is null
                       then 'merge into candidate ' || dup.related_legacy_id || ', which has no Finnest employee yet'
                   when s.employment_type not in ('C', 'F', 'P', 'T', 'A') or s.employment_type is null
                       then 'employment type ' || coalesce(s.employment_type, '\N') || ' is not a v2 code (C, F, P, T, A)'
                   when s.status not in ('0', '1', '2', '3', '4') or s.status is null
                       then 'status ' || coalesce(s.status, '\N') || ' is not a v2 candidate status (0–4)'
               end as quarantine_reason,
               case when orphan.decision = 'skip' or naming.decision = 'skip' then 'reviewer decided skip' end as skip_reason,
               case when dup.decision = 'merge' then {{Map("candidates", "dup.related_legacy_id::text")}} end as merge_into,
               coalesce(split_part(naming.decision_value, '|', 1), v2.clean(s.first_name)) as first_name,
               coalesce(split_part(naming.decision_value, '|', 2), v2.clean(s.surname)) as last_name,
               case when v2.to_date(s.dob) >= date '1900-01-01' then v2.to_date(s.dob) end as date_of_birth,
               case s.gender when 'M' then 'male' when 'F' then 'female' when 'X' then 'not_stated' end as gender,
               {{Email("s.email")}} as email,
               case when regexp_replace(coalesce(s.mobile, ''), '[^0-9]', '', 'g') ~ '^04[0-9]{8}$' then '+61' || substr(regexp_replace(s.mobile, '[^0-9]', '', 'g'), 2) end as phone,
               jsonb_strip_nulls(jsonb_build_object('line1', v2.clean(s.address1), 'line2', v2.clean(s.address2), 'suburb', v2.clean(s.suburb),
                   'state', case when upper(s.state) in ('NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT') then upper(s.state) end,
                   'postcode', case when s.postcode ~ '^[0-9]{4}$' then s.postcode end, 'country', 'AU')) as address,
               case s.employment_type when 'C' then 'casual' when 'F' then 'full_time' when 'P' then 'part_time' when 'T' then 'fixed_term' when 'A' then 'contractor' end as employment_type,
               case when s.status = '1' and v2.to_date(s.termination_date) is not null and status_fix.decision is distinct from 'clear_termination_date' then 'terminated'
                    else case s.status when '0' then 'onboarding' when '1' then 'active' when '2' then 'on_leave' when '3' then 'suspended' when '4' then 'terminated' end end as employment_status,
               v2.to_date(s.start_date) as start_date,
               case when status_fix.decision = 'clear_termination_date' then null else v2.to_date(s.termination_date) end as termination_date,
               {{Map("office_locations", "office.legacy_id::text")}} as primary_office_id,
               {{Metadata(", 'v2_status', s.status, 'v2_email', case when " + Email("s.email") + " is null then s.email end, 'v2_additional', extra.fields, 'v2_tier', case when stale.legacy_id is not null then 'cold' end")}} as metadata
        from {batch} s
        {{Decision("orphan", "orphaned_employee", Candidate)}}
        {{Decision("naming", "missing_required", Candidate)}}
        {{Decision("dup", "duplicate_employee", Candidate)}}
        {{Decision("status_fix", "invalid_status", Candidate)}}
        left join v2.admin_central__office_locations office on office.legacy_id = coalesce(v2.to_int(orphan.decision_value), v2.to_int(s.office_id))
        left join lateral (select jsonb_object_agg(a.field_name, a.field_value order by a.legacy_id) as fields
                           from v2.admin_central__candidates_additional a where a.candidate_id = s.legacy_id::text) extra on true
        left join v2.review_items stale on stale.check_name = 'stale_record' and stale.source_table = '{{Candidate}}' and stale.legacy_id = s.legacy_id
        """,
        ["first_name", "last_name", "date_of_birth", "gender", "email", "phone", "address", "employment_type", "employment_status", "start_date", "termination_date", "primary_office_id", "metadata"]);

    private const string QualificationCodes =
        "(values ('WHITECARD', 'white_card'), ('FIRSTAID', 'first_aid'), ('FORKLIFT', 'hrwl_lf'), ('RSA', 'rsa'), ('DL-C', 'dl_c'), ('DL-HR', 'dl_hr'), ('CPR', 'cpr')) as q(v2_code, code)";

    private static TableImport Qualifications => new("admin_central.candidates_qualification", "people.employee_qualifications", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when {{Map("candidates", "s.candidate_id")}} is null then 'candidate ' || coalesce(s.candidate_id, '\N') || ' has no Finnest employee (quarantined, skipped or not imported)'
                    when ct.id is null then 'qualification code ' || coalesce(s.qualification, '\N') || ' has no credential type' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, ct.id as credential_type_id, v2.clean(s.licence_no) as credential_number,
               case when upper(s.state) in ('NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT') then upper(s.state) end as issuing_state,
               v2.to_date(s.issue_date) as issued_on, v2.to_date(s.expiry_date) as expires_on, {{Metadata(", 'v2_code', s.qualification")}} as metadata
        from {batch} s
        left join {{QualificationCodes}} on q.v2_code = upper(v2.clean(s.qualification))
        left join compliance.credential_types ct on ct.code = q.code
        """, ["employee_id", "credential_type_id", "credential_number", "issuing_state", "issued_on", "expires_on", "metadata"]);

    // ---- clients ---------------------------------------------------------------------------

    private static TableImport Clients => new("admin_central.clients", "clients.clients", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.company_name) is null then 'company name missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.company_name) as legal_name, v2.clean(s.trading_name) as trading_name,
               case when abn.digits ~ '^[0-9]{11}$' and finnest.is_valid_abn(abn.digits) then abn.digits end as abn,
               case s.status when '0' then 'prospect' when '1' then 'active' when '2' then 'on_hold' else 'inactive' end as status,
               {{Map("office_locations", "s.office_id")}} as primary_office_id, {{Email("s.email")}} as billing_email,
               {{Metadata(", 'v2_abn', case when not (abn.digits ~ '^[0-9]{11}$' and finnest.is_valid_abn(abn.digits)) then s.abn end")}} as metadata
        from {batch} s
        cross join lateral (select regexp_replace(coalesce(s.abn, ''), '[^0-9]', '', 'g') as digits) abn
        """, ["legal_name", "trading_name", "abn", "status", "primary_office_id", "billing_email", "metadata"]);

    private static TableImport Sites => new("admin_central.site", "clients.sites", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when {{Map("clients", "s.client_id")}} is null then 'client ' || coalesce(s.client_id, '\N') || ' has no Finnest client'
                    when v2.clean(s.name) is null or v2.clean(s.address1) is null or v2.clean(s.suburb) is null then 'site name or address missing'
                    when v2.state_timezone(s.state) is null then 'state ' || coalesce(s.state, '\N') || ' is not an Australian state'
                    when coalesce(s.postcode, '') !~ '^[0-9]{4}$' then 'postcode ' || coalesce(s.postcode, '\N') || ' is not 4 digits' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("clients", "s.client_id")}} as client_id, v2.clean(s.name) as name, v2.clean(s.address1) as address_line1, v2.clean(s.suburb) as suburb,
               upper(v2.clean(s.state)) as state, s.postcode as postcode, v2.state_timezone(s.state) as timezone, {{Metadata()}} as metadata
        from {batch} s
        """, ["client_id", "name", "address_line1", "suburb", "state", "postcode", "timezone", "metadata"]);

    // ---- roster ----------------------------------------------------------------------------

    /// <summary>
    /// A joborder is a local date with local start and end times at a site; a shift is two instants. The site's
    /// zone turns one into the other, and an end time not after the start is on the next day (a night shift).
    /// </summary>
    private static TableImport Shifts => new("admin_central.joborders", "roster.shifts", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_date(s.shift_date) as business_date,
               case when site.id is null then 'site ' || coalesce(s.site_id, '\N') || ' has no Finnest site'
                    when v2.to_date(s.shift_date) is null or s.start_time !~ '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' or s.end_time !~ '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' then 'shift date or times missing'
                    when v2.clean(s.position) is null then 'position missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("clients", "s.client_id")}} as client_id, site.id as site_id, v2.clean(s.position) as position,
               (v2.to_date(s.shift_date) + s.start_time::time) at time zone site.timezone as start_at,
               (v2.to_date(s.shift_date) + case when s.end_time::time <= s.start_time::time then 1 else 0 end + s.end_time::time) at time zone site.timezone as end_at,
               coalesce(v2.to_int(s.break_minutes), 0) as unpaid_break_minutes, site.timezone as timezone,
               case s.status when '0' then 'published' when '1' then 'accepted' when '2' then 'completed' when '3' then 'cancelled' else 'draft' end as status,
               case when s.status = '3' then v2.to_timestamp(s.modified) at time zone site.timezone end as cancelled_at,
               v2.to_numeric(s.pay_rate) as pay_rate, v2.to_numeric(s.charge_rate) as charge_rate, {{Metadata(", 'v2_status', s.status")}} as metadata
        from {batch} s
        left join clients.sites site on site.org_id = @org and site.id = {{Map("site", "s.site_id")}}
        """, ["client_id", "site_id", "position", "start_at", "end_at", "unpaid_break_minutes", "timezone", "status", "cancelled_at", "pay_rate", "charge_rate", "metadata"])
    { Tiered = true };

    // ---- timekeep --------------------------------------------------------------------------

    private static TableImport Timecards => new("admin_central.timesheets", "timekeep.timecards", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_date(s.week_ending) as business_date,
               case when {{Map("candidates", "s.candidate_id")}} is null then 'candidate ' || coalesce(s.candidate_id, '\N') || ' has no Finnest employee (quarantined, skipped or not imported)'
                    when v2.to_date(s.week_ending) is null then 'week ending missing'
                    when v2.to_numeric(s.hours) is null or v2.to_numeric(s.hours) < 0 then 'hours missing or negative' end as quarantine_reason,
               case when not {{Staged("v2.admin_central__candidates", "s.candidate_id")}} then 'orphaned timesheet: candidate not in v2' end as skip_reason,
               null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, {{Map("clients", "s.client_id")}} as client_id, {{Map("site", "s.site_id")}} as site_id,
               v2.to_date(s.week_ending) - 6 as period_start, v2.to_date(s.week_ending) as period_end,
               case s.status when '0' then 'draft' when '1' then 'submitted' when '2' then 'approved' when '3' then 'paid' else 'draft' end as status,
               'import' as source, v2.to_numeric(s.hours) as ordinary_hours, v2.to_numeric(s.hours) as total_hours, {{Metadata(", 'v2_status', s.status")}} as metadata
        from {batch} s
        """, ["employee_id", "client_id", "site_id", "period_start", "period_end", "status", "source", "ordinary_hours", "total_hours", "metadata"])
    { Tiered = true };

    private static TableImport Terminals => new("actatek.terminals", "timekeep.terminals", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when site.id is null then 'site ' || coalesce(s.site_id, '\N') || ' has no Finnest site' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               coalesce(v2.clean(s.description), 'actatek ' || s.legacy_id) as name, 'actatek' as terminal_type, v2.clean(s.serial_no) as serial_number,
               s.legacy_id::text as legacy_device_id, site.id as site_id, site.timezone as timezone, array['fingerprint', 'card', 'pin'] as verification_methods,
               {{Metadata()}} as metadata
        from {batch} s
        left join clients.sites site on site.org_id = @org and site.id = {{Map("site", "s.site_id")}}
        """, ["name", "terminal_type", "serial_number", "legacy_device_id", "site_id", "timezone", "verification_methods", "metadata"]);

    /// <summary>
    /// actatek punches: local wall time at the terminal. Converted with the terminal's IANA zone; inside a DST
    /// change (temp table dst_edges, computed with NodaTime) the offset in force before the change applies, so a
    /// repeated hour takes the earlier instant and a skipped time moves forward by the gap. Both are flagged.
    /// <para>
    /// The punch becomes jsonb once: as the clock event's raw_payload (the staged row with "source": "v2", and "dst"
    /// when a clock change applied). The raw row a quarantined punch keeps is that document without the two keys,
    /// made only for those few rows: building a second document per punch cost 0.15 s per 50,000.
    /// </para>
    /// </summary>
    private static TableImport ClockEvents => new("actatek.punches", "timekeep.clock_events", $$"""
        select x.*, case when x.quarantine_reason is not null then x.raw_payload - 'source' - 'dst' end as raw
        from (
        select s.legacy_id, s.row_hash as checksum, s.local::date as business_date,
               case when staged_terminal.legacy_id is null then 'terminal ' || coalesce(s.terminal_id, '\N') || ' is not in actatek terminals'
                    when terminal.id is null then 'terminal ' || s.terminal_id || ' has no Finnest terminal'
                    when employee.target_id is null then 'candidate ' || coalesce(s.candidate_id, '\N') || ' has no Finnest employee (quarantined, skipped or not imported)'
                    when s.local is null then 'punch time missing'
                    when s.direction_code not in ('IN', 'OUT') or s.direction_code is null then 'direction ' || coalesce(s.direction, '\N') || ' is neither IN nor OUT' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               employee.target_id as employee_id,
               case s.direction_code when 'IN' then 'clock_in' else 'clock_out' end as event_type, 'kiosk' as source,
               case when edge.local_to > s.local then (s.local - edge.offset_before) at time zone 'UTC' else s.local at time zone terminal.timezone end as occurred_at,
               s.local as local_occurred_at, terminal.timezone as local_timezone, terminal.id as terminal_id,
               case upper(s.verify) when 'FP' then 'fingerprint' when 'CARD' then 'card' when 'PIN' then 'pin' else 'none' end as verification_method,
               s.legacy_id as legacy_log_id,
               case when edge.local_to > s.local then s.payload || jsonb_build_object('dst', edge.kind) else s.payload end as raw_payload,
               case when edge.local_to > s.local then edge.kind end as dst_kind
        -- Each punch parsed once (offset 0 keeps the planner from repeating the expressions for every use, the
        -- parent keys included: each join would otherwise run its own regular expression on them).
        from (select p.*, {{RawFromContract("actatek.punches", "p", ", 'source', 'v2'")}} as payload, v2.to_timestamp(p.punch_time) as local, upper(p.direction) as direction_code,
                     v2.to_int(p.terminal_id) as terminal_no, v2.to_int(p.candidate_id) as candidate_no
              from {batch} p offset 0) s
        -- The parents are few (terminals, candidates): joined, so they are hashed once per batch instead of looked up per punch.
        left join v2.actatek__terminals staged_terminal on staged_terminal.legacy_id = s.terminal_no
        left join public.id_mappings terminal_map
            on terminal_map.org_id = @org and terminal_map.legacy_system = 'actatek' and terminal_map.legacy_table = 'terminals' and terminal_map.legacy_id = s.terminal_no
        left join timekeep.terminals terminal on terminal.org_id = @org and terminal.id = terminal_map.target_id
        left join public.id_mappings employee
            on employee.org_id = @org and employee.legacy_system = 'asg_central_v2' and employee.legacy_table = 'candidates' and employee.legacy_id = s.candidate_no
        -- The latest clock change at or before the punch (one index probe); it applies only if the punch is inside its window.
        -- Only punches at a time of day some window covers are probed: the rest (nearly all) skip the index.
        left join lateral (
            select e.kind, e.offset_before, e.local_to from dst_edges e
            where s.local::time between '{{DstEdges.WindowTimesOfDay.Earliest:HH\:mm\:ss}}' and '{{DstEdges.WindowTimesOfDay.Latest:HH\:mm\:ss}}'
              and e.zone = terminal.timezone and e.local_from <= s.local
            order by e.local_from desc limit 1) edge on true
        ) x
        """, ["employee_id", "event_type", "source", "occurred_at", "local_occurred_at", "local_timezone", "terminal_id", "verification_method", "legacy_log_id", "raw_payload"])
    {
        AppendOnly = true,
        Tiered = true,
        BatchScale = 10,
        InsertOrder = "occurred_at",
        AfterBatch = """
            insert into v2.review_items (check_name, source_table, legacy_id, detail, action)
            select 'dst_' || b.dst_kind || '_hour', 'actatek.punches', b.legacy_id,
                   to_char(b.local_occurred_at, 'YYYY-MM-DD HH24:MI:SS') || ' ' || b.local_timezone || ' ' ||
                   case b.dst_kind when 'repeated' then 'happened twice (DST ended); taken as the earlier, daylight-time instant'
                                   else 'does not exist (DST started); moved forward by the hour skipped' end
                   || ' → ' || to_char(b.occurred_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') || 'Z',
                   'imported with the offset in force before the change; check against the shift and accept'
            from batch b
            where b.dst_kind is not null and b.outcome = 'inserted'
            on conflict on constraint uq_review_items__finding do nothing
            """,
    };

    // ---- messaging -------------------------------------------------------------------------

    private static TableImport MessageLog => new("admin_central.message_log", "reach.message_log", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_timestamp(s.sent)::date as business_date,
               case when lower(s.channel) not in ('sms', 'email') or s.channel is null then 'channel ' || coalesce(s.channel, '\N') || ' is neither SMS nor EMAIL'
                    when v2.to_timestamp(s.sent) is null then 'sent time missing'
                    when coalesce(s.candidate_id, '0') <> '0' and {{Map("candidates", "s.candidate_id")}} is null
                        then 'candidate ' || s.candidate_id || ' has no Finnest employee (quarantined, skipped or not imported)' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               s.legacy_id as legacy_id_column, lower(s.channel) as channel, 'outbound' as direction, v2.clean(s.recipient) as to_address, v2.clean(s.subject) as subject, s.body as body,
               case lower(s.status) when 'delivered' then 'delivered' when 'failed' then 'failed' else 'sent' end as status,
               v2.to_timestamp(s.sent) at time zone 'Australia/Sydney' as sent_at, {{Map("candidates", "s.candidate_id")}} as employee_id,
               @label as migration_batch, {{Metadata(", 'v2_status', s.status")}} as metadata
        from {batch} s
        """, ["legacy_id_column:legacy_id", "channel", "direction", "to_address", "subject", "body", "status", "sent_at", "employee_id", "migration_batch", "metadata"])
    { Tiered = true };

    // ---- payroll ---------------------------------------------------------------------------

    private static TableImport PayLevels => new("admin_central.pay_levels", "payroll.pay_levels", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.code) is null or v2.clean(s.name) is null then 'code or name missing'
                    when v2.to_numeric(s.base_rate) is null or v2.to_numeric(s.base_rate) <= 0 then 'base rate missing or not positive'
                    when v2.to_date(s.effective_from) is null then 'effective_from missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.code) as code, v2.clean(s.name) as name, v2.to_numeric(s.base_rate) as base_hourly_rate,
               coalesce(v2.to_numeric(s.casual_loading), 0.25) as casual_loading, v2.to_date(s.effective_from) as effective_from, v2.to_date(s.effective_to) as effective_to,
               {{Metadata()}} as metadata
        from {batch} s
        """, ["code", "name", "base_hourly_rate", "casual_loading", "effective_from", "effective_to", "metadata"]);
}
