using NodaTime;
using NodaTime.TimeZones;
using Npgsql;
using NpgsqlTypes;

namespace Finnest.Database.V2.Import;

/// <summary>
/// The local-time windows in which an Australian zone's wall clock is ambiguous (DST ends: the hour happens twice)
/// or skipped (DST starts), computed from the IANA database with NodaTime and loaded into session temp table
/// <c>dst_edges</c> for the set-based clock-event transform.
/// <para>
/// Rule (the one NodaTime's lenient resolver applies): inside either window the offset in force before the change is
/// used. In a repeated hour that is the daylight offset, the earlier of the two instants; in a skipped hour it is the
/// standard offset, which moves the time forward by the length of the gap (02:30 becomes 03:30 daylight time).
/// </para>
/// </summary>
public static class DstEdges
{
    public static readonly string[] Zones =
        ["Australia/Sydney", "Australia/Melbourne", "Australia/Hobart", "Australia/Adelaide", "Australia/Brisbane", "Australia/Darwin", "Australia/Perth"];

    public sealed record Edge(string Zone, LocalDateTime From, LocalDateTime To, string Kind, Offset Before);

    public static IEnumerable<Edge> Compute(int fromYear = 1990, int toYear = 2045)
    {
        foreach (var id in Zones)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var start = Instant.FromUtc(fromYear, 1, 1, 0, 0);
            var end = Instant.FromUtc(toYear, 1, 1, 0, 0);
            ZoneInterval? previous = null;
            foreach (var interval in zone.GetZoneIntervals(start, end))
            {
                if (previous is not null && interval.HasStart && previous.WallOffset != interval.WallOffset)
                {
                    var before = previous.WallOffset;
                    var after = interval.WallOffset;
                    var at = interval.Start;
                    // Local times from the earlier to the later of the two wall clocks at the change.
                    var localBefore = at.WithOffset(before).LocalDateTime;
                    var localAfter = at.WithOffset(after).LocalDateTime;
                    yield return after < before
                        ? new Edge(id, localAfter, localBefore, "repeated", before)
                        : new Edge(id, localBefore, localAfter, "skipped", before);
                }
                previous = interval;
            }
        }
    }

    /// <summary>
    /// The times of day every change window lies within (Australian zones change at 02:00 or 03:00 local time): a wall
    /// time outside them is in no window. A window crossing midnight (none today) widens this to the whole day.
    /// </summary>
    public static readonly (TimeOnly Earliest, TimeOnly Latest) WindowTimesOfDay = TimesOfDay(Compute().ToList());

    private static (TimeOnly, TimeOnly) TimesOfDay(IReadOnlyList<Edge> edges) =>
        edges.Count == 0 || edges.Any(e => e.From.Date != e.To.Date)
            ? (TimeOnly.MinValue, TimeOnly.MaxValue)
            : (edges.Min(e => e.From.TimeOfDay.ToTimeOnly()), edges.Max(e => e.To.TimeOfDay.ToTimeOnly()));

    /// <summary>UTC instant of a local wall time in a zone under the documented rule (for tests and docs).</summary>
    public static Instant ToInstant(LocalDateTime local, string zoneId) =>
        DateTimeZoneProviders.Tzdb[zoneId].ResolveLocal(local, Resolvers.LenientResolver).ToInstant();

    public static async Task LoadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand("""
            set role finnest_owner;
            drop table if exists pg_temp.dst_edges;
            create temp table dst_edges (zone text not null, local_from timestamp not null, local_to timestamp not null, kind text not null, offset_before interval not null);
            create index on dst_edges (zone, local_from);
            """, connection))
            await create.ExecuteNonQueryAsync(ct);
        await using (var importer = await connection.BeginBinaryImportAsync("copy dst_edges from stdin (format binary)", ct))
        {
            foreach (var edge in Compute())
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(edge.Zone, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(edge.From.ToDateTimeUnspecified(), NpgsqlDbType.Timestamp, ct);
                await importer.WriteAsync(edge.To.ToDateTimeUnspecified(), NpgsqlDbType.Timestamp, ct);
                await importer.WriteAsync(edge.Kind, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(edge.Before.ToTimeSpan(), NpgsqlDbType.Interval, ct);
            }
            await importer.CompleteAsync(ct);
        }
        await using var reset = new NpgsqlCommand("analyze dst_edges; reset role", connection);
        await reset.ExecuteNonQueryAsync(ct);
    }
}
