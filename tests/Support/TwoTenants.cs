using Dapper;
using Finnest.Database.Seeds;
using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>A migrated database holding two organisations' seeded data, and their ids (A first).</summary>
public sealed record TwoTenantDatabase(NpgsqlConnectionStringBuilder Settings, Guid A, Guid B);

/// <summary>
/// The one place tests call the seeder for two tenants' data: when the seeder's entry point
/// changes, only this helper does. Seeded once per run (a clone), shared by the tests that read it.
/// </summary>
public static class TwoTenants
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TwoTenantDatabase? _seeded;

    public static async Task<TwoTenantDatabase> SeededAsync(DatabaseFixture database)
    {
        await Gate.WaitAsync();
        try
        {
            return _seeded ??= await SeedAsync(database);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<TwoTenantDatabase> SeedAsync(DatabaseFixture database)
    {
        var settings = await database.CloneAsync();
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await Seeder.RunAsync(connection, new SeedOptions { Scale = SeedScale.Demo, AsOf = TestClock.Today });
        var orgs = (await connection.QueryAsync<Guid>("select id from public.organisations order by inserted_at, id")).ToList();
        if (orgs.Count != 2) throw new InvalidOperationException($"the seeder made {orgs.Count} organisations, not 2");
        return new TwoTenantDatabase(settings, orgs[0], orgs[1]);
    }
}
