using Catalog.Domain.Surveys;

namespace Catalog.Surveys;

/// <summary>The satisfaction of a group: key (a service id, a team, "provider→client"), and its figures.</summary>
[GenerateSerializer, Immutable, Alias("catalog.SatisfactionGroup")]
public sealed record SatisfactionGroup(
    [property: Id(0)] string Key,
    [property: Id(1)] int Offered,
    [property: Id(2)] int Answered,
    [property: Id(3)] double? Mean,
    [property: Id(4)] int[] Distribution,
    [property: Id(5)] double? ResponseRate)
{
    /// <summary>The group of <paramref name="key"/> with <paramref name="figures"/>.</summary>
    public static SatisfactionGroup Of(string key, SatisfactionFigures figures) =>
        new(key, figures.Offered, figures.Answered, figures.Mean, [.. figures.Distribution], figures.ResponseRate);
}
