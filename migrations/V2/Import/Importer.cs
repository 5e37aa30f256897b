using System.Diagnostics;
using System.Globalization;
using Finnest.Database.Engine;
using Finnest.Database.Engine.Plan;
using Npgsql;

namespace Finnest.Database.V2.Import;

public enum Tier { All, Hot, Warm, Cold }

public sealed record ImportOptions(string OrgSlug, string OrgName, int BatchSize, Tier Tier, DateOnly AsOf, DateOnly? PayCycleBoundary);

/// <summary>Outcome counts of one source table in one run.</summary>
public sealed record TableOutcome(string Source, string Target, long Read, long Inserted, long Updated, long Unchanged, long Merged, long Quarantined, IReadOnlyDictionary<string, long> Skipped);

/// <summary>Progress of one source table: rows done of total, rows per second, estimated time left.</summary>
public sealed record ImportProgress(string Phase, string Source, long Done, long Total, double RowsPerSecond, TimeSpan? Eta);

/// <summary>
/// <c>v2 import</c>: runs phases in dependency order. Each table is walked in v2 id order in batches; a batch is
/// one transaction that writes its target rows, id mappings, quarantine rows and its journal row together, so a
/// crash loses at most the batch in flight and the next run of the same phase and tier resumes after the last
/// committed batch. Writes go through the normal tables as finnest_owner with app.org_id set: constraints,
/// triggers and the audit log apply.
/// </summary>
public sealed class Importer(NpgsqlConnection connection, ImportOptions options, Action<ImportProgress>? progress = null, Action<string>? info = null)
{

    private Guid _org;

    public async Task<IReadOnlyList<TableOutcome>> RunAsync(IReadOnlyList<string> phases, CancellationToken ct)
    {
        // The user's own input first (it needs no database), then what the database must hold.
        if (phases.Contains("payroll")) RequireMondayBoundary(options.PayCycleBoundary);
        await Guard.RequireStagedAsync(connection, ct);
        if (phases.Contains("payroll")) await RequirePayCycleBoundaryAsync(ct);
        foreach (var table in Phases.Order.Where(phases.Contains).SelectMany(name => Phases.Get(name).Tables))
            _stagedRows[table.Source] = await CheckedStagedRowsAsync(table, ct);
        _org = await ResolveOrganisationAsync(create: phases.Contains("foundation"), ct);
        var outcomes = new List<TableOutcome>();
        foreach (var name in Phases.Order.Where(phases.Contains))
            outcomes.AddRange(await RunPhaseAsync(Phases.Get(name), ct));
        return outcomes;
    }

    // ---- preconditions ---------------------------------------------------------------------

    /// <summary>
    /// Payroll moves only at the start of a pay period: v2 pays weekly, Monday to Sunday, so the boundary is a Monday;
    /// where Finnest pay calendars already exist the date must also start a period of one of them (checked later, in the
    /// database). The CLI calls this before it seals sensitive values, so a bad date writes nothing.
    /// </summary>
    public static void RequireMondayBoundary(DateOnly? payCycleBoundary)
    {
        if (payCycleBoundary is not { } boundary)
            throw new EngineException(Failure.BadInput, "the payroll phase runs only at a pay-cycle boundary: pass --pay-cycle-boundary DATE (a Monday that starts a pay period)");
        if (boundary.DayOfWeek != DayOfWeek.Monday)
            throw new EngineException(Failure.BadInput, $"--pay-cycle-boundary {boundary:yyyy-MM-dd} is a {boundary.DayOfWeek}: v2 pay periods start on a Monday");
    }

    private async Task RequirePayCycleBoundaryAsync(CancellationToken ct)
    {
        var boundary = options.PayCycleBoundary!.Value;
        await using var calendars = new NpgsqlCommand("""
            select count(*) filter (where true), count(*) filter (where (@boundary - c.anchor_period_start) % case c.pay_frequency when 'weekly' then 7 when 'fortnightly' then 14 else 1 end = 0
                                                         and (c.pay_frequency <> 'monthly' or extract(day from @boundary) = extract(day from c.anchor_period_start)))
            from payroll.pay_calendars c join public.organisations o on o.id = c.org_id
            where o.slug = @slug and c.deleted_at is null and c.status = 'active'
            """, connection);
        calendars.Parameters.AddWithValue("boundary", boundary);
        calendars.Parameters.AddWithValue("slug", options.OrgSlug);
        await using var reader = await calendars.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (reader.GetInt64(0) > 0 && reader.GetInt64(1) == 0)
            throw new EngineException(Failure.BadInput, $"--pay-cycle-boundary {boundary:yyyy-MM-dd} does not start a pay period of any active pay calendar of '{options.OrgSlug}'");
    }

    private readonly Dictionary<string, long> _stagedRows = [];

    /// <summary>
    /// The number of staged rows of a table, once they are checked against the table's current load: every row must
    /// carry that load's id and their number must be the row count it recorded. The staging tables have no foreign
    /// key to v2.loads (V202612200100: it cost a lookup per staged row), and rows added or lost behind the stager's
    /// back would otherwise be imported, or reported vanished from v2, as if v2 had them. Checked for every table of
    /// the run before anything is written.
    /// </summary>
    private async Task<long> CheckedStagedRowsAsync(TableImport table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select s.staged, s.other_load, l.row_count, l.file_name
            from (select count(*) as staged,
                         count(*) filter (where x.load_id is distinct from (select id from v2.loads where source_table = @source and replaced_at is null)) as other_load
                  from {table.StagingTable} x) s
            left join v2.loads l on l.source_table = @source and l.replaced_at is null
            """, connection);
        command.Parameters.AddWithValue("source", table.Source);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (staged, otherLoad) = (reader.GetInt64(0), reader.GetInt64(1));
        var recorded = reader.IsDBNull(2) ? (long?)null : reader.GetInt64(2);
        if (recorded is null && staged == 0) return 0;
        if (recorded is null || staged != recorded || otherLoad > 0)
        {
            var load = recorded is null ? "no current load" : $"its load of {reader.GetString(3)} recorded {recorded}";
            var strays = otherLoad > 0 ? $", {otherLoad} of them not from that load" : "";
            throw new EngineException(Failure.ValidationFailed,
                $"{table.StagingTable} holds {staged} rows{strays} but {load}: re-stage it (v2 stage --source DIR --tables {table.Source})");
        }
        return staged;
    }

    private async Task<Guid> ResolveOrganisationAsync(bool create, CancellationToken ct)
    {
        await using (var find = new NpgsqlCommand("select id from public.organisations where slug = @slug and deleted_at is null", connection))
        {
            find.Parameters.AddWithValue("slug", options.OrgSlug);
            if (await find.ExecuteScalarAsync(ct) is Guid id) return id;
        }
        if (!create)
            throw new EngineException(Failure.BadInput, $"organisation '{options.OrgSlug}' does not exist: run v2 import --phase foundation first");
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var insert = new NpgsqlCommand("""
            set local role finnest_owner;
            insert into public.organisations (name, slug, metadata) values (@name, @slug, '{"source": "v2"}') returning id;
            """, connection, transaction);
        insert.Parameters.AddWithValue("name", options.OrgName);
        insert.Parameters.AddWithValue("slug", options.OrgSlug);
        var org = (Guid)(await insert.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);
        info?.Invoke($"created organisation {options.OrgSlug}");
        return org;
    }

    // ---- phases ----------------------------------------------------------------------------

    private async Task<IReadOnlyList<TableOutcome>> RunPhaseAsync(Phase phase, CancellationToken ct)
    {
        var run = await StartOrResumeRunAsync(phase.Name, ct);
        _currentRun = run;
        try
        {
            await PreparePhaseAsync(phase, ct);
            var batchNo = 0;
            foreach (var table in phase.Tables)
                batchNo = await ImportTableAsync(phase, table, run, batchNo, ct);
            if (phase.Name == "timekeep" && options.Tier is Tier.Cold or Tier.All)
                await ArchiveColdClockEventMonthsAsync(ct);
            await FinishRunAsync(run, "completed", null, ct);
        }
        catch (Exception e)
        {
            await FinishRunAsync(run, "failed", e.Message.Split('\n')[0], CancellationToken.None);
            throw;
        }
        return await Reconciler.OutcomesOfRunAsync(connection, run, ct);
    }

    /// <summary>The unfinished run of this phase and tier, if one crashed, else a new one.</summary>
    private async Task<long> StartOrResumeRunAsync(string phase, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            update v2.import_runs set status = 'running', finished_at = null, error = null
            where id = (select max(id) from v2.import_runs where org_id = @org and phase = @phase and tier = @tier) and status <> 'completed'
            returning id
            """, connection);
        command.Parameters.AddWithValue("org", _org);
        command.Parameters.AddWithValue("phase", phase);
        command.Parameters.AddWithValue("tier", TierName);
        if (await command.ExecuteScalarAsync(ct) is long resumed)
        {
            info?.Invoke($"{phase}: resuming run {resumed} after its last committed batch");
            return resumed;
        }
        command.CommandText = "insert into v2.import_runs (org_id, phase, tier, as_of, batch_size) values (@org, @phase, @tier, @as_of, @batch) returning id";
        command.Parameters.AddWithValue("as_of", options.AsOf);
        command.Parameters.AddWithValue("batch", options.BatchSize);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private async Task FinishRunAsync(long run, string status, string? error, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open) return;
        await using var command = new NpgsqlCommand("update v2.import_runs set status = @status, finished_at = now(), error = @error where id = @run", connection);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("run", run);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>What a phase needs before its first batch: the v2 roles, DST edges and monthly partitions for clock events.</summary>
    private async Task PreparePhaseAsync(Phase phase, CancellationToken ct)
    {
        if (phase.Name == "foundation")
        {
            await using var roles = new NpgsqlCommand("""
                set role finnest_owner;
                insert into public.roles (org_id, name, description, metadata)
                select @org, r.name, r.description, '{"source": "v2"}' from (values
                    ('v2 admin', 'Head-office administrator (v2 admin_users)'), ('v2 staff', 'Recruitment consultant (v2 consultants)'),
                    ('v2 payroll', 'Payroll officer (v2 payroll_staffs)')) r(name, description)
                where not exists (select from public.roles x where x.org_id = @org and x.name = r.name and x.deleted_at is null);
                reset role;
                """, connection);
            roles.Parameters.AddWithValue("org", _org);
            await roles.ExecuteNonQueryAsync(ct);
        }
        if (phase.Name == "timekeep")
        {
            await DstEdges.LoadAsync(connection, ct);
            await CreateClockEventPartitionsAsync(ct);
        }
    }

    /// <summary>
    /// Every month the punches of this tier fall in (widened a day each side for the UTC shift) is attached before the
    /// first batch, so no row lands in the default partition: a month never seen gets its partition, and a month
    /// archived by an earlier cold run is re-attached (finnest.restore_partition), but only when staged punches of
    /// it are not imported yet; a re-run with nothing new leaves the archive alone.
    /// </summary>
    private async Task CreateClockEventPartitionsAsync(CancellationToken ct)
    {
        var (from, to) = TierWindow;
        // Months from the distinct punch days: the text is de-duplicated first (offset 0 keeps the date filter from being
        // pushed down to every punch), so only those few hundred values are parsed.
        await using var command = new NpgsqlCommand("""
            create temp table clock_event_months on commit drop as
            select distinct date_trunc('month', (d.day + v.shift)::timestamp)::date as month
            from (select v2.to_date(x.day) as day from (select distinct left(p.punch_time, 10) as day from v2.actatek__punches p offset 0) x) d
            cross join (values (-1), (1)) as v(shift)
            where d.day is not null and (@from::date is null or d.day >= @from) and (@to::date is null or d.day < @to);

            select count(r.*) from clock_event_months m
            cross join lateral (select finnest.partition_name('timekeep.clock_events', m.month) as name) part
            cross join lateral finnest.restore_partition(part.name) r
            where to_regclass('archive.' || part.name) is not null
              -- a punch of the month (or a day either side) without a mapping yet, probed one by one on the unique key
              and exists (select from v2.actatek__punches p
                          where left(p.punch_time, 7) in (to_char(m.month - 1, 'YYYY-MM'), to_char(m.month, 'YYYY-MM'), to_char(m.month + interval '1 month', 'YYYY-MM'))
                            and not exists (select from (select from public.id_mappings x
                                                         where x.org_id = @org and x.legacy_system = 'actatek' and x.legacy_table = 'punches' and x.legacy_id = p.legacy_id
                                                         limit 1) probe));
            select count(c.*) from clock_event_months m cross join lateral finnest.create_month_partition('timekeep.clock_events', m.month) c;
            """, connection);
        command.Parameters.AddWithValue("from", (object?)from ?? DBNull.Value);
        command.Parameters.AddWithValue("to", (object?)to ?? DBNull.Value);
        command.Parameters.AddWithValue("org", _org);
        long restored, created;
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            command.Transaction = transaction;
            // jit off: the temp table has no statistics, and the estimate it gets would pay a JIT compile of ~0.4 s for 40 rows.
            await using (var role = new NpgsqlCommand("set local role finnest_owner; set local jit = off", connection, transaction))
                await role.ExecuteNonQueryAsync(ct);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                restored = reader.GetInt64(0);
                await reader.NextResultAsync(ct);
                await reader.ReadAsync(ct);
                created = reader.GetInt64(0);
            }
            await transaction.CommitAsync(ct);
        }
        if (restored > 0) info?.Invoke($"re-attached {restored} archived months of timekeep.clock_events for punches not imported yet");
        if (created > 0) info?.Invoke($"created {created} monthly partitions of timekeep.clock_events");
    }

    /// <summary>
    /// Cold punches (business date more than two years before --as-of) end in archive partitions, so they never slow
    /// the live log: every attached month of timekeep.clock_events that ends at least a day before the cold line is
    /// detached into schema archive, with its own UPDATE/DELETE guard, the way <c>partitions archive</c> does
    /// (finnest.archive_partitions). The day's margin keeps the month straddling the line live: a warm punch just
    /// after the line may fall on the UTC day before it. Rows of other organisations in those months move too; they
    /// are as old, and partition maintenance would archive them with the same rule (warm_months = 24).
    /// </summary>
    private async Task ArchiveColdClockEventMonthsAsync(CancellationToken ct)
    {
        var coldLine = options.AsOf.AddMonths(-24);
        var months = new List<string>();
        await using (var list = new NpgsqlCommand("""
            select p.partition_name from finnest.partition_report(@as_of) p
            where p.parent_table = 'timekeep.clock_events' and p.partition_schema = 'timekeep' and p.range_from is not null and p.range_to <= @last_day
            order by p.range_from
            """, connection))
        {
            list.Parameters.AddWithValue("as_of", options.AsOf);
            list.Parameters.AddWithValue("last_day", coldLine.AddDays(-1));
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) months.Add(reader.GetString(0));
        }
        foreach (var month in months)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var archive = new NpgsqlCommand($"""
                set local role finnest_owner;
                select pg_advisory_xact_lock(hashtext('finnest.partitions'));
                alter table timekeep.clock_events detach partition timekeep.{month};
                alter table timekeep.{month} set schema archive;
                create trigger block_update_delete before update or delete on archive.{month} for each row execute function finnest.block_update_delete();
                """, connection, transaction);
            await archive.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }
        if (months.Count > 0) info?.Invoke($"archived {months.Count} cold months of timekeep.clock_events ({months[0]} … {months[^1]})");
    }

    // ---- batches ---------------------------------------------------------------------------

    private async Task<int> ImportTableAsync(Phase phase, TableImport table, long run, int batchNo, CancellationToken ct)
    {
        // Every reference is resolved through id_mappings, which the previous table just grew: fresh statistics keep
        // the planner on its unique index instead of scanning all of the organisation's mappings per row.
        // Only the columns the lookups and joins filter on: the wide ones (checksums, batch labels, metadata) are never a predicate.
        await using (var analyze = new NpgsqlCommand(
            "set role finnest_owner; analyze public.id_mappings (org_id, legacy_system, legacy_table, legacy_id, target_table, target_id); reset role;", connection))
            await analyze.ExecuteNonQueryAsync(ct);
        var (cursor, done, tableBatches) = await ResumePointAsync(run, table.Source, ct);
        var total = _stagedRows[table.Source];
        var clock = Stopwatch.StartNew();
        var doneAtStart = done;
        while (true)
        {
            batchNo++;
            tableBatches++;
            var read = await ImportBatchAsync(phase, table, run, batchNo, tableBatches, cursor, BatchSizeOf(table), ct);
            if (read is null) break;
            cursor = read.Value.LastLegacyId;
            done += read.Value.Rows;
            var rate = (done - doneAtStart) / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            progress?.Invoke(new(phase.Name, table.Source, done, total, rate, rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : null));
        }
        return batchNo;
    }

    private async Task<(long Cursor, long Done, int Batches)> ResumePointAsync(long run, string source, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "select coalesce(max(last_legacy_id), -9223372036854775808), coalesce(sum(read_rows), 0)::bigint, count(*)::int from v2.import_batches where run_id = @run and source_table = @source", connection);
        command.Parameters.AddWithValue("run", run);
        command.Parameters.AddWithValue("source", source);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2));
    }

    /// <summary>One batch in one transaction. Null when the table has no rows after the cursor.</summary>
    private int BatchSizeOf(TableImport table) => (int)Math.Min(1_000_000L, (long)options.BatchSize * Math.Max(1, table.BatchScale));

    private async Task<(long LastLegacyId, long Rows)?> ImportBatchAsync(Phase phase, TableImport table, long run, int batchNo, int tableBatchNo, long cursor, int batchSize, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await BeginBatchAsync(transaction, ct);
        try
        {
            var rows = await WriteSliceAsync(table, cursor, batchSize, transaction, ct);
            if (rows == 0) { await transaction.RollbackAsync(ct); return null; }
            var last = await JournalAsync(table, run, tableBatchNo, transaction, ct);
            InjectFault(phase.Name, batchNo);
            await transaction.CommitAsync(ct);
            return (last, rows);
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("23", StringComparison.Ordinal) || e.SqlState.StartsWith("22", StringComparison.Ordinal))
        {
            // A row the database refuses (a CHECK, a unique key) must not sink its neighbours: redo the batch
            // row by row, each under a savepoint, and quarantine the refused rows with the constraint's words.
            await transaction.RollbackAsync(CancellationToken.None);
            return await ImportRowByRowAsync(phase, table, run, batchNo, tableBatchNo, cursor, batchSize, ct);
        }
    }

    private async Task<(long LastLegacyId, long Rows)?> ImportRowByRowAsync(Phase phase, TableImport table, long run, int batchNo, int tableBatchNo, long cursor, int batchSize, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await BeginBatchAsync(transaction, ct);
        var ids = new List<long>();
        await using (var select = new NpgsqlCommand($"select legacy_id from {table.StagingTable} where legacy_id > @cursor order by legacy_id limit @limit", connection, transaction))
        {
            select.Parameters.AddWithValue("cursor", cursor);
            select.Parameters.AddWithValue("limit", batchSize);
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        }
        await Execute("create temp table batch_outcomes (legacy_id bigint, outcome text, skipped_because text) on commit drop", transaction, ct);
        foreach (var id in ids)
        {
            await transaction.SaveAsync("row", ct);
            try
            {
                await WriteSliceAsync(table, id - 1, 1, transaction, ct);
                await Execute("insert into batch_outcomes select legacy_id, outcome, skipped_because from batch; drop table batch;", transaction, ct);
                await transaction.ReleaseAsync("row", ct);
            }
            catch (PostgresException e) when (e.SqlState.StartsWith("23", StringComparison.Ordinal) || e.SqlState.StartsWith("22", StringComparison.Ordinal))
            {
                await transaction.RollbackAsync("row", ct);
                var reason = e.ConstraintName is { } constraint ? $"refused by {constraint}: {e.MessageText}" : $"refused: {e.MessageText}";
                await using var quarantine = new NpgsqlCommand($"""
                    insert into v2.quarantine (source_table, legacy_id, reason, raw_row, run_id)
                    select @source, s.legacy_id, @reason, to_jsonb(s) - 'load_id' - 'line_no' - 'row_hash' - 'encoding_issues', @run from {table.StagingTable} s where s.legacy_id = @id
                    on conflict on constraint uq_quarantine__source_table_legacy_id
                    do update set reason = excluded.reason, raw_row = excluded.raw_row, run_id = excluded.run_id, quarantined_at = now(), released_at = null;
                    insert into batch_outcomes values (@id, 'quarantined', null);
                    """, connection, transaction);
                quarantine.Parameters.AddWithValue("source", table.Source);
                quarantine.Parameters.AddWithValue("reason", reason);
                quarantine.Parameters.AddWithValue("run", run);
                quarantine.Parameters.AddWithValue("id", id);
                await quarantine.ExecuteNonQueryAsync(ct);
            }
        }
        await Execute("create temp table batch on commit drop as select * from batch_outcomes", transaction, ct);
        var last = await JournalAsync(table, run, tableBatchNo, transaction, ct);
        InjectFault(phase.Name, batchNo);
        await transaction.CommitAsync(ct);
        return (last, ids.Count);
    }

    /// <summary>
    /// The batch's session settings. work_mem: the sorts of a 50,000-punch batch (its staged rows by legacy_id, its new
    /// clock events by occurred_at) need 13 to 16 MB; with the default 4 MB each spilled to disk.
    /// </summary>
    private async Task BeginBatchAsync(NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "set local role finnest_owner; set local jit = off; set local work_mem = '64MB'; select set_config('app.org_id', @org::text, true);", connection, transaction);
        command.Parameters.AddWithValue("org", _org);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Transforms the next rows after <paramref name="cursor"/> into temp table <c>batch</c> with an outcome each,
    /// then writes inserts, updates, id mappings and quarantine set-based. Returns the rows read.
    /// </summary>
    private async Task<long> WriteSliceAsync(TableImport table, long cursor, int limit, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var (tierFrom, tierTo) = TierWindow;
        var select = table.Select.Replace("{batch}", $"(select * from {table.StagingTable} where legacy_id > @cursor order by legacy_id limit @limit)");
        var targets = table.Columns.Select(c => c.Contains(':') ? c.Split(':')[1] : c).ToArray();
        var sources = table.Columns.Select(c => c.Split(':')[0]).ToArray();
        var updates = table.UpdateColumns ?? targets;
        var legacyTable = table.Table;
        var repoint = table.AppendOnly ? [] : await LateMergeRepointsAsync(table.Target, transaction, ct);
        var sql = $"""
            -- Each row's outcome in the statement that makes the temp table (rewriting it three times with updates cost
            -- a third of its making): skip reasons first (the table's own, then outside the tier, then a changed row of an
            -- append-only log), then quarantine, merge, unchanged, updated, inserted.
            create temp table batch on commit drop as
            select r.*,
                   case when r.skipped_because is not null then 'skipped'
                        when r.quarantine_reason is not null then 'quarantined'
                        when r.merge_into is not null and r.mapped_id is distinct from r.merge_into then 'merged'
                        when r.mapped_id is not null and r.mapped_checksum = r.checksum then 'unchanged'
                        when r.mapped_id is not null then 'updated'
                        when r.merge_into is not null then 'merged'
                        else 'inserted' end as outcome,
                   coalesce(r.merge_into, r.mapped_id, {TimeOrderedUuid}) as target_id
            from (
                select q.*, m.id as mapping_id, m.target_id as mapped_id, m.source_checksum as mapped_checksum,
                       coalesce(q.skip_reason,
                                case when @tiered and @tier <> 'all'
                                      and (q.business_date is null or (@tier_from::date is not null and q.business_date < @tier_from) or (@tier_to::date is not null and q.business_date >= @tier_to))
                                     then 'outside tier ' || @tier end,
                                case when @append_only and q.quarantine_reason is null and m.id is not null and m.source_checksum is distinct from q.checksum
                                     then 'changed in v2 after import (append-only log: never updated)' end) as skipped_because
                from ({select}) q
                -- One probe of the unique key per row, forced by lateral with a limit (which keeps the planner from
                -- flattening it into a plain join): a join may be planned as a nested loop over all of this table's
                -- mappings when the statistics predate the previous batch, quadratic in the rows imported so far.
                -- None is made when the table has no mapping past the cursor (a first import: every probe would miss):
                -- that one probe is an init plan, a one-time filter (0.1 s per 50,000 punches).
                left join lateral (
                    select m.id, m.target_id, m.source_checksum from public.id_mappings m
                    where m.org_id = @org and m.legacy_system = @system and m.legacy_table = @legacy_table and m.legacy_id = q.legacy_id
                      and (select exists (select from public.id_mappings x
                                          where x.org_id = @org and x.legacy_system = @system and x.legacy_table = @legacy_table and x.legacy_id > @cursor))
                    limit 1) m on true
                offset 0) r;
            -- A fresh temp table has no statistics: without them the joins below can pick a plan quadratic in the batch size.
            -- The row count and the join keys are what those plans need; sampling the wide raw columns is not, and a sample
            -- of 3,000 rows (statistics target 10) tells them as well as the default 30,000: 13 ms instead of 68 ms per 50,000 rows.
            set local default_statistics_target = 10;
            analyze batch (legacy_id, outcome, mapping_id, mapped_id, target_id);
            reset default_statistics_target;

            insert into {table.Target} (id, org_id, {string.Join(", ", targets)})
            select target_id, @org, {string.Join(", ", sources)} from batch where outcome = 'inserted'{(table.InsertOrder is { } order ? $" order by {order}" : "")};
            {(table.AppendOnly ? "" : $"""
            update {table.Target} t set {string.Join(", ", updates.Select(c => $"{c} = b.{sources[Array.IndexOf(targets, c)]}"))}
            from batch b where b.outcome = 'updated' and t.org_id = @org and t.id = b.target_id;
            """)}
            {(table.AppendOnly ? "" : $"""
            update {table.Target} t set deleted_at = now(), metadata = t.metadata || jsonb_build_object('v2_merged_into', b.target_id)
            from batch b where b.outcome = 'merged' and b.mapped_id is not null and t.org_id = @org and t.id = b.mapped_id;
            """)}
            {string.Join("\n", repoint)}
            -- Joined by the mapping's primary key, and before this batch's new mappings exist: the planner's
            -- statistics do not know about rows inserted a moment ago.
            update public.id_mappings m set source_checksum = b.checksum, target_id = b.target_id, batch = @label, migrated_at = now()
            from batch b where m.id = b.mapping_id and (b.outcome = 'updated' or b.outcome = 'merged');
            insert into public.id_mappings (id, org_id, legacy_system, legacy_database, legacy_table, legacy_id, target_table, target_id, batch, source_checksum)
            select {TimeOrderedUuid}, @org, @system, @database, @legacy_table, legacy_id, @target, target_id, @label, checksum from batch where outcome in ('inserted', 'merged') and mapping_id is null;

            insert into v2.quarantine (source_table, legacy_id, reason, raw_row, run_id)
            select @source, legacy_id, quarantine_reason, raw, @run from batch where outcome = 'quarantined'
            on conflict on constraint uq_quarantine__source_table_legacy_id
            do update set reason = excluded.reason, raw_row = excluded.raw_row, run_id = excluded.run_id, quarantined_at = now(), released_at = null;
            update v2.quarantine q set released_at = now()
            from batch b where q.source_table = @source and q.legacy_id = b.legacy_id and q.released_at is null and b.outcome in ('inserted', 'updated', 'unchanged', 'merged');
            {table.AfterBatch ?? ""};
            select count(*) from batch;
            """;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var p = command.Parameters;
        p.AddWithValue("cursor", cursor);
        p.AddWithValue("limit", limit);
        p.AddWithValue("org", _org);
        p.AddWithValue("as_of", options.AsOf);
        p.AddWithValue("label", $"v2:{table.Source}:{options.AsOf:yyyy-MM-dd}");
        p.AddWithValue("system", table.LegacySystem);
        p.AddWithValue("database", table.Database);
        p.AddWithValue("legacy_table", legacyTable);
        p.AddWithValue("target", table.Target);
        p.AddWithValue("source", table.Source);
        p.AddWithValue("run", _currentRun);
        p.AddWithValue("tier", TierName);
        p.AddWithValue("tiered", table.Tiered);
        p.AddWithValue("append_only", table.AppendOnly);
        p.AddWithValue("tier_from", (object?)tierFrom ?? DBNull.Value);
        p.AddWithValue("tier_to", (object?)tierTo ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private long _currentRun;

    /// <summary>
    /// A time-ordered uuid in the layout of UUID version 7 (RFC 9562: Unix milliseconds in the first 48 bits, then random
    /// bits; PostgreSQL 15 has no uuidv7()). The ids a batch creates sort after those of every earlier batch, so their
    /// index entries (the target's primary key, id_mappings' keys on id and target_id) land at the right edge of the
    /// b-trees, on pages already in memory, instead of on random ones.
    /// </summary>
    private const string TimeOrderedUuid =
        "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid";

    private readonly Dictionary<string, string[]> _repoints = [];

    /// <summary>
    /// A late merge: the reviewer's merge decision arrived after both rows were imported, so the duplicate already has
    /// children. Every column that references <paramref name="target"/> (a foreign key or a registered soft reference)
    /// in a table some phase imports into is re-pointed from the duplicate to the survivor, through the normal table
    /// (audited, checked). Append-only logs are left alone: their rows cannot change, so they keep the duplicate's id,
    /// which stays resolvable (the retired row is soft-deleted with metadata v2_merged_into naming the survivor).
    /// </summary>
    private async Task<string[]> LateMergeRepointsAsync(string target, NpgsqlTransaction transaction, CancellationToken ct)
    {
        if (_repoints.TryGetValue(target, out var cached)) return cached;
        var imported = Phases.All.SelectMany(p => p.Tables).Where(t => !t.AppendOnly).Select(t => t.Target).Distinct().ToArray();
        var references = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand("""
            select format('%s.%s', n.nspname, t.relname), a.attname::text
            from pg_catalog.pg_constraint c
            join pg_catalog.pg_class t on t.oid = c.conrelid
            join pg_catalog.pg_namespace n on n.oid = t.relnamespace
            cross join lateral unnest(c.conkey, c.confkey) as k(col, referenced)
            join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
            join pg_catalog.pg_attribute r on r.attrelid = c.confrelid and r.attnum = k.referenced
            where c.contype = 'f' and c.conparentid = 0 and c.confrelid = @target::regclass and r.attname = 'id'
            union
            select s.table_name, s.column_name from finnest.soft_references s where s.target_table = @target
            order by 1, 2
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("target", target);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) references.Add((reader.GetString(0), reader.GetString(1)));
        }
        var statements = references.Where(r => imported.Contains(r.Table)).Select(r => $"""
            update {r.Table} c set {r.Column} = b.target_id
            from batch b where b.outcome = 'merged' and b.mapped_id is not null and b.mapped_id <> b.target_id and c.org_id = @org and c.{r.Column} = b.mapped_id
              -- checked once per statement: a batch without a late merge (nearly all) touches no child table
              and exists (select from batch x where x.outcome = 'merged' and x.mapped_id is not null and x.mapped_id <> x.target_id);
            """).ToArray();
        _repoints[target] = statements;
        return statements;
    }

    /// <summary>Adds up the batch's outcomes into its journal row (same transaction). Returns the batch's last v2 id.</summary>
    private async Task<long> JournalAsync(TableImport table, long run, int tableBatchNo, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            insert into v2.import_batches (run_id, source_table, batch_no, first_legacy_id, last_legacy_id, read_rows, inserted, updated, unchanged, merged, quarantined, skipped)
            select @run, @source, @batch_no, min(legacy_id), max(legacy_id), count(*),
                   count(*) filter (where outcome = 'inserted'), count(*) filter (where outcome = 'updated'), count(*) filter (where outcome = 'unchanged'),
                   count(*) filter (where outcome = 'merged'), count(*) filter (where outcome = 'quarantined'),
                   coalesce((select jsonb_object_agg(r, n) from (select skipped_because r, count(*) n from batch where outcome = 'skipped' group by 1) k), '{}'::jsonb)
            from batch
            returning last_legacy_id
            """, connection, transaction);
        command.Parameters.AddWithValue("run", run);
        command.Parameters.AddWithValue("source", table.Source);
        command.Parameters.AddWithValue("batch_no", tableBatchNo);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Test-only (Engine's <see cref="Fault"/>): FINNEST_FAULT=v2-batch:&lt;phase&gt;:&lt;n&gt; fails the n-th batch of that phase after its writes, before commit.</summary>
    private static void InjectFault(string phase, int batchNo)
    {
        var name = $"{phase}:{batchNo.ToString(CultureInfo.InvariantCulture)}";
        if (Fault.Names("v2-batch", name))
            throw new EngineException(Failure.StepFailed, $"fault injected by {Fault.Variable}=v2-batch:{name}: batch {batchNo} of phase {phase} rolled back");
    }

    private async Task Execute(string sql, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    private string TierName => options.Tier.ToString().ToLowerInvariant();

    /// <summary>Business dates of the tier: hot the last 6 months, warm 6–24 months, cold older. Nulls are open ends.</summary>
    private (DateOnly? From, DateOnly? To) TierWindow => options.Tier switch
    {
        Tier.Hot => (options.AsOf.AddMonths(-6), null),
        Tier.Warm => (options.AsOf.AddMonths(-24), options.AsOf.AddMonths(-6)),
        Tier.Cold => (null, options.AsOf.AddMonths(-24)),
        _ => (null, null),
    };
}
