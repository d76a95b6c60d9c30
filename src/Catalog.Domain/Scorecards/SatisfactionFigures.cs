namespace Catalog.Domain.Scorecards;

/// <summary>Surveys answered in the period: how many, the mean score (two decimals, null without one) and how many gave 1, 2, 3, 4 and 5.</summary>
public sealed record SatisfactionFigures(int Count, double? Mean, IReadOnlyList<int> Distribution);
