namespace Catalog.Domain.Scorecards;

/// <summary>The provider waited on the client from <paramref name="From"/> until <paramref name="To"/> (null: still waiting).</summary>
public sealed record PauseSpan(DateTimeOffset From, DateTimeOffset? To);
