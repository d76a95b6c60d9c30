using Catalog.Grains.Requests.Index;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// Cuts a page out of rows already in queue order: the query's matches after the cursor, at most its limit, the
/// total of every match, and the cursor of the next page when more follow. One pass, nothing sorted.
/// </summary>
public static class QueuePaging
{
    /// <summary>The page of <paramref name="query"/> over <paramref name="ordered"/> (in <see cref="QueueOrder"/>), after <paramref name="after"/>.</summary>
    public static QueuePage Page(IEnumerable<RequestSummary> ordered, QueueQuery query, QueueKey? after)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Max(0, query.Limit);
        var items = new List<RequestSummary>(Math.Min(limit, 256));
        var total = 0;
        var more = false;
        foreach (var row in ordered)
        {
            if (!QueueOrder.Matches(query, row))
            {
                continue;
            }

            total++;
            if (more || (after is { } cursor && QueueKey.Of(row).CompareTo(cursor) <= 0))
            {
                continue;
            }

            if (items.Count < limit)
            {
                items.Add(row);
            }
            else
            {
                more = true;
            }
        }

        var next = more && items.Count > 0 ? QueueCursor.Write(QueueKey.Of(items[^1])) : null;
        return new QueuePage([.. items], total, next);
    }
}
