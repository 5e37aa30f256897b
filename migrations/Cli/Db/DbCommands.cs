using System.CommandLine;
using Spectre.Console;
using Finnest.Database.Engine;
using Finnest.Database.LocalDatabase;

namespace Finnest.Database.Cli.Db;

/// <summary><c>db start|stop|status|url</c>: the local development cluster under .finnest/.</summary>
public static class DbCommands
{
    public static Command Create() => Verb.Group("db", "The local development PostgreSQL cluster under .finnest/",
        Verb.Create("start", "Initialise (first time) and start the local cluster, and create database finnest", async (_, _) =>
        {
            var cluster = ConnectionResolver.LocalDevelopmentCluster();
            await cluster.StartAsync(log: Output.Info);
            await cluster.EnsureDatabaseAsync(ConnectionResolver.LocalDatabaseName);
            Output.Out.WriteLine($"running: psql -h 127.0.0.1 -p {cluster.Port} -U {LocalCluster.Superuser} {ConnectionResolver.LocalDatabaseName}");
            return ExitCode.Ok;
        }),
        Verb.Create("stop", "Stop the local cluster (its data stays in .finnest/)", async (_, _) =>
        {
            await ConnectionResolver.LocalDevelopmentCluster().StopAsync();
            Output.Out.WriteLine("stopped");
            return ExitCode.Ok;
        }),
        Verb.Create("status", "Say whether the local cluster is initialised and running", async (_, _) =>
        {
            var cluster = ConnectionResolver.LocalDevelopmentCluster();
            var state = !cluster.IsInitialised ? "not initialised" : await cluster.IsRunningAsync() ? "running" : "stopped";
            Output.Out.WriteLine($"{state}: {cluster.DataDirectory} (port {cluster.Port})");
            return ExitCode.Ok;
        }),
        Verb.Create("url", "Print the local cluster's connection URL (no password: it trusts 127.0.0.1)", (_, _) =>
        {
            var cluster = ConnectionResolver.LocalDevelopmentCluster();
            Output.Out.WriteLine($"postgres://{LocalCluster.Superuser}@127.0.0.1:{cluster.Port}/{ConnectionResolver.LocalDatabaseName}");
            return Task.FromResult(ExitCode.Ok);
        }));
}
