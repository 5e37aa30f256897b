using Finnest.Database.Seeds;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Seeding;

/// <summary>
/// Three fresh clones seeded once per run, in parallel: two with the same options (determinism), one with another
/// random seed. The first is also the data set the invariant tests read.
/// </summary>
public sealed class SeededDatabases : IAsyncLifetime
{
    public static readonly SeedOptions Options = new() { Scale = SeedScale.Demo, RandomSeed = 424242, AsOf = new DateOnly(2026, 6, 15) };

    public NpgsqlConnectionStringBuilder First { get; private set; } = null!;
    public NpgsqlConnectionStringBuilder Second { get; private set; } = null!;
    public NpgsqlConnectionStringBuilder OtherSeed { get; private set; } = null!;
    public SeedSummary FirstSummary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cluster = await TestCluster.GetAsync();
        First = cluster.Settings(await cluster.CloneTemplateAsync());
        Second = cluster.Settings(await cluster.CloneTemplateAsync());
        OtherSeed = cluster.Settings(await cluster.CloneTemplateAsync());
        var first = Seeder.RunAsync(First.ConnectionString, Options);
        var second = Seeder.RunAsync(Second.ConnectionString, Options);
        var other = Seeder.RunAsync(OtherSeed.ConnectionString, Options with { RandomSeed = 424243 });
        await Task.WhenAll(first, second, other);
        FirstSummary = await first;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
