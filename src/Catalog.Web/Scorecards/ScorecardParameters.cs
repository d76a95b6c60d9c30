namespace Catalog.Web.Scorecards;

/// <summary>The period of a scorecard as the query gives it: <c>from</c> and <c>to</c>, <c>yyyy-MM-dd</c>, both optional.</summary>
public sealed record ScorecardParameters(string? From, string? To);
