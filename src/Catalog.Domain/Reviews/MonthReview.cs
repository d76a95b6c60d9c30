namespace Catalog.Domain.Reviews;

/// <summary>One month of the year (1 to 12, in the provider's zone): requests filed, clocks met, complaints and surveys.</summary>
public sealed record MonthReview(int Month, int Filed, double? PercentMet, int Complaints, int Surveys, double? SatisfactionMean);
