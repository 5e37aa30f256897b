namespace Finnest.Database.Seeds;

/// <summary>
/// How much to seed. Every size is a per-organisation shape times a number of organisations, so the same
/// tenant's employees run through shifts, timecards, pay lines, incidents and enrolments at every scale.
/// </summary>
public sealed record SeedScale(string Name, int Organisations, int EmployeesPerOrganisation, int RosterDays, int RowsPerTable)
{
    /// <summary>A couple of organisations and a fortnight: enough to click through every screen.</summary>
    public static SeedScale Demo { get; } = new("demo", 2, 24, 14, 6);

    /// <summary>Four organisations and four weeks: integration tests that need more than one page of anything.</summary>
    public static SeedScale Small { get; } = new("small", 4, 60, 28, 15);

    /// <summary>Ten organisations and a quarter.</summary>
    public static SeedScale Medium { get; } = new("medium", 10, 200, 91, 40);

    /// <summary>
    /// Load tests: twenty organisations of 200 employees and a year of rosters: about 850 thousand each of shifts,
    /// assignments and clock events, 2.9 million rows in all. Sized to finish in about five minutes on a shared
    /// two-core machine with every trigger, foreign key and index in force, the seeder's memory staying near 500 MiB
    /// because it streams. More organisations: --scale with a number (the small shape).
    /// </summary>
    public static SeedScale Large { get; } = new("large", 20, 200, 365, 40);

    public static IReadOnlyList<SeedScale> Named { get; } = [Demo, Small, Medium, Large];

    /// <summary>demo | small | medium | large, or a number of organisations shaped like small.</summary>
    public static SeedScale? Parse(string text)
    {
        var named = Named.FirstOrDefault(s => s.Name.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (named is not null) return named;
        return int.TryParse(text, out var organisations) && organisations is >= 1 and <= 1000
            ? Small with { Name = text.Trim(), Organisations = organisations }
            : null;
    }
}

public sealed record SeedOptions
{
    public SeedScale Scale { get; init; } = SeedScale.Demo;

    /// <summary>Same number and options, same rows (ids included); another number, other rows.</summary>
    public int RandomSeed { get; init; } = 20260401;

    /// <summary>
    /// The day the data set is "today": every timestamp is derived from it (history before, rosters around it),
    /// never from the clock, so the same options give the same rows tomorrow. Default: today in UTC.
    /// </summary>
    public DateOnly AsOf { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Seed even though tenant data exists: adds new organisations next to what is there.</summary>
    public bool Force { get; init; }

    /// <summary>Seed a database that does not look like a development database (remote host, production-like name).</summary>
    public bool AllowNonDevelopment { get; init; }

    /// <summary>
    /// Whether a table may be generated on another thread while the one before it is written. Tests only: false
    /// generates every table in its turn, so a test can show the rows never depend on what was generated ahead.
    /// </summary>
    internal bool GenerateAhead { get; init; } = true;
}

/// <summary>What a run did: rows and seconds per table, in the order they were written.</summary>
public sealed record SeedSummary(IReadOnlyList<TableResult> Tables)
{
    public long TotalRows => Tables.Sum(t => t.Rows);
    public long TotalLeftOut => Tables.Sum(t => t.LeftOut);
    public double TotalSeconds => Tables.Sum(t => t.Seconds);
    public IReadOnlyDictionary<string, long> RowsByTable => Tables.ToDictionary(t => t.Table, t => t.Rows);
}

/// <summary>
/// One table's outcome. <paramref name="LeftOut"/> rows broke a CHECK the generator cannot evaluate in memory and that
/// PostgreSQL's verdict plus a few repairs did not fix: they are not written, and <paramref name="LeftOutBecause"/> names
/// the check and the first such row, so it is never silent.
/// </summary>
public sealed record TableResult(string Table, long Rows, double Seconds, int LeftOut = 0, string? LeftOutBecause = null)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : Rows;
}

/// <summary>Progress of the table being written.</summary>
public sealed record SeedProgress(string Table, int TableIndex, int TableCount, long Rows, long ExpectedRows, double Seconds, bool Done, string? Error = null);
