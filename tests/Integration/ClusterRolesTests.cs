using System.Net;
using System.Net.Sockets;
using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.LocalDatabase;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>Roles are shared by the whole cluster while the migration lock is per database: runners on different databases must not trip over each other.</summary>
public sealed class ClusterRolesTests
{
    [Fact]
    public async Task six_fresh_databases_migrated_at_once_on_a_cluster_without_the_roles_never_fail_over_ten_trials()
    {
        var root = Path.Combine(Path.GetTempPath(), $"finnest-roles-{Guid.NewGuid():N}");
        var cluster = new LocalCluster(root, FreePort());
        try
        {
            await cluster.StartAsync(throwaway: true);
            var first = FinnestMigrations.Catalog().Migrations[0].Version;
            var failures = new List<string>();
            for (var trial = 0; trial < 10; trial++)
            {
                var names = Enumerable.Range(0, 6).Select(i => $"roles_{trial}_{i}").ToList();
                foreach (var name in names) await ExecuteAsync(cluster, $"create database {name}");
                // Only the first migration: it is the one that creates the roles.
                var runs = names.Select(name => Task.Run(async () =>
                {
                    try
                    {
                        await new MigrationRunner(FinnestMigrations.Catalog(), Settings(cluster, name), new RunnerOptions(), _ => { }).UpAsync(first);
                    }
                    catch (EngineException e)
                    {
                        lock (failures) failures.Add($"trial {trial}, {name}: {e.Message}");
                    }
                }));
                await Task.WhenAll(runs);
                foreach (var name in names) await ExecuteAsync(cluster, $"drop database {name} with (force)");
                await ExecuteAsync(cluster, "drop role finnest_migrator, finnest_app, finnest_readonly, finnest_maintenance, finnest_owner");
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await cluster.StopAsync();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static NpgsqlConnectionStringBuilder Settings(LocalCluster cluster, string database) =>
        new(cluster.Settings(database).ConnectionString) { Pooling = false };

    private static async Task ExecuteAsync(LocalCluster cluster, string sql)
    {
        await using var c = new NpgsqlConnection(Settings(cluster, "postgres").ConnectionString);
        await c.ExecuteAsync(sql);
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
