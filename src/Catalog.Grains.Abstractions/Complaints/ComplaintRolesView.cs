using Catalog.Domain.Complaints;

namespace Catalog.Complaints;

/// <summary>The organisation's complaints officers and each department's head, as exchanged.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintRolesView")]
public sealed record ComplaintRolesView(
    [property: Id(0)] IReadOnlyList<string> Officers,
    [property: Id(1)] IReadOnlyDictionary<string, string> Heads)
{
    /// <summary>As the access rules read them.</summary>
    public ComplaintRoles ToRoles() => new(Officers, Heads);
}
