namespace Catalog.Catalogue;

/// <summary>A service standard (norme de service): a public, measurable commitment on one clock.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ServiceStandard")]
public sealed record ServiceStandard(
    [property: Id(0)] ClockKind Clock,
    [property: Id(1)] Target Target,
    [property: Id(2)] LocalizedText Description);
