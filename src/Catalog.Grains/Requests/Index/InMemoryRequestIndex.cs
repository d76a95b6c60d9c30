using Catalog.Requests;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// The request index in process memory, for grain tests and benchmarks: the same contract, order and filters as
/// the Azure Table index, nothing stored. Safe to call from any number of grains at once (one lock; every call
/// holds it only to copy references).
/// </summary>
public sealed class InMemoryRequestIndex : IRequestIndex
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Row> rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> providerQueues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> clientQueues = new(StringComparer.Ordinal);

    /// <summary>How many requests the index holds.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return rows.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task RemoveProviderRowAsync(string providerDepartmentId, string requestId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            // Upsert already moved the row to its new provider's queue; only a row still filed there goes.
            if (rows.TryGetValue(requestId, out var row) && row.Summary.ProviderDepartmentId == providerDepartmentId)
            {
                rows.Remove(requestId);
            }

            Remove(providerQueues, providerDepartmentId, requestId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UpsertAsync(RequestSummary summary, IReadOnlyList<SlaDeadline> pendingDeadlines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(pendingDeadlines);

        // A copy: the caller's list may change after the call, as a stored row would not.
        var row = new Row(summary, [.. pendingDeadlines]);
        lock (gate)
        {
            if (rows.TryGetValue(summary.Id, out var previous))
            {
                Remove(providerQueues, previous.Summary.ProviderDepartmentId, summary.Id);
                Remove(clientQueues, previous.Summary.ClientDepartmentId, summary.Id);
            }

            rows[summary.Id] = row;
            Add(providerQueues, summary.ProviderDepartmentId, summary.Id);
            Add(clientQueues, summary.ClientDepartmentId, summary.Id);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<QueuePage> QueryAsync(QueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matches = new List<RequestSummary>();
        lock (gate)
        {
            var queues = query.Role == QueueRole.Provider ? providerQueues : clientQueues;
            if (queues.TryGetValue(query.DepartmentId, out var ids))
            {
                foreach (var id in ids)
                {
                    var summary = rows[id].Summary;
                    if (QueueOrder.Matches(query, summary))
                    {
                        matches.Add(summary);
                    }
                }
            }
        }

        return Task.FromResult(QueueOrder.Page(matches, query.Limit));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<(string RequestId, IReadOnlyList<SlaDeadline> Deadlines)> ListPendingAsync(
        string providerDepartmentId, CancellationToken cancellationToken = default)
    {
        var pending = new List<(string, IReadOnlyList<SlaDeadline>)>();
        lock (gate)
        {
            if (providerQueues.TryGetValue(providerDepartmentId, out var ids))
            {
                foreach (var id in ids)
                {
                    var row = rows[id];
                    if (row.Deadlines.Length > 0)
                    {
                        pending.Add((id, row.Deadlines));
                    }
                }
            }
        }

        return pending.ToAsyncEnumerable();
    }

    private static void Add(Dictionary<string, HashSet<string>> queues, string departmentId, string requestId)
    {
        if (!queues.TryGetValue(departmentId, out var ids))
        {
            queues[departmentId] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(requestId);
    }

    private static void Remove(Dictionary<string, HashSet<string>> queues, string departmentId, string requestId)
    {
        if (queues.TryGetValue(departmentId, out var ids))
        {
            ids.Remove(requestId);
        }
    }

    private sealed record Row(RequestSummary Summary, SlaDeadline[] Deadlines);
}
