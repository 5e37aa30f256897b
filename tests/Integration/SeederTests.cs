using Dapper;
using Finnest.Database.Seeds;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

[Collection(DatabaseCollection.Name)]
public sealed class SeederTests(DatabaseFixture database)
{
    [Fact]
    public async Task seeded_data_passes_every_constraint_and_stays_within_its_tenant()
    {
        var settings = await database.CloneAsync();
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        await c.OpenAsync();
        var summary = await new FakeDataSeeder(c, new SeedOptions { Organisations = 2, EmployeesPerOrganisation = 10, ClientsPerOrganisation = 2, RosterDays = 7 }).RunAsync();

        Assert.Equal(20, summary.RowsByTable["people.employees"]);
        Assert.True(summary.RowsByTable["timekeep.clock_events"] > 0);
        var orgs = (await c.QueryAsync<Guid>("select id from public.organisations")).ToList();
        // The other tenant has shifts (read as the superuser), and the first tenant sees exactly its own.
        var shiftsByOrg = (await c.QueryAsync<(Guid Org, long Count)>("select org_id, count(*) from roster.shifts group by org_id")).ToDictionary(r => r.Org, r => r.Count);
        Assert.True(shiftsByOrg.GetValueOrDefault(orgs[1]) > 0, "the second organisation has no shifts: nothing for row-level security to hide");
        await using var tx = await c.BeginTransactionAsync();
        await c.ExecuteAsync("set local role finnest_app; select set_config('app.org_id', @org, true)", new { org = orgs[0].ToString() }, tx);
        Assert.Equal(10, await c.ExecuteScalarAsync<long>("select count(*) from people.employees", transaction: tx));
        Assert.Equal(shiftsByOrg[orgs[0]], await c.ExecuteScalarAsync<long>("select count(*) from roster.shifts", transaction: tx));
    }

    [Fact]
    public async Task seeded_tax_file_numbers_are_encrypted_valid_and_never_in_the_audit_log()
    {
        var settings = await database.CloneAsync();
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        await c.OpenAsync();
        await new FakeDataSeeder(c, new SeedOptions { Organisations = 1, EmployeesPerOrganisation = 5, ClientsPerOrganisation = 1, RosterDays = 1 }).RunAsync();

        var sealedTfns = (await c.QueryAsync<byte[]>("select tax_file_number_encrypted from people.employees")).ToList();
        Assert.Equal(5, sealedTfns.Count);
        Assert.All(sealedTfns, s => Assert.True(AustralianIdentifiers.IsValidTfn(DevelopmentEncryption.Decrypt(s))));
        Assert.Equal(5, await c.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'people.employees' and new_row ->> 'tax_file_number_encrypted' = '[redacted]'"));
    }

    [Fact]
    public async Task the_same_random_seed_gives_the_same_data()
    {
        async Task<string[]> SeedAsync()
        {
            var settings = await database.CloneAsync();
            await using var c = new NpgsqlConnection(settings.ConnectionString);
            await c.OpenAsync();
            await new FakeDataSeeder(c, new SeedOptions { Organisations = 1, EmployeesPerOrganisation = 5, ClientsPerOrganisation = 1, RosterDays = 2, RandomSeed = 7 }).RunAsync();
            return (await c.QueryAsync<string>("select abn || ' ' || name from public.organisations union all select first_name || ' ' || last_name from people.employees order by 1")).ToArray();
        }

        Assert.Equal(await SeedAsync(), await SeedAsync());
    }
}
