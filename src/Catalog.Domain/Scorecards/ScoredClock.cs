namespace Catalog.Domain.Scorecards;

/// <summary>One clock of a request as the scorecards see it.</summary>
/// <param name="Clock">The clock kind's name (<c>Acknowledgement</c>, <c>FirstAnswer</c>, <c>Resolution</c>, <c>ClientResponse</c>).</param>
/// <param name="Outcome">Where it ended up.</param>
public sealed record ScoredClock(string Clock, ClockOutcome Outcome);
