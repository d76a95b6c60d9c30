using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Grains.Requests.Index;
using Catalog.Live;
using Catalog.Queues;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// One queue (a department in a role) held in memory in queue order, what breaches first first: every row of its
/// index partition, kept in <see cref="OrderedRows"/> twice: once for the whole queue, once in the group of its
/// <see cref="QueueFacet"/> (the values filters look at). A page seeks its cursor by binary search in the groups its
/// filters match (or the whole queue when they match every row) and reads only its rows, merged in order; its total
/// is the sum of those groups' sizes, never a walk. The board's figures are kept per filing day as rows change (see
/// <see cref="FiguresByFilingDay"/>). No Orleans here; <see cref="QueueProjectionGrain"/> keeps one per queue.
/// </summary>
/// <remarks>
/// Rows are the index's summaries with their repeated strings (departments, services and their names, requesters)
/// shared. What a row costs here is measured by <c>queue-reads</c> (bench/README.md).
/// </remarks>
public sealed class QueueProjection
{
    private readonly OrderedRows all = new();
    private readonly Dictionary<QueueFacet, OrderedRows> byFacet = [];
    private readonly Dictionary<string, RequestSummary> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fr, string En), LocalizedText> names = [];
    private readonly Dictionary<Target, Target> targets = [];
    private readonly Dictionary<string, IReadOnlyList<RequestAction>> actionLists = new(StringComparer.Ordinal);
    private readonly FiguresByFilingDay figures = new();

    /// <summary>How many requests the queue holds.</summary>
    public int Count => byId.Count;

    /// <summary>How many groups of rows (facets) the queue holds: what a filtered page looks over, whatever its rows.</summary>
    public int FacetCount => byFacet.Count;

    /// <summary>Puts <paramref name="summary"/> in place of the request's row, or adds it (a new due instant moves it).</summary>
    public void Apply(RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var row = Compact(summary);
        if (byId.TryGetValue(row.Id, out var previous))
        {
            Unlink(previous);
        }

        all.Add(row);
        var facet = QueueFacet.Of(row);
        if (!byFacet.TryGetValue(facet, out var group))
        {
            group = new OrderedRows();
            byFacet[facet] = group;
        }

        group.Add(row);
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

        Unlink(previous);
        return true;
    }

    /// <summary>The row of a request, or null.</summary>
    public RequestSummary? Find(string requestId) => byId.GetValueOrDefault(requestId);

    /// <summary>
    /// The page of <paramref name="query"/>: its filters' matches in queue order after <paramref name="after"/> (from
    /// the start when null), at most <see cref="QueueQuery.Limit"/>; the total counts every match, and the cursor of
    /// the next page is set when more follow. Costs the facets' count, a binary search per matching facet, and the page.
    /// </summary>
    public QueuePage Query(QueueQuery query, QueueKey? after)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matching = new List<OrderedRows>();
        var total = 0;
        foreach (var (facet, group) in byFacet)
        {
            if (facet.Matches(query))
            {
                matching.Add(group);
                total += group.Count;
            }
        }

        var rows = matching.Count == byFacet.Count ? all.After(after)
            : matching.Count == 1 ? matching[0].After(after)
            : Merged(matching, after);
        var limit = Math.Max(0, query.Limit);
        var items = new List<RequestSummary>(Math.Min(limit, 256));
        var more = false;
        foreach (var row in rows)
        {
            if (items.Count == limit)
            {
                more = true;
                break;
            }

            items.Add(row);
        }

        var next = more && items.Count > 0 ? QueueCursor.Write(QueueKey.Of(items[^1])) : null;
        return new QueuePage([.. items], total, next);
    }

    /// <summary>How many requests of each open status (<see cref="RequestLifecycle.IsOpen"/>) the queue holds; statuses with none are left out.</summary>
    public IReadOnlyDictionary<RequestStatus, int> OpenCounts()
    {
        var counts = new Dictionary<RequestStatus, int>();
        foreach (var (facet, group) in byFacet)
        {
            if (RequestLifecycle.IsOpen(facet.Status))
            {
                counts[facet.Status] = counts.GetValueOrDefault(facet.Status) + group.Count;
            }
        }

        return counts;
    }

    /// <summary>The board's figures of every provider and client pair of the queue, over requests filed from <paramref name="filedSince"/>.</summary>
    public IReadOnlyList<PairFigures> Figures(DateTimeOffset? filedSince) => figures.Figures(filedSince);

    /// <summary>Every row in queue order (tests).</summary>
    internal IEnumerable<RequestSummary> Ordered() => all.All();

    // The rows of several groups after a cursor, in queue order: a k-way merge, each group read only as far as the page.
    private static IEnumerable<RequestSummary> Merged(List<OrderedRows> groups, QueueKey? after)
    {
        var heads = new PriorityQueue<IEnumerator<RequestSummary>, RequestSummary>(groups.Count, QueueOrder.Comparer);
        try
        {
            foreach (var group in groups)
            {
                var rows = group.After(after).GetEnumerator();
                if (rows.MoveNext())
                {
                    heads.Enqueue(rows, rows.Current);
                }
                else
                {
                    rows.Dispose();
                }
            }

            while (heads.TryDequeue(out var rows, out var row))
            {
                yield return row;
                if (rows.MoveNext())
                {
                    heads.Enqueue(rows, rows.Current);
                }
                else
                {
                    rows.Dispose();
                }
            }
        }
        finally
        {
            while (heads.TryDequeue(out var rows, out _))
            {
                rows.Dispose();
            }
        }
    }

    private void Unlink(RequestSummary previous)
    {
        var key = QueueKey.Of(previous);
        all.Remove(key);
        var facet = QueueFacet.Of(previous);
        if (byFacet.TryGetValue(facet, out var group) && group.Remove(key) && group.Count == 0)
        {
            byFacet.Remove(facet);
        }

        figures.Remove(previous);
    }

    // The same instance for every repeat of a string, a name, a target or a list of actions: a queue repeats a
    // handful of each over its rows, and the index hands each row its own copies.
    private RequestSummary Compact(RequestSummary summary) => summary with
    {
        ServiceId = Shared(summary.ServiceId),
        ServiceName = Shared(summary.ServiceName),
        ProviderDepartmentId = Shared(summary.ProviderDepartmentId),
        ClientDepartmentId = Shared(summary.ClientDepartmentId),
        Requester = Shared(summary.Requester),
        Clocks = summary.Clocks is { } clocks ? [.. clocks.Select(Shared)] : null,
        ProviderActions = Shared(summary.ProviderActions),
        ClientActions = Shared(summary.ClientActions),
    };

    private LiveClockReading Shared(LiveClockReading reading) => reading with
    {
        HolderDepartmentId = Shared(reading.HolderDepartmentId),
        CalendarDepartmentId = Shared(reading.CalendarDepartmentId),
        Target = Shared(reading.Target),
    };

    private Target Shared(Target target)
    {
        if (targets.TryGetValue(target, out var shared))
        {
            return shared;
        }

        targets[target] = target;
        return target;
    }

    private IReadOnlyList<RequestAction>? Shared(IReadOnlyList<RequestAction>? list)
    {
        if (list is null)
        {
            return null;
        }

        var key = string.Join(',', list.Select(a => (int)a));
        if (actionLists.TryGetValue(key, out var shared))
        {
            return shared;
        }

        RequestAction[] kept = [.. list];
        actionLists[key] = kept;
        return kept;
    }

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
