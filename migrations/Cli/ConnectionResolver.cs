using System.CommandLine;
using Finnest.Database.Engine;
using Finnest.Database.LocalDatabase;
using Npgsql;

namespace Finnest.Database.Cli;

/// <summary>--connection, else $FINNEST_DATABASE_URL, else the local development cluster (started on demand).</summary>
public static class ConnectionResolver
{
    public const string EnvironmentVariable = "FINNEST_DATABASE_URL";
    public const string LocalDatabaseName = "finnest";

    /// <summary>
    /// The settings a verb connects with. <paramref name="applicationName"/> names the verb in
    /// pg_stat_activity unless the user's connection string already gave one, which is kept.
    /// </summary>
    public static async Task<NpgsqlConnectionStringBuilder> ResolveAsync(ParseResult parse, string applicationName = ConnectionSettings.ApplicationName)
    {
        var explicitValue = parse.GetValue(CommonOptions.Connection);
        if (!string.IsNullOrWhiteSpace(explicitValue)) return ConnectionSettings.Parse(explicitValue, applicationName);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return ConnectionSettings.Parse(fromEnvironment, applicationName);

        var cluster = LocalDevelopmentCluster();
        var wasRunning = await cluster.IsRunningAsync();
        await cluster.StartAsync(log: Output.Info);
        await cluster.EnsureDatabaseAsync(LocalDatabaseName);
        Output.Info($"no --connection or ${EnvironmentVariable}: using the local cluster in {cluster.RootDirectory}" +
                    $"{(wasRunning ? "" : " (started it)")}; psql -h 127.0.0.1 -p {cluster.Port} -U {LocalCluster.Superuser} {LocalDatabaseName}");
        return cluster.Settings(LocalDatabaseName, applicationName);
    }

    /// <summary>.finnest/ at the repository root (the directory holding Finnest.Database.sln), else in the current directory.</summary>
    public static LocalCluster LocalDevelopmentCluster()
    {
        var directory = new DirectoryInfo(Environment.CurrentDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Finnest.Database.sln")))
            directory = directory.Parent;
        var root = Path.Combine(directory?.FullName ?? Environment.CurrentDirectory, ".finnest");
        var port = int.TryParse(Environment.GetEnvironmentVariable("FINNEST_LOCAL_PORT"), out var p) ? p : 54329;
        return new LocalCluster(root, port);
    }
}
