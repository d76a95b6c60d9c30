namespace Catalog.Errors;

/// <summary>
/// The action is not possible in the current state (a duplicate id, an illegal transition, a stale version):
/// HTTP 409. <see cref="Allowed"/> names what is possible instead, when there is such a list.
/// </summary>
[GenerateSerializer, Alias("catalog.CatalogConflictException")]
public sealed class CatalogConflictException : Exception
{
    /// <summary>Creates the exception with a message and, optionally, the actions allowed instead.</summary>
    public CatalogConflictException(string message, IReadOnlyList<string>? allowed = null)
        : base(message) => Allowed = allowed ?? [];

    /// <summary>What may be done instead (e.g. the transitions allowed from the current state).</summary>
    [Id(0)]
    public IReadOnlyList<string> Allowed { get; init; }
}
