using System.Diagnostics;
using Dapper;
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
}

/// <summary>One thing a run did: a migration applied or undone, or a repeatable script applied.</summary>
public sealed record AppliedStep(long? Version, string Name, string Action, long ElapsedMs);

public enum MigrationState { Applied, Pending, Baselined, ChecksumMismatch, MissingFromCode }

public sealed record MigrationStatus(long Version, string Description, MigrationState State, DateTime? AppliedAt, string? AppliedBy);

/// <summary>
/// Applies, undoes, validates and reports migrations. Every public operation that changes the
/// database holds the advisory lock and reads history only once the lock is held.
/// </summary>
public sealed class MigrationRunner(MigrationCatalog catalog, NpgsqlConnectionStringBuilder settings, RunnerOptions options, Action<string> log)
{
    private const string Owner = "finnest_owner";

    public async Task<IReadOnlyList<AppliedStep>> UpAsync(long? target = null, CancellationToken ct = default)
    {
        if (target is { } t && catalog.Find(t) is null)
            throw new FinnestException(ExitCode.BadInput, $"unknown target version {t}: no migration has it (see migrate status)");
        ThrowIfStaticProblems();

        await using var _ = await AdvisoryLock.AcquireAsync(settings, options.LockWait, log, ct);
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        var store = new HistoryStore(connection);
        await store.EnsureCreatedAsync();
        var history = await store.ReadAsync();
        ThrowIfProblems(Problems(history));

        var applied = HistoryStore.Applied(history);
        var pending = catalog.Migrations.Where(m => !applied.ContainsKey(m.Version) && (target is null || m.Version <= target)).ToList();
        var steps = new List<AppliedStep>();
        foreach (var migration in pending)
        {
            var ms = migration.TransactionBehavior == TransactionBehavior.None
                ? await ApplyWithoutTransactionAsync(connection, migration, ct)
                : await ApplyInTransactionAsync(connection, migration.Version, migration.Name, migration.UpStatements,
                    migration.RunsAsOwner, "versioned", migration.Description, null, migration.Checksum, ct);
            steps.Add(new AppliedStep(migration.Version, migration.Name, "applied", ms));
            log($"applied {migration.Version} {migration.Name} ({ms} ms)");
        }

        // Versioned migrations can drop and recreate what repeatable scripts define (a table's
        // triggers, a function a table needed), so after any of them every script is re-applied.
        var known = HistoryStore.RepeatableChecksums(history);
        var versionedApplied = steps.Count > 0;
        foreach (var script in catalog.Repeatables)
        {
            if (!versionedApplied && known.TryGetValue(script.Name, out var checksum) && checksum == script.Checksum) continue;
            var ms = await ApplyInTransactionAsync(connection, null, script.Name, [script.Sql], true, "repeatable",
                $"repeatable {script.Name}", script.Name, script.Checksum, ct);
            steps.Add(new AppliedStep(null, script.Name, "script applied", ms));
            log($"applied script {script.Name} ({ms} ms)");
        }
        return steps;
    }

    public async Task<IReadOnlyList<AppliedStep>> DownAsync(long? target, int? steps, CancellationToken ct = default)
    {
        if ((target is null) == (steps is null))
            throw new FinnestException(ExitCode.BadInput, "migrate down needs exactly one of --to VERSION or --steps N");
        if (steps is < 1) throw new FinnestException(ExitCode.BadInput, "--steps must be at least 1");
        if (target is { } t && t != 0 && catalog.Find(t) is null)
            throw new FinnestException(ExitCode.BadInput, $"unknown target version {t}: use 0 to undo everything, or a version listed by migrate status");

        await using var _ = await AdvisoryLock.AcquireAsync(settings, options.LockWait, log, ct);
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        var history = await new HistoryStore(connection).ReadAsync();
        var applied = HistoryStore.Applied(history).Keys.OrderDescending().ToList();

        List<long> toUndo;
        if (steps is { } n)
        {
            if (n > applied.Count)
                throw new FinnestException(ExitCode.BadInput, $"cannot go down {n} steps: only {applied.Count} migrations are applied");
            toUndo = applied.Take(n).ToList();
        }
        else
        {
            toUndo = applied.Where(v => v > target!.Value).ToList();
        }

        // Render every Down first, so an irreversible or missing migration stops the run before anything changes.
        var plan = new List<(MigrationInfo Migration, IReadOnlyList<string> Sql)>();
        foreach (var version in toUndo)
        {
            var migration = catalog.Find(version)
                ?? throw new FinnestException(ExitCode.ValidationFailed, $"applied migration {version} is missing from the code: cannot undo it");
            try
            {
                plan.Add((migration, migration.DownStatements()));
            }
            catch (IrreversibleMigrationException e)
            {
                throw new FinnestException(ExitCode.BadInput, $"{migration.Version} {migration.Name} is forward-only: {e.Message}");
            }
        }

        var done = new List<AppliedStep>();
        foreach (var (migration, sql) in plan)
        {
            var ms = await ApplyInTransactionAsync(connection, migration.Version, migration.Name, sql, migration.RunsAsOwner,
                "undo", migration.Description, null, migration.Checksum, ct);
            done.Add(new AppliedStep(migration.Version, migration.Name, "undone", ms));
            log($"undid {migration.Version} {migration.Name} ({ms} ms)");
        }
        return done;
    }

    public async Task<IReadOnlyList<MigrationStatus>> StatusAsync(CancellationToken ct = default)
    {
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        var history = await new HistoryStore(connection).ReadAsync();
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
                : row.Kind == "baseline" ? MigrationState.Baselined : MigrationState.Applied;
            result.Add(new MigrationStatus(m.Version, m.Description, state, row.AppliedAt, row.AppliedBy));
        }
        foreach (var (version, row) in applied.Where(a => catalog.Find(a.Key) is null))
            result.Add(new MigrationStatus(version, row.Description, MigrationState.MissingFromCode, row.AppliedAt, row.AppliedBy));
        return result.OrderBy(s => s.Version).ToList();
    }

    /// <summary>Every problem `migrate validate` reports; empty when the database and the code agree.</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(CancellationToken ct = default)
    {
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        var history = await new HistoryStore(connection).ReadAsync();
        return catalog.StaticProblems().Concat(Problems(history)).ToList();
    }

    /// <summary>Adopts an existing database: records every migration up to <paramref name="version"/> as applied without running it.</summary>
    public async Task<IReadOnlyList<AppliedStep>> BaselineAsync(long version, CancellationToken ct = default)
    {
        if (catalog.Find(version) is null)
            throw new FinnestException(ExitCode.BadInput, $"unknown baseline version {version}: no migration has it");
        await using var _ = await AdvisoryLock.AcquireAsync(settings, options.LockWait, log, ct);
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        var store = new HistoryStore(connection);
        await store.EnsureCreatedAsync();
        if ((await store.ReadAsync()).Count > 0)
            throw new FinnestException(ExitCode.BadInput, "baseline is only for a database without migration history; this one has history");
        var steps = new List<AppliedStep>();
        await using var tx = await connection.BeginTransactionAsync(ct);
        foreach (var m in catalog.Migrations.Where(m => m.Version <= version))
        {
            await HistoryStore.InsertAsync(connection, tx, m.Version, "baseline", m.Description, null, m.Checksum, 0, true);
            steps.Add(new AppliedStep(m.Version, m.Name, "baselined", 0));
        }
        await tx.CommitAsync(ct);
        return steps;
    }

    /// <summary>The SQL of migrations with from &lt; version ≤ to, followed by the repeatable scripts; touches no database.</summary>
    public static string Script(MigrationCatalog catalog, long? from, long? to)
    {
        foreach (var v in new[] { from, to })
            if (v is { } x && x != 0 && catalog.Find(x) is null)
                throw new FinnestException(ExitCode.BadInput, $"unknown version {x}: no migration has it");
        var writer = new StringWriter { NewLine = "\n" };
        writer.WriteLine("-- Generated by finnest-db migrate script: review, then apply with migrate up (which also journals it).");
        foreach (var m in catalog.Migrations.Where(m => m.Version > (from ?? 0) && (to is null || m.Version <= to)))
        {
            writer.WriteLine();
            writer.WriteLine($"-- {m.Version} {m.Name}: {m.Description} (checksum {m.Checksum})");
            var transactional = m.TransactionBehavior == TransactionBehavior.Default;
            if (transactional) writer.WriteLine("begin;");
            if (m.RunsAsOwner) writer.WriteLine($"set {(transactional ? "local " : "")}role {Owner};");
            foreach (var statement in m.UpStatements) writer.WriteLine(statement);
            if (m.RunsAsOwner) writer.WriteLine("reset role;");
            if (transactional) writer.WriteLine("commit;");
        }
        foreach (var script in catalog.Repeatables)
        {
            writer.WriteLine();
            writer.WriteLine($"-- repeatable {script.Name} (checksum {script.Checksum})");
            writer.WriteLine(script.Sql);
        }
        return writer.ToString();
    }

    // ---- internals -------------------------------------------------------------------------

    private void ThrowIfStaticProblems() => ThrowIfProblems(catalog.StaticProblems().ToList());

    private static void ThrowIfProblems(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0) return;
        var more = problems.Count > 1 ? $" (and {problems.Count - 1} more: run migrate validate)" : "";
        throw new FinnestException(ExitCode.ValidationFailed, problems[0] + more);
    }

    private IReadOnlyList<string> Problems(IReadOnlyList<HistoryRow> history)
    {
        var problems = new List<string>();
        var applied = HistoryStore.Applied(history);
        foreach (var (version, row) in applied)
        {
            var migration = catalog.Find(version);
            if (migration is null)
                problems.Add($"applied migration {version} ({row.Description}) is missing from the code");
            else if (migration.Checksum != row.Checksum)
                problems.Add($"checksum of {version} {migration.Name} changed since it was applied: restore the original, and put the change in a new migration");
        }
        var highest = applied.Count == 0 ? 0 : applied.Keys.Max();
        foreach (var m in catalog.Migrations.Where(m => !applied.ContainsKey(m.Version) && m.Version < highest && !m.AllowOutOfOrder))
            problems.Add($"pending migration {m.Version} {m.Name} is older than applied {highest}: give it a newer version or mark it AllowOutOfOrder");
        return problems;
    }

    private async Task<long> ApplyInTransactionAsync(NpgsqlConnection connection, long? version, string name,
        IReadOnlyList<string> statements, bool asOwner, string kind, string description, string? script, string checksum, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var clock = Stopwatch.StartNew();
            await using var tx = await connection.BeginTransactionAsync(ct);
            var index = 0;
            try
            {
                await connection.ExecuteAsync(TimeoutsSql(local: true), transaction: tx);
                if (asOwner) await connection.ExecuteAsync($"set local role {Owner}", transaction: tx);
                for (; index < statements.Count; index++)
                    await ExecuteAsync(connection, tx, statements[index], ct);
                if (asOwner) await connection.ExecuteAsync("reset role", transaction: tx);
                await HistoryStore.InsertAsync(connection, tx, version, kind, description, script, checksum, (int)clock.ElapsedMilliseconds, true);
                await tx.CommitAsync(ct);
                return clock.ElapsedMilliseconds;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < options.LockRetries)
            {
                await tx.RollbackAsync(CancellationToken.None);
                var backoff = TimeSpan.FromSeconds(Math.Pow(2, attempt));
                log($"{name}: lock_timeout after {options.LockTimeout.TotalSeconds:0.#} s; retrying in {backoff.TotalSeconds:0} s ({attempt + 1}/{options.LockRetries})");
                await Task.Delay(backoff, ct);
            }
            catch (PostgresException e)
            {
                await tx.RollbackAsync(CancellationToken.None);
                var what = version is null ? $"script {name}" : $"{version} {name}";
                throw new FinnestException(ExitCode.MigrationFailed,
                    $"{what} failed at statement {index + 1} of {statements.Count}: {e.SqlState} {e.MessageText}{Where(e)}; rolled back, nothing from it was applied", e);
            }
        }
    }

    private async Task<long> ApplyWithoutTransactionAsync(NpgsqlConnection connection, MigrationInfo migration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var index = 0;
        try
        {
            await connection.ExecuteAsync(TimeoutsSql(local: false));
            if (migration.RunsAsOwner) await connection.ExecuteAsync($"set role {Owner}");
            // One statement per command: CREATE INDEX CONCURRENTLY refuses to share a command with others.
            for (; index < migration.UpStatements.Count; index++)
                await ExecuteAsync(connection, null, migration.UpStatements[index], ct);
            await connection.ExecuteAsync("reset role; reset lock_timeout; reset statement_timeout");
            await HistoryStore.InsertAsync(connection, null, migration.Version, "versioned", migration.Description, null, migration.Checksum, (int)clock.ElapsedMilliseconds, true);
            return clock.ElapsedMilliseconds;
        }
        catch (PostgresException e)
        {
            await connection.ExecuteAsync("reset role; reset lock_timeout; reset statement_timeout");
            await HistoryStore.InsertAsync(connection, null, migration.Version, "versioned", migration.Description, null, migration.Checksum, (int)clock.ElapsedMilliseconds, false);
            var invalid = (await connection.QueryAsync<string>(
                "select n.nspname || '.' || c.relname from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace where not i.indisvalid order by 1")).ToList();
            var left = invalid.Count == 0 ? "" : $"; invalid indexes left behind (drop them before retrying): {string.Join(", ", invalid)}";
            throw new FinnestException(ExitCode.MigrationFailed,
                $"{migration.Version} {migration.Name} (non-transactional) failed at statement {index + 1} of {migration.UpStatements.Count}: {e.SqlState} {e.MessageText}; statements before it stay applied{left}", e);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private string TimeoutsSql(bool local)
    {
        var scope = local ? "local " : "";
        return $"set {scope}lock_timeout = {(long)options.LockTimeout.TotalMilliseconds}; set {scope}statement_timeout = {(long)options.StatementTimeout.TotalMilliseconds}";
    }

    private static string Where(PostgresException e) =>
        e.TableName is not null ? $" (table {e.SchemaName}.{e.TableName})" : "";
}
