namespace Catalog.Sla;

/// <summary>What an agreement covers on the provider's side.</summary>
[GenerateSerializer, Alias("catalog.AgreementScope")]
public enum AgreementScope
{
    /// <summary>Every service of the provider.</summary>
    AllServices = 0,

    /// <summary>The services of one category (<see cref="AgreementDraft.ScopeValue"/> = category id).</summary>
    Category = 1,

    /// <summary>One service (<see cref="AgreementDraft.ScopeValue"/> = service id).</summary>
    Service = 2,
}
