using Finnest.Database.Cli;
using Dapper;
using Finnest.Database.Engine.Plan;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;
using Finnest.Database.V2;
using Finnest.Database.V2.Audit;
using Finnest.Database.V2.Contract;
using Finnest.Database.V2.Import;
using Finnest.Database.V2.Sample;
using Finnest.Database.V2.Staging;
using NodaTime;
using Npgsql;
using static Finnest.Database.Tests.V2.V2SampleDatabase;

namespace Finnest.Database.Tests.V2;

/// <summary>
/// The v2 toolkit end to end on the synthetic extract (scale 1, fixed seed and as-of date): the audit finds exactly
/// the planted problems, every phase imports and reconciles, re-runs change nothing, one changed row updates one row,
/// a crashed batch resumes cleanly, DST edge punches follow the documented rule, quarantine says why.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class V2MigrationTests(DatabaseFixture database) : IDisposable
{
    private readonly V2SampleDatabase _sample = new(database);

    public void Dispose() => _sample.Dispose();

    private string _extract => _sample.Extract;

    private void WriteSample() => _sample.WriteSample();

    private Task<NpgsqlConnection> FreshDatabaseAsync() => _sample.FreshDatabaseAsync();

    private Task<NpgsqlConnection> StagedAsync() => _sample.StagedAsync();

    [Fact]
    public async Task each_audit_check_finds_exactly_the_planted_rows()
    {
        await using var connection = await StagedAsync();
        var results = (await new Auditor(connection).RunAsync(AsOf, Path.Combine(_extract, "audit"), default)).ToDictionary(r => r.Check);

        Assert.Equal(PlantedProblems.OrphanedEmployees, results["orphaned_employee"].Count);
        Assert.Equal(PlantedProblems.DuplicateEmployees, results["duplicate_employee"].Count);
        Assert.Equal(PlantedProblems.InvalidStatus, results["invalid_status"].Count);
        Assert.Equal(PlantedProblems.MissingRequired, results["missing_required"].Count);
        Assert.Equal(PlantedProblems.OrphanedTimesheets, results["orphaned_timesheet"].Count);
        Assert.Equal(PlantedProblems.StaleRecords, results["stale_record"].Count);
        Assert.Equal(PlantedProblems.EncodingProblems, results["encoding"].Count);
        // One CSV per check: header plus one line per flagged row; the queue holds every finding once, even after a re-run.
        Assert.Equal(PlantedProblems.OrphanedTimesheets + 1, File.ReadAllLines(results["orphaned_timesheet"].CsvFile).Length);
        await new Auditor(connection).RunAsync(AsOf, Path.Combine(_extract, "audit"), default);
        Assert.Equal(results.Values.Sum(r => r.Count), await connection.ExecuteScalarAsync<long>("select count(*) from v2.review_items"));
        // Repaired text: cp1252 bytes and double-encoded UTF-8 both come out as the intended name.
        var surnames = await connection.QueryAsync<string>("select surname from v2.admin_central__candidates where cardinality(encoding_issues) > 0 order by legacy_id");
        Assert.Equal(["Müller", "Desirée", "Renée", "José"], surnames);
    }

    [Fact]
    public async Task all_phases_import_and_reconciliation_balances()
    {
        await using var connection = await StagedAsync();
        var outcomes = await ImportAsync(connection);

        var users = outcomes.Where(o => o.Target == "public.users").ToList();
        Assert.Equal(PlantedProblems.MergedUsers, users.Sum(u => u.Merged));
        Assert.Equal(3 + 8 + 2 - PlantedProblems.MergedUsers, await connection.ExecuteScalarAsync<long>("select count(*) from public.users"));
        // admin1 is also consultant 1, consultant 3 is also payroll officer 1: one user each, two roles each.
        Assert.Equal(4, await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.user_roles ur join public.users u on u.id = ur.user_id where u.email in ('admin1@asg.com.au', 'consultant3@asg.com.au')"));
        var candidates = Of(outcomes, "admin_central.candidates");
        Assert.Equal(PlantedProblems.OrphanedEmployees + PlantedProblems.MissingRequired, candidates.Quarantined);
        Assert.Equal(PlantedProblems.OrphanedTimesheets, Of(outcomes, "admin_central.timesheets").Skipped["orphaned timesheet: candidate not in v2"]);
        Assert.Equal(5, Of(outcomes, "admin_central.pay_levels").Inserted);
        // Transforms: address to JSONB, extra fields to metadata, status codes mapped, mobile to E.164.
        var employee = await connection.QuerySingleAsync(
            "select e.address ->> 'country' as country, e.metadata -> 'v2_additional' ->> 'shirt_size' as shirt, e.phone from people.employees e join public.id_mappings m on m.target_id = e.id where m.legacy_table = 'candidates' and m.legacy_id = 2");
        Assert.Equal("AU", (string)employee.country);
        Assert.NotNull((string?)employee.shirt);
        Assert.Matches("^\\+614[0-9]{8}$", (string)employee.phone);
        Assert.Equal(PlantedProblems.InvalidStatus, await connection.ExecuteScalarAsync<long>(
            "select count(*) from people.employees where email like 'invalid%' and employment_status = 'terminated' and termination_date is not null"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events_default"));

        var reconciliation = await Reconciler.RunAsync(connection, Org, default);
        Assert.True(reconciliation.Balanced, string.Join("\n", reconciliation.Tables.Where(t => !t.Balanced).Select(t => t.Outcome.Source)
            .Concat(reconciliation.Validations.Where(v => !v.Matches).Select(v => v.Name))));
        Assert.Equal(ExtractContract.Tables.Count - 1, reconciliation.Tables.Count);   // candidates_additional folds into employees
    }

    [Fact]
    public async Task a_second_full_run_inserts_and_updates_nothing()
    {
        await using var connection = await StagedAsync();
        await ImportAsync(connection);
        var audited = await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log");
        var again = await ImportAsync(connection);

        Assert.All(again, o => Assert.Equal((0L, 0L), (o.Inserted, o.Updated)));
        Assert.Equal(again.Sum(o => o.Read) - again.Sum(o => o.Quarantined + o.Skipped.Values.Sum()), again.Sum(o => o.Unchanged));
        Assert.Equal(audited, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) - count(distinct legacy_log_id) from timekeep.clock_events"));
    }

    [Fact]
    public async Task one_changed_source_row_updates_exactly_one_target_row_and_the_change_is_audited()
    {
        await using var connection = await StagedAsync();
        await ImportAsync(connection, "foundation", "people");
        var file = Path.Combine(_extract, "admin_central", "candidates.txt");
        // Latin-1 reads and writes every byte as it is, so the planted cp1252 rows stay untouched.
        var lines = File.ReadAllLines(file, System.Text.Encoding.Latin1);
        var fields = lines[7].Split('\t');   // candidate 7
        Assert.Equal("7", fields[0]);
        fields[10] = "Wollongong";          // suburb
        lines[7] = string.Join('\t', fields);
        File.WriteAllLines(file, lines, System.Text.Encoding.Latin1);
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_extract, ["admin_central.candidates"], default);

        var outcomes = await ImportAsync(connection, "people");

        var candidates = Of(outcomes, "admin_central.candidates");
        Assert.Equal((0L, 1L), (candidates.Inserted, candidates.Updated));
        Assert.Equal(0, Of(outcomes, "admin_central.candidates_qualification").Updated);
        var changed = await connection.QuerySingleAsync(
            "select e.id, e.address ->> 'suburb' as suburb from people.employees e join public.id_mappings m on m.target_id = e.id where m.legacy_table = 'candidates' and m.legacy_id = 7");
        Assert.Equal("Wollongong", (string)changed.suburb);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'people.employees' and operation = 'update' and row_id = @id", new { id = (Guid)changed.id }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log where table_name = 'people.employees' and operation = 'update'"));
    }

    [Fact]
    public async Task a_batch_stopped_by_a_fault_resumes_from_the_last_committed_batch_without_duplicates()
    {
        WriteSample();
        var settings = await database.CloneAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _extract, "--connection", url)).ExitCode);
        string[] import = ["v2", "import", "--phase", "all", "--batch-size", "50", "--as-of", "2026-11-30", "--connection", url];

        // Batch 2 of the timekeep phase: timesheets 1–50 are committed, 51–100 are written but not committed when it stops.
        var crashed = await CliProcess.RunAsync(new Dictionary<string, string> { [Fault.Variable] = "v2-batch:timekeep:2" }, import);
        Assert.Equal((int)ExitCode.MigrationFailed, crashed.ExitCode);
        Assert.Single(crashed.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: fault injected", StringComparison.Ordinal));
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(50, await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.timecards"));
        Assert.Equal("failed", await connection.ExecuteScalarAsync<string>("select status from v2.import_runs where phase = 'timekeep'"));

        var resumed = await CliProcess.RunAsync(import);
        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Contains("timekeep: resuming run", resumed.StdErr);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) - count(distinct legacy_log_id) from timekeep.clock_events"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from (select legacy_table, legacy_id from public.id_mappings group by 1, 2 having count(*) > 1) d"));
        var reconcile = await CliProcess.RunAsync("v2", "reconcile", "--json", "--connection", url);
        Assert.True(reconcile.ExitCode == 0, reconcile.All);
        Assert.Contains("\"balanced\":true", reconcile.StdOut);
        Assert.DoesNotContain("\"balanced\":false", reconcile.StdOut);
    }

    [Fact]
    public async Task punches_in_the_repeated_and_skipped_hours_convert_by_the_documented_rule_and_are_flagged()
    {
        await using var connection = await StagedAsync();
        await ImportAsync(connection, "foundation", "people", "clients", "timekeep");
        var edges = (await connection.QueryAsync<(DateTime Local, string Zone, DateTime Utc, string? Dst)>("""
            select local_occurred_at, local_timezone, occurred_at at time zone 'UTC', raw_payload ->> 'dst'
            from timekeep.clock_events where local_occurred_at::time between '02:00' and '02:59:59' order by legacy_log_id
            """)).ToList();

        Assert.Equal(6, edges.Count);
        foreach (var e in edges)
        {
            // NodaTime's lenient resolver: the earlier instant of a repeated hour, shifted forward in a skipped one.
            var expected = DstEdges.ToInstant(LocalDateTime.FromDateTime(e.Local), e.Zone).ToDateTimeUtc();
            Assert.Equal(expected, DateTime.SpecifyKind(e.Utc, DateTimeKind.Utc));
        }
        Assert.Equal(["repeated", "repeated", null, "skipped", "skipped", null], edges.Select(e => e.Dst));
        // Sydney, 5 April 2026 02:15 happens at 15:15Z (daylight time, +11) and again at 16:15Z: the earlier is taken.
        Assert.Equal(new DateTime(2026, 4, 4, 15, 15, 0), edges[0].Utc);
        // Sydney, 4 October 2026 02:30 does not exist: it becomes 03:30 daylight time, 16:30Z.
        Assert.Equal(new DateTime(2026, 10, 3, 16, 30, 0), edges[3].Utc);
        Assert.Equal(PlantedProblems.RepeatedHourPunches, await connection.ExecuteScalarAsync<long>("select count(*) from v2.review_items where check_name = 'dst_repeated_hour'"));
        Assert.Equal(PlantedProblems.SkippedHourPunches, await connection.ExecuteScalarAsync<long>("select count(*) from v2.review_items where check_name = 'dst_skipped_hour'"));
    }

    [Fact]
    public async Task quarantined_rows_name_their_reason_and_keep_the_raw_row()
    {
        await using var connection = await StagedAsync();
        await ImportAsync(connection, "foundation", "people", "clients", "timekeep");
        var held = (await connection.QueryAsync<(string Source, long Id, string Reason, string Raw)>(
            "select source_table, legacy_id, reason, raw_row::text from v2.quarantine order by source_table, legacy_id")).ToList();

        Assert.Equal(PlantedProblems.OrphanedEmployees, held.Count(h => h.Reason.StartsWith("orphaned employee: office", StringComparison.Ordinal)));
        Assert.Equal(PlantedProblems.MissingRequired, held.Count(h => h.Reason.StartsWith("missing required field:", StringComparison.Ordinal)));
        Assert.Single(held, h => h.Reason == "qualification code XYZ has no credential type");
        Assert.Equal(PlantedProblems.PunchesAtUnknownTerminal, held.Count(h => h.Reason == "terminal 99 is not in actatek terminals"));
        Assert.All(held, h => Assert.Contains($"\"legacy_id\": {h.Id}", h.Raw));
        // A quarantined punch keeps exactly its staged row: none of the keys its clock event's payload adds.
        Assert.Equal((PlantedProblems.PunchesAtUnknownTerminal, 0L), await connection.QueryFirstAsync<(long, long)>("""
            select count(*), count(*) filter (where q.raw_row is distinct from to_jsonb(s) - 'load_id' - 'line_no' - 'row_hash' - 'encoding_issues')
            from v2.quarantine q left join v2.actatek__punches s on s.legacy_id = q.legacy_id
            where q.source_table = 'actatek.punches'
            """));
        Assert.Equal(PlantedProblems.OrphanedEmployees + PlantedProblems.MissingRequired + PlantedProblems.UnknownQualifications + PlantedProblems.PunchesAtUnknownTerminal
            + PlantedPeopleProblems.Quarantined + PlantedOperationsProblems.QuarantinedTimesheetAllowances, held.Count);
    }

    [Fact]
    public async Task reviewer_decisions_merge_assign_name_and_fix_status_and_release_quarantine()
    {
        await using var connection = await StagedAsync();
        await new Auditor(connection).RunAsync(AsOf, Path.Combine(_extract, "audit"), default);
        await ImportAsync(connection, "foundation", "people");
        var dup = await connection.QueryFirstAsync<(long Id, long Related)>("select legacy_id, related_legacy_id from v2.review_items where check_name = 'duplicate_employee' order by legacy_id");
        var orphan = await connection.ExecuteScalarAsync<long>("select min(legacy_id) from v2.review_items where check_name = 'orphaned_employee'");
        var unnamed = await connection.ExecuteScalarAsync<long>("select min(legacy_id) from v2.review_items where check_name = 'missing_required'");
        var invalid = await connection.ExecuteScalarAsync<long>("select min(legacy_id) from v2.review_items where check_name = 'invalid_status'");
        var decisions = Path.Combine(_extract, "decisions.csv");
        File.WriteAllLines(decisions,
        [
            "check,source_table,legacy_id,related_legacy_id,decision,value,reviewer",
            $"duplicate_employee,admin_central.candidates,{dup.Id},{dup.Related},merge,,Priya (payroll)",
            $"orphaned_employee,admin_central.candidates,{orphan},,assign_office,2,Priya (payroll)",
            $"missing_required,admin_central.candidates,{unnamed},,supply_name,\"Tane|Walker\",Priya (payroll)",
            $"invalid_status,admin_central.candidates,{invalid},,clear_termination_date,,Priya (payroll)",
        ]);
        Assert.Equal(4, await new ReviewDecisions(connection).ApplyAsync(decisions, default));

        var outcomes = await ImportAsync(connection, "people");

        var candidates = Of(outcomes, "admin_central.candidates");
        Assert.Equal(2, candidates.Inserted);     // the orphan, now in office 2, and the named one
        Assert.Equal(1, candidates.Updated);      // the invalid status, kept active without the date
        Assert.Equal(1, candidates.Merged);       // the duplicate, imported apart before the decision, now retired into the survivor
        Assert.Equal(PlantedProblems.OrphanedEmployees + PlantedProblems.MissingRequired - 2, candidates.Quarantined);
        Assert.Equal("Walker", await connection.ExecuteScalarAsync<string>(
            "select e.last_name from people.employees e join public.id_mappings m on m.target_id = e.id where m.legacy_table = 'candidates' and m.legacy_id = @unnamed", new { unnamed }));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("select count(*) from v2.quarantine where released_at is not null"));
        Assert.Equal("active", await connection.ExecuteScalarAsync<string>(
            "select e.employment_status from people.employees e join public.id_mappings m on m.target_id = e.id where m.legacy_table = 'candidates' and m.legacy_id = @invalid", new { invalid }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "select count(distinct target_id) from public.id_mappings where legacy_table = 'candidates' and legacy_id in (@a, @b)", new { a = dup.Id, b = dup.Related }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from people.employees where deleted_at is not null and metadata ? 'v2_merged_into'"));
    }

    [Fact]
    public async Task a_merge_decided_before_the_import_maps_both_candidates_to_one_employee_once_the_survivor_is_in()
    {
        await using var connection = await StagedAsync();
        await new Auditor(connection).RunAsync(AsOf, Path.Combine(_extract, "audit"), default);
        var dup = await connection.QueryFirstAsync<(long Id, long Related)>("select legacy_id, related_legacy_id from v2.review_items where check_name = 'duplicate_employee' order by legacy_id");
        var decisions = Path.Combine(_extract, "decisions.csv");
        File.WriteAllLines(decisions, ["check,source_table,legacy_id,related_legacy_id,decision,value,reviewer", $"duplicate_employee,admin_central.candidates,{dup.Id},{dup.Related},merge,,Sam"]);
        await new ReviewDecisions(connection).ApplyAsync(decisions, default);

        // Survivor and duplicate fall in one batch: the duplicate waits in quarantine, naming why, until the next run.
        var first = await ImportAsync(connection, "foundation", "people");
        Assert.Equal(0, Of(first, "admin_central.candidates").Merged);
        Assert.Equal($"merge into candidate {dup.Related}, which has no Finnest employee yet", await connection.ExecuteScalarAsync<string>(
            "select reason from v2.quarantine where source_table = 'admin_central.candidates' and legacy_id = @id", new { id = dup.Id }));

        var outcomes = await ImportAsync(connection, "people");

        Assert.Equal(1, Of(outcomes, "admin_central.candidates").Merged);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "select count(distinct target_id) from public.id_mappings where legacy_table = 'candidates' and legacy_id in (@a, @b)", new { a = dup.Id, b = dup.Related }));
    }

    [Fact]
    public async Task the_hot_tier_takes_only_the_last_six_months_and_skips_the_rest_by_reason()
    {
        await using var connection = await StagedAsync();
        await ImportAsync(connection, "foundation", "people", "clients");
        var outcomes = await new Importer(connection, Options(tier: Tier.Hot)).RunAsync(["roster"], default);

        var shifts = Of(outcomes, "admin_central.joborders");
        var old = await connection.ExecuteScalarAsync<long>("select count(*) from v2.admin_central__joborders where v2.to_date(shift_date) < date '2026-05-30'");
        Assert.True(old > 0);
        Assert.Equal(old, shifts.Skipped["outside tier hot"]);
        Assert.Equal(shifts.Read - old, shifts.Inserted);
    }

    [Fact]
    public async Task a_bad_extract_file_is_named_with_its_line_and_nothing_is_staged()
    {
        WriteSample();
        var punches = Path.Combine(_extract, "actatek", "punches.txt");
        var lines = File.ReadAllLines(punches);
        lines[5] = lines[5] + "\textra";
        File.WriteAllLines(punches, lines);
        File.Delete(Path.Combine(_extract, "admin_central", "pay_levels.txt"));
        await using var connection = await FreshDatabaseAsync();

        var bad = await Assert.ThrowsAsync<BadExtractException>(() => new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_extract, null, default));

        Assert.Equal(
        [
            "admin_central/pay_levels.txt: missing (the contract requires table admin_central.pay_levels)",
            "actatek/punches.txt: line 6 has 7 fields, expected 6",
        ], bad.Problems);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from v2.loads"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from v2.admin_central__candidates"));
    }

    [Fact]
    public async Task restaging_a_file_replaces_its_previous_load()
    {
        await using var connection = await StagedAsync();
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_extract, ["actatek.punches"], default);

        var loads = (await connection.QueryAsync<(long Rows, bool Current)>("select row_count, replaced_at is null from v2.loads where source_table = 'actatek.punches' order by id")).ToList();
        Assert.Equal([(408L, false), (408L, true)], loads);
        Assert.Equal(408, await connection.ExecuteScalarAsync<long>("select count(*) from v2.actatek__punches"));
    }

    [Fact]
    public async Task staged_rows_that_differ_from_their_load_record_stop_the_import_with_one_re_stage_line_and_exit_code_4()
    {
        WriteSample();
        var settings = await database.CloneAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _extract, "--connection", url)).ExitCode);
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        // Rows lost behind the stager's back (as crash recovery empties an unlogged table, or a hand-made delete):
        // the staging tables have no foreign key to v2.loads, so the import compares them with the load record.
        await connection.ExecuteAsync("delete from v2.actatek__punches where legacy_id in (select legacy_id from v2.actatek__punches order by legacy_id limit 8)");

        var refused = await CliProcess.RunAsync("v2", "import", "--phase", "all", "--as-of", "2026-11-30", "--connection", url);
        Assert.Equal((int)ExitCode.ValidationFailed, refused.ExitCode);
        // (--phase all also says, before it, that payroll is left out without a boundary)
        var line = Assert.Single(refused.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith("error: v2.actatek__punches holds 400 rows but its load of ", line);
        Assert.EndsWith("recorded 408: re-stage it (v2 stage --source DIR --tables actatek.punches)", line);
        // Checked before the first phase writes anything: not even the organisation is created.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select (select count(*) from v2.import_runs) + (select count(*) from public.organisations) + (select count(*) from public.id_mappings)"));

        // A row of another load (the stager always writes the current one) is refused the same way.
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _extract, "--tables", "actatek.punches", "--connection", url)).ExitCode);
        await connection.ExecuteAsync("update v2.actatek__punches set load_id = load_id - 1 where legacy_id = (select min(legacy_id) from v2.actatek__punches)");
        var stray = await CliProcess.RunAsync("v2", "import", "--phase", "timekeep", "--as-of", "2026-11-30", "--connection", url);
        Assert.Equal((int)ExitCode.ValidationFailed, stray.ExitCode);
        Assert.StartsWith("error: v2.actatek__punches holds 408 rows, 1 of them not from that load but its load of ",
            Assert.Single(stray.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));

        // Re-staging the file puts it right.
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _extract, "--tables", "actatek.punches", "--connection", url)).ExitCode);
        var imported = await CliProcess.RunAsync("v2", "import", "--phase", "all", "--as-of", "2026-11-30", "--connection", url);
        Assert.True(imported.ExitCode == 0, imported.All);
    }

    [Fact]
    public async Task bad_input_is_one_error_line_with_exit_code_2_and_writes_nothing()
    {
        WriteSample();
        var settings = await database.CloneAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        (string[] Args, string Message)[] cases =
        [
            (["v2", "stage", "--source", Path.Combine(_extract, "nope"), "--connection", url], "error: source directory"),
            (["v2", "stage", "--source", _extract, "--encoding", "ebcdic", "--connection", url], "error: --encoding 'ebcdic' is not one of"),
            (["v2", "import", "--phase", "pay-roll", "--connection", url], "error: --phase 'pay-roll' is not one of"),
            (["v2", "import", "--phase", "payroll", "--connection", url], "error: the payroll phase runs only at a pay-cycle boundary"),
            (["v2", "import", "--phase", "payroll", "--pay-cycle-boundary", "2026-11-25", "--connection", url], "error: --pay-cycle-boundary 2026-11-25 is a Wednesday: v2 pay periods start on a Monday"),
            (["v2", "import", "--phase", "payroll", "--pay-cycle-boundary", "2026-11-23", "--connection", url], "error: nothing is staged"),
            (["v2", "import", "--phase", "timekeep", "--tier", "lukewarm", "--connection", url], "error: --tier 'lukewarm' is not one of all, hot, warm, cold"),
            (["v2", "import", "--phase", "timekeep", "--batch-size", "0", "--connection", url], "error: --batch-size must be between 1 and 1000000"),
            (["v2", "stage", "--source", Path.Combine(_extract, "actatek", "punches.txt"), "--connection", url], "error: source directory"),
            (["v2", "stage", "--source", _extract, "--tables", "actatek.punchez", "--connection", url], "error: --tables: 'actatek.punchez' is not a table of the extract contract"),
        ];
        foreach (var (args, message) in cases)
        {
            var result = await CliProcess.RunAsync(args);
            Assert.Equal((int)ExitCode.BadInput, result.ExitCode);
            var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(message, line);
        }
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select (select count(*) from v2.loads) + (select count(*) from v2.import_runs) + (select count(*) from public.organisations)"));
    }

    [Fact]
    public async Task the_staging_tables_have_exactly_the_columns_of_the_extract_contract_and_only_the_migrator_may_read_them()
    {
        await using var connection = await FreshDatabaseAsync();
        foreach (var table in ExtractContract.Tables)
        {
            var columns = await connection.QueryAsync<string>(
                "select column_name from information_schema.columns where table_schema = 'v2' and table_name = @name order by ordinal_position",
                new { name = $"{table.Database}__{table.Table}" });
            Assert.Equal(["load_id", "line_no", "legacy_id", "row_hash", "encoding_issues", .. table.Columns.Select(c => c.Name)], columns);
        }
        Assert.True(await connection.ExecuteScalarAsync<bool>("select has_schema_privilege('finnest_migrator', 'v2', 'usage')"));
        foreach (var role in new[] { "finnest_app", "finnest_readonly", "finnest_maintenance" })
            Assert.False(await connection.ExecuteScalarAsync<bool>("select has_schema_privilege(@role, 'v2', 'usage')", new { role }));
    }
}
