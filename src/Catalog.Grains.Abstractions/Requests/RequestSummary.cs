using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Live;

namespace Catalog.Requests;

/// <summary>A request as a queue lists it: kept in the request index, so listing never activates request grains.</summary>
/// <remarks>
/// <see cref="AwaitingApproval"/>: an approval of it waits for a manager (or their substitute). What live pages draw
/// without asking for the request: <see cref="PauseReason"/>, <see cref="Clocks"/> (read at <see cref="AsOf"/>; the
/// web tier re-reads them at the instant of each event and snapshot), and the actions the status allows to each side
/// (<see cref="ProviderActions"/> for the provider's agents and managers, <see cref="ClientActions"/> for the client
/// department), so each page picks its own. Null where a source does not have them (an index row written before).
/// </remarks>
[GenerateSerializer, Immutable, Alias("catalog.RequestSummary")]
public sealed record RequestSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] LocalizedText ServiceName,
    [property: Id(3)] string ProviderDepartmentId,
    [property: Id(4)] string ClientDepartmentId,
    [property: Id(5)] string Requester,
    [property: Id(6)] string Title,
    [property: Id(7)] RequestStatus Status,
    [property: Id(8)] bool AtRisk,
    [property: Id(9)] bool Breached,
    [property: Id(10)] DateTimeOffset? NextDueAt,
    [property: Id(11)] DateTimeOffset FiledAt,
    [property: Id(12)] DateTimeOffset UpdatedAt,
    [property: Id(13)] bool ClientOverdue = false,
    [property: Id(14)] bool AwaitingApproval = false,
    [property: Id(15)] PauseReason? PauseReason = null,
    [property: Id(16)] IReadOnlyList<LiveClockReading>? Clocks = null,
    [property: Id(17)] IReadOnlyList<RequestAction>? ProviderActions = null,
    [property: Id(18)] IReadOnlyList<RequestAction>? ClientActions = null,
    [property: Id(19)] DateTimeOffset? AsOf = null);
