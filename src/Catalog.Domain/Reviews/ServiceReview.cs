namespace Catalog.Domain.Reviews;

/// <summary>
/// One service over the year: requests filed, clocks met and breached, the share met (null when none was decided),
/// and the median turnaround in business hours.
/// </summary>
public sealed record ServiceReview(string ServiceId, int Requests, int Met, int Breached, double? PercentMet, double? MedianHours);
