namespace Catalog.Domain.Scorecards;

/// <summary>Complaints filed in the period: how many, how many answered within their standard or late, and per cause (most frequent first).</summary>
public sealed record ComplaintFigures(int Count, int AnsweredInTime, int AnsweredLate, IReadOnlyList<CountByKey> ByCause);
