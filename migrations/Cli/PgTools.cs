using Finnest.Database.LocalDatabase;

namespace Finnest.Database.Cli;

/// <summary>Where the PostgreSQL client and server programs are: $FINNEST_PG_BIN, else the newest /usr/lib/postgresql/N/bin.</summary>
public static class PgTools
{
    public static string BinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("FINNEST_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(Path.Combine(configured, "pg_ctl")) ? configured
                : throw new CliException(ExitCode.LocalClusterFailed, $"FINNEST_PG_BIN={configured} holds no pg_ctl");
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(c => File.Exists(Path.Combine(c.Dir, "pg_ctl")))
                .OrderByDescending(c => c.Version).Select(c => c.Dir)
            : [];
        return candidates.FirstOrDefault()
               ?? throw new CliException(ExitCode.LocalClusterFailed,
                   "no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin; set FINNEST_PG_BIN): install postgresql, e.g. apt-get install postgresql");
    }

    public static string PgCtl => Tool("pg_ctl");
    public static string InitDb => Tool("initdb");
    public static string PgDump => Tool("pg_dump");
    public static string Psql => Tool("psql");

    private static string Tool(string name) => Path.Combine(BinDirectory(), name);

    /// <summary>
    /// libpq environment for a client program (pg_dump, psql) reaching the same server as the
    /// Npgsql settings, including SSL mode and application name; the password travels in PGPASSWORD, never on a command line.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ClientEnvironment(Npgsql.NpgsqlConnectionStringBuilder settings)
    {
        var env = new Dictionary<string, string>
        {
            ["PGHOST"] = settings.Host!,
            ["PGPORT"] = settings.Port.ToString(),
            ["PGUSER"] = settings.Username ?? "postgres",
            ["PGDATABASE"] = settings.Database ?? settings.Username ?? "postgres",
            ["PGSSLMODE"] = settings.SslMode switch
            {
                Npgsql.SslMode.Disable => "disable",
                Npgsql.SslMode.Allow => "allow",
                Npgsql.SslMode.Require => "require",
                Npgsql.SslMode.VerifyCA => "verify-ca",
                Npgsql.SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
        };
        if (!string.IsNullOrEmpty(settings.ApplicationName)) env["PGAPPNAME"] = settings.ApplicationName;
        if (!string.IsNullOrEmpty(settings.Password)) env["PGPASSWORD"] = settings.Password;
        if (!string.IsNullOrEmpty(settings.RootCertificate)) env["PGSSLROOTCERT"] = settings.RootCertificate;
        return env;
    }
}
