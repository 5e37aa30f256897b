using System.Diagnostics;
using Dapper;
using Finnest.Database.Engine.Catalog;
using Finnest.Database.Engine.Drift;
using Finnest.Database.Engine.Plan;
using Finnest.Database.Schema;
using Npgsql;

namespace Finnest.Database.Engine;

public sealed record RunnerOptions
{
    /// <summary>How long to wait for another runner's advisory lock before giving up.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>SET lock_timeout for each migration: a DDL statement never queues behind traffic for longer.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>SET statement_timeout for each migration.</summary>
    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times a migration that hit lock_timeout is retried (with backoff) before failing.</summary>
    public int LockRetries { get; init; } = 3;

    /// <summary>Let migrate up proceed over catalog drift (it names each difference, then records the catalog as it is).</summary>
    public bool AllowDrift { get; init; }
}

/// <summary>Something migrate validate reports: the object concerned and one line saying what is wrong.</summary>
public sealed record Problem(string Object, string Message)
{
    public override string ToString() => Message;
}

/// <summary>One thing a run did: a migration applied or undone, or a repeatable script applied.</summary>
public sealed record AppliedStep(long? Version, string Name, string Action, long ElapsedMs);

public enum MigrationState { Applied, Pending, Baselined, ChecksumMismatch, MissingFromCode }

public sealed record MigrationStatus(long Version, string Description, MigrationState State, DateTime? AppliedAt, string? AppliedBy);

/// <summary>
/// Applies, undoes, validates and reports migrations. Plans steps from code and journal
/// (<see cref="Planner"/>), then applies them with one <see cref="StepExecutor"/> on one connection,
/// the one holding the advisory lock; history is read only once the lock is held.
/// </summary>
public sealed class MigrationRunner(MigrationCatalog catalog, NpgsqlConnectionStringBuilder settings, RunnerOptions options, Action<string> log)
{
    private readonly Planner _planner = new(catalog);

    public async Task<IReadOnlyList<AppliedStep>> UpAsync(long? target = null, CancellationToken ct = default)
    {
        if (target is { } t && catalog.Find(t) is null)
            throw new EngineException(Failure.BadInput, $"unknown target version {t}: no migration has it (see migrate status)");
        ThrowIfProblems(catalog.StaticProblems().Select(p => new Problem("code", p)).ToList());

        return await GuardedAsync(async () =>
        {
            await using var connection = await OpenRunnerAsync(ct);
            await using var _ = await AdvisoryLock.AcquireAsync(connection, options.LockWait, log, ct);
            var store = new HistoryStore(connection);
            await store.EnsureCreatedAsync();
            var history = await store.ReadAsync();
            ThrowIfProblems(HistoryProblems(history));

            var fingerprint = await CatalogFingerprint.ReadRecordedAsync(connection);
            var current = fingerprint is not null && fingerprint.HistoryRank >= LastRank(history);
            if (current)
            {
                var drift = await DriftAsync(connection, fingerprint!, ct);
                if (drift.Count > 0 && !options.AllowDrift)
                    throw new EngineException(Failure.ValidationFailed,
                        $"the catalog drifted from what the last run recorded: {drift[0]}{More(drift.Count)}; undo the change, or pass --allow-drift to proceed over it");
                foreach (var d in drift) log($"proceeding over drift (--allow-drift): {d}");
                current = drift.Count == 0;
            }
            else if (fingerprint is not null)
            {
                log("the catalog fingerprint predates the last change (an interrupted run): it is recorded again at the end of this run");
            }
            return await ApplyAsync(connection, _planner.PlanUp(history, target, current), ct);
        });
    }

    public async Task<IReadOnlyList<AppliedStep>> DownAsync(long? target, int? steps, CancellationToken ct = default)
    {
        if ((target is null) == (steps is null))
            throw new EngineException(Failure.BadInput, "migrate down needs exactly one of --to VERSION or --steps N");
        if (steps is < 1) throw new EngineException(Failure.BadInput, "--steps must be at least 1");
        if (target is { } t && t != 0 && catalog.Find(t) is null)
            throw new EngineException(Failure.BadInput, $"unknown target version {t}: use 0 to undo everything, or a version listed by migrate status");

        return await GuardedAsync(async () =>
        {
            await using var connection = await OpenRunnerAsync(ct);
            await using var _ = await AdvisoryLock.AcquireAsync(connection, options.LockWait, log, ct);
            var history = await new HistoryStore(connection).ReadAsync();
            var applied = HistoryStore.Applied(history).Keys.OrderDescending().ToList();

            List<long> toUndo;
            if (steps is { } n)
            {
                if (n > applied.Count)
                    throw new EngineException(Failure.BadInput, $"cannot go down {n} steps: only {applied.Count} migrations are applied");
                toUndo = applied.Take(n).ToList();
            }
            else
            {
                toUndo = applied.Where(v => v > target!.Value).ToList();
            }

            // Render every Down first, so an irreversible or missing migration stops the run before anything changes.
            var plan = new List<Step>();
            foreach (var version in toUndo)
            {
                var migration = catalog.Find(version)
                    ?? throw new EngineException(Failure.ValidationFailed, $"applied migration {version} is missing from the code: cannot undo it");
                try
                {
                    plan.Add(Planner.Down(migration, migration.DownStatements()));
                }
                catch (IrreversibleMigrationException e)
                {
                    throw new EngineException(Failure.BadInput, $"{migration.Version} {migration.Name} is forward-only: {e.Message}");
                }
            }
            if (plan.Count > 0) plan.Add(Planner.Fingerprint());
            return await ApplyAsync(connection, plan, ct);
        });
    }

    public async Task<IReadOnlyList<MigrationStatus>> StatusAsync(CancellationToken ct = default) =>
        await GuardedAsync(async () =>
        {
            await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
            return Status(await new HistoryStore(connection).ReadAsync());
        });

    /// <summary>Repeatable scripts owed: never applied, changed, or not re-applied since the last migration (an interrupted run).</summary>
    public async Task<IReadOnlyList<string>> OwedScriptsAsync(CancellationToken ct = default) =>
        await GuardedAsync(async () =>
        {
            await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
            var history = await new HistoryStore(connection).ReadAsync();
            return history.Count == 0 ? [] : (IReadOnlyList<string>)_planner.OwedScripts(history).Select(s => s.Name).ToList();
        });

    private IReadOnlyList<MigrationStatus> Status(IReadOnlyList<HistoryRow> history)
    {
        var applied = HistoryStore.Applied(history);
        var result = new List<MigrationStatus>();
        foreach (var m in catalog.Migrations)
        {
            if (!applied.TryGetValue(m.Version, out var row))
            {
                result.Add(new MigrationStatus(m.Version, m.Description, MigrationState.Pending, null, null));
                continue;
            }
            var state = row.Checksum != m.Checksum ? MigrationState.ChecksumMismatch
                : row.Kind == HistoryKind.Baseline ? MigrationState.Baselined : MigrationState.Applied;
            result.Add(new MigrationStatus(m.Version, m.Description, state, row.AppliedAt, row.AppliedBy));
        }
        foreach (var (version, row) in applied.Where(a => catalog.Find(a.Key) is null))
            result.Add(new MigrationStatus(version, row.Description, MigrationState.MissingFromCode, row.AppliedAt, row.AppliedBy));
        return result.OrderBy(s => s.Version).ToList();
    }

    /// <summary>
    /// Every problem `migrate validate` reports; empty when the database and the code agree:
    /// checksums, missing or out-of-order versions, scripts owed, a missing or stale fingerprint, catalog drift.
    /// </summary>
    public async Task<IReadOnlyList<Problem>> ValidateAsync(CancellationToken ct = default) =>
        await GuardedAsync(async () =>
        {
            await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
            var history = await new HistoryStore(connection).ReadAsync();
            var problems = catalog.StaticProblems().Select(p => new Problem("code", p)).Concat(HistoryProblems(history)).ToList();
            if (history.Count == 0) return problems;
            foreach (var script in _planner.OwedScripts(history))
                problems.Add(new Problem($"script {script.Name}", $"repeatable script {script.Name} is owed (not applied since the last migration, or changed): run migrate up"));
            var fingerprint = await CatalogFingerprint.ReadRecordedAsync(connection);
            if (fingerprint is null)
                problems.Add(new Problem("catalog fingerprint", "no catalog fingerprint is recorded, so drift cannot be checked: run migrate up to record one"));
            else if (fingerprint.HistoryRank < LastRank(history))
                problems.Add(new Problem("catalog fingerprint", "the catalog fingerprint predates the last change (an interrupted run): run migrate up to finish it"));
            else
                problems.AddRange((await CatalogFingerprint.CompareAsync(connection, fingerprint))
                    .Select(d => new Problem(d.Object, $"drift: {d.Object}: {d.Change}")));
            problems.AddRange(await RegistryProblemsAsync(connection, ct));
            return problems;
        });

    /// <summary>Adopts an existing database: records every migration up to <paramref name="version"/> as applied without running it.</summary>
    public async Task<IReadOnlyList<AppliedStep>> BaselineAsync(long version, CancellationToken ct = default)
    {
        if (catalog.Find(version) is null)
            throw new EngineException(Failure.BadInput, $"unknown baseline version {version}: no migration has it");
        return await GuardedAsync(async () =>
        {
            await using var connection = await OpenRunnerAsync(ct);
            await using var _ = await AdvisoryLock.AcquireAsync(connection, options.LockWait, log, ct);
            var store = new HistoryStore(connection);
            await store.EnsureCreatedAsync();
            if ((await store.ReadAsync()).Count > 0)
                throw new EngineException(Failure.BadInput, "baseline is only for a database without migration history; this one has history");
            var steps = new List<AppliedStep>();
            await using var tx = await connection.BeginTransactionAsync(ct);
            foreach (var m in catalog.Migrations.Where(m => m.Version <= version))
            {
                await connection.ExecuteAsync(HistoryStore.InsertSql(new HistoryEntry(HistoryKind.Baseline, m.Version, m.Description, null, m.Checksum), 0, true), transaction: tx);
                steps.Add(new AppliedStep(m.Version, m.Name, "baselined", 0));
            }
            await tx.CommitAsync(ct);
            return (IReadOnlyList<AppliedStep>)steps;
        });
    }

    /// <summary>
    /// The SQL migrate up would run on a database at <paramref name="from"/> (0 or null: an empty one),
    /// with the same wrapping; touches no database.
    /// </summary>
    public static string Script(MigrationCatalog catalog, long? from, long? to, RunnerOptions? options = null)
    {
        foreach (var v in new[] { from, to })
            if (v is { } x && x != 0 && catalog.Find(x) is null)
                throw new EngineException(Failure.BadInput, $"unknown version {x}: no migration has it");
        return ScriptWriter.Render(new Planner(catalog).PlanScript(from, to), options ?? new RunnerOptions(), createJournal: (from ?? 0) == 0);
    }

    // ---- internals -------------------------------------------------------------------------

    private async Task<NpgsqlConnection> OpenRunnerAsync(CancellationToken ct)
    {
        var connection = await ConnectionSettings.OpenAsync(settings, ct);
        await connection.ExecuteAsync(StepSql.SessionSetup);
        return connection;
    }

    private async Task<IReadOnlyList<AppliedStep>> ApplyAsync(NpgsqlConnection connection, IReadOnlyList<Step> plan, CancellationToken ct)
    {
        var executor = new StepExecutor(connection, options, log);
        var done = new List<AppliedStep>();
        foreach (var step in plan)
        {
            var ms = await executor.ApplyAsync(step, ct);
            done.Add(new AppliedStep(step.Version, step.Name, step.Action, ms));
            log($"{step.Action}: {step.Label} ({ms} ms)");
        }
        return done;
    }

    /// <summary>Turns what the server says outside a step (no privilege, connection gone) into a typed failure.</summary>
    private static async Task<T> GuardedAsync<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new EngineException(Failure.NotPermitted, $"the login lacks a privilege the runner needs: {e.MessageText} (log in as a member of finnest_migrator, or a superuser the first time)", e);
        }
        catch (NpgsqlException e) when (StepExecutor.ConnectionLost(e))
        {
            throw new EngineException(Failure.ConnectionLost, $"connection lost ({StepExecutor.Reason(e)}): run the command again", e);
        }
    }

    /// <summary>
    /// Deparsing expressions (defaults, checks, policies, trigger conditions) takes an access share lock
    /// on their table, which only an access exclusive lock (DDL, VACUUM FULL) blocks; ordinary writers
    /// never do. Against such a lock the check waits no longer than a migration would, and retries as
    /// a migration does; only then does the run fail, before anything is applied.
    /// </summary>
    private async Task<IReadOnlyList<DriftItem>> DriftAsync(NpgsqlConnection connection, CatalogFingerprint.Recorded fingerprint, CancellationToken ct)
    {
        const string label = "checking the catalog for drift";
        await connection.ExecuteAsync($"set lock_timeout = {(long)options.LockTimeout.TotalMilliseconds}");
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return await CatalogFingerprint.CompareAsync(connection, fingerprint);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < options.LockRetries)
                {
                    await StepExecutor.BackOffAsync(label, attempt, options, log, ct);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
                {
                    throw new EngineException(Failure.StepFailed,
                        $"{label}: {e.SqlState} {e.MessageText} (a table stayed locked by another session through {options.LockRetries} retries); nothing was applied", e);
                }
            }
        }
        finally
        {
            await connection.ExecuteAsync("reset lock_timeout");
        }
    }

    private static long LastRank(IReadOnlyList<HistoryRow> history) => history.Count == 0 ? 0 : history.Max(r => r.InstalledRank);

    private static string More(int count) => count > 1 ? $" (and {count - 1} more: run migrate validate)" : "";

    /// <summary>
    /// The schema registry against the catalog: a table in a domain schema the registry does not know (made by
    /// hand: the docs, the seeder and the convention checks would pass over it) or a registered table that is gone.
    /// A database migrated only below the registry's version has nothing to compare.
    /// </summary>
    private static async Task<IEnumerable<Problem>> RegistryProblemsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            var gaps = await SchemaCatalog.FindGapsAsync(connection, ct);
            return gaps.Unregistered.Select(t => new Problem($"registry {t}", $"drift: table {t} is not in the schema registry (finnest.registered_tables)"))
                .Concat(gaps.Missing.Select(t => new Problem($"registry {t}", $"drift: table {t} is registered but does not exist")));
        }
        catch (SchemaRegistryMissingException)
        {
            return [];
        }
    }

    private static void ThrowIfProblems(IReadOnlyList<Problem> problems)
    {
        if (problems.Count == 0) return;
        throw new EngineException(Failure.ValidationFailed, problems[0].Message + More(problems.Count));
    }

    private List<Problem> HistoryProblems(IReadOnlyList<HistoryRow> history)
    {
        var problems = new List<Problem>();
        var applied = HistoryStore.Applied(history);
        foreach (var (version, row) in applied)
        {
            var migration = catalog.Find(version);
            if (migration is null)
                problems.Add(new Problem($"migration {version}", $"applied migration {version} ({row.Description}) is missing from the code"));
            else if (migration.Checksum != row.Checksum)
                problems.Add(new Problem($"migration {version}", $"checksum of {version} {migration.Name} changed since it was applied: restore the original, and put the change in a new migration"));
        }
        var highest = applied.Count == 0 ? 0 : applied.Keys.Max();
        foreach (var m in catalog.Migrations.Where(m => !applied.ContainsKey(m.Version) && m.Version < highest && !m.AllowOutOfOrder))
            problems.Add(new Problem($"migration {m.Version}", $"pending migration {m.Version} {m.Name} is older than applied {highest}: give it a newer version or mark it AllowOutOfOrder"));
        return problems;
    }
}
