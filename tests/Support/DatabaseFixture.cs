using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>Every test that needs PostgreSQL joins this collection: one server and one migrated template per run.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}

/// <summary>
/// What a test asks for: a transaction on the shared migrated database that is rolled back when
/// the test ends (<see cref="BeginAsync"/>), or a database of its own cloned from the template
/// (<see cref="CloneAsync"/>) when it must commit or run DDL.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await TestCluster.GetAsync();

    /// <summary>On a shared server (FINNEST_TEST_DATABASE_URL), drops what this run made there once the collection is done.</summary>
    public Task DisposeAsync() => Cluster.IsThrowaway ? Task.CompletedTask : Cluster.DropThisRunsDatabasesAsync();

    /// <summary>A session on the shared migrated database inside one transaction, rolled back on dispose.</summary>
    public async Task<SqlSession> BeginAsync() => await SqlSession.BeginAsync(Cluster.Settings(TestCluster.SharedDatabase));

    /// <summary>A fresh database with every migration applied; the test may commit, run DDL, or migrate it down.</summary>
    public async Task<NpgsqlConnectionStringBuilder> CloneAsync() => Cluster.Settings(await Cluster.CloneTemplateAsync());

    /// <summary>A fresh database without any migration.</summary>
    public async Task<NpgsqlConnectionStringBuilder> EmptyAsync() => Cluster.Settings(await Cluster.CreateEmptyDatabaseAsync());
}
