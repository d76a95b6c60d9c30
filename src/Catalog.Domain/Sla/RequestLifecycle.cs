using Catalog.Domain.Requests;
using static Catalog.Domain.Requests.RequestAction;

namespace Catalog.Domain.Sla;

/// <summary>
/// The request state machine: which actions each status allows and where they lead.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Submitted: Acknowledge, Start, Resolve, Cancel, Comment.</item>
/// <item>Acknowledged: Start, WaitOnClient, Resolve, Cancel, Comment.</item>
/// <item>InProgress: WaitOnClient, Resolve, Cancel, Comment.</item>
/// <item>WaitingOnClient: Resume, Cancel, Comment.</item>
/// <item>Resolved: Close, Reopen, Comment.</item>
/// <item>Closed: Reopen.</item>
/// <item>Cancelled: nothing.</item>
/// </list>
/// Acknowledge → Acknowledged, Start → InProgress, WaitOnClient → WaitingOnClient,
/// Resume → InProgress, Resolve → Resolved, Close → Closed, Cancel → Cancelled,
/// Reopen → InProgress; Comment keeps the status.
/// </remarks>
public static class RequestLifecycle
{
    // Indexed by status; the order of each row is the order actions are offered in.
    private static readonly RequestAction[][] Table =
    [
        /* Submitted       */ [Acknowledge, Start, Resolve, Cancel, Comment],
        /* Acknowledged    */ [Start, WaitOnClient, Resolve, Cancel, Comment],
        /* InProgress      */ [WaitOnClient, Resolve, Cancel, Comment],
        /* WaitingOnClient */ [Resume, Cancel, Comment],
        /* Resolved        */ [Close, Reopen, Comment],
        /* Closed          */ [Reopen],
        /* Cancelled       */ [],
    ];

    private static readonly IReadOnlyList<RequestAction>[] AllowedByStatus = Array.ConvertAll(Table, row => (IReadOnlyList<RequestAction>)Array.AsReadOnly(row));

    /// <summary>The status <paramref name="action"/> leads to from <paramref name="from"/>, or null when it is not allowed there.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="action">The action attempted.</param>
    public static RequestStatus? Next(RequestStatus from, RequestAction action) =>
        (uint)from < (uint)Table.Length && Array.IndexOf(Table[(int)from], action) >= 0
            ? action switch
            {
                Acknowledge => RequestStatus.Acknowledged,
                Start or Resume or Reopen => RequestStatus.InProgress,
                WaitOnClient => RequestStatus.WaitingOnClient,
                Resolve => RequestStatus.Resolved,
                Close => RequestStatus.Closed,
                Cancel => RequestStatus.Cancelled,
                _ => from,
            }
            : null;

    /// <summary>Whether <paramref name="action"/> is allowed in <paramref name="status"/>.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="action">The action attempted.</param>
    public static bool IsAllowed(RequestStatus status, RequestAction action) => Next(status, action) is not null;

    /// <summary>
    /// The actions allowed in <paramref name="status"/>, in a fixed order (cached, read-only:
    /// fine to put in a 409 response as is); empty for an unknown status.
    /// </summary>
    /// <param name="status">The current status.</param>
    public static IReadOnlyList<RequestAction> Allowed(RequestStatus status) =>
        (uint)status < (uint)AllowedByStatus.Length ? AllowedByStatus[(int)status] : [];

    /// <summary>
    /// Whether the request still counts for the provider's SLA: Submitted, Acknowledged,
    /// InProgress or WaitingOnClient (its clocks run or are paused and can still breach).
    /// From Resolved on, every provider clock is stopped.
    /// </summary>
    /// <param name="status">The status.</param>
    public static bool IsActive(RequestStatus status) =>
        status is RequestStatus.Submitted or RequestStatus.Acknowledged or RequestStatus.InProgress or RequestStatus.WaitingOnClient;

    /// <summary>
    /// Whether the request belongs in work queues: every status but Closed and Cancelled. A
    /// Resolved request stays open (the client may still reopen it; the provider closes it)
    /// although its clocks are stopped (<see cref="IsActive"/> is false).
    /// </summary>
    /// <param name="status">The status.</param>
    public static bool IsOpen(RequestStatus status) =>
        IsActive(status) || status is RequestStatus.Resolved;
}
