using Catalog.Catalogue;

namespace Catalog.Sla;

/// <summary>One clock's target under an agreement, with the share of it after which the request is at risk.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ClockPolicy")]
public sealed record ClockPolicy(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] Target Target,
    [property: Id(2)] double WarningRatio = ClockPolicy.DefaultWarningRatio)
{
    /// <summary>At-risk fires at 75 % of the target unless an agreement says otherwise.</summary>
    public const double DefaultWarningRatio = 0.75;
}
