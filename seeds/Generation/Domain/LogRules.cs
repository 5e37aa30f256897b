namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Append-only logs that producers re-send to: each keyed row carries its producer's own id, unique in the tenant, so
/// the logs' idempotency (a re-send is absorbed) never drops a seeded row; one row in five comes from a producer
/// without ids and has none.
/// </summary>
public static class LogRules
{
    /// <summary>The producer's own id of a row (null for one row in five: a producer without ids).</summary>
    internal static string? ProducerId(RowContext row, string column) =>
        row.Ordinal % 5 == 4 ? null : Deterministic.Uuid(row.Seed.Stream(row.Table.Name + "." + column), row.Ordinal).ToString();

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        new("events.domain_events", new TableRules
        {
            OwnedColumns = new HashSet<string> { "producer_event_id" },
            Row = (row, _) => row["producer_event_id"] = ProducerId(row, "producer_event_id"),
        }),
    ];
}
