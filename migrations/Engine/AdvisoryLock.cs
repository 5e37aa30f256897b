using Dapper;
using Npgsql;

namespace Finnest.Database.Engine;

/// <summary>
/// One runner at a time. The session lock is taken on the connection that does the work, so a
/// backend still executing after its client died keeps the lock until it ends (and, with
/// client_connection_check_interval set, it ends within about a second). It is polled with
/// pg_try_advisory_lock outside any transaction, so a waiting runner holds no other lock and gives
/// up after a bounded wait, naming whoever holds it. Disposing releases the lock, not the connection.
/// </summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    /// <summary>A fixed 64-bit key: hashtext('finnest.migrate') would do, but a constant is greppable in pg_locks.</summary>
    public const long Key = 7_316_512_203_411_001;

    private readonly NpgsqlConnection _connection;

    private AdvisoryLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<AdvisoryLock> AcquireAsync(NpgsqlConnection connection, TimeSpan wait, Action<string> log, CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            if (await connection.ExecuteScalarAsync<bool>("select pg_try_advisory_lock(@Key)", new { Key }))
                return new AdvisoryLock(connection);
            var holder = await HolderAsync(connection);
            if (DateTime.UtcNow >= deadline)
            {
                throw new EngineException(Failure.LockNotAcquired,
                    $"another runner holds the migration lock ({holder}); gave up after {wait.TotalSeconds:0.#} s (--lock-wait)");
            }
            if (!told)
            {
                log($"waiting for the migration lock held by {holder}");
                told = true;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }

    private static async Task<string> HolderAsync(NpgsqlConnection connection)
    {
        var holder = await connection.QueryFirstOrDefaultAsync<(int Pid, string? App, DateTime? Since)>(
            """
            select a.pid, a.application_name, a.backend_start
            from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())
              and ((l.classid::bigint << 32) | l.objid::bigint) = @Key
            limit 1
            """, new { Key });
        return holder.Pid == 0 ? "a session that has since ended" : $"pid {holder.Pid}, application_name '{holder.App}', connected since {holder.Since?.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.ExecuteAsync("select pg_advisory_unlock(@Key)", new { Key });
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone (or broken); the server released the session lock with it.
        }
    }
}
