using System.Diagnostics;
using Dapper;
using Finnest.Database.Cli;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The migration lock lives on the backend that does the work: a runner killed with SIGKILL while its
/// migration waits on a table lock keeps the lock until its backend ends, so a second runner never works beside it.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RunnerLockTests(DatabaseFixture database)
{
    [Fact]
    public async Task a_killed_runner_keeps_the_lock_until_its_backend_ends_and_a_second_runner_never_runs_beside_it()
    {
        var (settings, url) = await OneMigrationBehindAsync();
        await using var blocker = await OpenAsync(settings);
        await using var tx = await blocker.BeginTransactionAsync();
        await HoldJournalAgainstWritersAsync(blocker, tx);

        using var first = CliProcess.Start(null, "migrate", "up", "--lock-timeout", "0", "--connection", url);
        await using var observer = await OpenAsync(settings);
        var worker = await WaitingRunnerAsync(observer, settings.Database!);
        Assert.Equal(worker, await LockHolderAsync(observer));

        first.Kill();
        await first.WaitForExitAsync();
        using var second = CliProcess.Start(null, "migrate", "up", "--lock-wait", "120", "--connection", url);

        // While the dead runner's backend lives, it and only it holds the lock, and the second runner does not get past it.
        var clock = Stopwatch.StartNew();
        while (await AliveAsync(observer, worker))
        {
            var holder = await LockHolderAsync(observer);
            Assert.True(holder == worker || !await AliveAsync(observer, worker), $"the lock moved to pid {holder} while pid {worker} still ran");
            if (clock.Elapsed > TimeSpan.FromSeconds(20)) await tx.RollbackAsync(); // it never noticed: let its statement finish
            await Task.Delay(50);
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the orphaned backend took {clock.Elapsed.TotalSeconds:0} s to notice its client was gone");

        if (tx.Connection is not null) await tx.RollbackAsync();
        var result = await CliProcess.CompleteAsync(second);
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(0, (await CliProcess.RunAsync("migrate", "validate", "--connection", url)).ExitCode);
    }

    [Fact]
    public async Task a_connection_lost_mid_run_exits_3_in_one_line_and_the_next_up_finishes()
    {
        var (settings, url) = await OneMigrationBehindAsync();
        await using var blocker = await OpenAsync(settings);
        await using var tx = await blocker.BeginTransactionAsync();
        await HoldJournalAgainstWritersAsync(blocker, tx);

        using var runner = CliProcess.Start(null, "migrate", "up", "--lock-timeout", "0", "--connection", url);
        await using var observer = await OpenAsync(settings);
        var worker = await WaitingRunnerAsync(observer, settings.Database!);
        await observer.ExecuteAsync("select pg_terminate_backend(@worker)", new { worker });
        var result = await CliProcess.CompleteAsync(runner);
        await tx.RollbackAsync();

        Assert.True(result.ExitCode == (int)ExitCode.ConnectionFailed, result.All);
        Assert.Single(result.StdErr.Split('\n'), l => l.StartsWith("error:"));
        Assert.Contains("connection lost", result.StdErr);
        Assert.DoesNotContain("   at ", result.All);
        Assert.Equal(0, (await CliProcess.RunAsync("migrate", "up", "--connection", url)).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync("migrate", "validate", "--connection", url)).ExitCode);
    }

    private async Task<(NpgsqlConnectionStringBuilder, string)> OneMigrationBehindAsync()
    {
        var settings = await database.CloneAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        var down = await CliProcess.RunAsync("migrate", "down", "--steps", "1", "--connection", url);
        Assert.True(down.ExitCode == 0, down.All);
        return (settings, url);
    }

    /// <summary>
    /// Whatever the pending migration does, its transaction ends by appending its row to the journal:
    /// with writers to the journal held off, the runner reads history and checks drift, applies the
    /// migration, then waits on this table lock while holding the migration lock.
    /// </summary>
    private static Task HoldJournalAgainstWritersAsync(NpgsqlConnection blocker, NpgsqlTransaction tx) =>
        blocker.ExecuteAsync("lock table finnest.schema_history in share row exclusive mode", transaction: tx);

    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnectionStringBuilder settings)
    {
        var c = new NpgsqlConnection(settings.ConnectionString);
        await c.OpenAsync();
        return c;
    }

    /// <summary>The pid of the runner's backend once it waits on a table lock (never a sleep that merely hopes).</summary>
    private static async Task<int> WaitingRunnerAsync(NpgsqlConnection observer, string databaseName)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            var pid = await observer.ExecuteScalarAsync<int?>(
                "select pid from pg_stat_activity where datname = @databaseName and application_name = @app and wait_event_type = 'Lock'",
                new { databaseName, app = ConnectionSettings.ApplicationName });
            if (pid is { } p) return p;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("the runner never waited on the table lock");
    }

    private static Task<int?> LockHolderAsync(NpgsqlConnection observer) => observer.ExecuteScalarAsync<int?>(
        """
        select pid from pg_locks
        where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())
          and ((classid::bigint << 32) | objid::bigint) = @Key
        """, new { AdvisoryLock.Key });

    private static Task<bool> AliveAsync(NpgsqlConnection observer, int pid) =>
        observer.ExecuteScalarAsync<bool>("select exists (select from pg_stat_activity where pid = @pid)", new { pid });
}
