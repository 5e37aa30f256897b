using System.Diagnostics;
using Dapper;
using Finnest.Database.Engine.Plan;
using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Generation;
using Finnest.Database.Seeds.Generation.Domain;
using Finnest.Database.Seeds.Safety;
using Finnest.Database.Seeds.Writing;
using Npgsql;

namespace Finnest.Database.Seeds;

/// <summary>
/// Fills every tenant table of a migrated development database with realistic, mutually consistent fake data,
/// deterministically from <see cref="SeedOptions.RandomSeed"/> and <see cref="SeedOptions.AsOf"/>, with binary
/// COPY in foreign-key order. All tables in one transaction: a failure leaves nothing behind.
/// Never a migration: only the `seed` verb and tests call it.
/// </summary>
public static class Seeder
{
    /// <summary>Rows per COPY at most: few round trips and savepoints, and a batch a CHECK refuses is cheap to judge again.</summary>
    private const int BatchSize = 10_000;

    /// <summary>
    /// The first COPY of a table is this small and each next one twice the size, up to <see cref="BatchSize"/>: the table's
    /// first rows reach PostgreSQL after a few milliseconds of generation, and every later batch is generated while the
    /// one before it is copied. With one batch of up to 10,000 rows, a table generated in its turn (its domain rules may
    /// read the table before it) kept PostgreSQL idle until all of them existed: 0.4 s of a small seed.
    /// </summary>
    private const int FirstBatchSize = 250;

    /// <summary>The stable entry point for tests and tools: seeds the database at <paramref name="connectionString"/>.</summary>
    public static async Task<SeedSummary> RunAsync(string connectionString, SeedOptions options, IProgress<SeedProgress>? progress = null, CancellationToken ct = default)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 };
        SeedGuard.CheckHost(settings, options);
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(ct);
        return await RunAsync(connection, options, progress, ct);
    }

    public static async Task<SeedSummary> RunAsync(NpgsqlConnection connection, SeedOptions options, IProgress<SeedProgress>? progress = null, CancellationToken ct = default)
    {
        var profile = new SeedProfile();
        profile.Setup.Start();
        await SeedGuard.CheckAsync(connection, options, ct);
        var tables = await CatalogReader.ReadAsync(connection, ct);
        var existing = await connection.ExecuteScalarAsync<int>("select count(*) from public.organisations");
        // Every reference table's rows in one round trip (one result set each, in order).
        var references = tables.Where(t => !t.IsTenant).ToList();
        // time columns as text: reference data may say 24:00 (the end of a day), which TimeOnly cannot hold.
        var referenceQueries = references.Select(reference => $"select {string.Join(", ", reference.Columns.Select(c => c.TypeName == "time"
            ? $"{BinaryCopy.Quote(c.Name)}::text as {BinaryCopy.Quote(c.Name)}" : BinaryCopy.Quote(c.Name)))} from {BinaryCopy.QuoteTable(reference.Name)} where deleted_at is null order by id");
        var referenceRows = new Dictionary<string, List<IDictionary<string, object?>>>();
        await using (var reader = await connection.QueryMultipleAsync(new CommandDefinition(string.Join(";\n", referenceQueries), cancellationToken: ct)))
            foreach (var reference in references)
                referenceRows[reference.Name] = (await reader.ReadAsync()).Cast<IDictionary<string, object?>>().ToList();
        var order = SeedOrder.Of(tables.Where(t => t.IsTenant).ToList());

        // Batches whose rows passed every CHECK in memory are copied without a savepoint (a round trip each saved). Should
        // one of them fail anyway, nothing can be undone alone: the seed starts again, every batch under a savepoint, to
        // name every failing table (the rows are the same: they never depend on how they are written).
        try { return await SeedOnceAsync(connection, NewContext(options, tables, existing, referenceRows, order), order, false, profile, progress, ct); }
        catch (UnguardedFailureException)
        {
            profile.SeededAgainToNameFailures = true;
            return await SeedOnceAsync(connection, NewContext(options, tables, existing, referenceRows, order), order, true, profile, progress, ct);
        }
    }

    /// <summary>A batch copied without a savepoint failed: the transaction is rolled back and the seed runs again with one per batch.</summary>
    private sealed class UnguardedFailureException : Exception;

    /// <summary>What generation starts from: the organisations to seed, the reference rows, and which tables' ids and columns to keep.</summary>
    private static SeedContext NewContext(SeedOptions options, IReadOnlyList<TableInfo> tables, int existing,
        Dictionary<string, List<IDictionary<string, object?>>> referenceRows, List<TableInfo> order)
    {
        var context = new SeedContext(options, tables);
        for (var i = 0; i < options.Scale.Organisations; i++)
        {
            var index = existing + i;
            var random = Deterministic.Random(context.Stream("organisation/" + index));
            context.Organisations.Add(new OrgSeed(i, Deterministic.Uuid(context.Stream("public.organisations.id"), index), Places.Pick(random), index));
        }
        foreach (var (reference, rows) in referenceRows)
        {
            context.SetReferenceIds(reference, rows.Select(r => (Guid)r["id"]!).ToList());
            context.ReferenceRows[reference] = rows.ToDictionary(r => (Guid)r["id"]!);
        }
        var referenced = tables.SelectMany(t => t.ForeignKeys.Select(k => k.Target))
            .Concat(tables.SelectMany(t => SoftReferences.For(t, tables, new HashSet<string>()).Values)).ToHashSet();
        foreach (var table in order.Where(t => referenced.Contains(t.Name))) context.TrackTenantTable(table.Name);
        foreach (var (table, column) in SeedContext.ColumnsRulesRead) context.RememberAttributesOf(table, [column]);
        // A row names the employee its parents name (TableGenerator.SameEmployee): the parents' employees are kept.
        foreach (var table in tables.Where(t => t.Column("employee_id") is not null))
        foreach (var key in table.ForeignKeys.Where(k => TableGenerator.NamesEmployee(k, tables)))
            context.RememberAttributesOf(key.Target, ["employee_id"]);
        // A composite key (org_id, custom_form_id, schema_version): children copy the parent's extra columns.
        foreach (var key in tables.SelectMany(t => t.ForeignKeys).Where(k => k.Columns.Count > 2 || k.Columns.Count == 2 && !k.Columns.Contains("org_id")))
            context.RememberAttributesOf(key.Target, key.TargetColumns.Where(c => c is not ("org_id" or "id")));
        return context;
    }

    private static async Task<SeedSummary> SeedOnceAsync(NpgsqlConnection connection, SeedContext context, List<TableInfo> order, bool guardEveryBatch,
        SeedProfile profile, IProgress<SeedProgress>? progress, CancellationToken ct)
    {
        // The first table is generated (and the generator's code warmed up) while the history's partitions are created.
        var ahead = context.Options.GenerateAhead;
        var early = order.Count > 0 && ahead ? Task.Run(() => new PreparedTable(order[0], context, !guardEveryBatch), ct) : null;
        await using var transaction = await connection.BeginTransactionAsync(ct);
        profile.Setup.Stop();
        var partitions = new Partitions();
        profile.Partitions.Start();
        await partitions.CreateHistoryAsync(connection, order, context, ct);
        profile.Partitions.Stop();
        var savepoint = new BatchSavepoint(connection, guardEveryBatch);
        var results = new List<TableResult>();
        var failures = new List<string>();
        for (var t = 0; t < order.Count; t++)
        {
            var table = order[t];
            var clock = Stopwatch.StartNew();
            profile.Generate.Start();
            var prepared = early is not null ? await early : new PreparedTable(table, context, !guardEveryBatch);
            profile.Generate.Stop();
            // The next table is generated on another thread while this one is written, when nothing it reads can still
            // change: it reads nothing of this table, or this table's rows are final in memory (see PreparedTable.Settle).
            var following = t + 1 < order.Count ? order[t + 1] : null;   // not order[t + 1] in the lambda: t moves on
            early = ahead && following is not null && PreparedTable.Independent(following, table, context)
                ? Task.Run(() => new PreparedTable(following, context, !guardEveryBatch), ct) : null;
            if (ahead && following is not null && early is null)
                prepared.Following = () => Task.Run(() => new PreparedTable(following, context, !guardEveryBatch), ct);
            string? failure;
            try
            {
                results.Add(await SeedTableAsync(connection, prepared, context, partitions, savepoint, profile, t, order.Count, clock, progress, ct));
                early ??= prepared.FollowingTask;
                if (early is not null) profile.GeneratedEarly++;
                continue;
            }
            catch (SeedFailedException e) { failure = e.Message; }
            catch (PostgresException e) when (savepoint.CanRollBack)
            {
                // Only this table's batch in progress is undone: the seed goes on, to name every table that fails.
                await savepoint.RollbackAsync(ct);
                failure = $"{table.Name}: {e.MessageText}{(e.ConstraintName is null ? "" : $" ({e.ConstraintName})")}";
            }
            catch (PostgresException) when (!guardEveryBatch)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new UnguardedFailureException();
            }
            catch (PostgresException e)
            {
                // Failed while setting the savepoint (creating a partition): the transaction cannot go on.
                await transaction.RollbackAsync(CancellationToken.None);
                throw new SeedFailedException($"{table.Name} could not be seeded, nothing was committed: {e.MessageText}");
            }
            failures.Add(failure);
            progress?.Report(new SeedProgress(table.Name, t, order.Count, 0, 0, clock.Elapsed.TotalSeconds, true, failure));
            results.Add(new TableResult(table.Name, 0, clock.Elapsed.TotalSeconds));
        }
        if (failures.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            throw new SeedFailedException($"{failures.Count} table(s) could not be seeded, nothing was committed: " + string.Join("; ", failures));
        }
        profile.Savepoints += savepoint.Set;
        profile.Commit.Start();
        await transaction.CommitAsync(ct);
        profile.Commit.Stop();
        if (Environment.GetEnvironmentVariable("FINNEST_SEED_PROFILE") is not null) Console.Error.WriteLine(profile);
        return new SeedSummary(results);
    }

    /// <summary>
    /// COPY is the first judge of every CHECK: the batch goes straight in under the batch's savepoint. Null when a CHECK
    /// refused it (rolled back to the savepoint, nothing of the batch is left); any other error is the table's failure.
    /// </summary>
    private static async Task<long?> TryCopyAsync(NpgsqlConnection connection, BatchSavepoint savepoint, string target, TableInfo table, Batch batch, CancellationToken ct)
    {
        try
        {
            return batch.Encoded is not null
                ? await EncodedCopy.WriteAsync(connection, target, table.Columns, batch.Encoded, batch.Rows.Length, ct)
                : await BinaryCopy.WriteAsync(connection, target, table.Columns, batch.Rows.Select(r => r.row), ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && savepoint.CanRollBack)
        {
            await savepoint.RollbackAsync(ct);
            return null;
        }
    }

    /// <summary>
    /// What later tables must know of a batch's rows, organisation by organisation: their ids and kept attributes, and
    /// whatever the table's domain rules note (<see cref="TableRules.AfterBatch"/>).
    /// </summary>
    private static void Remember(SeedContext context, TableInfo table, TableRules rules, IEnumerable<(OrgSeed org, object?[] row)> rows)
    {
        var idIndex = table.Columns.ToList().FindIndex(c => c.Name == "id");
        foreach (var group in rows.GroupBy(r => r.org))
        {
            var orgRows = group.Select(g => g.row).ToList();
            if (idIndex >= 0 && context.Knows(table.Name)) RememberIds(context, table, group.Key, orgRows, idIndex);
            rules.AfterBatch?.Invoke(context, group.Key, table, orgRows);
        }
    }

    private static void RememberIds(SeedContext context, TableInfo table, OrgSeed org, IReadOnlyList<object?[]> batch, int idIndex)
    {
        var kept = context.AttributeColumns(table.Name).Select(c => table.Columns.ToList().FindIndex(x => x.Name == c)).ToArray();
        foreach (var row in batch)
        {
            var id = (Guid)row[idIndex]!;
            context.AddId(table.Name, org.Index, id);
            if (kept.Length > 0) context.AddAttributes(table.Name, id, kept.Select(i => i >= 0 ? row[i] : null).ToArray());
        }
    }

    private static async Task<TableResult> SeedTableAsync(NpgsqlConnection connection, PreparedTable prepared, SeedContext context, Partitions partitions, BatchSavepoint savepoint, SeedProfile profile, int index, int tableCount,
        Stopwatch clock, IProgress<SeedProgress>? progress, CancellationToken ct)
    {
        using var _ = prepared;
        var (table, rules, generator) = (prepared.Table, prepared.Rules, prepared.Generator);
        long expected = prepared.Counts.Sum(), written = 0;
        var target = BinaryCopy.QuoteTable(table.Name);
        // Only when a batch breaks a CHECK.
        CheckValidator? validator = null;
        // The next batch is generated on another thread while PostgreSQL takes the current one (two cores: one generates,
        // one inserts). The order of the generator's work never depends on timing: a batch COPY cannot refuse is remembered
        // as it is generated, and any other batch N only after batch N+1 is generated (it may be repaired first).
        var chunk = prepared.First;
        if (chunk is null) prepared.Settle();
        while (chunk is not null)
        {
            var kept = chunk.Rows.ToList();
            profile.Partitions.Start();
            // A CHECK only PostgreSQL judges, or a row still breaking one judged in memory: COPY may refuse the batch.
            var mayBeRefused = generator.JudgedChecks < table.Checks.Count || generator.StillBroken > 0;
            await savepoint.BeginAsync(table.Name, partitions.Needed(table, kept.Select(k => k.row)), mayBeRefused, ct);
            profile.Partitions.Stop(); profile.Copy.Start();
            // Only a full batch can have a successor (most tables are one short batch: no thread hop for them). After the
            // last one, the following table may be generated while this batch is copied.
            Task<Batch?> next;
            if (prepared.MayFollow(chunk)) next = Task.Run(prepared.NextOrSettle, ct);
            else
            {
                prepared.Settle();
                next = Task.FromResult<Batch?>(null);
            }
            long? copied;
            try { copied = await TryCopyAsync(connection, savepoint, target, table, chunk, ct); }
            finally
            {
                profile.Copy.Stop(); profile.Generate.Start();
                // Not left running when the copy failed: the generator is used again by the repair below or by nothing.
                await next.ContinueWith(_ => { }, TaskScheduler.Default);
                profile.Generate.Stop();
            }
            if (copied is null)
            {
                // COPY judged the batch and a CHECK failed: ask PostgreSQL which rows broke which checks, repair them, copy again.
                profile.Validate.Start();
                validator ??= new CheckValidator(connection, table);
                var judged = await validator.ValidateAsync(kept.Select(k => k.row).ToList(), generator, chunk.Rows[0].org, ct);
                profile.Repaired += judged.Where((r, i) => !ReferenceEquals(r, kept[i].row)).Count();
                kept = chunk.Rows.Select((c, i) => (c.org, row: judged[i])).Where(k => k.row is not null).Select(k => (k.org, row: k.row!)).ToList();
                profile.Validate.Stop(); profile.Copy.Start();
                copied = await BinaryCopy.WriteAsync(connection, target, table.Columns, kept.Select(k => k.row), ct);
                profile.Copy.Stop();
            }
            written += copied.Value;
            if (!chunk.Remembered) Remember(context, table, rules, kept);
            progress?.Report(new SeedProgress(table.Name, index, tableCount, written, expected, clock.Elapsed.TotalSeconds, false));
            chunk = await next;
        }
        profile.RepairedInMemory += generator.RepairedInMemory;
        profile.JudgedChecks += generator.JudgedChecks;
        profile.Checks += table.Checks.Count;
        if (validator is not null)
        {
            profile.ValidatedTables.Add($"{table.Name} ({string.Join(" ", validator.FirstFailures.Select(f => $"{f.Key}×{f.Value}"))}{(validator.LastRejections.Count > 0 ? $"; {validator.LastRejections.Count} left out" : "")})");
        }
        if (rules.AfterTableSql is not null) await connection.ExecuteAsync(new CommandDefinition(rules.AfterTableSql, cancellationToken: ct));
        // Test-only (Engine's Fault): FINNEST_FAULT=seed-table:<schema.table> fails the table once written, as a trigger refusing a row would.
        if (Fault.Names("seed-table", table.Name))
            await connection.ExecuteAsync(new CommandDefinition("do $$ begin raise exception 'injected fault after writing the table (FINNEST_FAULT)'; end $$", cancellationToken: ct));
        if (written == 0 && expected > 0)
            throw new SeedFailedException($"{table.Name}: no row could be generated" + (validator is { LastRejections.Count: > 0 } ? $" (every row failed {validator.LastRejections[0]})" : " (no parent rows)"));
        progress?.Report(new SeedProgress(table.Name, index, tableCount, written, expected, clock.Elapsed.TotalSeconds, true));
        return validator is { LastRejections.Count: > 0 }
            ? new TableResult(table.Name, written, clock.Elapsed.TotalSeconds, validator.LastRejections.Count,
                $"{validator.LastRejections.GroupBy(r => r).OrderByDescending(g => g.Count()).First().Key}, e.g. {validator.FirstRejectedRow}")
            : new TableResult(table.Name, written, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Rows to copy, and the same rows encoded for binary COPY (null: a value the encoder leaves to Npgsql's importer).</summary>
    /// <param name="Remembered">Remembered when generated: COPY cannot refuse it, so nothing is left to do once it is written.</param>
    private sealed record Batch((OrgSeed org, object?[] row)[] Rows, byte[]? Encoded, bool Remembered);

    /// <summary>
    /// A table ready to be written: its domain rules, generator, rows per organisation and first batch (all organisations
    /// in one stream, so a small table is one COPY, not one per tenant). Built on another thread while the table before it
    /// is written when <see cref="Independent"/> says that cannot change its rows.
    /// </summary>
    private sealed class PreparedTable : IDisposable
    {
        private readonly IEnumerator<Batch> _batches;

        private readonly SeedContext _context;
        private readonly bool _rememberWhenGenerated;
        private bool _everyBatchRemembered = true;

        /// <param name="rememberWhenGenerated">
        /// Whether a batch that COPY cannot refuse (every CHECK judged in memory, none still broken) is remembered (ids,
        /// attributes, <see cref="TableRules.AfterBatch"/>) as soon as it is generated rather than once written. False
        /// when the seed runs again to name every failing table: a table that fails must leave nothing for later tables to
        /// point at.
        /// </param>
        public PreparedTable(TableInfo table, SeedContext context, bool rememberWhenGenerated)
        {
            _context = context;
            _rememberWhenGenerated = rememberWhenGenerated;
            Table = table;
            Rules = DomainRules.For(table.Name);
            Generator = new TableGenerator(table, context, Rules);
            Counts = context.Organisations.Select(o => RowCounts.For(table, context, Rules, o)).ToList();
            _batches = Batches(context.Organisations.SelectMany(org => Generator.Rows(org, Counts[org.Index]).Select(row => (org, row)))).GetEnumerator();
            First = Next();
        }

        private int _size = FirstBatchSize;

        /// <summary>
        /// The rows in batches of <see cref="FirstBatchSize"/>, then twice as many each time, at most <see cref="BatchSize"/>,
        /// each encoded for COPY on the thread that generated it.
        /// </summary>
        private IEnumerable<Batch> Batches(IEnumerable<(OrgSeed org, object?[] row)> rows)
        {
            var batch = new List<(OrgSeed org, object?[] row)>(_size);
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count < _size) continue;
                yield return Encoded(batch);
                _size = Math.Min(_size * 2, BatchSize);
                batch = new List<(OrgSeed org, object?[] row)>(_size);
            }
            if (batch.Count > 0) yield return Encoded(batch);
        }

        private Batch Encoded(List<(OrgSeed org, object?[] row)> rows)
        {
            var remembered = _rememberWhenGenerated && Generator.JudgedChecks == Table.Checks.Count && Generator.StillBroken == 0;
            if (remembered) Remember(_context, Table, Rules, rows);
            else _everyBatchRemembered = false;
            return new([.. rows], EncodedCopy.Encode(Table.Columns, rows.Select(r => r.row)), remembered);
        }

        /// <summary>
        /// Whether another batch may come after <paramref name="batch"/>, the one just handed out: only a full one can have a
        /// successor. <c>_size</c> is still that batch's size here: it doubles when the next batch is asked for.
        /// </summary>
        public bool MayFollow(Batch batch) => batch.Rows.Length == _size;

        public TableInfo Table { get; }
        public TableRules Rules { get; }
        public TableGenerator Generator { get; }
        public List<int> Counts { get; }
        public Batch? First { get; }

        public Batch? Next() => _batches.MoveNext() ? _batches.Current : null;

        /// <summary>The next batch; none left: the table is generated, and the following one may start (<see cref="Settle"/>).</summary>
        public Batch? NextOrSettle()
        {
            var batch = Next();
            if (batch is null) Settle();
            return batch;
        }

        /// <summary>
        /// Builds the table written after this one (null: it is built in its turn, or was started already because it
        /// reads nothing of this one).
        /// </summary>
        public Func<Task<PreparedTable>>? Following { get; set; }

        /// <summary>The following table, started by <see cref="Settle"/>; null until then, or when this table never settles.</summary>
        public Task<PreparedTable>? FollowingTask { get; private set; }

        /// <summary>
        /// Called once the last batch is generated. When every batch was remembered as it was generated, nothing the
        /// writer does to this table can change what later tables read (a COPY that fails fails the seed), so the following
        /// table is generated now, while this one's last batch is copied: its rows are the ones it would get in its turn.
        /// </summary>
        public void Settle()
        {
            if (_everyBatchRemembered && Following is not null && FollowingTask is null) FollowingTask = Following();
        }

        /// <summary>
        /// Whether <paramref name="next"/> reads nothing of <paramref name="current"/>, so it can be generated while
        /// <paramref name="current"/> is written and still get the same rows: it has no domain rules (those may read any
        /// table), and none of its foreign keys or possible soft references points at <paramref name="current"/>.
        /// Every other table it reads is complete by then.
        /// </summary>
        public static bool Independent(TableInfo next, TableInfo current, SeedContext context) =>
            DomainRules.For(next.Name) == TableRules.None && !SeedOrder.Reads(next, context.Tables).Contains(current.Name);

        public void Dispose() => _batches.Dispose();
    }
}
