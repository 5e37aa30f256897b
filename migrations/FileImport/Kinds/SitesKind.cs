using Finnest.Database.Engine;
using Finnest.Database.FileImport.Columns;
using Finnest.Database.FileImport.Reading;
using Finnest.Database.Seeds;
using Npgsql;

namespace Finnest.Database.FileImport.Kinds;

/// <summary>
/// Workplaces into clients.sites. Each row names its client (by ABN, client code or name) among the
/// organisation's live clients, so import the clients file first. Keyed by client and site name.
/// </summary>
public sealed class SitesKind : ImportKind
{
    public static readonly Field ClientAbn = new("client_abn", "ABN of the site's client (one of client_abn, client_code, client_name).", Cells.Abn, "abn", "client abn number");
    public static readonly Field ClientCode = new("client_code", "Client code of the site's client.", Cells.TextUpTo(40), "client id");
    public static readonly Field ClientName = new("client_name", "Legal or trading name of the site's client (must match exactly one).", Cells.TextUpTo(200), "client", "company");
    public static readonly Field SiteName = new("name", "Site name, unique per client in the file; with the client, the row's key.", Cells.TextUpTo(200),
        "site name", "site", "location", "location name", "workplace") { Required = true };
    public static readonly Field SiteCode = new("site_code", "Short code (unique among the client's live sites).", Cells.TextUpTo(40), "site id", "location code");
    public static readonly Field AddressLine1 = new("address_line1", "Street address.", Cells.TextUpTo(200), "address", "street", "street address", "address line 1") { Required = true };
    public static readonly Field AddressLine2 = new("address_line2", "Unit, building, estate.", Cells.TextUpTo(200), "address line 2");
    public static readonly Field Suburb = new("suburb", "Suburb or town.", Cells.TextUpTo(100), "city", "town", "locality") { Required = true };
    public static readonly Field State = new("state", "NSW, VIC, QLD, WA, SA, TAS, ACT or NT (full names accepted).", Cells.State, "state or territory") { Required = true };
    public static readonly Field Postcode = new("postcode", "4 digits, within the state's ranges.", Cells.Postcode, "post code", "postal code") { Required = true };
    public static readonly Field TimeZone = new("timezone", "IANA zone; default from the state (e.g. WA: Australia/Perth). Set it for Broken Hill (Australia/Broken_Hill).", Cells.TimeZone, "time zone", "tz");
    public static readonly Field Latitude = new("latitude", "Decimal degrees, in Australia (negative).", Cells.Decimal(-90, 90), "lat");
    public static readonly Field Longitude = new("longitude", "Decimal degrees, in Australia.", Cells.Decimal(-180, 180), "long", "lng", "lon");
    public static readonly Field GeofenceRadius = new("geofence_radius_m", "Metres, 10 to 10000; needs latitude and longitude.", Cells.WholeNumber(10, 10000), "geofence radius", "geofence", "radius");
    public static readonly Field InductionRequired = new("induction_required", "yes or no.", Cells.YesNo, "induction", "site induction");
    public static readonly Field AccessInstructions = new("access_instructions", "Parking, gate, who to report to.", Cells.TextUpTo(2000), "access", "instructions", "directions");
    public static readonly Field Status = new("status", "active (default) or inactive.", Cells.OneOf(["active", "inactive"]), "site status");

    private List<ClientEntry> _clients = [];

    private sealed record ClientEntry(Guid Id, string? Abn, string? Code, string LegalName, string? TradingName);

    public override string Name => "sites";
    public override string Table => "clients.sites";

    public override IReadOnlyList<Field> Fields { get; } =
    [
        ClientAbn, ClientCode, ClientName, SiteName, SiteCode, AddressLine1, AddressLine2, Suburb, State, Postcode, TimeZone,
        Latitude, Longitude, GeofenceRadius, InductionRequired, AccessInstructions, Status,
    ];

    public override void CheckHeaders(ColumnMap map, Sheet sheet)
    {
        if (!map.Has(ClientAbn) && !map.Has(ClientCode) && !map.Has(ClientName))
            throw new EngineException(Failure.BadInput, $"{sheet.FileName}: no client_abn, client_code or client_name column: every site must name its client");
    }

    public override async Task LoadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        _clients = [];
        await using var command = new NpgsqlCommand(
            "select id, abn::text, client_code, legal_name, trading_name from clients.clients where deleted_at is null", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            _clients.Add(new ClientEntry(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
    }

    public override TargetRow? Build(ParsedRow row, ColumnMap map, Action<Field?, string> problem)
    {
        var valid = true;
        void Fail(Field? field, string message) { problem(field, message); valid = false; }

        var client = ResolveClient(row, Fail);
        CheckPostcodeInState(row, State, Postcode, Fail);
        var latitude = row.Get<decimal?>(Latitude);
        var longitude = row.Get<decimal?>(Longitude);
        if (latitude.HasValue != longitude.HasValue) Fail(latitude.HasValue ? Longitude : Latitude, "is empty: give both latitude and longitude, or neither");
        if (latitude is { } lat && longitude is { } lon && (lat is < -45m or > -9m || lon is < 96m or > 168m))
            Fail(Latitude, $"{lat}, {lon} is not in Australia (a minus sign missing, or latitude and longitude swapped?)");
        if (row.Has(GeofenceRadius) && latitude is null) Fail(GeofenceRadius, "needs latitude and longitude");
        if (!valid || client is null) return null;

        var columns = new TargetColumns(row)
            .From(SiteName, "name", "text")
            .From(SiteCode, "site_code", "text")
            .From(AddressLine1, "address_line1", "text")
            .From(AddressLine2, "address_line2", "text")
            .From(Suburb, "suburb", "text")
            .From(State, "state", "text")
            .From(Postcode, "postcode", "char(4)")
            .From(TimeZone, "timezone", "text")
            .From(Latitude, "latitude", "numeric(9,6)")
            .From(Longitude, "longitude", "numeric(9,6)")
            .From(GeofenceRadius, "geofence_radius_m", "integer")
            .From(InductionRequired, "induction_required", "boolean")
            .From(AccessInstructions, "access_instructions", "text")
            .From(Status, "status", "text");
        columns.Insert(0, new TargetColumn("client_id", "uuid", client.Id, null));
        if (!row.Has(TimeZone))
            columns.Add(new TargetColumn("timezone", "text", AustralianIdentifiers.TimeZone(row.Get<string>(State)!), State, InsertOnly: true));

        var name = row.Get<string>(SiteName)!;
        var key = $"{client.Id}|{KeyText(name)}";
        return new TargetRow(row.Number, new NaturalKey("sites.client_site_name", KeyHash(key), $"site '{name}' of {client.LegalName}"), columns);
    }

    /// <summary>The one live client the row names; by ABN, else code, else name. Two matches are never guessed between.</summary>
    private ClientEntry? ResolveClient(ParsedRow row, Action<Field?, string> fail)
    {
        static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        var (field, value, matches) =
            row.Get<string>(ClientAbn) is { } abn ? (ClientAbn, abn, _clients.Where(c => c.Abn == abn).ToList())
            : row.Get<string>(ClientCode) is { } code ? (ClientCode, code, _clients.Where(c => Same(c.Code, code)).ToList())
            : row.Get<string>(ClientName) is { } name ? (ClientName, name, _clients.Where(c => Same(c.LegalName, name) || Same(c.TradingName, name)).ToList())
            : (ClientAbn, "", []);
        switch (matches.Count)
        {
            case 1:
                return matches[0];
            case 0 when value.Length == 0:
                fail(field, "is empty, and so are client_code and client_name: every site must name its client");
                return null;
            case 0:
                fail(field, $"'{value}' matches no live client of the organisation (import the clients file first)");
                return null;
            default:
                fail(field, $"'{value}' matches {matches.Count} clients; name the client by a value only one has");
                return null;
        }
    }
}
