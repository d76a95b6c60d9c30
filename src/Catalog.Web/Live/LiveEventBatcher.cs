namespace Catalog.Web.Live;

/// <summary>
/// Turns the events of one flush into one message per group (pure: no SignalR, no clock). A batch keeps arrival
/// order, except that the events of one request take that request's places in sequence order, so a browser never
/// sees a request's event 3 before its event 2; an event that arrived twice (same request and sequence) goes once.
/// </summary>
public static class LiveEventBatcher
{
    /// <summary>The messages of one flush, one per group, groups in order of their first event.</summary>
    public static IReadOnlyList<LiveBatch> Batch(IReadOnlyList<LiveEvent> arrived)
    {
        var byGroup = new Dictionary<string, List<LiveEvent>>(StringComparer.Ordinal);
        var batches = new List<LiveBatch>();
        foreach (var liveEvent in InRequestOrder(arrived))
        {
            foreach (var group in LiveGroups.For(liveEvent))
            {
                if (!byGroup.TryGetValue(group, out var events))
                {
                    events = [];
                    byGroup.Add(group, events);
                    batches.Add(new LiveBatch(group, events));
                }

                events.Add(liveEvent);
            }
        }

        return batches;
    }

    /// <summary>
    /// The events in arrival order, each request's events sorted by sequence within the places they arrived in,
    /// duplicates dropped.
    /// </summary>
    public static IReadOnlyList<LiveEvent> InRequestOrder(IReadOnlyList<LiveEvent> arrived)
    {
        var seen = new HashSet<(string RequestId, long Sequence)>();
        var kept = new List<LiveEvent>(arrived.Count);
        var perRequest = new Dictionary<string, List<LiveEvent>>(StringComparer.Ordinal);
        var outOfOrder = false;
        foreach (var liveEvent in arrived)
        {
            if (!seen.Add((liveEvent.RequestId, liveEvent.Sequence)))
            {
                continue;
            }

            kept.Add(liveEvent);
            if (!perRequest.TryGetValue(liveEvent.RequestId, out var events))
            {
                perRequest.Add(liveEvent.RequestId, [liveEvent]);
            }
            else
            {
                outOfOrder |= events[^1].Sequence > liveEvent.Sequence;
                events.Add(liveEvent);
            }
        }

        if (!outOfOrder)
        {
            return kept;
        }

        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var events in perRequest.Values)
        {
            events.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        }

        var ordered = new List<LiveEvent>(kept.Count);
        foreach (var slot in kept)
        {
            var index = next.GetValueOrDefault(slot.RequestId);
            ordered.Add(perRequest[slot.RequestId][index]);
            next[slot.RequestId] = index + 1;
        }

        return ordered;
    }
}
