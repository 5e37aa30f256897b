using Dapper;
using Finnest.Database.Tests.Support;
using Finnest.Database.V2;
using Finnest.Database.V2.Audit;
using Finnest.Database.V2.Contract;
using Finnest.Database.V2.Import;
using Finnest.Database.V2.Sample;
using Finnest.Database.V2.Staging;
using Npgsql;

namespace Finnest.Database.Tests.V2;

/// <summary>
/// The import engine's own rules on the synthetic extract: cold punches end in archive partitions (and a cold re-run
/// neither duplicates nor disturbs them), and a merge decided after both employees were imported moves the duplicate's
/// children to the survivor, once.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class V2EngineTests(DatabaseFixture database) : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private static readonly DateOnly ColdLine = AsOf.AddMonths(-24);
    private const string Org = "asg-central";

    private readonly string _extract = Directory.CreateTempSubdirectory("v2-engine-").FullName;

    public void Dispose() => Directory.Delete(_extract, recursive: true);

    private async Task<NpgsqlConnection> StagedAsync()
    {
        new SampleExtractWriter(new SampleOptions(1, 42, AsOf)).Write(_extract);
        var settings = await database.CloneAsync();
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_extract, null, default);
        return connection;
    }

    private static Task<IReadOnlyList<TableOutcome>> ImportAsync(NpgsqlConnection connection, Tier tier, params string[] phases) =>
        new Importer(connection, new ImportOptions(Org, "ASG Central", 100, tier, AsOf, null)).RunAsync(phases, default);

    private static TableOutcome Of(IEnumerable<TableOutcome> outcomes, string source) => outcomes.Single(o => o.Source == source);

    private static Task<long> V2ClockEventsInArchiveAsync(NpgsqlConnection connection) => connection.ExecuteScalarAsync<long>("""
        select coalesce(sum((xpath('/row/n/text()', query_to_xml(format('select count(*) as n from archive.%I where raw_payload ->> ''source'' = ''v2''', c.relname), false, true, '')))[1]::text::bigint), 0)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'archive' and finnest.partition_month('timekeep.clock_events', c.relname) is not null
        """);

    private static Task<string[]> ArchivedMonthsAsync(NpgsqlConnection connection) => connection.QueryAsync<string>("""
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'archive' and finnest.partition_month('timekeep.clock_events', c.relname) is not null order by 1
        """).ContinueWith(t => t.Result.ToArray());

    [Fact]
    public async Task v2_import_with_tier_cold_on_the_command_line_puts_the_old_punches_in_archive_partitions_and_only_the_old_ones()
    {
        new SampleExtractWriter(new SampleOptions(1, 42, AsOf)).Write(_extract);
        var settings = await database.CloneAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _extract, "--connection", url)).ExitCode);
        foreach (var phase in new[] { "foundation", "people", "clients" })
        {
            var parents = await CliProcess.RunAsync("v2", "import", "--phase", phase, "--org", Org, "--as-of", "2026-11-30", "--connection", url);
            Assert.True(parents.ExitCode == 0, parents.All);
        }

        var cold = await CliProcess.RunAsync("v2", "import", "--phase", "timekeep", "--tier", "cold", "--org", Org, "--as-of", "2026-11-30", "--connection", url);

        Assert.True(cold.ExitCode == 0, cold.All);
        Assert.Contains("archived ", cold.StdErr);
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var archivedMonths = await ArchivedMonthsAsync(connection);
        Assert.NotEmpty(archivedMonths);
        Assert.All(archivedMonths, m => Assert.True(DateOnly.ParseExact(m[^7..], "yyyy_MM").AddMonths(1) <= ColdLine.AddDays(-1), m));
        var archived = await V2ClockEventsInArchiveAsync(connection);
        var live = await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events where raw_payload ->> 'source' = 'v2'");
        Assert.True(archived > 0, "no v2 punch in the archive");
        // Cold means a business date before the line: nothing newer was imported, and every imported punch has its mapping.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from timekeep.clock_events where raw_payload ->> 'source' = 'v2' and local_occurred_at::date >= @line", new { line = ColdLine.ToDateTime(TimeOnly.MinValue) }));
        Assert.Equal(archived + live, await connection.ExecuteScalarAsync<long>("select count(*) from public.id_mappings where legacy_table = 'punches'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events_default"));
        Assert.Equal("completed", await connection.ExecuteScalarAsync<string>("select status from v2.import_runs where phase = 'timekeep' and tier = 'cold'"));
    }

    [Fact]
    public async Task the_cold_tier_loads_punches_older_than_two_years_into_archive_partitions_and_a_rerun_adds_nothing()
    {
        await using var connection = await StagedAsync();
        await ImportAsync(connection, Tier.All, "foundation", "people", "clients");

        var cold = Of(await ImportAsync(connection, Tier.Cold, "timekeep"), "actatek.punches");

        Assert.True(cold.Inserted > 50, $"only {cold.Inserted} cold punches");
        var archivedMonths = await ArchivedMonthsAsync(connection);
        Assert.NotEmpty(archivedMonths);
        // Every archived month ends at least a day before the cold line; the month straddling it stays live.
        Assert.All(archivedMonths, m => Assert.True(DateOnly.ParseExact(m[^7..], "yyyy_MM").AddMonths(1) <= ColdLine.AddDays(-1), m));
        var archived = await V2ClockEventsInArchiveAsync(connection);
        var live = await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events where raw_payload ->> 'source' = 'v2'");
        Assert.True(archived > live, $"{archived} archived, {live} live");
        Assert.Equal(cold.Inserted, archived + live);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from timekeep.clock_events where raw_payload ->> 'source' = 'v2' and occurred_at < finnest.utc_midnight(date_trunc('month', @line::date - 1)::date)::timestamptz",
            new { line = ColdLine.ToDateTime(TimeOnly.MinValue) }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events_default"));
        // Archived months keep their immutability, as partitions archive leaves them.
        Assert.All(archivedMonths, m => Assert.Equal(1, connection.ExecuteScalar<long>(
            "select count(*) from pg_trigger where tgrelid = ('archive.' || @m)::regclass and tgname = 'block_update_delete'", new { m })));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync($"update archive.{archivedMonths[0]} set source = 'web'"));
        Assert.Equal($"archive.{archivedMonths[0]} is append-only: UPDATE is not allowed", refused.MessageText);
        // Reconciliation counts the archived rows.
        var reconciliation = await Reconciler.RunAsync(connection, Org, default);
        var clockEvents = Assert.Single(reconciliation.Validations, v => v.Name.StartsWith("clock events", StringComparison.Ordinal));
        Assert.True(clockEvents.Matches, $"{clockEvents.Source} mapped, {clockEvents.Target} found");
        Assert.Equal(cold.Inserted.ToString(), clockEvents.Target);

        // A cold re-run with nothing new: no insert, no partition re-attached, nothing in the live log.
        var again = Of(await ImportAsync(connection, Tier.Cold, "timekeep"), "actatek.punches");
        Assert.Equal((0L, cold.Inserted), (again.Inserted, again.Unchanged));
        Assert.Equal(archivedMonths, await ArchivedMonthsAsync(connection));
        Assert.Equal(archived, await V2ClockEventsInArchiveAsync(connection));

        // A cold punch that reaches v2 late: its archived month is re-attached for it, then archived again.
        var archivedPunch = await connection.ExecuteScalarAsync<long>($"select min(legacy_log_id) from archive.{archivedMonths[0]}");
        await connection.ExecuteAsync("""
            insert into v2.actatek__punches (load_id, line_no, legacy_id, row_hash, encoding_issues, id, terminal_id, candidate_id, punch_time, direction, verify)
            select load_id, 999001, 999001, md5('late punch'), encoding_issues, '999001', terminal_id, candidate_id, punch_time, direction, verify
            from v2.actatek__punches where legacy_id = @archivedPunch;
            -- what a re-stage of the grown file records (the import checks the staged rows against their load)
            update v2.loads set row_count = row_count + 1 where source_table = 'actatek.punches' and replaced_at is null;
            """, new { archivedPunch });
        var late = Of(await ImportAsync(connection, Tier.Cold, "timekeep"), "actatek.punches");
        Assert.Equal(1, late.Inserted);
        Assert.Equal(archivedMonths, await ArchivedMonthsAsync(connection));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>($"select count(*) from archive.{archivedMonths[0]} where legacy_log_id = 999001"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events_default"));
    }

    [Fact]
    public async Task a_merge_decided_after_both_employees_were_imported_moves_the_duplicates_children_to_the_survivor_once()
    {
        await using var connection = await StagedAsync();
        await new Auditor(connection).RunAsync(AsOf, Path.Combine(_extract, "audit"), default);
        var dup = await connection.QueryFirstAsync<(long Id, long Related)>("select legacy_id, related_legacy_id from v2.review_items where check_name = 'duplicate_employee' order by legacy_id");
        // v2 holds a qualification, a timesheet and a punch of the duplicate candidate.
        const string recentPunch = "(select min(legacy_id) from v2.actatek__punches where v2.to_timestamp(punch_time) > '2026-06-01' and terminal_id in ('1', '2', '3', '4'))";
        await connection.ExecuteAsync($"""
            update v2.admin_central__candidates_qualification set candidate_id = @id::text
            where legacy_id = (select min(legacy_id) from v2.admin_central__candidates_qualification where upper(qualification) in ('WHITECARD', 'FIRSTAID', 'RSA'));
            update v2.admin_central__timesheets set candidate_id = @id::text where legacy_id = (select min(legacy_id) from v2.admin_central__timesheets where v2.to_numeric(hours) >= 0);
            update v2.actatek__punches set candidate_id = @id::text where legacy_id = {recentPunch};
            """, new { id = dup.Id });
        await ImportAsync(connection, Tier.All, "foundation", "people", "clients", "timekeep");
        Guid Employee(long legacyId) => connection.ExecuteScalar<Guid>(
            "select target_id from public.id_mappings where legacy_table = 'candidates' and legacy_id = @legacyId", new { legacyId });
        var duplicate = Employee(dup.Id);
        var survivor = Employee(dup.Related);
        Assert.NotEqual(duplicate, survivor);
        var punch = await connection.ExecuteScalarAsync<Guid>($"select employee_id from timekeep.clock_events where legacy_log_id = {recentPunch}");
        Assert.Equal(duplicate, punch);

        File.WriteAllLines(Path.Combine(_extract, "decisions.csv"),
            ["check,source_table,legacy_id,related_legacy_id,decision,value,reviewer", $"duplicate_employee,admin_central.candidates,{dup.Id},{dup.Related},merge,,Sam"]);
        await new ReviewDecisions(connection).ApplyAsync(Path.Combine(_extract, "decisions.csv"), default);
        var auditedBefore = await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log");
        var qualifications = await connection.ExecuteScalarAsync<long>("select count(*) from people.employee_qualifications where employee_id = @duplicate", new { duplicate });
        var timecards = await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.timecards where employee_id = @duplicate", new { duplicate });
        Assert.True(qualifications >= 1 && timecards >= 1, $"{qualifications} qualifications, {timecards} timecards");

        var merged = await ImportAsync(connection, Tier.All, "people");

        Assert.Equal(1, Of(merged, "admin_central.candidates").Merged);
        // The mutable children now belong to the survivor, each change audited.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select (select count(*) from people.employee_qualifications where employee_id = @duplicate) + (select count(*) from timekeep.timecards where employee_id = @duplicate)", new { duplicate }));
        Assert.Equal(qualifications, await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'people.employee_qualifications' and operation = 'update' and old_row ->> 'employee_id' = @d and new_row ->> 'employee_id' = @s",
            new { d = duplicate.ToString(), s = survivor.ToString() }));
        Assert.Equal(timecards, await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'timekeep.timecards' and operation = 'update' and old_row ->> 'employee_id' = @d and new_row ->> 'employee_id' = @s",
            new { d = duplicate.ToString(), s = survivor.ToString() }));
        // The duplicate is retired, naming its survivor; both v2 ids resolve to the survivor.
        Assert.Equal(survivor.ToString(), await connection.ExecuteScalarAsync<string>(
            "select metadata ->> 'v2_merged_into' from people.employees where id = @duplicate and deleted_at is not null", new { duplicate }));
        Assert.Equal(survivor, Employee(dup.Id));
        // The punch is in an append-only log: it keeps the duplicate's id, which still resolves to the retired row.
        Assert.Equal(duplicate, await connection.ExecuteScalarAsync<Guid>($"select employee_id from timekeep.clock_events where legacy_log_id = {recentPunch}"));

        // Run again: nothing merges twice, nothing more is written.
        var audited = await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log");
        Assert.True(audited > auditedBefore);
        var again = await ImportAsync(connection, Tier.All, "people");
        Assert.All(again, o => Assert.Equal((0L, 0L, 0L), (o.Inserted, o.Updated, o.Merged)));
        Assert.Equal(audited, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log"));
    }
}
