namespace Catalog.Scorecards;

/// <summary>The provider waited on the client from <paramref name="From"/> until <paramref name="To"/> (null: waits now).</summary>
[GenerateSerializer, Immutable, Alias("catalog.PauseFact")]
public sealed record PauseFact(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset? To);
