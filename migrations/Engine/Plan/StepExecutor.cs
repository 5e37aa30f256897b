using System.Diagnostics;
using Dapper;
using Npgsql;

namespace Finnest.Database.Engine.Plan;

/// <summary>
/// Applies steps on the runner's one connection (the one holding the migration lock). A
/// transactional step runs with its journal row in one transaction: all or nothing, retried with
/// backoff when it hit lock_timeout. A non-transactional step sends one statement per command.
/// </summary>
public sealed class StepExecutor(NpgsqlConnection connection, RunnerOptions options, Action<string> log)
{
    public async Task<long> ApplyAsync(Step step, CancellationToken ct)
    {
        if (step.History?.Kind == HistoryKind.Repeatable) Fault.At("before-script", step.Name);
        var ms = step.InTransaction ? await InTransactionAsync(step, ct) : await WithoutTransactionAsync(step, ct);
        if (step.History is { Kind: HistoryKind.Versioned, Version: { } v }) Fault.At("after-migration", v.ToString());
        return ms;
    }

    private async Task<long> InTransactionAsync(Step step, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var clock = Stopwatch.StartNew();
            await using var tx = await connection.BeginTransactionAsync(ct);
            var index = 0;
            try
            {
                await ExecuteAsync(tx, string.Join("\n", StepSql.Prologue(step, options)), ct);
                for (; index < step.Statements.Count; index++)
                    await ExecuteAsync(tx, step.Statements[index], ct);
                foreach (var line in StepSql.Reset(step)) await ExecuteAsync(tx, line, ct);
                if (step.History is { } entry) await ExecuteAsync(tx, HistoryStore.InsertSql(entry, clock.ElapsedMilliseconds, true), ct);
                if (step.History?.Kind == HistoryKind.Repeatable) Fault.At("inside-script", step.Name);
                await tx.CommitAsync(ct);
                return clock.ElapsedMilliseconds;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < options.LockRetries)
            {
                await tx.RollbackAsync(CancellationToken.None);
                await BackOffAsync(step.Label, attempt, options, log, ct);
            }
            catch (Exception e) when (e is NpgsqlException)
            {
                if (ConnectionLost(e))
                    throw new EngineException(Failure.ConnectionLost,
                        $"connection lost during {step.Label} ({Reason(e)}): the server rolled it back; run migrate up again to resume", e);
                await tx.RollbackAsync(CancellationToken.None);
                var p = (PostgresException)e;
                throw new EngineException(Failure.StepFailed,
                    $"{step.Label} failed at statement {index + 1} of {step.Statements.Count}: {p.SqlState} {p.MessageText}{Where(p)}; rolled back, nothing from it was applied", e);
            }
        }
    }

    private async Task<long> WithoutTransactionAsync(Step step, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var index = 0;
        try
        {
            await ExecuteAsync(null, string.Join("\n", StepSql.Prologue(step, options)), ct);
            // One statement per command: CREATE INDEX CONCURRENTLY refuses to share a command with others.
            for (; index < step.Statements.Count; index++)
                await ExecuteAsync(null, step.Statements[index], ct);
            await ExecuteAsync(null, string.Join("\n", StepSql.Reset(step)), ct);
            if (step.History is { } entry) await ExecuteAsync(null, HistoryStore.InsertSql(entry, clock.ElapsedMilliseconds, true), ct);
            return clock.ElapsedMilliseconds;
        }
        catch (Exception e) when (e is NpgsqlException && !ConnectionLost(e))
        {
            var p = (PostgresException)e;
            await ExecuteAsync(null, string.Join("\n", StepSql.Reset(step)), ct);
            if (step.History is { } entry) await ExecuteAsync(null, HistoryStore.InsertSql(entry, clock.ElapsedMilliseconds, false), ct);
            var invalid = (await connection.QueryAsync<string>(
                "select n.nspname || '.' || c.relname from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace where not i.indisvalid order by 1")).ToList();
            var left = invalid.Count == 0 ? "" : $"; invalid indexes left behind (drop them before retrying): {string.Join(", ", invalid)}";
            throw new EngineException(Failure.StepFailed,
                $"{step.Label} (non-transactional) failed at statement {index + 1} of {step.Statements.Count}: {p.SqlState} {p.MessageText}; statements before it stay applied{left}", e);
        }
        catch (NpgsqlException e)
        {
            throw new EngineException(Failure.ConnectionLost,
                $"connection lost during {step.Label} ({Reason(e)}), a non-transactional migration: statements before the failing one stay applied; check, then run migrate up again", e);
        }
    }

    /// <summary>After a lock_timeout: says so, then waits 1, 2, 4... s before attempt <paramref name="attempt"/> + 2.</summary>
    public static async Task BackOffAsync(string label, int attempt, RunnerOptions options, Action<string> log, CancellationToken ct)
    {
        var backoff = TimeSpan.FromSeconds(Math.Pow(2, attempt));
        log($"{label}: lock_timeout after {options.LockTimeout.TotalSeconds:0.#} s; retrying in {backoff.TotalSeconds:0} s ({attempt + 1}/{options.LockRetries})");
        await Task.Delay(backoff, ct);
    }

    private async Task ExecuteAsync(NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        if (sql.Length == 0) return;
        await using var command = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The server went away (terminated, shut down) or the socket broke: not the step's fault.</summary>
    public static bool ConnectionLost(Exception e) => e switch
    {
        PostgresException p => p.SqlState is "57P01" or "57P02" or "57P03" or "08000" or "08003" or "08006",
        NpgsqlException => true,
        _ => false,
    };

    public static string Reason(Exception e) => e is PostgresException p ? $"{p.SqlState} {p.MessageText}" : e.Message.Split('\n')[0];

    private static string Where(PostgresException e) =>
        e.TableName is not null ? $" (table {e.SchemaName}.{e.TableName})" : "";
}
