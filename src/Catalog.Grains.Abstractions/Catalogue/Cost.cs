namespace Catalog.Catalogue;

/// <summary>
/// What a service costs the requesting department (internal chargeback). The client is told the price in writing
/// before the work starts (service standard, seed 004).
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.Cost")]
public sealed record Cost(
    [property: Id(0)] decimal Amount,
    [property: Id(1)] CostUnit Unit,
    [property: Id(2)] LocalizedText? UnitLabel = null,
    [property: Id(3)] string Currency = Cost.Cad)
{
    /// <summary>The only currency for now.</summary>
    public const string Cad = "CAD";

    /// <summary>No charge.</summary>
    public static Cost Free { get; } = new(0m, CostUnit.Free);

    /// <summary>One amount per request.</summary>
    public static Cost Fixed(decimal amount) => new(amount, CostUnit.Fixed);

    /// <summary>An amount per hour of work.</summary>
    public static Cost PerHour(decimal amount) => new(amount, CostUnit.PerHour);

    /// <summary>An amount per unit, e.g. 0.22 per word.</summary>
    public static Cost PerUnit(decimal amount, LocalizedText unitLabel) => new(amount, CostUnit.PerUnit, unitLabel);
}
