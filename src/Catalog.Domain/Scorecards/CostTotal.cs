namespace Catalog.Domain.Scorecards;

/// <summary>Cost delivered in one currency, every client department together.</summary>
public sealed record CostTotal(string Currency, int Quotes, decimal Amount);
