using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;
using Finnest.Database.V2;
using Finnest.Database.V2.Audit;
using Finnest.Database.V2.Contract;
using Finnest.Database.V2.Import;
using Finnest.Database.V2.Sample;
using Finnest.Database.V2.Staging;
using Npgsql;

using static Finnest.Database.Tests.V2.V2SampleDatabase;

namespace Finnest.Database.Tests.V2;

/// <summary>
/// The admin_central tables around workers and clients (roles, comments, leave, unavailability, contacts, agencies,
/// contracts, appraisals) on the synthetic extract: counts, the planted rows held back with their reasons, the
/// transforms, re-runs that change nothing, and one changed v2 row updating exactly one Finnest row.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class V2PeopleAndClientsPhasesTests(DatabaseFixture database) : IDisposable
{
    private static readonly string[] PhasesOfTheseTables = ["foundation", "people", "clients"];

    private static readonly string[] Sources =
    [
        "admin_central.roles", "admin_central.candidates_comments", "admin_central.leave_request", "admin_central.unavailability",
        "admin_central.client_contacts", "admin_central.agency", "admin_central.contract_details", "admin_central.clients_appraisal",
        "admin_central.candidate_compliance", "admin_central.functional_assessment", "admin_central.onboarding_profile",
        "admin_atslive.talent", "admin_atslive.applicants", "admin_central.candidates_referencecheck",
    ];

    private readonly V2SampleDatabase _sample = new(database);

    public void Dispose() => _sample.Dispose();

    private static async Task<List<string>> ReasonsAsync(NpgsqlConnection connection, string source) =>
        (await connection.QueryAsync<string>("select reason from v2.quarantine where source_table = @source and released_at is null order by legacy_id", new { source })).ToList();

    [Fact]
    public async Task every_row_of_these_files_is_read_and_only_the_planted_problems_are_held_back()
    {
        await using var connection = await _sample.StagedAsync();
        var outcomes = await ImportAsync(connection, PhasesOfTheseTables);

        foreach (var source in Sources)
        {
            var o = Of(outcomes, source);
            Assert.Equal(_sample.Written[source], o.Read);
            Assert.Equal(o.Read, o.Inserted + o.Merged + o.Quarantined);
        }
        Assert.Equal(PlantedPeopleProblems.RepeatedRoleNames, Of(outcomes, "admin_central.roles").Merged);
        Assert.Equal(PlantedPeopleProblems.Quarantined, Sources.Sum(s => Of(outcomes, s).Quarantined));

        var reconciliation = await Reconciler.RunAsync(connection, Org, default);
        Assert.All(Sources, source => Assert.True(reconciliation.Tables.Single(t => t.Outcome.Source == source).Balanced, source));
        var leaveHours = reconciliation.Validations.Single(v => v.Name == "leave requests: total hours");
        Assert.True(leaveHours.Matches, $"{leaveHours.Source} <> {leaveHours.Target}");
        Assert.NotEqual("0.0000", leaveHours.Source);
    }

    [Fact]
    public async Task another_seed_at_twice_the_scale_plants_the_same_problems_and_everything_else_goes_in()
    {
        await using var connection = await _sample.StagedAsync(scale: 2, seed: 7);
        var outcomes = await ImportAsync(connection, PhasesOfTheseTables);

        Assert.Equal(PlantedPeopleProblems.Quarantined, Sources.Sum(s => Of(outcomes, s).Quarantined));
        Assert.Equal(PlantedPeopleProblems.RepeatedRoleNames, Sources.Sum(s => Of(outcomes, s).Merged));
        Assert.True(Of(outcomes, "admin_central.candidates_comments").Inserted > 80);
        Assert.All(Sources, source => Assert.Equal(_sample.Written[source], Of(outcomes, source).Read));
    }

    [Fact]
    public async Task quarantined_rows_name_the_missing_parent_the_missing_value_or_the_target_rule_that_refused_them()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, PhasesOfTheseTables);

        Assert.Equal(["role name missing"], await ReasonsAsync(connection, "admin_central.roles"));
        Assert.Equal(
        [
            "candidate 900100 has no Finnest employee (quarantined, skipped or not imported)",
            "candidate 900101 has no Finnest employee (quarantined, skipped or not imported)",
            "comment text missing",
        ], await ReasonsAsync(connection, "admin_central.candidates_comments"));
        var leave = await ReasonsAsync(connection, "admin_central.leave_request");
        Assert.Equal(PlantedPeopleProblems.UnpaidLeaveWithoutType + PlantedPeopleProblems.AnnualLeaveForCasuals + PlantedPeopleProblems.OverlappingLeave, leave.Count);
        Assert.Equal("leave type UL has no Finnest leave type", leave[0]);
        Assert.StartsWith("refused by ck_leave_requests__casual_entitlement: leave type ", leave[1]);
        Assert.StartsWith("refused by ex_leave_requests__no_overlap: ", leave[2]);
        Assert.Matches("^date_to [0-9-]{10} is before date_from [0-9-]{10}$", Assert.Single(await ReasonsAsync(connection, "admin_central.unavailability")));
        var contacts = await ReasonsAsync(connection, "admin_central.client_contacts");
        Assert.Equal(2, contacts.Count);
        Assert.StartsWith("refused by uq_contacts__org_id_client_id_primary: ", contacts[0]);
        Assert.Equal("client 999 has no Finnest client", contacts[1]);
        Assert.Equal(["labour-hire licence NSW-0042 is from NSW, which does not license labour hire"], await ReasonsAsync(connection, "admin_central.agency"));
        Assert.Equal(["fixed-term contract without an end date"], await ReasonsAsync(connection, "admin_central.contract_details"));
        Assert.Equal(["rating 7 is not 1–5 (0 = not rated)"], await ReasonsAsync(connection, "admin_central.clients_appraisal"));
        var compliance = await ReasonsAsync(connection, "admin_central.candidate_compliance");
        Assert.Equal(PlantedPeopleProblems.ComplianceOfUnimportedQualifications + PlantedPeopleProblems.RepeatedComplianceStatuses, compliance.Count);
        Assert.Matches("^qualification [0-9]+ has no Finnest qualification \\(quarantined, skipped or not imported\\)$", compliance[0]);
        Assert.StartsWith("refused by uq_compliance_status__org_id_employee_id_credential_type_id: ", compliance[1]);
        Assert.Equal(["fit with restrictions but no restrictions recorded"], await ReasonsAsync(connection, "admin_central.functional_assessment"));
        Assert.Equal(["approved without an approval date"], await ReasonsAsync(connection, "admin_central.onboarding_profile"));
        Assert.Equal(["candidate 900200 has no Finnest employee (quarantined, skipped or not imported)"], await ReasonsAsync(connection, "admin_atslive.talent"));
        Assert.Equal(["source Walk-in has no Finnest source", "converted or duplicate applicant without its talent record"], await ReasonsAsync(connection, "admin_atslive.applicants"));
        Assert.Matches("^candidate [0-9]+ has no recruit candidate \\(no admin_atslive talent record\\)$", Assert.Single(await ReasonsAsync(connection, "admin_central.candidates_referencecheck")));
    }

    [Fact]
    public async Task codes_are_mapped_references_resolved_and_sensitive_text_is_redacted_in_the_audit_log()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, PhasesOfTheseTables);

        // The repeated "Consultant" role is the first one; its permission keys are trimmed and lower-cased.
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from public.roles where name = 'Consultant'"));
        Assert.Equal(["candidates.manage", "clients.manage", "timesheets.approve"], (await connection.ExecuteScalarAsync<string[]>("select permissions from public.roles where name = 'Consultant'"))!);
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
            "select count(distinct legacy_id) from public.id_mappings m join public.roles r on r.id = m.target_id where m.legacy_table = 'roles' and r.name = 'Consultant'"));

        // Welfare and HR comments and private ones are for HR only; a consultant's comment names the user they became.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from people.employee_notes where note_type in ('welfare', 'hr') and visibility <> 'hr_only'"));
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from people.employee_notes n join public.users u on u.id = n.author_id where u.kind in ('staff', 'admin')") > 0);
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from people.employee_notes where metadata ->> 'v2_type' = 'Misc' and note_type = 'general'") > 0);
        Assert.Equal(await connection.ExecuteScalarAsync<long>("select count(*) from people.employee_notes"), await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'people.employee_notes' and operation = 'insert' and new_row ->> 'body' = '[redacted]'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'people.employee_notes' and new_row ->> 'body' is distinct from '[redacted]'"));

        // Leave: v2 codes to the organisation's NES types, decided leave has its decision time and decider.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from people.leave_requests l join people.leave_types t on t.id = l.leave_type_id where t.code <> case l.metadata ->> 'v2_leave_type' " +
            "when 'AL' then 'annual' when 'PL' then 'personal_carers' when 'CL' then 'carers_unpaid' when 'CP' then 'compassionate' when 'FDV' then 'family_domestic_violence' " +
            "when 'CS' then 'community_service' when 'LSL' then 'long_service' when 'UPL' then 'parental_unpaid' end"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from people.leave_requests where status in ('approved', 'rejected', 'taken') and (decided_at is null or decided_by is null)"));

        // Unavailability: weekly rows repeat until their last day; whole days start at local midnight in the worker's zone.
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from people.unavailability where recurrence_rule = 'FREQ=WEEKLY' and recurrence_until is not null") > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from people.unavailability where all_day and (starts_at at time zone (metadata ->> 'timezone'))::time <> '00:00'"));

        // Contacts: numbers in E.164, v2 contact types to roles, the primary contact of client 1 is the first one.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from clients.contacts where phone !~ '^\\+61[2378][0-9]{8}$' or mobile !~ '^\\+614[0-9]{8}$'"));
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from clients.contacts where roles = array['safety', 'timesheet_approver']") > 0);

        // Agencies: markup per cent to a fraction, ABN and ACN digits with valid check digits, licences only from licensing states.
        Assert.Equal(PlantedPeopleProblems.AgenciesLicensedElsewhere, _sample.Written["admin_central.agency"] - await connection.ExecuteScalarAsync<long>(
            "select count(*) from clients.agencies where abn is not null and acn is not null and supplier_markup < 1"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("select count(*) from clients.agencies where labour_hire_licence_state in ('QLD', 'VIC')"));

        // Compliance takes the credential and dates of the qualification it is about; valid ones were verified.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from compliance.compliance_status c join people.employee_qualifications q on q.id = c.employee_qualification_id " +
            "where c.employee_id <> q.employee_id or c.credential_type_id <> q.credential_type_id or c.issued_on is distinct from q.issued_on or c.expires_on is distinct from q.expires_on"));
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from compliance.compliance_status where status = 'valid' and verified_at is not null and verified_by is not null") > 0);
        // Health details of an assessment are redacted in the audit log; onboarding progress is a fraction.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'safety.assessments' and (new_row ->> 'medical_findings' is distinct from '[redacted]' or new_row ->> 'lift_capacity_kg' is distinct from '[redacted]')"));
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log where table_name = 'safety.assessments'") > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from onboard.onboarding_profiles where status = 'approved' and (progress <> 1 or approved_at is null)"));

        // The ATS: a worker's talent record is a recruit candidate pointing at the employee; converted applicants name
        // their candidate; a reference check hangs on the candidate of the worker it is about.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from recruit.candidates c join people.employees e on e.id = c.employee_id where lower(c.last_name) <> lower(e.last_name)"));
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from recruit.candidates where employee_id is not null and status = 'placed'") > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from recruit.candidate_pools where status in ('converted', 'duplicate') and candidate_id is null"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from recruit.reference_checks r join recruit.candidates c on c.id = r.candidate_id " +
            "where c.employee_id is distinct from (select m.target_id from public.id_mappings m where m.legacy_table = 'candidates' and m.legacy_id = (r.metadata ->> 'v2_candidate_id')::bigint)"));
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from recruit.reference_checks where referee_email is null and metadata ? 'v2_referee_email'") > 0);

        // Contracts of casual workers are labour-hire assignments at a client; appraisals name the client contact who gave them.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from people.contracts where contract_type = 'labour_hire_assignment' and (client_id is null or employment_type <> 'casual')"));
        Assert.True(await connection.ExecuteScalarAsync<long>(
            "select count(*) from people.appraisals a join clients.contacts c on c.id = a.client_contact_id and c.client_id = a.client_id") > 0);
    }

    [Fact]
    public async Task a_second_run_inserts_and_updates_nothing_and_one_changed_leave_request_updates_one_row()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, PhasesOfTheseTables);
        var again = await ImportAsync(connection, PhasesOfTheseTables);
        foreach (var source in Sources)
        {
            var o = Of(again, source);
            Assert.Equal((source, 0L, 0L), (source, o.Inserted, o.Updated));
            Assert.Equal(o.Read - o.Quarantined, o.Unchanged);
        }

        var file = Path.Combine(_sample.Extract, "admin_central", "leave_request.txt");
        var lines = File.ReadAllLines(file);
        var fields = lines[1].Split('\t');   // leave request 1
        Assert.Equal("1", fields[0]);
        fields[5] = "3.80";                  // hours
        lines[1] = string.Join('\t', fields);
        File.WriteAllLines(file, lines);
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_sample.Extract, ["admin_central.leave_request"], default);

        var changed = await ImportAsync(connection, "people");

        Assert.Equal((0L, 1L), (Of(changed, "admin_central.leave_request").Inserted, Of(changed, "admin_central.leave_request").Updated));
        Assert.All(changed.Where(o => o.Source != "admin_central.leave_request"), o => Assert.Equal((0L, 0L), (o.Inserted, o.Updated)));
        Assert.Equal(3.8m, await connection.ExecuteScalarAsync<decimal>(
            "select l.hours from people.leave_requests l join public.id_mappings m on m.target_id = l.id where m.legacy_table = 'leave_request' and m.legacy_id = 1"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log where table_name = 'people.leave_requests' and operation = 'update'"));
    }

    [Fact]
    public async Task the_hot_tier_takes_leave_comments_and_appraisals_of_the_last_six_months_and_skips_the_rest_by_reason()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, "foundation");
        var outcomes = await new Importer(connection, Options(tier: Tier.Hot)).RunAsync(["people"], default);

        var leave = Of(outcomes, "admin_central.leave_request");
        var old = await connection.ExecuteScalarAsync<long>("select count(*) from v2.admin_central__leave_request where v2.to_date(date_from) < date '2026-05-30'");
        Assert.True(old > 0);
        Assert.Equal(old, leave.Skipped["outside tier hot"]);
        Assert.Equal(leave.Read - old, leave.Inserted + leave.Quarantined);
        Assert.True(Of(outcomes, "admin_central.candidates_comments").Skipped["outside tier hot"] > 0);
        // Unavailability and compliance are current state, not history: every row is taken whatever the tier.
        Assert.Empty(Of(outcomes, "admin_central.unavailability").Skipped);
        Assert.Empty(Of(outcomes, "admin_central.candidate_compliance").Skipped);
    }

    [Fact]
    public async Task a_role_repeating_another_roles_name_keeps_mapping_to_it_and_never_overwrites_it_when_the_repeat_changes()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, "foundation");
        var file = Path.Combine(_sample.Extract, "admin_central", "roles.txt");
        var lines = File.ReadAllLines(file);
        var repeat = Array.FindLastIndex(lines, l => l.Split('\t')[1] == "Consultant");
        var fields = lines[repeat].Split('\t');
        fields[2] = "Consultant (Perth and Darwin)";    // description
        lines[repeat] = string.Join('\t', fields);
        File.WriteAllLines(file, lines);
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_sample.Extract, ["admin_central.roles"], default);

        var roles = Of(await ImportAsync(connection, "foundation"), "admin_central.roles");

        Assert.Equal((0L, 0L, 0L), (roles.Inserted, roles.Updated, roles.Merged));
        Assert.Equal("Branch recruitment consultant", await connection.ExecuteScalarAsync<string>("select description from public.roles where name = 'Consultant'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from public.roles where deleted_at is not null"));
    }

    [Fact]
    public async Task a_decisions_file_re_saved_with_quoted_multi_line_values_is_read_and_a_bad_row_is_named_by_the_line_it_starts_on()
    {
        await using var connection = await _sample.StagedAsync();
        var audit = await new Auditor(connection).RunAsync(AsOf, Path.Combine(_sample.Extract, "audit"), default);
        var orphans = audit.Single(a => a.Check == "orphaned_employee").CsvFile;
        var rows = File.ReadAllLines(orphans);
        Assert.Equal(PlantedProblems.OrphanedEmployees + 1, rows.Length);
        Assert.Equal("check,source_table,legacy_id,related_legacy_id,decision,value,reviewer,detail", rows[0]);

        // The reviewer fills in the file the audit wrote; a spreadsheet quotes a reviewer name with a comma and a line break.
        var ids = rows.Skip(1).Select(r => r.Split(',')[2]).ToList();
        var decisions = Path.Combine(_sample.Extract, "decisions.csv");
        File.WriteAllLines(decisions,
        [
            rows[0],
            $"orphaned_employee,admin_central.candidates,{ids[0]},,assign_office,2,\"Priya, payroll\nSydney\",",
            $"orphaned_employee,admin_central.candidates,{ids[1]},,skip,,Sam,",
        ]);
        Assert.Equal(2, await new ReviewDecisions(connection).ApplyAsync(decisions, default));
        Assert.Equal("Priya, payroll\nSydney", await connection.ExecuteScalarAsync<string>(
            "select decided_by from v2.review_items where check_name = 'orphaned_employee' and legacy_id = @id", new { id = long.Parse(ids[0], System.Globalization.CultureInfo.InvariantCulture) }));

        File.AppendAllLines(decisions, [$"orphaned_employee,admin_central.candidates,{ids[2]},,merge,,Sam,"]);
        var bad = await Assert.ThrowsAsync<EngineException>(() => new ReviewDecisions(connection).ApplyAsync(decisions, default));
        Assert.Equal($"{decisions} line 5: decision 'merge' does not apply to orphaned_employee (one of: assign_office, skip)", bad.Message);
    }
}
