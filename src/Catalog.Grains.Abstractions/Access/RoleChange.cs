namespace Catalog.Access;

/// <summary>What setting a person's roles did: who they were before (null for someone new) and who they are now.</summary>
[GenerateSerializer, Immutable, Alias("catalog.RoleChange")]
public sealed record RoleChange(
    [property: Id(0)] CatalogUser? Before,
    [property: Id(1)] CatalogUser After);
