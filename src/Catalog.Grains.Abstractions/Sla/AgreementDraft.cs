using Catalog.Catalogue;

namespace Catalog.Sla;

/// <summary>
/// What a provider department commits to a client department (or to all: <see cref="AnyClient"/>), for all its
/// services, a category or one service. Clocks it does not name fall back to the service's standards.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.AgreementDraft")]
public sealed record AgreementDraft(
    [property: Id(0)] string ClientDepartmentId,
    [property: Id(1)] AgreementScope Scope,
    [property: Id(2)] string? ScopeValue,
    [property: Id(3)] IReadOnlyList<ClockPolicy> Clocks,
    [property: Id(4)] LocalizedText? Title = null,
    [property: Id(5)] string? ChangeNote = null,
    [property: Id(6)] int? ExpectedVersion = null,
    [property: Id(7)] Catalog.Domain.Requests.QuoteWait? QuoteWait = null)
{
    /// <summary>The client department id that means "every client department".</summary>
    public const string AnyClient = "*";
}
