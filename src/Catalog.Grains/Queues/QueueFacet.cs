using Catalog.Domain.Requests;
using Catalog.Grains.Requests.Index;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// The values of a row that queue filters look at (<see cref="QueueOrder.Matches(QueueQuery, RequestSummary)"/>):
/// status, service, at risk, breached, awaiting approval, and both departments (the counterpart is the one the
/// queue's role does not own). Rows sharing a facet pass or fail every filter together, so a queue keeps one ordered
/// group per facet: a filtered page reads only the groups that match, and its total is the sum of their sizes. A queue
/// has a few dozen to a few hundred facets whatever its number of rows.
/// </summary>
public readonly record struct QueueFacet(
    RequestStatus Status,
    string ServiceId,
    bool AtRisk,
    bool Breached,
    bool AwaitingApproval,
    string ProviderDepartmentId,
    string ClientDepartmentId)
{
    /// <summary>The facet of <paramref name="row"/>.</summary>
    public static QueueFacet Of(RequestSummary row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Status, row.ServiceId, row.AtRisk, row.Breached, row.AwaitingApproval, row.ProviderDepartmentId, row.ClientDepartmentId);
    }

    /// <summary>True when the rows of this facet pass the filters of <paramref name="query"/>.</summary>
    public bool Matches(QueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var counterpart = query.Role == QueueRole.Provider ? ClientDepartmentId : ProviderDepartmentId;
        return QueueOrder.Matches(query, Status, ServiceId, AtRisk, Breached, AwaitingApproval, counterpart);
    }
}
