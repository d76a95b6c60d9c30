namespace Catalog.Scorecards;

/// <summary>A department held the request from <paramref name="From"/> until <paramref name="To"/> (null: holds it now).</summary>
[GenerateSerializer, Immutable, Alias("catalog.HoldFact")]
public sealed record HoldFact(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset? To);
