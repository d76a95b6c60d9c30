namespace Catalog.Approvals;

/// <summary>A person who decides approvals for a manager between two instants.</summary>
[GenerateSerializer, Immutable, Alias("catalog.Substitute")]
public sealed record Substitute(
    [property: Id(0)] int Number,
    [property: Id(1)] string ManagerId,
    [property: Id(2)] string SubstituteId,
    [property: Id(3)] DateTimeOffset From,
    [property: Id(4)] DateTimeOffset Until,
    [property: Id(5)] string NamedBy)
{
    /// <summary>Whether the substitution holds at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => From <= now && now < Until;
}
