namespace Finnest.Database.V2.Audit;

/// <summary>
/// One check of the pre-migration audit (seed 000, "Data Quality Audit"). <see cref="Sql"/> returns the flagged
/// rows as (source_table, legacy_id, related_legacy_id, detail) from the staging tables; @as_of is the audit date.
/// </summary>
public sealed record AuditCheck(string Name, string Rule, string Action, string Sql);

public static class AuditChecks
{
    private const string Candidates = "v2.admin_central__candidates";

    public static readonly IReadOnlyList<AuditCheck> All =
    [
        new("orphaned_employee", "candidate with no office, or an office not in office_locations",
            "quarantined until a reviewer assigns an office (assign_office) or skips the row (skip)",
            $"""
            select 'admin_central.candidates', c.legacy_id, v2.to_int(c.office_id)::bigint,
                   'office ' || coalesce(c.office_id, '\N') || ' is not in office_locations'
            from {Candidates} c
            left join v2.admin_central__office_locations o on o.legacy_id = v2.to_int(c.office_id)
            where o.legacy_id is null
            """),
        new("duplicate_employee", "same first name, surname, date of birth and email as an earlier candidate",
            "imported as separate people; merged only when a reviewer decides merge (the lower id survives)",
            $"""
            select 'admin_central.candidates', c.legacy_id, first.legacy_id,
                   'same name, date of birth and email as candidate ' || first.legacy_id
            from {Candidates} c
            cross join lateral (
                select min(e.legacy_id) as legacy_id from {Candidates} e
                where e.legacy_id < c.legacy_id
                  and lower(v2.clean(e.first_name)) = lower(v2.clean(c.first_name))
                  and lower(v2.clean(e.surname)) = lower(v2.clean(c.surname))
                  and v2.to_date(e.dob) = v2.to_date(c.dob)
                  and lower(v2.clean(e.email)) = lower(v2.clean(c.email))) first
            where first.legacy_id is not null
            """),
        new("invalid_status", "active (status 1) with a termination date",
            "imported as terminated on that date, unless a reviewer decides clear_termination_date (kept active)",
            $"""
            select 'admin_central.candidates', c.legacy_id, null::bigint, 'status 1 (active) but termination_date ' || c.termination_date
            from {Candidates} c
            where c.status = '1' and v2.to_date(c.termination_date) is not null
            """),
        new("missing_required", "no first name or no surname",
            "quarantined until a reviewer supplies the name (supply_name First|Last) or skips the row",
            $"""
            select 'admin_central.candidates', c.legacy_id, null::bigint,
                   concat_ws(' and ', case when v2.clean(c.first_name) is null then 'first_name empty' end, case when v2.clean(c.surname) is null then 'surname empty' end)
            from {Candidates} c
            where v2.clean(c.first_name) is null or v2.clean(c.surname) is null
            """),
        new("orphaned_timesheet", "timesheet whose candidate is not in candidates",
            "logged and skipped by the import",
            $"""
            select 'admin_central.timesheets', t.legacy_id, v2.to_int(t.candidate_id)::bigint, 'candidate ' || coalesce(t.candidate_id, '\N') || ' is not in candidates'
            from v2.admin_central__timesheets t
            left join {Candidates} c on c.legacy_id = v2.to_int(t.candidate_id)
            where c.legacy_id is null
            """),
        new("stale_record", "candidate not changed and not signed in for three years or more",
            "imported with metadata.v2_tier = cold (archive)",
            $"""
            select 'admin_central.candidates', c.legacy_id, null::bigint,
                   'last change ' || coalesce(c.modified, '\N') || ', last sign-in ' || coalesce(c.last_login, '\N')
            from {Candidates} c
            where coalesce(greatest(v2.to_timestamp(c.modified), v2.to_timestamp(c.last_login)), '-infinity') < (@as_of - interval '3 years')
            """),
        new("encoding", "a field that was not valid UTF-8 (read as cp1252) or was double-encoded UTF-8 (repaired)",
            "converted to UTF-8 at staging; check the spelling, then accept",
            string.Join("\nunion all\n", Contract.ExtractContract.Tables.Select(t =>
                $"select '{t.QualifiedName}', legacy_id, null::bigint, array_to_string(encoding_issues, ', ') from {t.StagingTable} where cardinality(encoding_issues) > 0"))),
    ];
}
