using Catalog.Catalogue;
using Catalog.Domain.Notifications;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Notifications;

/// <summary>Who a request event concerns, and as what kind of notification.</summary>
/// <param name="Kind">The kind of notification.</param>
/// <param name="DepartmentId">The department whose people are told.</param>
/// <param name="Requester">When set, only this person (the requester) is told; otherwise the department's agents and managers.</param>
/// <param name="Clock">The clock at risk or breached.</param>
/// <param name="DueAt">That clock's deadline.</param>
internal sealed record NotificationRoute(NotificationKind Kind, string DepartmentId, string? Requester, ClockKind? Clock = null, DateTimeOffset? DueAt = null);

/// <summary>
/// Who gets what: a new request goes to the provider's agents and managers; warnings and breaches to the agents and
/// managers of the department holding the clock, or to the requester when the clock waits on the client; a request
/// put to wait on the client reminds its requester.
/// </summary>
internal static class NotificationRouting
{
    /// <summary>The route of an event, or null when it notifies nobody.</summary>
    public static NotificationRoute? Of(IRequestEvent requestEvent) => requestEvent switch
    {
        RequestFiled filed => new(NotificationKind.NewRequest, filed.ProviderDepartmentId, null),
        RequestTransitioned { Transition.To: RequestStatus.WaitingOnClient, Transition.From: not RequestStatus.WaitingOnClient } waits =>
            new(NotificationKind.WaitingOnYou, waits.ClientDepartmentId, waits.Summary.Requester),
        ClockAtRisk risk => ClockRoute(NotificationKind.Warning, risk.Clock, risk.HolderDepartmentId, risk.ClientDepartmentId, risk.Summary, risk.DueAt),
        ClockBreached breach => ClockRoute(NotificationKind.Breach, breach.Clock, breach.HolderDepartmentId, breach.ClientDepartmentId, breach.Summary, breach.DueAt),
        _ => null,
    };

    private static NotificationRoute ClockRoute(
        NotificationKind kind, ClockKind clock, string holder, string client, RequestSummary summary, DateTimeOffset dueAt) =>
        clock == ClockKind.ClientResponse && holder == client
            ? new(kind, client, summary.Requester, clock, dueAt)
            : new(kind, holder, null, clock, dueAt);
}
