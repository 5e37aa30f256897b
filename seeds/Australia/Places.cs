namespace Finnest.Database.Seeds;

/// <summary>A real Australian locality: its state, postcode, IANA time zone and coordinates agree with each other.</summary>
public sealed record Place(string Suburb, string State, string Postcode, string TimeZone, double Latitude, double Longitude)
{
    /// <summary>The instant (UTC) of a wall-clock time here: rosters and diaries are planned in local hours, stored as instants.</summary>
    public DateTime Utc(DateTime localWallTime) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localWallTime, DateTimeKind.Unspecified), Zones.GetOrAdd(TimeZone, TimeZoneInfo.FindSystemTimeZoneById));

    /// <summary>Each time zone looked up once: FindSystemTimeZoneById takes a process-wide lock on every call.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo> Zones = new();
}

/// <summary>Localities across every state and territory, so seeded sites, offices and GPS points are not all in Sydney.</summary>
public static class Places
{
    public static IReadOnlyList<Place> All { get; } =
    [
        new("Parramatta", "NSW", "2150", "Australia/Sydney", -33.8150, 151.0011),
        new("Wetherill Park", "NSW", "2164", "Australia/Sydney", -33.8486, 150.9000),
        new("Newcastle", "NSW", "2300", "Australia/Sydney", -32.9283, 151.7817),
        new("Wollongong", "NSW", "2500", "Australia/Sydney", -34.4278, 150.8931),
        new("Dubbo", "NSW", "2830", "Australia/Sydney", -32.2569, 148.6011),
        new("Broken Hill", "NSW", "2880", "Australia/Broken_Hill", -31.9530, 141.4530),
        new("Fyshwick", "ACT", "2609", "Australia/Sydney", -35.3267, 149.1747),
        new("Dandenong", "VIC", "3175", "Australia/Melbourne", -37.9875, 145.2150),
        new("Laverton North", "VIC", "3026", "Australia/Melbourne", -37.8300, 144.7930),
        new("Geelong", "VIC", "3220", "Australia/Melbourne", -38.1499, 144.3617),
        new("Ballarat", "VIC", "3350", "Australia/Melbourne", -37.5622, 143.8503),
        new("Eagle Farm", "QLD", "4009", "Australia/Brisbane", -27.4333, 153.0833),
        new("Yatala", "QLD", "4207", "Australia/Brisbane", -27.7500, 153.2200),
        new("Townsville", "QLD", "4810", "Australia/Brisbane", -19.2590, 146.8169),
        new("Mackay", "QLD", "4740", "Australia/Brisbane", -21.1411, 149.1861),
        new("Cairns", "QLD", "4870", "Australia/Brisbane", -16.9186, 145.7781),
        new("Wingfield", "SA", "5013", "Australia/Adelaide", -34.8500, 138.5667),
        new("Whyalla", "SA", "5600", "Australia/Adelaide", -33.0333, 137.5833),
        new("Welshpool", "WA", "6106", "Australia/Perth", -31.9950, 115.9500),
        new("Kwinana", "WA", "6167", "Australia/Perth", -32.2394, 115.7702),
        new("Port Hedland", "WA", "6721", "Australia/Perth", -20.3106, 118.6058),
        new("Kalgoorlie", "WA", "6430", "Australia/Perth", -30.7489, 121.4658),
        new("Launceston", "TAS", "7250", "Australia/Hobart", -41.4332, 147.1441),
        new("Glenorchy", "TAS", "7010", "Australia/Hobart", -42.8333, 147.2833),
        new("Winnellie", "NT", "0820", "Australia/Darwin", -12.4300, 130.8700),
        new("Alice Springs", "NT", "0870", "Australia/Darwin", -23.6980, 133.8807),
    ];

    public static Place Pick(Random random) => All[random.Next(All.Count)];

    public static Place InState(Random random, string state) =>
        ByState.TryGetValue(state, out var inState) ? inState[random.Next(inState.Length)] : Pick(random);

    /// <summary>The localities of each state, grouped once: most generated rows pick one (a sixth of a small seed's generation was this filter, per row).</summary>
    private static readonly Dictionary<string, Place[]> ByState = All.GroupBy(p => p.State).ToDictionary(g => g.Key, g => g.ToArray());
}
