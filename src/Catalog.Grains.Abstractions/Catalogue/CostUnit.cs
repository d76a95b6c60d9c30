namespace Catalog.Catalogue;

/// <summary>How an internal chargeback is counted.</summary>
[GenerateSerializer, Alias("catalog.CostUnit")]
public enum CostUnit
{
    /// <summary>No charge; the amount is 0.</summary>
    Free = 0,

    /// <summary>One amount per request.</summary>
    Fixed = 1,

    /// <summary>An amount per unit named by the unit label (per word, per item, per month).</summary>
    PerUnit = 2,

    /// <summary>An amount per hour of work.</summary>
    PerHour = 3,
}
