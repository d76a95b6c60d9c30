using Catalog.Catalogue;

namespace Catalog.Sla;

/// <summary>One version of a service-level agreement. Editing creates a new version; old ones stay readable.</summary>
[GenerateSerializer, Immutable, Alias("catalog.Agreement")]
public sealed record Agreement(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] string ProviderDepartmentId,
    [property: Id(3)] string ClientDepartmentId,
    [property: Id(4)] AgreementScope Scope,
    [property: Id(5)] string? ScopeValue,
    [property: Id(6)] IReadOnlyList<ClockPolicy> Clocks,
    [property: Id(7)] LocalizedText? Title,
    [property: Id(8)] DateTimeOffset ChangedAt,
    [property: Id(9)] string? ChangeNote,
    [property: Id(10)] bool Retired,
    [property: Id(11)] Catalog.Domain.Requests.QuoteWait? QuoteWait = null);
