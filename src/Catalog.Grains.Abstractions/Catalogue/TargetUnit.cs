namespace Catalog.Catalogue;

/// <summary>What a target counts: business time of the provider department's calendar.</summary>
[GenerateSerializer, Alias("catalog.TargetUnit")]
public enum TargetUnit
{
    /// <summary>Hours inside business hours (8:30–12:00 and 13:00–16:30 on business days by default).</summary>
    BusinessHours = 0,

    /// <summary>Whole business days (heures normales d'ouverture, jours ouvrables).</summary>
    BusinessDays = 1,
}
