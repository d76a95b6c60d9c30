namespace Catalog.Domain.Scorecards;

/// <summary>
/// Turnaround of the resolved requests in business hours of the provider's calendar (filed → last resolved, minus
/// the time waiting on the client). Median: the middle value, or the mean of the two middle ones; 90th percentile:
/// the nearest-rank value (the ⌈0.9·n⌉-th smallest). Hours to two decimals; null without a resolved request.
/// </summary>
public sealed record TurnaroundFigures(int Resolved, double? MedianHours, double? Percentile90Hours);
