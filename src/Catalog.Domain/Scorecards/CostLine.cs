namespace Catalog.Domain.Scorecards;

/// <summary>Cost delivered to one client department in one currency: accepted quotes of requests resolved (chargeback).</summary>
public sealed record CostLine(string ClientDepartmentId, string Currency, int Quotes, decimal Amount);
