using Dapper;
using Finnest.Database.FileImport;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.FileImport;

/// <summary>Client files keyed by ABN, then site files that name their client.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ClientAndSiteImportTests(DatabaseFixture fixture) : IDisposable
{
    private readonly ImportFiles _files = new();
    private static readonly string[] ClientHeader = ["Legal Name", "Trading as", "ABN", "Code", "Status", "Payment terms", "Accounts email", "Credit limit"];
    private static readonly string[] SiteHeader = ["Client ABN", "Site name", "Site code", "Street address", "Suburb", "State", "Postcode", "Lat", "Long", "Geofence radius", "Induction"];
    private readonly string _abnA = ImportFiles.Abn();
    private readonly string _abnB = ImportFiles.Abn();

    private string[][] Clients() =>
    [
        ["Alpha Logistics Pty Ltd", "Alpha", Spaced(_abnA), "ALPHA", "Active", "30", "ap@alpha.example.com", "$25,000.00"],
        ["Beta Foods Pty Ltd", "", _abnB, "BETA", "prospect", "14", "", ""],
    ];

    private static string Spaced(string abn) => $"{abn[..2]} {abn[2..5]} {abn[5..8]} {abn[8..]}";

    [Fact]
    public async Task clients_are_keyed_by_abn_and_a_second_import_updates_the_changed_one()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var first = await db.ImportAsync("clients", _files.Csv("clients.csv", ClientHeader, Clients()));
        Assert.Equal(2, first.Inserted);
        Assert.Equal(long.Parse(_abnA), await db.Connection.ExecuteScalarAsync<long>(
            "select m.legacy_id from public.id_mappings m join clients.clients c on c.id = m.target_id where c.client_code = 'ALPHA' and m.legacy_table = 'clients.abn'"));
        Assert.Equal(25000m, await db.Connection.ExecuteScalarAsync<decimal>("select credit_limit from clients.clients where abn = @abn", new { abn = _abnA }));

        var rows = Clients();
        rows[1][4] = "active";
        var second = await db.ImportAsync("clients", _files.Xlsx("clients.xlsx", ClientHeader, rows.Select(r => r.Cast<object?>().ToArray()).ToArray()));

        Assert.Equal((0, 1, 1), (second.Inserted, second.Updated, second.Unchanged));
        Assert.Equal("active", await db.Connection.ExecuteScalarAsync<string>("select status from clients.clients where abn = @abn", new { abn = _abnB }));
        Assert.Equal(2, await db.CountAsync("clients.clients"));
    }

    [Fact]
    public async Task an_abn_with_a_wrong_check_digit_is_reported_and_nothing_is_written()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var rows = Clients();
        rows[0][2] = "51 824 753 557";

        var outcome = await db.ImportAsync("clients", _files.Csv("clients.csv", ClientHeader, rows));

        Assert.Equal([new RowProblem(2, "ABN", "ABN 51 824 753 557 fails the ABN check digits")], outcome.Problems);
        Assert.Equal(0, await db.CountAsync("clients.clients"));
    }

    [Fact]
    public async Task sites_resolve_their_client_take_the_state_time_zone_and_are_keyed_by_client_and_name()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        await db.ImportAsync("clients", _files.Csv("clients.csv", ClientHeader, Clients()));
        string[][] sites =
        [
            [_abnA, "Alpha DC Perth", "PER1", "10 Kewdale Rd", "Kewdale", "WA", "6105", "-31.98", "115.95", "200", "yes"],
            [_abnA, "Alpha Hobart", "", "1 Macquarie St", "Hobart", "TAS", "7000", "", "", "", "no"],
            [_abnB, "Beta Kitchen", "K1", "2 Hay St", "Sydney", "NSW", "2000", "", "", "", ""],
        ];
        var first = await db.ImportAsync("sites", _files.Csv("sites.csv", SiteHeader, sites));
        var again = await db.ImportAsync("sites", _files.Csv("sites.csv", SiteHeader, sites));

        Assert.Empty(first.Problems);
        Assert.Equal(3, first.Inserted);
        Assert.Equal((0, 0, 3), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal("Australia/Perth", await db.Connection.ExecuteScalarAsync<string>("select timezone from clients.sites where site_code = 'PER1'"));
        Assert.Equal("Australia/Hobart", await db.Connection.ExecuteScalarAsync<string>("select timezone from clients.sites where name = 'Alpha Hobart'"));
        Assert.Equal(2, await db.Connection.ExecuteScalarAsync<long>(
            "select count(*) from clients.sites s join clients.clients c on c.id = s.client_id where c.abn = @abn", new { abn = _abnA }));
        Assert.Equal(3, await db.MappingsAsync("clients.sites"));
    }

    [Fact]
    public async Task a_site_of_an_unknown_client_or_with_swapped_coordinates_is_reported()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        await db.ImportAsync("clients", _files.Csv("clients.csv", ClientHeader, Clients()));
        var stranger = ImportFiles.Abn();
        var outcome = await db.ImportAsync("sites", _files.Csv("sites.csv", SiteHeader,
            [stranger, "Nowhere", "", "1 A St", "Sydney", "NSW", "2000", "", "", "", ""],
            [_abnA, "No minus", "", "1 B St", "Perth", "WA", "6000", "31.98", "115.95", "", ""],
            [_abnA, "Half fence", "", "1 C St", "Perth", "WA", "6000", "", "", "100", ""]));

        Assert.Equal(3, outcome.InvalidRows);
        Assert.Contains(new RowProblem(2, "Client ABN", $"'{stranger}' matches no live client of the organisation (import the clients file first)"), outcome.Problems);
        Assert.Contains(outcome.Problems, p => p is { Row: 3, Column: "Lat" } && p.Problem.Contains("not in Australia"));
        Assert.Contains(new RowProblem(4, "Geofence radius", "needs latitude and longitude"), outcome.Problems);
        Assert.Equal(0, await db.CountAsync("clients.sites"));
    }

    public void Dispose() => _files.Dispose();
}
