namespace Catalog.Domain.Scorecards;

/// <summary>A department held the request from <paramref name="From"/> until <paramref name="To"/> (null: still holds it).</summary>
public sealed record HeldSpan(string DepartmentId, DateTimeOffset From, DateTimeOffset? To);
