namespace Catalog.Catalogue;

/// <summary>A delay measured in the provider's business time, e.g. 2 business days.</summary>
[GenerateSerializer, Immutable, Alias("catalog.Target")]
public sealed record Target([property: Id(0)] int Value, [property: Id(1)] TargetUnit Unit)
{
    /// <summary>A target in business days.</summary>
    public static Target BusinessDays(int value) => new(value, TargetUnit.BusinessDays);

    /// <summary>A target in business hours.</summary>
    public static Target BusinessHours(int value) => new(value, TargetUnit.BusinessHours);
}
