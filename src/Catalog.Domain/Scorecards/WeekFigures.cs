namespace Catalog.Domain.Scorecards;

/// <summary>
/// One week of the trend (Monday to Sunday in the subject's time zone): requests filed that week and how their
/// clocks fared, their median turnaround, complaints filed and surveys answered that week.
/// </summary>
public sealed record WeekFigures(
    DateOnly WeekStart, int Filed, int Met, int Breached, double? PercentMet, double? MedianHours,
    int Complaints, int Surveys, double? SatisfactionMean);
