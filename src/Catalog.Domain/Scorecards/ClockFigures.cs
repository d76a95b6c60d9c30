namespace Catalog.Domain.Scorecards;

/// <summary>How one clock kind fared: clocks met and breached, and the share met among those decided.</summary>
/// <param name="PercentMet">Met ÷ (met + breached) × 100, one decimal; null when no clock of this kind was decided.</param>
public sealed record ClockFigures(string Clock, int Met, int Breached, int Running, int NotStarted, int Cancelled, double? PercentMet);
