using NodaTime;
using NodaTime.TimeZones;

namespace Finnest.Database.V2.Import;

/// <summary>
/// The local-time windows in which an Australian zone's wall clock is ambiguous (DST ends: the hour happens twice)
/// or skipped (DST starts), computed from the IANA database with NodaTime; the clock-event transform looks punches
/// up in <see cref="Windows"/>.
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

    /// <summary>UTC instant of a local wall time in a zone under the documented rule (for tests and docs).</summary>
    public static Instant ToInstant(LocalDateTime local, string zoneId) =>
        DateTimeZoneProviders.Tzdb[zoneId].ResolveLocal(local, Resolvers.LenientResolver).ToInstant();

    /// <summary>
    /// The edges of every zone, sorted, for the clock-event transform: <see cref="Containing"/> answers "is this wall
    /// time inside a change window, and which?" with one binary search.
    /// </summary>
    public sealed class Windows
    {
        private readonly Dictionary<string, Edge[]> _byZone = Compute()
            .GroupBy(e => e.Zone)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.From).ToArray(), StringComparer.Ordinal);

        /// <summary>The change window of <paramref name="zone"/> that <paramref name="local"/> falls in, or null (also for zones without DST edges).</summary>
        public Edge? Containing(string zone, LocalDateTime local)
        {
            if (!_byZone.TryGetValue(zone, out var edges)) return null;
            // The latest edge starting at or before the wall time; it applies only while its window lasts.
            int low = 0, high = edges.Length - 1, found = -1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (edges[middle].From <= local) { found = middle; low = middle + 1; }
                else high = middle - 1;
            }
            return found >= 0 && edges[found].To > local ? edges[found] : null;
        }
    }
}
