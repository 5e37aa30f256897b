using Dapper;
using Finnest.Database.Engine.Plan;
using Finnest.Database.Cli;
using Finnest.Database.Tests.Support;
using Finnest.Database.V2.Import;
using Npgsql;
using static Finnest.Database.Tests.V2.V2SampleDatabase;

namespace Finnest.Database.Tests.V2;

/// <summary>
/// The clock-event import (the largest table: time-ordered ids, rows inserted in time order, one statement per step):
/// what each event holds, how a punch the database refuses is handled, and that a batch stopped between its writes
/// and its commit leaves nothing.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class V2ClockEventImportTests(DatabaseFixture database) : IDisposable
{
    private readonly V2SampleDatabase _sample = new(database);

    public void Dispose() => _sample.Dispose();

    [Fact]
    public async Task each_clock_event_carries_its_staged_punch_and_one_mapping_and_has_a_time_ordered_id()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, "foundation", "people", "clients");
        // Hot and warm: every event stays in timekeep.clock_events (a cold run would move old months to the archive).
        foreach (var tier in new[] { Tier.Hot, Tier.Warm })
            await new Importer(connection, Options(tier: tier)).RunAsync(["timekeep"], default);

        var events = await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events");
        Assert.True(events > 300, $"only {events} clock events");
        // Every column against the staged punch it came from (the raw payload is the staged row plus "source", and
        // "dst" only inside a DST window; outside one the instant is PostgreSQL's own conversion of the wall time).
        var wrong = (await connection.QueryAsync<long>("""
            select c.legacy_log_id
            from timekeep.clock_events c
            join v2.actatek__punches s on s.legacy_id = c.legacy_log_id
            where c.raw_payload - 'dst' <> (to_jsonb(s) - 'load_id' - 'line_no' - 'row_hash' - 'encoding_issues') || '{"source": "v2"}'
               or c.local_occurred_at is distinct from v2.to_timestamp(s.punch_time)
               or c.event_type <> case upper(s.direction) when 'IN' then 'clock_in' else 'clock_out' end
               or c.verification_method <> case upper(s.verify) when 'FP' then 'fingerprint' when 'CARD' then 'card' when 'PIN' then 'pin' else 'none' end
               or c.source <> 'kiosk'
               or (c.raw_payload -> 'dst' is null and c.occurred_at <> c.local_occurred_at at time zone c.local_timezone)
            """)).ToList();
        Assert.Empty(wrong);
        // Exactly one mapping per event, naming it, with the staged row's checksum; ids are UUID version 7.
        Assert.Equal(events, await connection.ExecuteScalarAsync<long>("""
            select count(*) from timekeep.clock_events c
            join public.id_mappings m on m.legacy_system = 'actatek' and m.legacy_table = 'punches' and m.legacy_id = c.legacy_log_id
            join v2.actatek__punches s on s.legacy_id = c.legacy_log_id
            where m.target_id = c.id and m.target_table = 'timekeep.clock_events' and m.source_checksum = s.row_hash
              and substr(c.id::text, 15, 1) = '7' and substr(m.id::text, 15, 1) = '7'
            """));
        Assert.Equal(events, await connection.ExecuteScalarAsync<long>("select count(*) from public.id_mappings where legacy_table = 'punches'"));
    }

    [Fact]
    public async Task a_punch_the_database_refuses_is_quarantined_with_the_rule_that_refused_it_and_its_batch_neighbours_still_import()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, "foundation", "people", "clients");
        // A candidate whose mapping names no employee of this organisation: the tenant check on clock_events.employee_id refuses its punches.
        var candidate = await connection.ExecuteScalarAsync<long>("""
            select m.legacy_id from public.id_mappings m
            where m.legacy_table = 'candidates' and exists (select from v2.actatek__punches p where v2.to_int(p.candidate_id) = m.legacy_id)
              -- and none of its punches has a problem of its own (planted: unknown terminals)
              and not exists (select from v2.actatek__punches p where v2.to_int(p.candidate_id) = m.legacy_id
                              and (v2.to_int(p.terminal_id) not in (select legacy_id from v2.actatek__terminals) or v2.to_timestamp(p.punch_time) is null
                                   or upper(p.direction) not in ('IN', 'OUT') or p.direction is null))
            order by m.legacy_id limit 1
            """);
        var punches = await connection.ExecuteScalarAsync<long>("select count(*) from v2.actatek__punches where v2.to_int(candidate_id) = @candidate", new { candidate });
        await connection.ExecuteAsync("update public.id_mappings set target_id = gen_random_uuid() where legacy_table = 'candidates' and legacy_id = @candidate", new { candidate });

        var outcome = Of(await ImportAsync(connection, "timekeep"), "actatek.punches");

        var reasons = (await connection.QueryAsync<string>("""
            select q.reason from v2.quarantine q join v2.actatek__punches p on p.legacy_id = q.legacy_id
            where q.source_table = 'actatek.punches' and v2.to_int(p.candidate_id) = @candidate
            """, new { candidate })).ToList();
        Assert.True(punches > 0 && reasons.Count == punches, string.Join("\n", reasons));
        Assert.All(reasons, r => Assert.StartsWith("refused by sr_clock_events__employee_id: ", r));
        // All punches went in one batch: the others were inserted around the refused ones.
        Assert.True(outcome.Inserted > 300, $"only {outcome.Inserted} punches inserted");
        Assert.Equal(outcome.Read - outcome.Quarantined - outcome.Skipped.Values.Sum(), outcome.Inserted);
        Assert.Equal(outcome.Inserted, await connection.ExecuteScalarAsync<long>("select count(*) from public.id_mappings where legacy_table = 'punches'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from v2.quarantine q join public.id_mappings m on m.legacy_table = 'punches' and m.legacy_id = q.legacy_id where q.source_table = 'actatek.punches'"));
    }

    [Fact]
    public async Task a_clock_event_batch_stopped_after_its_writes_leaves_nothing_and_the_rerun_imports_each_punch_once()
    {
        _sample.WriteSample();
        var settings = await _sample.CloneAsync();
        var url = _sample.UrlOf(settings);
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _sample.Extract, "--connection", url)).ExitCode);
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        // Batches are numbered through the phase, one more per table for the read that finds nothing left; punches go
        // ten times --batch-size at a time. The fault stops the second punch batch after its events and mappings are written.
        const int batchSize = 20;
        var timesheets = await connection.ExecuteScalarAsync<long>("select count(*) from v2.admin_central__timesheets");
        var terminals = await connection.ExecuteScalarAsync<long>("select count(*) from v2.actatek__terminals");
        var secondPunchBatch = (timesheets + batchSize - 1) / batchSize + 1 + (terminals + batchSize - 1) / batchSize + 1 + 2;
        string[] import = ["v2", "import", "--phase", "all", "--batch-size", $"{batchSize}", "--as-of", "2026-11-30", "--connection", url];

        var crashed = await CliProcess.RunAsync(new Dictionary<string, string> { [Fault.Variable] = $"v2-batch:timekeep:{secondPunchBatch}" }, import);

        Assert.Equal((int)ExitCode.MigrationFailed, crashed.ExitCode);
        Assert.Contains("error: fault injected", crashed.StdErr);
        var committed = await connection.QuerySingleAsync<(long Batches, long Read, long Inserted)>(
            "select count(*), sum(read_rows)::bigint, sum(inserted)::bigint from v2.import_batches where source_table = 'actatek.punches'");
        Assert.Equal((1L, 10L * batchSize), (committed.Batches, committed.Read));
        Assert.Equal(committed.Inserted, await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events"));
        Assert.Equal(committed.Inserted, await connection.ExecuteScalarAsync<long>("select count(*) from public.id_mappings where legacy_table = 'punches'"));

        var resumed = await CliProcess.RunAsync(import);

        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) - count(distinct legacy_log_id) from timekeep.clock_events"));
        Assert.Equal(await connection.ExecuteScalarAsync<long>("select count(*) from timekeep.clock_events"), await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.id_mappings m join timekeep.clock_events c on c.id = m.target_id where m.legacy_table = 'punches' and m.legacy_id = c.legacy_log_id"));
        var reconcile = await CliProcess.RunAsync("v2", "reconcile", "--json", "--connection", url);
        Assert.True(reconcile.ExitCode == 0, reconcile.All);
        Assert.DoesNotContain("\"balanced\":false", reconcile.StdOut);
    }
}
