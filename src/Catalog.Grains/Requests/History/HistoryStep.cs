using Catalog.Domain.Access;
using Catalog.Requests;

namespace Catalog.Grains.Requests.History;

/// <summary>One step of a replayed history: when, by whom, and exactly one of the things a person can do to a request.</summary>
[GenerateSerializer, Immutable, Alias("catalog.HistoryStep")]
public sealed record HistoryStep(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Viewer Actor,
    [property: Id(2)] RequestCommand? Command = null,
    [property: Id(3)] QuoteProposal? Quote = null,
    [property: Id(4)] QuoteAnswer? Answer = null,
    [property: Id(5)] AccommodationAsk? Ask = null,
    [property: Id(6)] ApprovalDecision? Decision = null,
    [property: Id(7)] TransferOrder? Transfer = null);
