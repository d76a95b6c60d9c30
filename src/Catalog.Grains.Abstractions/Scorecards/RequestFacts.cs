using Catalog.Catalogue;
using Catalog.Domain.Requests;

namespace Catalog.Scorecards;

/// <summary>
/// What the scorecards and the annual review keep of a request, written whole by the request on every change (see
/// <c>IRequestFactsStore.UpsertRequestAsync</c>). The figures come from these rows, never from active grains.
/// Requester, resolving agent and "other request" text are stored for the review; the scorecards never show them.
/// </summary>
/// <param name="RequestId">The request.</param>
/// <param name="ServiceId">Its catalogue entry.</param>
/// <param name="ServiceName">The entry's name as the catalogue had it when filed.</param>
/// <param name="ProviderDepartmentId">The department that provides it now (after any transfer): the row's partition.</param>
/// <param name="ClientDepartmentId">The department that filed it.</param>
/// <param name="Requester">Who filed it (user id).</param>
/// <param name="FiledAt">When it was filed.</param>
/// <param name="Status">Where it stands now.</param>
/// <param name="ResolvedAt">When it was last resolved; null while not resolved (a reopening clears it).</param>
/// <param name="EndedAt">When it was closed or cancelled.</param>
/// <param name="ResolvedBy">The agent who last resolved it.</param>
/// <param name="Clocks">Each SLA clock: target, business time elapsed, outcome.</param>
/// <param name="Holds">Which department held it when, oldest first; the last one is open while the request is.</param>
/// <param name="Pauses">When the provider waited on the client, oldest first.</param>
/// <param name="Transfers">Handoffs to another department.</param>
/// <param name="QuoteAmount">The accepted quote's amount; null without an accepted quote.</param>
/// <param name="QuoteCurrency">The accepted quote's currency.</param>
/// <param name="OtherRequestText">What the client asked for on an "Other request" entry; null otherwise.</param>
[GenerateSerializer, Immutable, Alias("catalog.RequestFacts")]
public sealed record RequestFacts(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] LocalizedText ServiceName,
    [property: Id(3)] string ProviderDepartmentId,
    [property: Id(4)] string ClientDepartmentId,
    [property: Id(5)] string Requester,
    [property: Id(6)] DateTimeOffset FiledAt,
    [property: Id(7)] RequestStatus Status,
    [property: Id(8)] DateTimeOffset? ResolvedAt,
    [property: Id(9)] DateTimeOffset? EndedAt,
    [property: Id(10)] string? ResolvedBy,
    [property: Id(11)] IReadOnlyList<ClockFact> Clocks,
    [property: Id(12)] IReadOnlyList<HoldFact> Holds,
    [property: Id(13)] IReadOnlyList<PauseFact> Pauses,
    [property: Id(14)] int Transfers,
    [property: Id(15)] decimal? QuoteAmount,
    [property: Id(16)] string? QuoteCurrency,
    [property: Id(17)] string? OtherRequestText);
