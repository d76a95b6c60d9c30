using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// The order and filters of a queue, shared by every <see cref="IRequestIndex"/>: what breaches first comes first
/// (next due instant, none last), then the oldest filing, then the id so equal rows never swap between pages.
/// </summary>
public static class QueueOrder
{
    /// <summary>Compares two summaries in queue order.</summary>
    public static IComparer<RequestSummary> Comparer { get; } = Comparer<RequestSummary>.Create(Compare);

    /// <summary>True when <paramref name="summary"/> passes the query's filters (the department and role aside).</summary>
    public static bool Matches(QueueQuery query, RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Matches(query, summary.Status, summary.ServiceId, summary.AtRisk, summary.Breached, summary.AwaitingApproval,
            Counterpart(query.Role, summary));
    }

    /// <summary>
    /// True when a row of these values passes the query's filters: the one definition of the filters, used on whole
    /// rows and on the queue projections' groups of rows that share every filtered value.
    /// </summary>
    public static bool Matches(
        QueueQuery query, RequestStatus status, string serviceId, bool atRisk, bool breached, bool awaitingApproval, string counterpart)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (query.Statuses is not { Count: > 0 } statuses || statuses.Contains(status))
            && (query.ServiceId is null || string.Equals(serviceId, query.ServiceId, StringComparison.Ordinal))
            && (query.AtRisk is not { } wantAtRisk || atRisk == wantAtRisk)
            && (query.Breached is not { } wantBreached || breached == wantBreached)
            && (query.AwaitingApproval is not { } wantAwaiting || awaitingApproval == wantAwaiting)
            && (query.CounterpartDepartmentId is null
                || string.Equals(counterpart, query.CounterpartDepartmentId, StringComparison.Ordinal));
    }

    /// <summary>The department on the other side of the queue's role.</summary>
    public static string Counterpart(QueueRole role, RequestSummary summary) =>
        role == QueueRole.Provider ? summary.ClientDepartmentId : summary.ProviderDepartmentId;

    /// <summary>The department whose queue holds <paramref name="summary"/> in <paramref name="role"/>.</summary>
    public static string Owner(QueueRole role, RequestSummary summary) =>
        role == QueueRole.Provider ? summary.ProviderDepartmentId : summary.ClientDepartmentId;

    /// <summary>The first <see cref="QueueQuery.Limit"/> of <paramref name="matches"/> in queue order, and how many matched.</summary>
    public static QueuePage Page(List<RequestSummary> matches, int limit)
    {
        matches.Sort(Comparer);
        var items = matches.Count <= limit ? matches.ToArray() : matches.GetRange(0, Math.Max(0, limit)).ToArray();
        return new QueuePage(items, matches.Count);
    }

    private static int Compare(RequestSummary? x, RequestSummary? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDue = (x.NextDueAt, y.NextDueAt) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.UtcTicks.CompareTo(b.UtcTicks),
        };
        if (byDue != 0)
        {
            return byDue;
        }

        var byFiling = x.FiledAt.UtcTicks.CompareTo(y.FiledAt.UtcTicks);
        return byFiling != 0 ? byFiling : string.CompareOrdinal(x.Id, y.Id);
    }
}
