using Finnest.Database.Cli;
using Finnest.Database.Engine;
using Npgsql;

namespace Finnest.Database.LocalDatabase;

/// <summary>
/// A PostgreSQL cluster of our own, made from the installed server binaries: the development
/// database under .finnest/ and the throwaway cluster of the test suite. Trust authentication on
/// 127.0.0.1 and a private unix socket directory: it is for one developer's machine only.
/// </summary>
public sealed class LocalCluster(string rootDirectory, int port, string? hostPassword = null, ServerBinaries? binaries = null)
{
    public const string Superuser = "postgres";

    /// <summary>
    /// Null: trust on 127.0.0.1 (the development cluster). Otherwise TCP logins need this
    /// password (scram-sha-256) while the private unix socket stays trusted: the test cluster,
    /// where a wrong password must really be refused.
    /// </summary>
    public string? HostPassword { get; } = hostPassword;

    private readonly ServerBinaries _binaries = binaries ?? ServerBinaries.OfThisMachine();
    private string? _binDirectory;

    public string RootDirectory { get; } = Path.GetFullPath(rootDirectory);
    public int Port { get; } = port;
    public string DataDirectory => Path.Combine(RootDirectory, "pgdata");
    public string SocketDirectory => Path.Combine(RootDirectory, "run");
    public string LogFile => Path.Combine(RootDirectory, "postgres.log");
    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>The directory holding initdb and pg_ctl, if installed (see <see cref="ServerBinaries"/>); exit 7 naming what to install otherwise.</summary>
    public static string FindBinDirectory() =>
        ServerBinaries.OfThisMachine().Find() ?? throw new CliException(ExitCode.LocalClusterFailed, ServerBinaries.MissingMessage(ServerBinaries.DefaultRoot));

    public async Task<bool> IsRunningAsync()
    {
        if (!IsInitialised) return false;
        var result = await ProcessRunner.RunAsync(await ToolAsync("pg_ctl"), ["status", "-D", DataDirectory], TimeSpan.FromSeconds(10));
        return result.ExitCode == 0;
    }

    /// <summary>Initialises the cluster if needed and starts it if it is not running.</summary>
    public async Task StartAsync(bool throwaway = false, Action<string>? log = null)
    {
        _binDirectory ??= await _binaries.FindOrInstallAsync(log);
        if (!IsInitialised) await InitialiseAsync(log);
        if (await IsRunningAsync()) return;
        var options = $"-p {Port} -k {SocketDirectory} -c listen_addresses=127.0.0.1 -c max_connections=200 -c max_locks_per_transaction=256";
        // A throwaway test cluster trades durability for speed.
        if (throwaway) options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var result = await ProcessRunner.RunAsync(await ToolAsync("pg_ctl"),
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options], TimeSpan.FromSeconds(90));
        if (result.ExitCode != 0)
            throw new CliException(ExitCode.LocalClusterFailed,
                $"the local PostgreSQL did not start (port {Port} in use?); see {LogFile}");
    }

    public async Task StopAsync()
    {
        if (!await IsRunningAsync()) return;
        await ProcessRunner.RunAsync(await ToolAsync("pg_ctl"), ["stop", "-D", DataDirectory, "-m", "fast", "-w"], TimeSpan.FromSeconds(60));
    }

    private async Task InitialiseAsync(Action<string>? log)
    {
        log?.Invoke($"initialising a local PostgreSQL cluster in {DataDirectory}");
        Directory.CreateDirectory(RootDirectory);
        Directory.CreateDirectory(SocketDirectory);
        if (ProcessRunner.IsRoot)
        {
            // initdb and the server refuse to run as root: the postgres system user owns the cluster.
            var chown = await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", RootDirectory], TimeSpan.FromSeconds(30), asPostgresUser: false);
            if (chown.ExitCode != 0)
                throw new CliException(ExitCode.LocalClusterFailed, $"cannot give {RootDirectory} to the postgres user: {chown.Output}");
        }
        List<string> arguments = ["-D", DataDirectory, "-U", Superuser, "--encoding=UTF8", "--no-locale", "--no-sync", "--auth-local=trust"];
        var passwordFile = Path.Combine(RootDirectory, "pwfile");
        if (HostPassword is null)
        {
            arguments.Add("--auth-host=trust");
        }
        else
        {
            await File.WriteAllTextAsync(passwordFile, HostPassword);
            if (ProcessRunner.IsRoot)
                await ProcessRunner.RunAsync("chown", ["postgres:postgres", passwordFile], TimeSpan.FromSeconds(10), asPostgresUser: false);
            arguments.AddRange(["--auth-host=scram-sha-256", $"--pwfile={passwordFile}"]);
        }
        var result = await ProcessRunner.RunAsync(await ToolAsync("initdb"), arguments, TimeSpan.FromMinutes(2));
        File.Delete(passwordFile);
        if (result.ExitCode != 0)
            throw new CliException(ExitCode.LocalClusterFailed, $"initdb failed: {result.Output.Split('\n').LastOrDefault(l => l.Length > 0)}");
    }

    /// <summary>Over TCP on 127.0.0.1 (with the password when one is set).</summary>
    public NpgsqlConnectionStringBuilder Settings(string database, string applicationName = ConnectionSettings.ApplicationName) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = HostPassword,
        Database = database,
        ApplicationName = applicationName,
    };

    /// <summary>Creates the database if it does not exist yet.</summary>
    public async Task EnsureDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(Settings("postgres").ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    private async Task<string> ToolAsync(string name) => Path.Combine(_binDirectory ??= await _binaries.FindOrInstallAsync(), name);
}
