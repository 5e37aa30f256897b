namespace Finnest.Database.V2.Import;

/// <summary>
/// How one v2 table becomes rows of one Finnest table: the written-down source mapping of seed 002, next to
/// its transform.
/// <para>
/// <see cref="Select"/> reads the batch's staged rows as <c>{batch} s</c> and returns, besides the target
/// <see cref="Columns"/>: <c>legacy_id</c>, <c>checksum</c> (what decides "changed in v2"), <c>raw</c> (the
/// staged row as jsonb, kept with a quarantined row), <c>business_date</c> (for tiers; null when the table is
/// not tiered), <c>quarantine_reason</c> and <c>skip_reason</c> (null when the row may go in) and
/// <c>merge_into</c> (the uuid of an existing Finnest row this one becomes, or null). Parameters: @org, @as_of, @label.
/// </para>
/// </summary>
public sealed record TableImport(string Source, string Target, string Select, string[] Columns)
{
    /// <summary>An append-only log: a row is never updated, a changed source row is reported and skipped.</summary>
    public bool AppendOnly { get; init; }

    /// <summary>Rows are selected by business date for --tier.</summary>
    public bool Tiered { get; init; }

    /// <summary>Columns an update may change (default: all of <see cref="Columns"/>).</summary>
    public string[]? UpdateColumns { get; init; }

    /// <summary>
    /// Batches of this table are this many times the run's --batch-size (seed 002: large logs in larger batches). A
    /// narrow append-only log pays per batch for statements whose cost hardly depends on the rows, and a crash loses
    /// at most one batch either way.
    /// </summary>
    public int BatchScale { get; init; } = 1;

    /// <summary>
    /// Order of a batch's new rows as they are inserted (target columns), or null. A log partitioned by time inserts in
    /// time order: each partition and each index on the time column then grows at one end.
    /// </summary>
    public string? InsertOrder { get; init; }

    /// <summary>SQL run in the batch's transaction after its rows are written; temp table <c>batch</c> holds the outcomes.</summary>
    public string? AfterBatch { get; init; }

    public string Database => Source.Split('.')[0];
    public string Table => Source.Split('.')[1];
    public string StagingTable => $"v2.{Database}__{Table}";
    public string LegacySystem => Database == "actatek" ? "actatek" : "asg_central_v2";
}

/// <summary>The phases of seed 000 in dependency order, each a list of table imports run in order.</summary>
public sealed record Phase(string Name, string Description, IReadOnlyList<TableImport> Tables);
