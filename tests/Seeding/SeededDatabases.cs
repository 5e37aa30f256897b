using Finnest.Database.Seeds;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Seeding;

/// <summary>
/// Four fresh clones seeded once per run, in parallel: two with the same options (determinism; the second generates no
/// table ahead of its turn), one with another
/// random seed, one as of a leap day before the award rates the migrations load. The first is also the data set the
/// invariant tests read.
/// </summary>
public sealed class SeededDatabases : IAsyncLifetime
{
    public static readonly SeedOptions Options = new() { Scale = SeedScale.Demo, RandomSeed = 424242, AsOf = new DateOnly(2026, 6, 15) };

    public NpgsqlConnectionStringBuilder First { get; private set; } = null!;
    public NpgsqlConnectionStringBuilder Second { get; private set; } = null!;
    public NpgsqlConnectionStringBuilder OtherSeed { get; private set; } = null!;
    public NpgsqlConnectionStringBuilder EarlyAsOf { get; private set; } = null!;
    public SeedSummary FirstSummary { get; private set; } = null!;
    public SeedSummary EarlyAsOfSummary { get; private set; } = null!;

    /// <summary>29 February 2024: before every loaded award rate (1 July 2025) and in a leap year.</summary>
    public static readonly DateOnly EarlyDay = new(2024, 2, 29);

    public async Task InitializeAsync()
    {
        var cluster = await TestCluster.GetAsync();
        First = cluster.Settings(await cluster.CloneTemplateAsync());
        Second = cluster.Settings(await cluster.CloneTemplateAsync());
        OtherSeed = cluster.Settings(await cluster.CloneTemplateAsync());
        EarlyAsOf = cluster.Settings(await cluster.CloneTemplateAsync());
        var first = Seeder.RunAsync(First.ConnectionString, Options);
        // Every table in its turn: the same rows as the first, which generated tables ahead while others were written.
        var second = Seeder.RunAsync(Second.ConnectionString, Options with { GenerateAhead = false });
        var other = Seeder.RunAsync(OtherSeed.ConnectionString, Options with { RandomSeed = 424243 });
        var early = Seeder.RunAsync(EarlyAsOf.ConnectionString, Options with { AsOf = EarlyDay });
        await Task.WhenAll(first, second, other, early);
        FirstSummary = await first;
        EarlyAsOfSummary = await early;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
