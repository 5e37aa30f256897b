using Finnest.Database.Cli;
using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.LocalDatabase;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// The README's quick start as a newcomer meets it: the real CLI, no connection given, in a
/// directory of its own and on a port of its own, so it never meets another run's cluster.
/// </summary>
public sealed class QuickStartTests : IAsyncLifetime
{
    private readonly string _workingDirectory = Path.Combine(Path.GetTempPath(), $"finnest-quickstart-{TestCluster.RunId}-{Guid.NewGuid():N}");
    private readonly int _port = TestCluster.FreePort();

    private Dictionary<string, string> Environment => new() { ["FINNEST_LOCAL_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private Task<CliResult> CliAsync(params string[] args) => CliProcess.RunInAsync(_workingDirectory, Environment, args);

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_workingDirectory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await CliAsync("db", "stop");
        try { Directory.Delete(_workingDirectory, recursive: true); }
        catch (IOException) { } // files of the postgres user: the temporary directory is cleaned eventually
        catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task with_no_connection_migrate_up_creates_a_local_cluster_under_dot_finnest_reuses_it_and_db_stops_starts_and_locates_it()
    {
        var dataDirectory = Path.Combine(_workingDirectory, ".finnest", "pgdata");
        Assert.StartsWith("not initialised", (await CliAsync("db", "status")).StdOut);

        var first = await CliAsync("migrate", "up");
        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains($"initialising a local PostgreSQL cluster in {dataDirectory}", first.StdErr);
        Assert.Contains("(started it)", first.StdErr);
        Assert.Contains($"psql -h 127.0.0.1 -p {_port} -U postgres finnest", first.StdErr);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "PG_VERSION")));

        var again = await CliAsync("migrate", "up");
        Assert.True(again.ExitCode == 0, again.All);
        Assert.Contains("nothing to do", again.All);
        Assert.DoesNotContain("initialising", again.StdErr);
        Assert.DoesNotContain("(started it)", again.StdErr);

        var url = (await CliAsync("db", "url")).StdOut.Trim();
        Assert.Equal($"postgres://postgres@127.0.0.1:{_port}/finnest", url);
        await using (var c = new NpgsqlConnection(ConnectionSettings.Parse(url).ConnectionString + ";Pooling=false"))
        {
            await c.OpenAsync();
            Assert.Equal(FinnestMigrations.Catalog().Migrations.Count,
                await c.ExecuteScalarAsync<long>("select count(distinct version) from finnest.schema_history where kind = 'versioned'"));
        }

        Assert.Equal("stopped", (await CliAsync("db", "stop")).StdOut.Trim());
        Assert.StartsWith("stopped:", (await CliAsync("db", "status")).StdOut);
        var start = await CliAsync("db", "start");
        Assert.True(start.ExitCode == 0, start.All);
        Assert.DoesNotContain("initialising", start.StdErr);
        Assert.StartsWith("running:", (await CliAsync("db", "status")).StdOut);
        Assert.Contains("nothing to do", (await CliAsync("migrate", "up")).All);
    }

    [Fact]
    public async Task without_server_binaries_the_cli_exits_7_with_one_line_naming_what_to_install()
    {
        var empty = Path.Combine(_workingDirectory, "no-postgres-here");
        Directory.CreateDirectory(empty);
        var env = Environment;
        env["FINNEST_PG_BIN"] = empty;

        var result = await CliProcess.RunInAsync(_workingDirectory, env, "migrate", "up");

        Assert.Equal((int)ExitCode.LocalClusterFailed, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: FINNEST_PG_BIN={empty} holds no pg_ctl: point it at the bin directory of a PostgreSQL server, or unset it to use /usr/lib/postgresql/*/bin", line);
        Assert.False(Directory.Exists(Path.Combine(_workingDirectory, ".finnest", "pgdata")));
    }

    [Fact]
    public async Task without_server_binaries_and_without_a_way_to_install_them_the_message_names_the_package()
    {
        var emptyRoot = Path.Combine(_workingDirectory, "usr-lib-postgresql");
        Directory.CreateDirectory(emptyRoot);

        var e = await Assert.ThrowsAsync<CliException>(() => WithoutPgBin(() => new ServerBinaries(emptyRoot, install: null).FindOrInstallAsync()));

        Assert.Equal(ExitCode.LocalClusterFailed, e.Code);
        Assert.Equal(ServerBinaries.MissingMessage(emptyRoot), e.Message);
        Assert.Contains("apt-get install postgresql", e.Message);
    }

    [Fact]
    public async Task without_server_binaries_but_with_an_installer_they_are_installed_and_used_saying_what_is_installed()
    {
        var root = Path.Combine(_workingDirectory, "usr-lib-postgresql");
        Directory.CreateDirectory(root);
        var log = new List<string>();
        var installs = 0;
        var binaries = new ServerBinaries(root, install: _ =>
        {
            installs++;
            // What the Debian package leaves behind: <root>/<major>/bin/pg_ctl.
            Directory.CreateDirectory(Path.Combine(root, "15", "bin"));
            File.WriteAllText(Path.Combine(root, "15", "bin", "pg_ctl"), "");
            return Task.FromResult(true);
        });

        var found = await WithoutPgBin(() => binaries.FindOrInstallAsync(log.Add));

        Assert.Equal(Path.Combine(root, "15", "bin"), found);
        Assert.Equal(1, installs);
        Assert.Contains(log, l => l.Contains("installing the Debian package postgresql with apt-get", StringComparison.Ordinal));
        Assert.Equal(found, await WithoutPgBin(() => binaries.FindOrInstallAsync()));
        Assert.Equal(1, installs);
    }

    [Fact]
    public async Task an_installer_that_fails_ends_in_exit_7_naming_the_package()
    {
        var root = Path.Combine(_workingDirectory, "usr-lib-postgresql");
        Directory.CreateDirectory(root);
        var binaries = new ServerBinaries(root, install: _ => Task.FromResult(false));

        var e = await Assert.ThrowsAsync<CliException>(() => WithoutPgBin(() => binaries.FindOrInstallAsync()));

        Assert.Equal(ExitCode.LocalClusterFailed, e.Code);
        Assert.StartsWith("apt-get could not install postgresql", e.Message);
    }

    /// <summary>Runs with FINNEST_PG_BIN unset (a developer's setting must not decide these tests).</summary>
    private static async Task<T> WithoutPgBin<T>(Func<Task<T>> action)
    {
        var saved = System.Environment.GetEnvironmentVariable(ServerBinaries.EnvironmentVariable);
        System.Environment.SetEnvironmentVariable(ServerBinaries.EnvironmentVariable, null);
        try
        {
            return await action();
        }
        finally
        {
            System.Environment.SetEnvironmentVariable(ServerBinaries.EnvironmentVariable, saved);
        }
    }
}
