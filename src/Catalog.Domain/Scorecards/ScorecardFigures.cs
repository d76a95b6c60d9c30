namespace Catalog.Domain.Scorecards;

/// <summary>
/// A scorecard: the published performance of one subject (a service, a provider department or a department pair)
/// over a period. Requests count when filed in the period; surveys when answered in it; complaints when filed in it.
/// </summary>
/// <param name="Filed">Requests filed in the period.</param>
/// <param name="Resolved">Of those, resolved (now or earlier).</param>
/// <param name="Cancelled">Of those, cancelled.</param>
/// <param name="Clocks">Per clock kind, in the order first seen by kind name order.</param>
/// <param name="Breaches">Clocks breached, every kind together.</param>
/// <param name="BreachedRequests">Requests with at least one clock breached.</param>
public sealed record ScorecardFigures(
    int Filed,
    int Resolved,
    int Cancelled,
    IReadOnlyList<ClockFigures> Clocks,
    int Breaches,
    int BreachedRequests,
    TurnaroundFigures Turnaround,
    IReadOnlyList<HeldFigures> Held,
    TransferFigures Transfers,
    ComplaintFigures Complaints,
    SatisfactionFigures Satisfaction,
    IReadOnlyList<CostLine> CostByClient,
    IReadOnlyList<CostTotal> CostTotals,
    IReadOnlyList<WeekFigures> Weeks);
