namespace Catalog.Approvals;

/// <summary>
/// A substitution to name: <see cref="SubstituteId"/> decides for <see cref="ManagerId"/> (the caller when null)
/// from <see cref="From"/> until <see cref="Until"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.SubstituteDraft")]
public sealed record SubstituteDraft(
    [property: Id(0)] string SubstituteId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset Until,
    [property: Id(3)] string? ManagerId = null);
