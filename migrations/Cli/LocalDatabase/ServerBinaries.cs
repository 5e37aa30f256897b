using Finnest.Database.Cli;
using Finnest.Database.Engine;

namespace Finnest.Database.LocalDatabase;

/// <summary>
/// Finds the PostgreSQL server binaries (initdb, pg_ctl) the local cluster is made from:
/// $FINNEST_PG_BIN, else the newest &lt;root&gt;/N/bin. When none are installed and we run as root
/// with apt-get, installs the Debian package <see cref="Package"/> first, saying so; otherwise stops
/// with one line naming exactly what to install (exit 7).
/// </summary>
public sealed class ServerBinaries(string searchRoot, Func<Action<string>, Task<bool>>? install)
{
    public const string DefaultRoot = "/usr/lib/postgresql";
    public const string Package = "postgresql";
    public const string EnvironmentVariable = "FINNEST_PG_BIN";

    /// <summary>This machine's: the standard location, and apt-get as the installer when we are root and it exists.</summary>
    public static ServerBinaries OfThisMachine() => new(DefaultRoot, ProcessRunner.IsRoot && File.Exists("/usr/bin/apt-get") ? AptGetInstallAsync : null);

    /// <summary>The binaries' directory, or null when none is installed (never installs).</summary>
    public string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(Path.Combine(configured, "pg_ctl")) ? configured : null;
        if (!Directory.Exists(searchRoot)) return null;
        return Directory.GetDirectories(searchRoot)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(c => File.Exists(Path.Combine(c.Dir, "pg_ctl")))
            .OrderByDescending(c => c.Version).Select(c => c.Dir)
            .FirstOrDefault();
    }

    /// <summary>The binaries' directory, installing them first when that is possible; else exit 7 naming what to install.</summary>
    public async Task<string> FindOrInstallAsync(Action<string>? log = null)
    {
        if (Find() is { } found) return found;
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        // An explicit directory is the user's choice: installing elsewhere would not change what they asked for.
        if (!string.IsNullOrEmpty(configured))
            throw new CliException(ExitCode.LocalClusterFailed,
                $"{EnvironmentVariable}={configured} holds no pg_ctl: point it at the bin directory of a PostgreSQL server, or unset it to use {searchRoot}/*/bin");
        if (install is not null)
        {
            log?.Invoke($"no PostgreSQL server binaries in {searchRoot}/*/bin: installing the Debian package {Package} with apt-get");
            if (await install(log ?? (_ => { })) && Find() is { } installed)
            {
                log?.Invoke($"installed PostgreSQL server binaries in {installed}");
                return installed;
            }
            throw new CliException(ExitCode.LocalClusterFailed,
                $"apt-get could not install {Package}: install it yourself (apt-get install {Package}) or set {EnvironmentVariable} to the directory holding initdb and pg_ctl");
        }
        throw new CliException(ExitCode.LocalClusterFailed, MissingMessage(searchRoot));
    }

    /// <summary>The one line a user without root (or without apt-get) gets.</summary>
    public static string MissingMessage(string searchRoot) =>
        $"no PostgreSQL server binaries (initdb, pg_ctl) in {searchRoot}/*/bin: install the package {Package} (sudo apt-get install {Package}), or set {EnvironmentVariable} to the directory holding them";

    private static async Task<bool> AptGetInstallAsync(Action<string> log)
    {
        var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var update = await ProcessRunner.RunAsync("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(5), asPostgresUser: false, environment);
        if (update.ExitCode != 0) log($"apt-get update failed: {update.Output.Split('\n').LastOrDefault(l => l.Length > 0)}");
        var install = await ProcessRunner.RunAsync("apt-get", ["install", "-y", "-qq", Package], TimeSpan.FromMinutes(15), asPostgresUser: false, environment);
        if (install.ExitCode != 0) log($"apt-get install {Package} failed: {install.Output.Split('\n').LastOrDefault(l => l.Length > 0)}");
        return install.ExitCode == 0;
    }
}
