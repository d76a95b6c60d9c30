using Catalog.Catalogue;
using Catalog.Grains.Requests.Index;
using Catalog.Queues;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// One queue (a department in a role) held in memory in queue order, what breaches first first: every row of its
/// index partition, so a listing is a walk from the start or from a cursor, and the board's figures are counted over
/// all of it (kept per filing day as rows change, see <see cref="FiguresByFilingDay"/>). No Orleans here; <see cref="QueueProjectionGrain"/> keeps one per queue.
/// </summary>
/// <remarks>
/// Rows are the index's summaries with their repeated strings (departments, services and their names, requesters)
/// shared: about 300 bytes a row, so 100,000 rows in both their queues stay near 60 MB.
/// </remarks>
public sealed class QueueProjection
{
    private readonly SortedSet<RequestSummary> ordered = new(QueueOrder.Comparer);
    private readonly Dictionary<string, RequestSummary> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fr, string En), LocalizedText> names = [];
    private readonly FiguresByFilingDay figures = new();

    /// <summary>How many requests the queue holds.</summary>
    public int Count => byId.Count;

    /// <summary>Puts <paramref name="summary"/> in place of the request's row, or adds it.</summary>
    public void Apply(RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var row = Compact(summary);
        if (byId.TryGetValue(row.Id, out var previous))
        {
            ordered.Remove(previous);
            figures.Remove(previous);
        }

        ordered.Add(row);
        figures.Add(row);
        byId[row.Id] = row;
    }

    /// <summary>Takes the request's row out; false when there was none.</summary>
    public bool Remove(string requestId)
    {
        if (!byId.Remove(requestId, out var previous))
        {
            return false;
        }

        ordered.Remove(previous);
        figures.Remove(previous);
        return true;
    }

    /// <summary>The row of a request, or null.</summary>
    public RequestSummary? Find(string requestId) => byId.GetValueOrDefault(requestId);

    /// <summary>
    /// The page of <paramref name="query"/>: its filters' matches in queue order after <paramref name="after"/> (from
    /// the start when null), at most <see cref="QueueQuery.Limit"/>; the total counts every match, and the cursor of
    /// the next page is set when more follow.
    /// </summary>
    public QueuePage Query(QueueQuery query, QueueKey? after) => QueuePaging.Page(ordered, query, after);

    /// <summary>The board's figures of every provider and client pair of the queue, over requests filed from <paramref name="filedSince"/>.</summary>
    public IReadOnlyList<PairFigures> Figures(DateTimeOffset? filedSince) => figures.Figures(filedSince);

    // The same instance for every repeat of a string or a name: a queue repeats a handful of each over its rows.
    private RequestSummary Compact(RequestSummary summary) => summary with
    {
        ServiceId = Shared(summary.ServiceId),
        ServiceName = Shared(summary.ServiceName),
        ProviderDepartmentId = Shared(summary.ProviderDepartmentId),
        ClientDepartmentId = Shared(summary.ClientDepartmentId),
        Requester = Shared(summary.Requester),
    };

    private string Shared(string text)
    {
        if (strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        strings[text] = text;
        return text;
    }

    private LocalizedText Shared(LocalizedText name)
    {
        if (names.TryGetValue((name.Fr, name.En), out var shared))
        {
            return shared;
        }

        var kept = new LocalizedText(Shared(name.Fr), Shared(name.En));
        names[(kept.Fr, kept.En)] = kept;
        return kept;
    }
}
