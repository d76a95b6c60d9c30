namespace Catalog.Scorecards;

/// <summary>
/// Which stored facts to read: those of a provider department (its partition) or of a service, optionally one
/// client department, filed (requests, complaints) or answered (surveys) in [<paramref name="From"/>, <paramref name="To"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.FactsQuery")]
public sealed record FactsQuery(
    [property: Id(0)] string? ProviderDepartmentId,
    [property: Id(1)] string? ServiceId,
    [property: Id(2)] string? ClientDepartmentId,
    [property: Id(3)] DateTimeOffset From,
    [property: Id(4)] DateTimeOffset To);
