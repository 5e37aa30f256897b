namespace Finnest.Database.V2.Import;

/// <summary>
/// The admin_central tables around workers and clients: roles (foundation); consultants' comments, leave and
/// unavailability (people); client contacts, agencies, contracts and client appraisals (clients). Contracts and
/// appraisals name a client and a client contact, so they run at the end of the clients phase, after their parents.
/// </summary>
public static partial class Phases
{
    /// <summary>The reason a row whose worker did not come over is held back.</summary>
    private static string NoEmployee(string column) =>
        $"case when {Map("candidates", column)} is null then 'candidate ' || coalesce({column}, '\\N') || ' has no Finnest employee (quarantined, skipped or not imported)' end";

    /// <summary>An optional v2 reference (0 or \N for none) to a consultant: the user they became, else null.</summary>
    private static string Consultant(string column) => $"case when coalesce({column}, '0') <> '0' then {Map("consultants", column)} end";

    /// <summary>The digits of an Australian number as E.164 (+61…) when it is a landline or mobile, else null.</summary>
    private static string AustralianPhone(string column, string pattern) =>
        $"case when regexp_replace(coalesce({column}, ''), '[^0-9]', '', 'g') ~ '{pattern}' then '+61' || substr(regexp_replace({column}, '[^0-9]', '', 'g'), 2) end";

    private static string Mobile(string column) => AustralianPhone(column, "^04[0-9]{8}$");
    private static string Landline(string column) => AustralianPhone(column, "^0[2378][0-9]{8}$");

    // ---- foundation ------------------------------------------------------------------------

    /// <summary>
    /// v2 roles by name. v2 never made names unique; a role repeating a live role's name becomes that role (merged),
    /// and its permissions are the v2 keys, trimmed and lower-cased. A merged row's checksum is its name alone: the
    /// role keeps the description and permissions of the row that created it, so a later change to the repeat's
    /// description never overwrites them.
    /// </summary>
    private static TableImport Roles => new("admin_central.roles", "public.roles", $$"""
        select s.legacy_id,
               case when existing.id is not null and existing.v2_id is distinct from s.legacy_id::text then md5('merged role: ' || v2.clean(s.name)) else s.row_hash end as checksum,
               {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.name) is null then 'role name missing' end as quarantine_reason,
               null::text as skip_reason, existing.id as merge_into,
               v2.clean(s.name) as name, v2.clean(s.description) as description,
               coalesce((select array_agg(distinct lower(btrim(p.key)) order by lower(btrim(p.key)))
                         from unnest(string_to_array(s.permissions, ',')) as p(key) where btrim(p.key) <> ''), '{}') as permissions,
               {{Metadata()}} as metadata
        from {batch} s
        left join lateral (select r.id, r.metadata ->> 'v2_id' as v2_id from public.roles r
                           where r.org_id = @org and r.name = v2.clean(s.name) and r.deleted_at is null) existing on true
        """, ["name", "description", "permissions", "metadata"]);

    // ---- people ----------------------------------------------------------------------------

    private const string NoteTypes =
        "(values ('general', 'general'), ('placement', 'placement'), ('client feedback', 'client_feedback'), ('compliance', 'compliance'), " +
        "('performance', 'performance'), ('welfare', 'welfare'), ('incident', 'incident'), ('hr', 'hr')) as nt(v2_type, note_type)";

    /// <summary>Comments become notes; private ones and welfare or HR notes are for HR only. An unknown type is general (kept in metadata).</summary>
    private static TableImport EmployeeNotes => new("admin_central.candidates_comments", "people.employee_notes", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_timestamp(s.created)::date as business_date,
               coalesce({{NoEmployee("s.candidate_id")}}, case when v2.clean(s.comment) is null then 'comment text missing' end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, {{Consultant("s.consultant_id")}} as author_id,
               coalesce(nt.note_type, 'general') as note_type,
               case when s.private = '1' or nt.note_type in ('welfare', 'hr') then 'hr_only' else 'staff' end as visibility,
               s.comment as body, v2.to_date(s.follow_up_date) as follow_up_on,
               {{Metadata(", 'v2_type', case when nt.note_type is null then s.comment_type end, 'v2_created', v2.to_timestamp(s.created), " +
                          "'v2_consultant_id', case when coalesce(s.consultant_id, '0') <> '0' and " + Consultant("s.consultant_id") + " is null then s.consultant_id end")}} as metadata
        from {batch} s
        left join {{NoteTypes}} on nt.v2_type = lower(v2.clean(s.comment_type))
        """, ["employee_id", "author_id", "note_type", "visibility", "body", "follow_up_on", "metadata"])
    { Tiered = true };

    /// <summary>v2 leave codes and the NES leave type (code) every organisation has; UL (unpaid) has none and is held back.</summary>
    private const string LeaveCodes =
        "(values ('AL', 'annual'), ('PL', 'personal_carers'), ('CL', 'carers_unpaid'), ('CP', 'compassionate'), ('FDV', 'family_domestic_violence'), " +
        "('CS', 'community_service'), ('LSL', 'long_service'), ('UPL', 'parental_unpaid')) as lc(v2_code, code)";

    /// <summary>
    /// Leave requests. Casual entitlement and overlapping live leave are the target's rules (a trigger and an
    /// exclusion constraint): a row they refuse is quarantined with their name by the engine's row-by-row retry.
    /// </summary>
    private static TableImport LeaveRequests => new("admin_central.leave_request", "people.leave_requests", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_date(s.date_from) as business_date,
               coalesce({{NoEmployee("s.candidate_id")}},
                   case when lt.id is null then 'leave type ' || coalesce(s.leave_type, '\N') || ' has no Finnest leave type'
                        when v2.to_date(s.date_from) is null or v2.to_date(s.date_to) is null then 'leave dates missing'
                        when v2.to_date(s.date_to) < v2.to_date(s.date_from) then 'date_to ' || s.date_to || ' is before date_from ' || s.date_from
                        when v2.to_numeric(s.hours) is null or v2.to_numeric(s.hours) <= 0 then 'hours missing or not positive'
                        when s.status is null or s.status not in ('0', '1', '2', '3', '4') then 'status ' || coalesce(s.status, '\N') || ' is not a v2 leave status (0–4)' end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, lt.id as leave_type_id,
               v2.to_date(s.date_from) as start_date, v2.to_date(s.date_to) as end_date, v2.to_numeric(s.hours) as hours,
               case s.status when '0' then 'submitted' when '1' then 'approved' when '2' then 'rejected' when '3' then 'cancelled' when '4' then 'taken' end as status,
               v2.clean(s.reason) as reason, {{SydneyInstant("s.created")}} as submitted_at,
               case when s.status in ('1', '2', '4') then coalesce({{SydneyInstant("s.approved_date")}}, {{SydneyInstant("s.modified")}}) end as decided_at,
               case when s.status in ('1', '2', '4') then {{Consultant("s.approved_by")}} end as decided_by,
               {{Metadata(", 'v2_leave_type', s.leave_type, 'v2_status', s.status")}} as metadata
        from {batch} s
        left join {{LeaveCodes}} on lc.v2_code = upper(v2.clean(s.leave_type))
        left join people.leave_types lt on lt.org_id = @org and lt.code = lc.code and lt.deleted_at is null
        """, ["employee_id", "leave_type_id", "start_date", "end_date", "hours", "status", "reason", "submitted_at", "decided_at", "decided_by", "metadata"])
    { Tiered = true };

    private const string UnavailabilityReasons =
        "(values ('personal', 'personal'), ('study', 'study'), ('other job', 'other_job'), ('medical', 'medical'), ('carer', 'carer'), " +
        "('religious', 'religious'), ('travel', 'travel'), ('leave', 'leave')) as ur(v2_reason, reason)";

    /// <summary>
    /// Unavailability in the worker's local time (the zone of the candidate's state, Sydney when unknown). Without
    /// times it covers whole days; a recurring row repeats weekly (RRULE FREQ=WEEKLY) from its first day until date_to.
    /// </summary>
    private static TableImport Unavailability => new("admin_central.unavailability", "people.unavailability", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_date(s.date_from) as business_date,
               coalesce({{NoEmployee("s.candidate_id")}},
                   case when v2.to_date(s.date_from) is null or v2.to_date(s.date_to) is null then 'dates missing'
                        when v2.to_date(s.date_to) < v2.to_date(s.date_from) then 'date_to ' || s.date_to || ' is before date_from ' || s.date_from
                        when (s.start_time is null) <> (s.end_time is null) then 'only one of start_time and end_time given'
                        when s.start_time is not null and ({{TimeOfDay("s.start_time")}} is null or {{TimeOfDay("s.end_time")}} is null) then 'start_time or end_time is not HH:MM:SS'
                        when {{TimeOfDay("s.end_time")}} <= {{TimeOfDay("s.start_time")}} then 'end_time ' || s.end_time || ' is not after start_time ' || s.start_time end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id,
               (v2.to_date(s.date_from) + coalesce({{TimeOfDay("s.start_time")}}, time '00:00')) at time zone local.zone as starts_at,
               case when s.start_time is null then (case when s.recurring = '1' then v2.to_date(s.date_from) else v2.to_date(s.date_to) end + 1)::timestamp at time zone local.zone
                    when s.recurring = '1' then (v2.to_date(s.date_from) + {{TimeOfDay("s.end_time")}}) at time zone local.zone
                    else (v2.to_date(s.date_to) + {{TimeOfDay("s.end_time")}}) at time zone local.zone end as ends_at,
               s.start_time is null as all_day, coalesce(ur.reason, 'other') as reason,
               case when s.recurring = '1' then 'FREQ=WEEKLY' end as recurrence_rule,
               case when s.recurring = '1' then v2.to_date(s.date_to) end as recurrence_until,
               'system' as source, v2.clean(s.notes) as notes,
               {{Metadata(", 'v2_reason', case when ur.reason is null then s.reason end, 'timezone', local.zone")}} as metadata
        from {batch} s
        left join {{UnavailabilityReasons}} on ur.v2_reason = lower(v2.clean(s.reason))
        left join v2.admin_central__candidates c on c.legacy_id = v2.to_int(s.candidate_id)
        cross join lateral (select coalesce(v2.state_timezone(c.state), {{Sydney}}) as zone) local
        """, ["employee_id", "starts_at", "ends_at", "all_day", "reason", "recurrence_rule", "recurrence_until", "source", "notes", "metadata"]);

    // ---- clients ---------------------------------------------------------------------------

    private const string ContactRoles =
        "(values ('hiring', 'hiring_manager'), ('timesheets', 'timesheet_approver'), ('accounts', 'billing'), ('safety', 'safety')) as cr(v2_role, role)";

    /// <summary>Client contacts; at most one live primary per client is the target's rule (a second is quarantined with its name).</summary>
    private static TableImport Contacts => new("admin_central.client_contacts", "clients.contacts", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when {{Map("clients", "s.client_id")}} is null then 'client ' || coalesce(s.client_id, '\N') || ' has no Finnest client'
                    when coalesce(s.site_id, '0') <> '0' and {{Map("site", "s.site_id")}} is null then 'site ' || s.site_id || ' has no Finnest site'
                    when v2.clean(s.first_name) is null or v2.clean(s.surname) is null then 'first name or surname missing' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("clients", "s.client_id")}} as client_id, case when coalesce(s.site_id, '0') <> '0' then {{Map("site", "s.site_id")}} end as site_id,
               v2.clean(s.first_name) as first_name, v2.clean(s.surname) as last_name, v2.clean(s.position) as position_title,
               {{Email("s.email")}} as email, {{Landline("s.phone")}} as phone, {{Mobile("s.mobile")}} as mobile,
               coalesce((select array_agg(distinct cr.role order by cr.role) from unnest(string_to_array(lower(s.contact_type), ',')) as t(v2_role)
                         join {{ContactRoles}} on cr.v2_role = btrim(t.v2_role)), '{}') as roles,
               s.is_primary = '1' as is_primary, case when s.active = '0' then 'left' else 'active' end as status,
               {{Metadata(", 'v2_email', case when " + Email("s.email") + " is null then s.email end, 'v2_phone', case when " + Landline("s.phone") + " is null then s.phone end, " +
                          "'v2_mobile', case when " + Mobile("s.mobile") + " is null then s.mobile end")}} as metadata
        from {batch} s
        """, ["client_id", "site_id", "first_name", "last_name", "position_title", "email", "phone", "mobile", "roles", "is_primary", "status", "metadata"]);

    /// <summary>
    /// Supplier agencies. ABN and ACN are kept only when their check digits pass (the raw value goes to metadata);
    /// a labour-hire licence must come from one of the four licensing jurisdictions and have an expiry date.
    /// </summary>
    private static TableImport Agencies => new("admin_central.agency", "clients.agencies", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when v2.clean(s.name) is null then 'agency name missing'
                    when upper(coalesce(s.agency_type, '')) not in ('LH', 'REC', 'SUB', 'MSP') then 'agency type ' || coalesce(s.agency_type, '\N') || ' is not a v2 code (LH, REC, SUB, MSP)'
                    when v2.clean(s.licence_no) is not null and upper(coalesce(v2.clean(s.licence_state), '')) not in ('QLD', 'VIC', 'SA', 'ACT')
                        then 'labour-hire licence ' || v2.clean(s.licence_no) || ' is from ' || coalesce(v2.clean(s.licence_state), '\N') || ', which does not license labour hire'
                    when v2.clean(s.licence_no) is not null and v2.to_date(s.licence_expiry) is null then 'labour-hire licence ' || v2.clean(s.licence_no) || ' has no expiry date' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.name) as name, v2.clean(s.legal_name) as legal_name,
               case when abn.digits ~ '^[0-9]{11}$' and finnest.is_valid_abn(abn.digits) then abn.digits end as abn,
               case when acn.digits ~ '^[0-9]{9}$' and finnest.is_valid_acn(acn.digits) then acn.digits end as acn,
               case upper(s.agency_type) when 'LH' then 'labour_hire' when 'REC' then 'recruitment' when 'SUB' then 'subcontractor' when 'MSP' then 'master_vendor' end as agency_type,
               v2.clean(s.licence_no) as labour_hire_licence_number,
               case when v2.clean(s.licence_no) is not null then upper(v2.clean(s.licence_state)) end as labour_hire_licence_state,
               case when v2.clean(s.licence_no) is not null then v2.to_date(s.licence_expiry) end as labour_hire_licence_expiry,
               v2.clean(s.contact_name) as contact_name, {{Email("s.email")}} as email, {{Landline("s.phone")}} as phone,
               v2.to_numeric(s.markup) / 100 as supplier_markup, v2.to_int(s.payment_terms) as payment_terms_days,
               case s.status when '1' then 'active' when '2' then 'suspended' else 'inactive' end as status,
               {{Metadata(", 'v2_abn', case when not (abn.digits ~ '^[0-9]{11}$' and finnest.is_valid_abn(abn.digits)) then s.abn end, " +
                          "'v2_acn', case when not (acn.digits ~ '^[0-9]{9}$' and finnest.is_valid_acn(acn.digits)) then s.acn end, 'v2_status', s.status")}} as metadata
        from {batch} s
        cross join lateral (select regexp_replace(coalesce(s.abn, ''), '[^0-9]', '', 'g') as digits) abn
        cross join lateral (select regexp_replace(coalesce(s.acn, ''), '[^0-9]', '', 'g') as digits) acn
        """, ["name", "legal_name", "abn", "acn", "agency_type", "labour_hire_licence_number", "labour_hire_licence_state", "labour_hire_licence_expiry",
              "contact_name", "email", "phone", "supplier_markup", "payment_terms_days", "status", "metadata"]);

    /// <summary>Contract details; the agreed rate's unit comes with it, and a fixed-term contract must say when it ends.</summary>
    private static TableImport Contracts => new("admin_central.contract_details", "people.contracts", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               coalesce({{NoEmployee("s.candidate_id")}},
                   case when coalesce(s.client_id, '0') <> '0' and {{Map("clients", "s.client_id")}} is null then 'client ' || s.client_id || ' has no Finnest client'
                        when upper(coalesce(s.contract_type, '')) not in ('EMP', 'LHA', 'ABN', 'VAR') then 'contract type ' || coalesce(s.contract_type, '\N') || ' is not a v2 code (EMP, LHA, ABN, VAR)'
                        when upper(coalesce(s.employment_type, '')) not in ('C', 'F', 'P', 'T', 'A') then 'employment type ' || coalesce(s.employment_type, '\N') || ' is not a v2 code (C, F, P, T, A)'
                        when v2.clean(s.position) is null then 'position missing'
                        when v2.to_date(s.start_date) is null then 'start date missing'
                        when upper(s.employment_type) = 'T' and v2.to_date(s.end_date) is null then 'fixed-term contract without an end date'
                        when v2.to_date(s.end_date) < v2.to_date(s.start_date) then 'end_date ' || s.end_date || ' is before start_date ' || s.start_date
                        when v2.to_numeric(s.pay_rate) is not null and upper(coalesce(s.rate_unit, '')) not in ('H', 'W', 'Y') then 'rate unit ' || coalesce(s.rate_unit, '\N') || ' is not H, W or Y'
                        when s.status is null or s.status not in ('0', '1', '2', '3', '4', '5') then 'status ' || coalesce(s.status, '\N') || ' is not a v2 contract status (0–5)'
                        when s.status in ('2', '3') and v2.to_timestamp(s.signed_date) is null then 'signed contract without a signed date' end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id,
               case upper(s.contract_type) when 'EMP' then 'employment' when 'LHA' then 'labour_hire_assignment' when 'ABN' then 'contractor_agreement' when 'VAR' then 'variation' end as contract_type,
               case upper(s.employment_type) when 'C' then 'casual' when 'F' then 'full_time' when 'P' then 'part_time' when 'T' then 'fixed_term' when 'A' then 'contractor' end as employment_type,
               v2.clean(s.position) as position_title, case when coalesce(s.client_id, '0') <> '0' then {{Map("clients", "s.client_id")}} end as client_id,
               v2.to_date(s.start_date) as start_date, v2.to_date(s.end_date) as end_date, v2.to_numeric(s.hours_per_week) as ordinary_hours_per_week,
               v2.to_numeric(s.pay_rate) as pay_rate,
               case when v2.to_numeric(s.pay_rate) is not null then case upper(s.rate_unit) when 'H' then 'hour' when 'W' then 'week' when 'Y' then 'year' end end as pay_rate_unit,
               v2.to_int(s.notice_weeks) as notice_period_weeks,
               case s.status when '0' then 'draft' when '1' then 'issued' when '2' then 'signed' when '3' then 'active' when '4' then 'expired' when '5' then 'terminated' end as status,
               case when s.status <> '0' then {{SydneyInstant("s.created")}} end as issued_at, {{SydneyInstant("s.signed_date")}} as signed_at,
               {{Metadata(", 'v2_status', s.status")}} as metadata
        from {batch} s
        """, ["employee_id", "contract_type", "employment_type", "position_title", "client_id", "start_date", "end_date", "ordinary_hours_per_week",
              "pay_rate", "pay_rate_unit", "notice_period_weeks", "status", "issued_at", "signed_at", "metadata"]);

    /// <summary>Client appraisals: overall rating 1–5 (0 = not rated), the four criteria into criteria_ratings, rehire Y/N/C.</summary>
    private static TableImport Appraisals => new("admin_central.clients_appraisal", "people.appraisals", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_date(s.appraisal_date) as business_date,
               coalesce({{NoEmployee("s.candidate_id")}},
                   case when {{Map("clients", "s.client_id")}} is null then 'client ' || coalesce(s.client_id, '\N') || ' has no Finnest client'
                        when coalesce(s.contact_id, '0') <> '0' and {{Map("client_contacts", "s.contact_id")}} is null then 'client contact ' || s.contact_id || ' has no Finnest contact'
                        when v2.to_date(s.appraisal_date) is null then 'appraisal date missing'
                        when coalesce(s.rating, '0') not in ('0', '1', '2', '3', '4', '5') then 'rating ' || s.rating || ' is not 1–5 (0 = not rated)'
                        when exists (select from unnest(array[s.punctuality, s.safety, s.quality, s.attitude]) r(v) where coalesce(r.v, '0') not in ('0', '1', '2', '3', '4', '5'))
                            then 'a criterion rating is not 1–5 (0 = not rated)' end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, 'client_feedback' as appraisal_type, {{Map("clients", "s.client_id")}} as client_id,
               case when coalesce(s.contact_id, '0') <> '0' then {{Map("client_contacts", "s.contact_id")}} end as client_contact_id,
               {{Consultant("s.consultant_id")}} as appraiser_user_id, v2.to_date(s.appraisal_date) as appraised_on,
               nullif(v2.to_int(s.rating), 0) as overall_rating,
               jsonb_strip_nulls(jsonb_build_object('punctuality', nullif(v2.to_int(s.punctuality), 0), 'safety', nullif(v2.to_int(s.safety), 0),
                   'quality', nullif(v2.to_int(s.quality), 0), 'attitude', nullif(v2.to_int(s.attitude), 0))) as criteria_ratings,
               case upper(s.rehire) when 'Y' then 'yes' when 'N' then 'no' when 'C' then 'with_conditions' end as rehire_recommendation,
               v2.clean(s.comments) as comments, 'submitted' as status,
               {{Metadata()}} as metadata
        from {batch} s
        """, ["employee_id", "appraisal_type", "client_id", "client_contact_id", "appraiser_user_id", "appraised_on", "overall_rating", "criteria_ratings",
              "rehire_recommendation", "comments", "status", "metadata"])
    { Tiered = true };

    // ---- readiness: compliance (people), functional assessments (people), onboarding (clients) ----

    /// <summary>
    /// The checked state of a held qualification: credential type, dates and issuing state come from the qualification
    /// it is about (already imported as people.employee_qualifications), so the two never disagree.
    /// </summary>
    private static TableImport ComplianceStatus => new("admin_central.candidate_compliance", "compliance.compliance_status", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               coalesce({{NoEmployee("s.candidate_id")}},
                   case when q.legacy_id is null then 'qualification ' || coalesce(s.qualification_id, '\N') || ' is not in candidates_qualification'
                        when q.candidate_id is distinct from s.candidate_id then 'qualification ' || s.qualification_id || ' belongs to candidate ' || coalesce(q.candidate_id, '\N') || ', not ' || s.candidate_id
                        when eq.id is null then 'qualification ' || s.qualification_id || ' has no Finnest qualification (quarantined, skipped or not imported)'
                        when s.status is null or s.status not in ('0', '1', '2', '3', '4', '5') then 'status ' || coalesce(s.status, '\N') || ' is not a v2 compliance status (0–5)'
                        when s.status in ('1', '2') and v2.to_timestamp(s.checked_date) is null then 'compliant without a check date'
                        when s.status in ('4', '5') and v2.clean(s.notes) is null then 'rejected or revoked without a reason' end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, eq.credential_type_id as credential_type_id, eq.id as employee_qualification_id,
               case s.status when '0' then 'pending_verification' when '1' then 'valid' when '2' then 'expiring' when '3' then 'expired' when '4' then 'rejected' when '5' then 'revoked' end as status,
               eq.issuing_state as issuing_state, eq.issued_on as issued_on, eq.expires_on as expires_on,
               case when s.status <> '0' and v2.to_timestamp(s.checked_date) is not null then 'document_sighted' end as verification_method,
               case when s.status <> '0' then {{SydneyInstant("s.checked_date")}} end as verified_at,
               case when s.status <> '0' then {{Consultant("s.checked_by")}} end as verified_by,
               {{SydneyInstant("s.checked_date")}} as last_checked_at, coalesce({{SydneyInstant("s.modified")}}, {{SydneyInstant("s.checked_date")}}, now()) as status_changed_at,
               v2.clean(s.notes) as status_reason, {{Metadata(", 'v2_status', s.status")}} as metadata
        from {batch} s
        left join v2.admin_central__candidates_qualification q on q.legacy_id = v2.to_int(s.qualification_id)
        left join people.employee_qualifications eq on eq.org_id = @org and eq.id = {{Map("candidates_qualification", "s.qualification_id")}}
        """, ["employee_id", "credential_type_id", "employee_qualification_id", "status", "issuing_state", "issued_on", "expires_on", "verification_method",
              "verified_at", "verified_by", "last_checked_at", "status_changed_at", "status_reason", "metadata"]);

    private const string AssessmentTypes =
        "(values ('PEFA', 'pre_employment_functional'), ('RTW', 'return_to_work'), ('FFD', 'fitness_for_duty'), ('PHA', 'periodic_health'), ('MH', 'manual_handling')) as at(v2_type, assessment_type)";

    private const string AssessorDisciplines =
        "(values ('PHYSIO', 'physiotherapist'), ('OT', 'occupational_therapist'), ('EP', 'exercise_physiologist'), ('DR', 'medical_practitioner'), ('NURSE', 'nurse')) as ad(v2_discipline, discipline)";

    /// <summary>
    /// Functional assessments; findings, restrictions and lift capacity are health information (redacted in the audit
    /// log by the target). The result is selected as assessment_outcome: the batch table has an outcome column of its own.
    /// </summary>
    private static TableImport Assessments => new("admin_central.functional_assessment", "safety.assessments", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_date(s.assessment_date) as business_date,
               coalesce({{NoEmployee("s.candidate_id")}},
                   case when at.assessment_type is null then 'assessment type ' || coalesce(s.assessment_type, '\N') || ' is not a v2 code (PEFA, RTW, FFD, PHA, MH)'
                        when v2.to_date(s.assessment_date) is null then 'assessment date missing'
                        when s.result is null or s.result not in ('0', '1', '2', '3', '4') then 'result ' || coalesce(s.result, '\N') || ' is not a v2 result (0–4)'
                        when s.result = '2' and v2.clean(s.restrictions) is null then 'fit with restrictions but no restrictions recorded'
                        when v2.to_date(s.valid_until) < v2.to_date(s.assessment_date) then 'valid_until ' || s.valid_until || ' is before the assessment date' end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id, at.assessment_type as assessment_type, v2.clean(s.position) as position_title,
               v2.to_date(s.assessment_date) as assessed_on, v2.clean(s.provider) as provider, v2.clean(s.assessor) as assessor_name, ad.discipline as assessor_discipline,
               case s.result when '0' then 'pending' when '1' then 'fit' when '2' then 'fit_with_restrictions' when '3' then 'temporarily_unfit' when '4' then 'unfit' end as assessment_outcome,
               v2.to_numeric(s.lift_kg) as lift_capacity_kg, v2.clean(s.findings) as medical_findings, v2.clean(s.restrictions) as restrictions,
               v2.to_date(s.valid_until) as valid_until,
               {{Metadata(", 'v2_discipline', case when ad.discipline is null then s.discipline end")}} as metadata
        from {batch} s
        left join {{AssessmentTypes}} on at.v2_type = upper(v2.clean(s.assessment_type))
        left join {{AssessorDisciplines}} on ad.v2_discipline = upper(v2.clean(s.discipline))
        """, ["employee_id", "assessment_type", "position_title", "assessed_on", "provider", "assessor_name", "assessor_discipline", "assessment_outcome:outcome",
              "lift_capacity_kg", "medical_findings", "restrictions", "valid_until", "metadata"])
    { Tiered = true };

    /// <summary>Onboarding profiles; they may name the client and site of the placement, so they run in the clients phase.</summary>
    private static TableImport OnboardingProfiles => new("admin_central.onboarding_profile", "onboard.onboarding_profiles", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               coalesce({{NoEmployee("s.candidate_id")}},
                   case when upper(coalesce(s.employment_type, '')) not in ('C', 'F', 'P', 'T', 'A') then 'employment type ' || coalesce(s.employment_type, '\N') || ' is not a v2 code (C, F, P, T, A)'
                        when coalesce(s.client_id, '0') <> '0' and {{Map("clients", "s.client_id")}} is null then 'client ' || s.client_id || ' has no Finnest client'
                        when coalesce(s.site_id, '0') <> '0' and {{Map("site", "s.site_id")}} is null then 'site ' || s.site_id || ' has no Finnest site'
                        when s.status is null or s.status not in ('0', '1', '2', '3', '4', '5', '6', '7') then 'status ' || coalesce(s.status, '\N') || ' is not a v2 onboarding status (0–7)'
                        when coalesce(v2.to_timestamp(s.invited), v2.to_timestamp(s.created)) is null then 'invitation date missing'
                        when s.status = '4' and v2.to_timestamp(s.approved_date) is null then 'approved without an approval date'
                        when coalesce(v2.to_int(s.completed_pct), -1) not between 0 and 100 then 'completed_pct ' || coalesce(s.completed_pct, '\N') || ' is not 0–100' end) as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("candidates", "s.candidate_id")}} as employee_id,
               case upper(s.employment_type) when 'C' then 'casual' when 'F' then 'full_time' when 'P' then 'part_time' when 'T' then 'fixed_term' when 'A' then 'contractor' end as employment_type,
               case when coalesce(s.client_id, '0') <> '0' then {{Map("clients", "s.client_id")}} end as client_id,
               case when coalesce(s.site_id, '0') <> '0' then {{Map("site", "s.site_id")}} end as site_id,
               v2.to_date(s.expected_start) as expected_start_date,
               case s.status when '0' then 'invited' when '1' then 'in_progress' when '2' then 'submitted' when '3' then 'under_review' when '4' then 'approved'
                             when '5' then 'rejected' when '6' then 'withdrawn' when '7' then 'expired' end as status,
               coalesce({{SydneyInstant("s.invited")}}, {{SydneyInstant("s.created")}}) as invited_at,
               case when s.status = '4' then {{SydneyInstant("s.approved_date")}} end as approved_at,
               case when s.status = '4' then {{Consultant("s.approved_by")}} end as approved_by_id,
               {{Consultant("s.consultant_id")}} as consultant_id, v2.to_int(s.completed_pct) / 100.0 as progress,
               {{Metadata(", 'v2_status', s.status")}} as metadata
        from {batch} s
        """, ["employee_id", "employment_type", "client_id", "site_id", "expected_start_date", "status", "invited_at", "approved_at", "approved_by_id",
              "consultant_id", "progress", "metadata"]);

    // ---- recruitment: admin_atslive talent and applicants, reference checks (end of people) ----

    /// <summary>The legacy system the engine files admin_atslive rows under, so references to them resolve the same way.</summary>
    private static string Atslive => new TableImport("admin_atslive.talent", "recruit.candidates", "", []).LegacySystem;

    private const string RecruitSources = "('seek', 'indeed', 'linkedin', 'referral', 'website', 'rehire')";

    /// <summary>The Finnest source of a v2 channel name, or null (walk-ins, for one, have none).</summary>
    private static string RecruitSource(string column) => $"case when lower(v2.clean({column})) in {RecruitSources} then lower(v2.clean({column})) end";

    /// <summary>
    /// Talent: people the ATS screened and registered. Once one became a worker, central_candidate_id names the
    /// admin_central candidate, and the recruit candidate points at that employee.
    /// </summary>
    private static TableImport RecruitCandidates => new("admin_atslive.talent", "recruit.candidates", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when coalesce(s.central_candidate_id, '0') <> '0' and {{Map("candidates", "s.central_candidate_id")}} is null
                        then 'candidate ' || s.central_candidate_id || ' has no Finnest employee (quarantined, skipped or not imported)'
                    when v2.clean(s.first_name) is null or v2.clean(s.surname) is null then 'first name or surname missing'
                    when {{RecruitSource("s.source")}} is null then 'source ' || coalesce(s.source, '\N') || ' has no Finnest source'
                    when s.status is null or s.status not in ('0', '1', '2', '3', '4') then 'status ' || coalesce(s.status, '\N') || ' is not a v2 talent status (0–4)'
                    when upper(s.work_rights) = 'VISA' and coalesce(s.visa_subclass, '') !~ '^[0-9]{3}$' then 'visa holder without a visa subclass' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.first_name) as first_name, v2.clean(s.surname) as last_name, {{Email("s.email")}} as email, {{Mobile("s.mobile")}} as mobile,
               case when v2.to_date(s.dob) >= date '1900-01-01' then v2.to_date(s.dob) end as date_of_birth, v2.clean(s.suburb) as suburb,
               case when upper(s.state) in ('NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT') then upper(s.state) end as state,
               case when s.postcode ~ '^[0-9]{4}$' then s.postcode end as postcode, {{RecruitSource("s.source")}} as source,
               case s.status when '0' then 'new' when '1' then 'active' when '2' then 'placed' when '3' then 'inactive' when '4' then 'do_not_engage' end as status,
               case upper(v2.clean(s.work_rights)) when 'CIT' then 'australian_citizen' when 'PR' then 'permanent_resident' when 'NZ' then 'nz_citizen' when 'VISA' then 'visa_holder' else 'unknown' end as work_rights,
               case when upper(s.work_rights) = 'VISA' then s.visa_subclass end as visa_subclass,
               {{SydneyInstant("s.privacy_consent")}} as privacy_consent_at, {{Consultant("s.owner_id")}} as owner_id,
               case when coalesce(s.central_candidate_id, '0') <> '0' then {{Map("candidates", "s.central_candidate_id")}} end as employee_id,
               {{Metadata(", 'v2_email', case when " + Email("s.email") + " is null then s.email end, 'v2_mobile', case when " + Mobile("s.mobile") + " is null then s.mobile end")}} as metadata
        from {batch} s
        """, ["first_name", "last_name", "email", "mobile", "date_of_birth", "suburb", "state", "postcode", "source", "status", "work_rights", "visa_subclass",
              "privacy_consent_at", "owner_id", "employee_id", "metadata"]);

    /// <summary>Raw applications into the candidate pool; one converted or duplicated must name the talent record (recruit candidate) it became.</summary>
    private static TableImport CandidatePools => new("admin_atslive.applicants", "recruit.candidate_pools", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, v2.to_timestamp(s.applied)::date as business_date,
               case when {{RecruitSource("s.source")}} is null then 'source ' || coalesce(s.source, '\N') || ' has no Finnest source'
                    when s.status is null or s.status not in ('0', '1', '2', '3', '4') then 'status ' || coalesce(s.status, '\N') || ' is not a v2 applicant status (0–4)'
                    when s.status in ('1', '2') and coalesce(s.talent_id, '0') = '0' then 'converted or duplicate applicant without its talent record'
                    when coalesce(s.talent_id, '0') <> '0' and {{Map("talent", "s.talent_id", Atslive)}} is null
                        then 'talent ' || s.talent_id || ' has no recruit candidate (quarantined, skipped or not imported)' end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               v2.clean(s.first_name) as first_name, v2.clean(s.surname) as last_name, {{Email("s.email")}} as email, v2.clean(s.phone) as phone,
               v2.clean(s.position) as position_applied_for, {{RecruitSource("s.source")}} as source, s.legacy_id::text as ats_applicant_ref,
               {{SydneyInstant("s.applied")}} as applied_at, case when s.postcode ~ '^[0-9]{4}$' then s.postcode end as postcode,
               case s.status when '0' then 'unprocessed' when '1' then 'converted' when '2' then 'duplicate' when '3' then 'unsuitable' when '4' then 'expired' end as status,
               case when coalesce(s.talent_id, '0') <> '0' then {{Map("talent", "s.talent_id", Atslive)}} end as candidate_id,
               {{Metadata(", 'v2_email', case when " + Email("s.email") + " is null then s.email end")}} as metadata
        from {batch} s
        """, ["first_name", "last_name", "email", "phone", "position_applied_for", "source", "ats_applicant_ref", "applied_at", "postcode", "status", "candidate_id", "metadata"])
    { Tiered = true };

    private const string RefereeRelationships =
        "(values ('manager', 'direct_manager'), ('supervisor', 'supervisor'), ('colleague', 'colleague'), ('client', 'client'), ('other', 'other')) as rr(v2_relationship, relationship)";

    /// <summary>
    /// Referee checks belong to the recruit candidate, which is the worker's admin_atslive talent record: exactly one
    /// must point at the admin_central candidate, or the check waits in quarantine (two records are never chosen between).
    /// </summary>
    private static TableImport ReferenceChecks => new("admin_central.candidates_referencecheck", "recruit.reference_checks", $$"""
        select s.legacy_id, s.row_hash as checksum, {{Raw}} as raw, null::date as business_date,
               case when talent.records = 0 then 'candidate ' || coalesce(s.candidate_id, '\N') || ' has no recruit candidate (no admin_atslive talent record)'
                    when talent.records > 1 then 'candidate ' || s.candidate_id || ' has ' || talent.records || ' admin_atslive talent records (which one is not guessed)'
                    when {{Map("talent", "talent.id::text", Atslive)}} is null then 'talent ' || talent.id || ' has no recruit candidate (quarantined, skipped or not imported)'
                    when v2.clean(s.referee_name) is null then 'referee name missing'
                    when rr.relationship is null then 'relationship ' || coalesce(s.relationship, '\N') || ' is not Manager, Supervisor, Colleague, Client or Other'
                    when lower(coalesce(s.method, '')) not in ('phone', 'email', 'online') then 'method ' || coalesce(s.method, '\N') || ' is not Phone, Email or Online'
                    when s.status is null or s.status not in ('0', '1', '2', '3', '4') then 'status ' || coalesce(s.status, '\N') || ' is not a v2 reference check status (0–4)'
                    when s.status = '2' and v2.to_timestamp(s.checked_date) is null then 'completed without a check date'
                    when coalesce(s.rating, '0') not in ('0', '1', '2', '3', '4', '5') then 'rating ' || s.rating || ' is not 1–5 (0 = not rated)'
                    when v2.to_date(s.worked_to) < v2.to_date(s.worked_from) then 'worked_to ' || s.worked_to || ' is before worked_from ' || s.worked_from end as quarantine_reason,
               null::text as skip_reason, null::uuid as merge_into,
               {{Map("talent", "talent.id::text", Atslive)}} as candidate_id, v2.clean(s.referee_name) as referee_name, v2.clean(s.referee_position) as referee_position,
               v2.clean(s.referee_company) as referee_company, v2.clean(s.referee_phone) as referee_phone, {{Email("s.referee_email")}} as referee_email,
               rr.relationship as relationship, v2.to_date(s.worked_from) as worked_from, v2.to_date(s.worked_to) as worked_to,
               case lower(s.method) when 'online' then 'online_form' else lower(s.method) end as method,
               case s.status when '0' then 'requested' when '1' then 'in_progress' when '2' then 'completed' when '3' then 'unable_to_contact' when '4' then 'declined' end as status,
               {{Consultant("s.checked_by")}} as checked_by_id, {{SydneyInstant("s.checked_date")}} as checked_at,
               case upper(s.rehire) when 'Y' then true when 'N' then false end as would_rehire, nullif(v2.to_int(s.rating), 0) as overall_rating,
               v2.clean(s.comments) as comments,
               {{Metadata(", 'v2_candidate_id', s.candidate_id, 'v2_referee_email', case when " + Email("s.referee_email") + " is null then s.referee_email end")}} as metadata
        from {batch} s
        left join {{RefereeRelationships}} on rr.v2_relationship = lower(v2.clean(s.relationship))
        cross join lateral (select count(*) as records, min(t.legacy_id) as id from v2.admin_atslive__talent t where t.central_candidate_id = s.candidate_id) talent
        """, ["candidate_id", "referee_name", "referee_position", "referee_company", "referee_phone", "referee_email", "relationship", "worked_from", "worked_to",
              "method", "status", "checked_by_id", "checked_at", "would_rehire", "overall_rating", "comments", "metadata"]);
}
