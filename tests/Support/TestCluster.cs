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
    public const string TemplateDatabase = "finnest_template";
    public const string SharedDatabase = "finnest_shared";

    /// <summary>The throwaway cluster's superuser password over TCP (tests of a wrong password need a real check).</summary>
    public const string Password = "finnest-test-secret";

    private static readonly Lazy<Task<TestCluster>> Instance = new(StartAsync);
    private static int _counter;

    private readonly NpgsqlConnectionStringBuilder _server;
    private TestCluster(NpgsqlConnectionStringBuilder server) => _server = server;

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
        var name = $"t_empty_{Interlocked.Increment(ref _counter)}_{Environment.ProcessId}";
        await ExecuteOnServerAsync($"create database {name}");
        return name;
    }

    /// <summary>A new database cloned from the migrated template: every migration applied, no data.</summary>
    public async Task<string> CloneTemplateAsync()
    {
        var name = $"t_clone_{Interlocked.Increment(ref _counter)}_{Environment.ProcessId}";
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
            cluster = new TestCluster(ConnectionSettings.Parse(url));
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
            cluster = new TestCluster(local.Settings("postgres"));
        }
        await cluster.PrepareTemplateAsync();
        return cluster;
    }

    private async Task PrepareTemplateAsync()
    {
        // A previous run against the same FINNEST_TEST_DATABASE_URL may have left these behind.
        await ExecuteOnServerAsync($"drop database if exists {SharedDatabase}");
        await ExecuteOnServerAsync($"drop database if exists {TemplateDatabase}");
        await ExecuteOnServerAsync($"create database {TemplateDatabase}");
        var runner = new MigrationRunner(FinnestMigrations.Catalog(),
            Settings(TemplateDatabase, "finnest-tests-migrator"), new RunnerOptions(), _ => { });
        await runner.UpAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"create database {SharedDatabase} template {TemplateDatabase}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
