using Finnest.Database.LocalDatabase;
using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// A brand-new PostgreSQL cluster of one test (its own directory and free port, password-checked
/// TCP): for what must start from a server where no finnest role exists yet. Stopped and deleted on dispose.
/// </summary>
public sealed class FreshCluster : IAsyncDisposable
{
    private FreshCluster(LocalCluster cluster) => Cluster = cluster;

    public LocalCluster Cluster { get; }

    public static async Task<FreshCluster> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"finnest-fresh-{TestCluster.RunId}-{Guid.NewGuid():N}");
        var cluster = new LocalCluster(root, TestCluster.FreePort(), hostPassword: TestCluster.Password);
        await cluster.StartAsync(throwaway: true);
        return new FreshCluster(cluster);
    }

    /// <summary>The superuser over TCP, on <paramref name="database"/>.</summary>
    public NpgsqlConnectionStringBuilder Superuser(string database) =>
        new(Cluster.Settings(database).ConnectionString) { Pooling = false };

    public string SuperuserUrl(string database) =>
        $"postgres://{LocalCluster.Superuser}:{TestCluster.Password}@127.0.0.1:{Cluster.Port}/{database}";

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAsync();
        try { Directory.Delete(Cluster.RootDirectory, recursive: true); }
        catch (IOException) { } // the postgres user's files: the temporary directory is cleaned eventually
        catch (UnauthorizedAccessException) { }
    }
}
