using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// A place in queue order (<see cref="Requests.Index.QueueOrder"/>): the next due instant (none last), the filing
/// instant, the request id. Compares exactly as the queue sorts, so a cursor made of one lands between the same rows
/// whatever changed around them.
/// </summary>
public readonly record struct QueueKey(long? DueTicks, long FiledTicks, string Id) : IComparable<QueueKey>
{
    /// <summary>The place of <paramref name="summary"/>.</summary>
    public static QueueKey Of(RequestSummary summary) =>
        new(summary.NextDueAt?.UtcTicks, summary.FiledAt.UtcTicks, summary.Id);

    /// <inheritdoc />
    public int CompareTo(QueueKey other)
    {
        var byDue = (DueTicks, other.DueTicks) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        if (byDue != 0)
        {
            return byDue;
        }

        var byFiling = FiledTicks.CompareTo(other.FiledTicks);
        return byFiling != 0 ? byFiling : string.CompareOrdinal(Id, other.Id);
    }
}
