using System.Collections.Concurrent;

namespace Catalog.Domain.Calendars;

/// <summary>
/// A time zone's UTC offsets as sorted segments of constant offset over the supported window
/// (1900–2200 UTC), so the hot path finds an offset with one binary search and never calls
/// <see cref="TimeZoneInfo"/>. Built by probing <see cref="TimeZoneInfo.GetUtcOffset(DateTime)"/>
/// once a day and bisecting to the exact tick of each change; that relies on tz rules, not on
/// .NET's adjustment-rule shapes, which differ between Windows and the IANA files on Linux.
/// An offset change that is undone within the same day would be missed; tzdb has none since 1900.
/// </summary>
internal sealed class ZoneTimeline
{
    private static readonly ConcurrentDictionary<string, ZoneTimeline> Cache = new();

    private ZoneTimeline(TimeZoneInfo zone, long[] starts, long[] offsets)
    {
        Zone = zone;
        Starts = starts;
        Offsets = offsets;
    }

    /// <summary>First supported UTC instant, in ticks.</summary>
    public static long WindowStart { get; } = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>First UTC instant past the supported window, in ticks.</summary>
    public static long WindowEnd { get; } = new DateTime(2200, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>The zone this timeline was built from.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>UTC ticks at which each segment starts; the first is <see cref="WindowStart"/>.</summary>
    public long[] Starts { get; }

    /// <summary>UTC offset, in ticks, of each segment (local = UTC + offset).</summary>
    public long[] Offsets { get; }

    /// <summary>
    /// The timeline of <paramref name="zone"/>, shared by every calendar in that zone because
    /// probing costs tens of milliseconds; a zone with the same id but other rules gets its own.
    /// </summary>
    public static ZoneTimeline For(TimeZoneInfo zone)
    {
        var timeline = Cache.GetOrAdd(zone.Id, static (_, z) => Build(z), zone);
        return ReferenceEquals(timeline.Zone, zone) || timeline.Zone.HasSameRules(zone) ? timeline : Build(zone);
    }

    /// <summary>Index of the segment containing <paramref name="utcTicks"/>, which must lie in the window.</summary>
    public int SegmentOf(long utcTicks) => SortedArrays.UpperBound(Starts, utcTicks) - 1;

    private static ZoneTimeline Build(TimeZoneInfo zone)
    {
        var starts = new List<long> { WindowStart };
        var offsets = new List<long> { OffsetAt(zone, WindowStart) };
        var known = WindowStart;
        for (var probe = WindowStart + TimeSpan.TicksPerDay; known < WindowEnd; probe += TimeSpan.TicksPerDay)
        {
            // Several changes between two probes are found one after the other.
            while (OffsetAt(zone, probe) != offsets[^1])
            {
                long same = known, changed = probe;
                while (changed - same > 1)
                {
                    var middle = same + (changed - same) / 2;
                    if (OffsetAt(zone, middle) == offsets[^1])
                    {
                        same = middle;
                    }
                    else
                    {
                        changed = middle;
                    }
                }

                starts.Add(changed);
                offsets.Add(OffsetAt(zone, changed));
                known = changed;
            }

            known = probe;
        }

        return new ZoneTimeline(zone, [.. starts], [.. offsets]);
    }

    private static long OffsetAt(TimeZoneInfo zone, long utcTicks) =>
        zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
