using Catalog.Catalogue;

namespace Catalog.Domain.Requests;

/// <summary>What an action did: the status it led from and to, the thresholds recorded first and the clocks it met.</summary>
/// <param name="Action">The action taken.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="Crossings">Thresholds crossed before the action, recorded at their instants (oldest first).</param>
/// <param name="Met">The clocks the action stopped within their targets.</param>
/// <param name="PauseReason">Why the provider now waits on the client, when it does.</param>
public sealed record RequestChange(
    RequestAction Action, RequestStatus From, RequestStatus To, IReadOnlyList<ClockCrossing> Crossings, IReadOnlyList<ClockKind> Met,
    PauseReason? PauseReason = null);
