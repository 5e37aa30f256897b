using Finnest.Database;
using System.Net;
using System.Net.Sockets;
using Finnest.Database.Engine;
using Finnest.Database.LocalDatabase;
using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// The PostgreSQL server of one test run: $FINNEST_TEST_DATABASE_URL when set (a superuser
/// connection to a server we may create databases on), else a throwaway cluster started from the
/// installed binaries in a temporary directory (fsync off) and stopped when the run ends.
/// The migrations are applied once, to a template database; tests get clones of it.
/// </summary>
public sealed class TestCluster
{
    /// <summary>
    /// Names every database (and test login) this run creates, so that two runs against one
    /// $FINNEST_TEST_DATABASE_URL never touch each other's databases.
    /// </summary>
    public static readonly string RunId = Guid.NewGuid().ToString("N")[..10];

    public static readonly string TemplateDatabase = $"finnest_template_{RunId}";
    public static readonly string SharedDatabase = $"finnest_shared_{RunId}";

    /// <summary>The throwaway cluster's superuser password over TCP (tests of a wrong password need a real check).</summary>
    public const string Password = "finnest-test-secret";

    private static readonly Lazy<Task<TestCluster>> Instance = new(StartAsync);
    private static int _counter;

    private readonly NpgsqlConnectionStringBuilder _server;
    private TestCluster(NpgsqlConnectionStringBuilder server, bool isThrowaway)
    {
        _server = server;
        IsThrowaway = isThrowaway;
    }

    /// <summary>True for the cluster this run started (deleted with everything in it when the run ends).</summary>
    public bool IsThrowaway { get; }

    public static Task<TestCluster> GetAsync() => Instance.Value;

    /// <summary>Settings for a database on the test server; no pooling, so a template is never held open.</summary>
    public NpgsqlConnectionStringBuilder Settings(string database, string applicationName = "finnest-tests") =>
        new(_server.ConnectionString) { Database = database, Pooling = false, ApplicationName = applicationName };

    public string ServerUrl(string database)
    {
        var s = Settings(database);
        var password = string.IsNullOrEmpty(s.Password) ? "" : ":" + Uri.EscapeDataString(s.Password);
        return $"postgres://{Uri.EscapeDataString(s.Username!)}{password}@{s.Host}:{s.Port}/{database}";
    }

    /// <summary>A new, empty database (no migrations applied).</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = $"t_{RunId}_empty_{Interlocked.Increment(ref _counter)}";
        await ExecuteOnServerAsync($"create database {name}");
        return name;
    }

    /// <summary>A new database cloned from the migrated template: every migration applied, no data.</summary>
    public async Task<string> CloneTemplateAsync()
    {
        var name = $"t_{RunId}_clone_{Interlocked.Increment(ref _counter)}";
        await ExecuteOnServerAsync($"create database {name} template {TemplateDatabase}");
        return name;
    }

    public async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Settings("postgres").ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<TestCluster> StartAsync()
    {
        var url = Environment.GetEnvironmentVariable("FINNEST_TEST_DATABASE_URL");
        TestCluster cluster;
        if (!string.IsNullOrWhiteSpace(url))
        {
            cluster = new TestCluster(ConnectionSettings.Parse(url), isThrowaway: false);
        }
        else
        {
            var root = Path.Combine(Path.GetTempPath(), $"finnest-test-{Guid.NewGuid():N}");
            var local = new LocalCluster(root, FreePort(), hostPassword: Password);
            await local.StartAsync(throwaway: true);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                local.StopAsync().GetAwaiter().GetResult();
                try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            };
            StopWhenThisProcessEnds(local, root);
            cluster = new TestCluster(local.Settings("postgres"), isThrowaway: true);
        }
        await cluster.PrepareTemplateAsync();
        return cluster;
    }

    /// <summary>
    /// The test host is sometimes ended without its ProcessExit handlers running (the test platform kills it once
    /// the run is over), which would leave the throwaway cluster running and its directory behind. A detached
    /// watchdog stops the cluster and removes the directory once this process is gone, however it ended.
    /// </summary>
    private static void StopWhenThisProcessEnds(LocalCluster local, string root)
    {
        var pgCtl = Path.Combine(LocalCluster.FindBinDirectory(), "pg_ctl");
        var stop = $"'{pgCtl}' stop -D '{local.DataDirectory}' -m immediate";
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done
            if [ "$(id -u)" = 0 ]; then runuser -u postgres -- {stop}; else {stop}; fi
            rm -rf '{root}'
            """;
        var watchdog = new System.Diagnostics.ProcessStartInfo("setsid", ["bash", "-c", script])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        System.Diagnostics.Process.Start(watchdog);
    }

    /// <summary>
    /// The server's UTC month when the template was migrated: its initial partition window starts
    /// there, and no database migrated later in the run starts earlier.
    /// </summary>
    public DateOnly TemplateMonth { get; private set; }

    /// <summary>The first month whose partition window a database of this run may hold (see <see cref="PartitionWindows.AlignAsync"/>).</summary>
    public DateOnly EarliestWindowMonth => TemplateMonth < TestClock.MonthStart() ? TemplateMonth : TestClock.MonthStart();

    private async Task PrepareTemplateAsync()
    {
        await ExecuteOnServerAsync($"create database {TemplateDatabase}");
        await using (var clock = new NpgsqlConnection(Settings("postgres").ConnectionString))
        {
            await clock.OpenAsync();
            await using var month = new NpgsqlCommand("select date_trunc('month', now() at time zone 'utc')::date", clock);
            TemplateMonth = (DateOnly)(await month.ExecuteScalarAsync())!;
        }
        // The first migration creates cluster-wide roles "if missing": two runs sharing a server
        // take turns, or both would see them missing and one would fail creating them.
        await using (var guard = new NpgsqlConnection(Settings("postgres").ConnectionString))
        {
            await guard.OpenAsync();
            await using (var take = new NpgsqlCommand("select pg_advisory_lock(hashtext('finnest-tests: create roles'))", guard))
                await take.ExecuteNonQueryAsync();
            var runner = new MigrationRunner(FinnestMigrations.Catalog(),
                Settings(TemplateDatabase, "finnest-tests-migrator"), new RunnerOptions(), _ => { });
            await runner.UpAsync();
        }
        // Partitions for the run's own clock too (it may be injected, or the month may have turned
        // since the run began): tests compute their months from TestClock, never from now().
        await using (var template = new NpgsqlConnection(Settings(TemplateDatabase).ConnectionString))
        {
            await template.OpenAsync();
            await using var maintain = new NpgsqlCommand("select count(*) from finnest.maintain_partitions(@today)", template);
            maintain.Parameters.AddWithValue("today", TestClock.Today);
            await maintain.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"create database {SharedDatabase} template {TemplateDatabase}");
    }

    /// <summary>Drops every database and test login this run created (only this run's: their names carry <see cref="RunId"/>).</summary>
    public async Task DropThisRunsDatabasesAsync()
    {
        await using var connection = new NpgsqlConnection(Settings("postgres").ConnectionString);
        await connection.OpenAsync();
        var mine = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select datname from pg_database where strpos(datname, @run) > 0", connection))
        {
            list.Parameters.AddWithValue("run", RunId);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) mine.Add(reader.GetString(0));
        }
        foreach (var name in mine.OrderBy(n => n == TemplateDatabase))
        {
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        await using var roles = new NpgsqlCommand(
            "select string_agg(quote_ident(rolname), ', ') from pg_roles where rolname like 'login_' || @run || '%'", connection);
        roles.Parameters.AddWithValue("run", RunId);
        if (await roles.ExecuteScalarAsync() is string names)
        {
            await using var drop = new NpgsqlCommand($"drop role {names}", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
