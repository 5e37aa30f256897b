using Finnest.Database.Engine;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Finnest.Database.V2.Import;

/// <summary>
/// actatek punches → timekeep.clock_events, the one table large enough (tens of millions of punches) for its own
/// writer. One query reads a batch of staged punches with everything the transform needs (parsed wall time, the
/// terminal and employee they resolve to, their existing mapping); the CLI decides each punch's outcome, applies the
/// DST rule and writes the new events and their id mappings with binary COPY, in the batch's transaction with its
/// quarantine rows, DST review items and journal row. No temp table, no INSERT … SELECT.
/// <para>
/// New ids are time-ordered (UUIDv7), so each batch's index entries on clock_events and id_mappings land at the
/// right edge of their b-trees instead of on random pages.
/// </para>
/// <para>
/// Never a duplicate: a punch is read only with its mapping, and a mapped punch is never inserted again; events and
/// mappings commit together or not at all, and the next run resumes after the last committed batch. A punch the
/// database refuses (a CHECK, the idempotency key) makes the batch redo itself row by row under savepoints, so
/// only that punch is quarantined, with the constraint's words.
/// </para>
/// </summary>
public sealed partial class Importer
{
    /// <summary>
    /// Wall time at the terminal, converted with the terminal's IANA zone. Inside a DST change window the offset in
    /// force before the change applies (<see cref="DstEdges"/>): a repeated hour takes the earlier instant, a skipped
    /// time moves forward by the gap; both are flagged for review.
    /// </summary>
    private readonly DstEdges.Windows _dstWindows = new();

    private sealed record Punch(
        long LegacyId, string Checksum, string Payload, DateTime? Local, string? TerminalCode, string? CandidateCode, string? Direction, string? Verify,
        bool TerminalStaged, Guid? TerminalId, string? TimeZone, DateTime? OccurredAt, Guid? EmployeeId, bool Mapped, string? MappedChecksum);

    private enum PunchOutcome { Inserted, Unchanged, Quarantined, Skipped }

    /// <summary>A punch's fate; for an inserted punch also its event (id, UTC instant, DST window kind or null).</summary>
    private sealed class PunchDecision(Punch punch)
    {
        public Punch Punch { get; } = punch;
        public PunchOutcome Outcome { get; set; }
        public string? Reason { get; set; }
        public Guid EventId { get; set; }
        public DateTime OccurredAt { get; set; }
        public string? DstKind { get; set; }
    }

    private async Task<(long LastLegacyId, long Rows)?> ImportClockEventBatchAsync(Phase phase, TableImport table, long run, int batchNo, int tableBatchNo, long cursor, int batchSize, CancellationToken ct)
    {
        foreach (var rowByRow in new[] { false, true })
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await BeginBatchAsync(transaction, ct);
            var punches = await ReadPunchesAsync(table, cursor, batchSize, transaction, ct);
            if (punches.Count == 0) { await transaction.RollbackAsync(ct); return null; }
            var decisions = punches.Select(p => Decide(table, p)).ToList();
            // Sorted by instant, and ids minted in that order: each monthly partition receives its rows as one run
            // at the right edge of its (id, occurred_at) key.
            var inserts = decisions.Where(d => d.Outcome == PunchOutcome.Inserted).OrderBy(d => d.OccurredAt).ToList();
            foreach (var insert in inserts) insert.EventId = Guid.CreateVersion7();
            try
            {
                if (rowByRow) await InsertClockEventsOneByOneAsync(table, inserts, transaction, ct);
                else await CopyClockEventsAsync(table, inserts, transaction, ct);
            }
            catch (PostgresException e) when (!rowByRow && IsRefusedRow(e))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                continue;
            }
            await FinishClockEventBatchAsync(table, run, tableBatchNo, decisions, transaction, ct);
            InjectFault(phase.Name, batchNo);
            await transaction.CommitAsync(ct);
            return (punches.Max(p => p.LegacyId), punches.Count);
        }
        throw new InvalidOperationException("unreachable: the row-by-row pass quarantines refused punches instead of failing");
    }

    private static bool IsRefusedRow(PostgresException e) =>
        e.SqlState.StartsWith("23", StringComparison.Ordinal) || e.SqlState.StartsWith("22", StringComparison.Ordinal);

    /// <summary>The next punches after the cursor in v2 id order, parsed and resolved (parents are few: hash-joined once per batch).</summary>
    private async Task<List<Punch>> ReadPunchesAsync(TableImport table, long cursor, int limit, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($$"""
            select p.legacy_id, p.row_hash,
                   ((to_jsonb(p) - 'load_id' - 'line_no' - 'row_hash' - 'encoding_issues') || '{"source": "v2"}'::jsonb)::text,
                   t.local, p.terminal_id, p.candidate_id, p.direction, p.verify,
                   staged_terminal.legacy_id is not null, terminal.id, terminal.timezone, t.local at time zone terminal.timezone,
                   employee.target_id, mapping.target_id is not null, mapping.source_checksum
            from (select * from {{table.StagingTable}} where legacy_id > @cursor order by legacy_id limit @limit) p
            cross join lateral (select v2.to_timestamp(p.punch_time) as local) t
            left join v2.actatek__terminals staged_terminal on staged_terminal.legacy_id = v2.to_int(p.terminal_id)
            left join public.id_mappings terminal_map
                on terminal_map.org_id = @org and terminal_map.legacy_system = 'actatek' and terminal_map.legacy_table = 'terminals' and terminal_map.legacy_id = v2.to_int(p.terminal_id)
            left join timekeep.terminals terminal on terminal.org_id = @org and terminal.id = terminal_map.target_id
            left join public.id_mappings employee
                on employee.org_id = @org and employee.legacy_system = 'asg_central_v2' and employee.legacy_table = 'candidates' and employee.legacy_id = v2.to_int(p.candidate_id)
            -- One probe of the unique key per punch (lateral with a limit keeps the planner from a join over all mappings).
            left join lateral (
                select m.target_id, m.source_checksum from public.id_mappings m
                where m.org_id = @org and m.legacy_system = @system and m.legacy_table = @legacy_table and m.legacy_id = p.legacy_id
                limit 1) mapping on true
            """, connection, transaction);
        command.Parameters.AddWithValue("cursor", cursor);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("org", _org);
        command.Parameters.AddWithValue("system", table.LegacySystem);
        command.Parameters.AddWithValue("legacy_table", table.Table);
        var punches = new List<Punch>(limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (reader.Read())   // synchronous per row: the rows arrive buffered
        {
            punches.Add(new Punch(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), NullableValue<DateTime>(reader, 3),
                NullableText(reader, 4), NullableText(reader, 5), NullableText(reader, 6), NullableText(reader, 7),
                reader.GetBoolean(8), NullableValue<Guid>(reader, 9), NullableText(reader, 10), NullableValue<DateTime>(reader, 11),
                NullableValue<Guid>(reader, 12), reader.GetBoolean(13), NullableText(reader, 14)));
        }
        return punches;
    }

    private static T? NullableValue<T>(NpgsqlDataReader reader, int ordinal) where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    private static string? NullableText(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// The outcome rules of the set-based tables, for an append-only log: outside the tier → skipped; a missing parent
    /// or value → quarantined with its reason; already imported → unchanged, or skipped when v2 changed it since (a log
    /// row is never updated); else inserted.
    /// </summary>
    private PunchDecision Decide(TableImport table, Punch p)
    {
        var decision = new PunchDecision(p);
        var (tierFrom, tierTo) = TierWindow;
        var businessDate = p.Local is { } local ? DateOnly.FromDateTime(local) : (DateOnly?)null;
        string? skip = null;
        if (table.Tiered && options.Tier != Tier.All && (businessDate is not { } day || day < tierFrom || day >= tierTo))
            skip = $"outside tier {TierName}";
        var direction = p.Direction?.ToUpperInvariant();
        var quarantine =
            !p.TerminalStaged ? $"terminal {p.TerminalCode ?? "\\N"} is not in actatek terminals"
            : p.TerminalId is null ? $"terminal {p.TerminalCode} has no Finnest terminal"
            : p.EmployeeId is null ? $"candidate {p.CandidateCode ?? "\\N"} has no Finnest employee (quarantined, skipped or not imported)"
            : p.Local is null ? "punch time missing"
            : direction is not ("IN" or "OUT") ? $"direction {p.Direction ?? "\\N"} is neither IN nor OUT"
            : null;
        if (skip is null && quarantine is null && p.Mapped && p.MappedChecksum != p.Checksum)
            skip = "changed in v2 after import (append-only log: never updated)";

        if (skip is not null) (decision.Outcome, decision.Reason) = (PunchOutcome.Skipped, skip);
        else if (quarantine is not null) (decision.Outcome, decision.Reason) = (PunchOutcome.Quarantined, quarantine);
        else if (p.Mapped) decision.Outcome = PunchOutcome.Unchanged;
        else
        {
            decision.Outcome = PunchOutcome.Inserted;
            var wallTime = LocalDateTime.FromDateTime(p.Local!.Value);
            if (_dstWindows.Containing(p.TimeZone!, wallTime) is { } edge)
            {
                decision.DstKind = edge.Kind;
                decision.OccurredAt = DateTime.SpecifyKind(p.Local.Value - edge.Before.ToTimeSpan(), DateTimeKind.Utc);
            }
            else decision.OccurredAt = p.OccurredAt!.Value;   // PostgreSQL's own conversion: unambiguous outside the windows
        }
        return decision;
    }

    private const string ClockEventColumns = "id, org_id, employee_id, event_type, source, occurred_at, local_occurred_at, local_timezone, terminal_id, verification_method, legacy_log_id, raw_payload";
    private const string MappingColumns = "id, org_id, legacy_system, legacy_database, legacy_table, legacy_id, target_table, target_id, batch, source_checksum";

    private static string EventType(PunchDecision d) => d.Punch.Direction!.ToUpperInvariant() == "IN" ? "clock_in" : "clock_out";

    private static string VerificationMethod(PunchDecision d) => d.Punch.Verify?.ToUpperInvariant() switch
    {
        "FP" => "fingerprint",
        "CARD" => "card",
        "PIN" => "pin",
        _ => "none",
    };

    /// <summary>The staged row as jsonb with "source": "v2", and "dst" naming the window for a punch inside one.</summary>
    private static string RawPayload(PunchDecision d) =>
        d.DstKind is null ? d.Punch.Payload : $"{d.Punch.Payload[..^1]}, \"dst\": \"{d.DstKind}\"}}";   // the payload is a non-empty object

    private string MappingBatchLabel(TableImport table) => $"v2:{table.Source}:{options.AsOf:yyyy-MM-dd}";

    private async Task CopyClockEventsAsync(TableImport table, List<PunchDecision> inserts, NpgsqlTransaction transaction, CancellationToken ct)
    {
        if (inserts.Count == 0) return;
        // Synchronous writes: the values go to Npgsql's buffer, which flushes by itself (no awaited call per value).
        await using (var events = await connection.BeginBinaryImportAsync($"copy {table.Target} ({ClockEventColumns}) from stdin (format binary)", ct))
        {
            foreach (var d in inserts)
            {
                events.StartRow();
                events.Write(d.EventId, NpgsqlDbType.Uuid);
                events.Write(_org, NpgsqlDbType.Uuid);
                events.Write(d.Punch.EmployeeId!.Value, NpgsqlDbType.Uuid);
                events.Write(EventType(d), NpgsqlDbType.Text);
                events.Write("kiosk", NpgsqlDbType.Text);
                events.Write(d.OccurredAt, NpgsqlDbType.TimestampTz);
                events.Write(d.Punch.Local!.Value, NpgsqlDbType.Timestamp);
                events.Write(d.Punch.TimeZone!, NpgsqlDbType.Text);
                events.Write(d.Punch.TerminalId!.Value, NpgsqlDbType.Uuid);
                events.Write(VerificationMethod(d), NpgsqlDbType.Text);
                events.Write(d.Punch.LegacyId, NpgsqlDbType.Bigint);
                events.Write(RawPayload(d), NpgsqlDbType.Jsonb);
            }
            await events.CompleteAsync(ct);
        }
        // The mapping ids are given too: with no volatile default left to compute, COPY inserts in multi-row batches.
        await using var mappings = await connection.BeginBinaryImportAsync($"copy public.id_mappings ({MappingColumns}) from stdin (format binary)", ct);
        var label = MappingBatchLabel(table);
        foreach (var d in inserts)
        {
            mappings.StartRow();
            mappings.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            mappings.Write(_org, NpgsqlDbType.Uuid);
            mappings.Write(table.LegacySystem, NpgsqlDbType.Text);
            mappings.Write(table.Database, NpgsqlDbType.Text);
            mappings.Write(table.Table, NpgsqlDbType.Text);
            mappings.Write(d.Punch.LegacyId, NpgsqlDbType.Bigint);
            mappings.Write(table.Target, NpgsqlDbType.Text);
            mappings.Write(d.EventId, NpgsqlDbType.Uuid);
            mappings.Write(label, NpgsqlDbType.Text);
            mappings.Write(d.Punch.Checksum, NpgsqlDbType.Text);
        }
        await mappings.CompleteAsync(ct);
    }

    /// <summary>The slow pass after a refused COPY: each punch with its mapping under a savepoint; a refused one is quarantined.</summary>
    private async Task InsertClockEventsOneByOneAsync(TableImport table, List<PunchDecision> inserts, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            insert into {table.Target} ({ClockEventColumns})
            values (@id, @org, @employee, @event_type, 'kiosk', @occurred_at, @local, @zone, @terminal, @verification, @legacy_id, @payload::jsonb);
            insert into public.id_mappings ({MappingColumns})
            values (@mapping_id, @org, @system, @database, @legacy_table, @legacy_id, @target, @id, @label, @checksum);
            """, connection, transaction);
        var p = command.Parameters;
        foreach (var d in inserts)
        {
            p.Clear();
            p.AddWithValue("id", d.EventId);
            p.AddWithValue("org", _org);
            p.AddWithValue("employee", d.Punch.EmployeeId!.Value);
            p.AddWithValue("event_type", EventType(d));
            p.AddWithValue("occurred_at", NpgsqlDbType.TimestampTz, d.OccurredAt);
            p.AddWithValue("local", NpgsqlDbType.Timestamp, d.Punch.Local!.Value);
            p.AddWithValue("zone", d.Punch.TimeZone!);
            p.AddWithValue("terminal", d.Punch.TerminalId!.Value);
            p.AddWithValue("verification", VerificationMethod(d));
            p.AddWithValue("legacy_id", d.Punch.LegacyId);
            p.AddWithValue("payload", RawPayload(d));
            p.AddWithValue("mapping_id", Guid.CreateVersion7());
            p.AddWithValue("system", table.LegacySystem);
            p.AddWithValue("database", table.Database);
            p.AddWithValue("legacy_table", table.Table);
            p.AddWithValue("target", table.Target);
            p.AddWithValue("label", MappingBatchLabel(table));
            p.AddWithValue("checksum", d.Punch.Checksum);
            await transaction.SaveAsync("punch", ct);
            try
            {
                await command.ExecuteNonQueryAsync(ct);
                await transaction.ReleaseAsync("punch", ct);
            }
            catch (PostgresException e) when (IsRefusedRow(e))
            {
                await transaction.RollbackAsync("punch", ct);
                d.Outcome = PunchOutcome.Quarantined;
                d.Reason = e.ConstraintName is { } constraint ? $"refused by {constraint}: {e.MessageText}" : $"refused: {e.MessageText}";
            }
        }
    }

    /// <summary>Quarantine (with the staged row), releases, DST review items and the journal row of the batch, in one round trip.</summary>
    private async Task FinishClockEventBatchAsync(TableImport table, long run, int tableBatchNo, List<PunchDecision> decisions, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var quarantined = decisions.Where(d => d.Outcome == PunchOutcome.Quarantined).ToList();
        var imported = decisions.Where(d => d.Outcome is PunchOutcome.Inserted or PunchOutcome.Unchanged).ToList();
        var flagged = decisions.Where(d => d.Outcome == PunchOutcome.Inserted && d.DstKind is not null).ToList();
        var skipped = decisions.Where(d => d.Outcome == PunchOutcome.Skipped).GroupBy(d => d.Reason!).ToDictionary(g => g.Key, g => (long)g.Count());
        await using var command = new NpgsqlCommand($"""
            insert into v2.quarantine (source_table, legacy_id, reason, raw_row, run_id)
            select @source, s.legacy_id, q.reason, to_jsonb(s) - 'load_id' - 'line_no' - 'row_hash' - 'encoding_issues', @run
            from unnest(@quarantined_ids, @quarantined_reasons) as q(legacy_id, reason) join {table.StagingTable} s on s.legacy_id = q.legacy_id
            on conflict on constraint uq_quarantine__source_table_legacy_id
            do update set reason = excluded.reason, raw_row = excluded.raw_row, run_id = excluded.run_id, quarantined_at = now(), released_at = null;

            update v2.quarantine q set released_at = now()
            where q.source_table = @source and q.released_at is null and q.legacy_id between @first and @last and q.legacy_id = any(@imported_ids);

            insert into v2.review_items (check_name, source_table, legacy_id, detail, action)
            select 'dst_' || f.kind || '_hour', @source, f.legacy_id,
                   to_char(f.local, 'YYYY-MM-DD HH24:MI:SS') || ' ' || f.zone || ' ' ||
                   case f.kind when 'repeated' then 'happened twice (DST ended); taken as the earlier, daylight-time instant'
                               else 'does not exist (DST started); moved forward by the hour skipped' end
                   || ' → ' || to_char(f.occurred_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') || 'Z',
                   'imported with the offset in force before the change; check against the shift and accept'
            from unnest(@flagged_ids, @flagged_kinds, @flagged_locals, @flagged_zones, @flagged_instants) as f(legacy_id, kind, local, zone, occurred_at)
            on conflict on constraint uq_review_items__finding do nothing;

            insert into v2.import_batches (run_id, source_table, batch_no, first_legacy_id, last_legacy_id, read_rows, inserted, updated, unchanged, merged, quarantined, skipped)
            values (@run, @source, @batch_no, @first, @last, @read, @inserted, 0, @unchanged, 0, @quarantined, @skipped::jsonb);
            """, connection, transaction);
        var p = command.Parameters;
        p.AddWithValue("source", table.Source);
        p.AddWithValue("run", run);
        p.AddWithValue("batch_no", tableBatchNo);
        p.AddWithValue("first", decisions.Min(d => d.Punch.LegacyId));
        p.AddWithValue("last", decisions.Max(d => d.Punch.LegacyId));
        p.AddWithValue("read", (long)decisions.Count);
        p.AddWithValue("inserted", (long)decisions.Count(d => d.Outcome == PunchOutcome.Inserted));
        p.AddWithValue("unchanged", (long)decisions.Count(d => d.Outcome == PunchOutcome.Unchanged));
        p.AddWithValue("quarantined", (long)quarantined.Count);
        p.AddWithValue("skipped", System.Text.Json.JsonSerializer.Serialize(skipped));
        p.AddWithValue("quarantined_ids", quarantined.Select(d => d.Punch.LegacyId).ToArray());
        p.AddWithValue("quarantined_reasons", quarantined.Select(d => d.Reason!).ToArray());
        p.AddWithValue("imported_ids", imported.Select(d => d.Punch.LegacyId).ToArray());
        p.AddWithValue("flagged_ids", flagged.Select(d => d.Punch.LegacyId).ToArray());
        p.AddWithValue("flagged_kinds", flagged.Select(d => d.DstKind!).ToArray());
        p.AddWithValue("flagged_locals", NpgsqlDbType.Array | NpgsqlDbType.Timestamp, flagged.Select(d => d.Punch.Local!.Value).ToArray());
        p.AddWithValue("flagged_zones", flagged.Select(d => d.Punch.TimeZone!).ToArray());
        p.AddWithValue("flagged_instants", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, flagged.Select(d => d.OccurredAt).ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }
}
