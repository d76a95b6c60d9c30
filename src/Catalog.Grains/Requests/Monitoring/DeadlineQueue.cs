using Catalog.Catalogue;
using Catalog.Requests;

namespace Catalog.Grains.Requests.Monitoring;

/// <summary>
/// The pending SLA deadlines of many requests, earliest first: the pure part of a monitor, no Orleans in it.
/// <para>
/// Each request's deadlines are kept sorted, as 16-byte values, under a version that <see cref="Track"/> renews when
/// it replaces them. The heap holds one entry per request, at its earliest deadline not yet handled; an entry whose
/// version is no longer its request's is skipped when it reaches the top, so replacing never searches the heap. When
/// stale entries outnumber live ones the heap is rebuilt, so it stays within twice the tracked requests (plus a
/// constant). About 230 bytes a request with six deadlines.
/// </para>
/// <para>
/// <see cref="TakeDue"/> hands out each request with a passed deadline once (a request is one check however many of
/// its deadlines passed) and marks it in flight; <see cref="Complete"/> reports the check: on success the deadlines
/// it covered are done and the request waits for its next one, on failure it is due again at once, so a deadline is
/// never lost. A request tracked again while in flight takes its new deadlines, and the old check's outcome no
/// longer matters.
/// </para>
/// </summary>
public sealed class DeadlineQueue
{
    private const int CompactionSlack = 1024;

    private readonly Dictionary<string, Tracked> requests = new(StringComparer.Ordinal);
    private readonly PriorityQueue<Entry, long> heap = new();
    private long lastVersion;
    private int pendingDeadlines;

    /// <summary>How many requests have pending deadlines.</summary>
    public int TrackedRequests => requests.Count;

    /// <summary>How many deadlines are pending, over all requests.</summary>
    public int PendingDeadlines => pendingDeadlines;

    /// <summary>How many entries the heap holds, stale ones included (for tests of the compaction).</summary>
    public int HeapEntries => heap.Count;

    /// <summary>Replaces the pending deadlines of <paramref name="requestId"/>; an empty list forgets the request.</summary>
    public void Track(string requestId, IReadOnlyList<SlaDeadline> deadlines)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (requests.Remove(requestId, out var previous))
        {
            pendingDeadlines -= previous.Deadlines.Length;
        }

        if (deadlines.Count == 0)
        {
            return;
        }

        var sorted = new Pending[deadlines.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = new Pending(deadlines[i].Clock, deadlines[i].Kind, deadlines[i].At.UtcTicks);
        }

        Array.Sort(sorted, static (a, b) => a.UtcTicks.CompareTo(b.UtcTicks));
        var tracked = new Tracked(++lastVersion, sorted);
        requests[requestId] = tracked;
        pendingDeadlines += sorted.Length;
        Enqueue(requestId, tracked);
        if (heap.Count > (2 * requests.Count) + CompactionSlack)
        {
            Compact();
        }
    }

    /// <summary>The deadlines held for <paramref name="requestId"/>, earliest first, in UTC (empty when none).</summary>
    public IReadOnlyList<SlaDeadline> DeadlinesOf(string requestId) =>
        requests.TryGetValue(requestId, out var tracked) ? Array.ConvertAll(tracked.Deadlines, d => d.ToDeadline()) : [];

    /// <summary>The earliest pending deadline not yet handed out, or null when none.</summary>
    public DateTimeOffset? Earliest()
    {
        while (heap.TryPeek(out var entry, out var ticks))
        {
            if (IsLive(entry, out _))
            {
                return new DateTimeOffset(ticks, TimeSpan.Zero);
            }

            heap.Dequeue();
        }

        return null;
    }

    /// <summary>
    /// Up to <paramref name="max"/> requests with a deadline at or before <paramref name="now"/>, earliest first,
    /// each once, now in flight until <see cref="Complete"/> (or <see cref="Forget"/>) is called for them.
    /// </summary>
    public IReadOnlyList<DueCheck> TakeDue(DateTimeOffset now, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        List<DueCheck>? due = null;
        var nowTicks = now.UtcTicks;
        while ((due?.Count ?? 0) < max && heap.TryPeek(out var entry, out var ticks) && ticks <= nowTicks)
        {
            heap.Dequeue();
            if (IsLive(entry, out var tracked))
            {
                tracked.InFlight = true;
                (due ??= []).Add(new DueCheck(entry.RequestId, entry.Version, now));
            }
        }

        return due ?? (IReadOnlyList<DueCheck>)[];
    }

    /// <summary>
    /// Reports a check handed out by <see cref="TakeDue"/>. Succeeded: the deadlines at or before its instant are
    /// done (the request tracks what remains, if anything changed). Failed: the request is due again at once.
    /// </summary>
    public void Complete(DueCheck check, bool succeeded)
    {
        if (!requests.TryGetValue(check.RequestId, out var tracked) || tracked.Version != check.Version)
        {
            // Tracked again (or forgotten) since: its new deadlines stand on their own.
            return;
        }

        tracked.InFlight = false;
        if (succeeded)
        {
            var asOf = check.AsOf.UtcTicks;
            var done = 0;
            while (done < tracked.Deadlines.Length && tracked.Deadlines[done].UtcTicks <= asOf)
            {
                done++;
            }

            pendingDeadlines -= done;
            if (done == tracked.Deadlines.Length)
            {
                requests.Remove(check.RequestId);
                return;
            }

            tracked.Deadlines = tracked.Deadlines[done..];
        }

        Enqueue(check.RequestId, tracked);
    }

    /// <summary>
    /// Forgets the request of a check handed out by <see cref="TakeDue"/>, all its deadlines with it (the request does
    /// not exist), unless it was tracked again since.
    /// </summary>
    public void Forget(DueCheck check)
    {
        if (requests.TryGetValue(check.RequestId, out var tracked) && tracked.Version == check.Version)
        {
            requests.Remove(check.RequestId);
            pendingDeadlines -= tracked.Deadlines.Length;
        }
    }

    private void Enqueue(string requestId, Tracked tracked) =>
        heap.Enqueue(new Entry(requestId, tracked.Version), tracked.Deadlines[0].UtcTicks);

    // One live entry per request that is not in flight: the one of its current version.
    private bool IsLive(Entry entry, out Tracked tracked) =>
        requests.TryGetValue(entry.RequestId, out tracked!) && tracked.Version == entry.Version && !tracked.InFlight;

    private void Compact()
    {
        heap.Clear();
        foreach (var (requestId, tracked) in requests)
        {
            // A request in flight gets its entry back when its check completes.
            if (!tracked.InFlight)
            {
                Enqueue(requestId, tracked);
            }
        }
    }

    /// <summary>One pending deadline, as a value: 16 bytes.</summary>
    private readonly record struct Pending(ClockKind Clock, SlaDeadlineKind Kind, long UtcTicks)
    {
        public SlaDeadline ToDeadline() => new(Clock, Kind, new DateTimeOffset(UtcTicks, TimeSpan.Zero));
    }

    /// <summary>A request's deadlines under one version; <see cref="InFlight"/> while its check runs.</summary>
    private sealed class Tracked(long version, Pending[] deadlines)
    {
        public long Version { get; } = version;

        public Pending[] Deadlines { get; set; } = deadlines;

        public bool InFlight { get; set; }
    }

    private readonly record struct Entry(string RequestId, long Version);
}
