using Catalog.Catalogue;
using Catalog.Domain.Scorecards;

namespace Catalog.Scorecards;

/// <summary>One SLA clock of a request as stored for the scorecards.</summary>
/// <param name="Kind">Which clock.</param>
/// <param name="Target">Its target in business time; null when the agreement sets none.</param>
/// <param name="Elapsed">Business time elapsed on it so far (pauses excluded).</param>
/// <param name="Outcome">Met, breached, running, not started or cancelled.</param>
[GenerateSerializer, Immutable, Alias("catalog.ClockFact")]
public sealed record ClockFact(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] TimeSpan? Target,
    [property: Id(2)] TimeSpan Elapsed,
    [property: Id(3)] ClockOutcome Outcome);
