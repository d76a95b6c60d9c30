namespace Catalog.Access;

/// <summary>
/// Catalog's own directory (key <see cref="DirectoryGrainFactoryExtensions.OrganisationKey"/>): the people it knows
/// with their department and roles. Sign-in reads it to place a person; when an identity provider sends the
/// department and role as claims instead, the directory's entry, when there is one, wins. Every change is audited.
/// </summary>
public interface IDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The person with this id (case-insensitive), or null when the directory does not know them.</summary>
    Task<CatalogUser?> FindAsync(string userId);

    /// <summary>Everyone, or the people of one department, sorted by display name.</summary>
    Task<IReadOnlyList<CatalogUser>> ListAsync(string? departmentId = null);

    /// <summary>
    /// Adds a person or changes their name, department or roles; the id is stored lowercase. Throws
    /// <see cref="Errors.CatalogValidationException"/> for a bad id, name or unknown department.
    /// </summary>
    Task<RoleChange> SetAsync(CatalogUser user);

    /// <summary>Removes a person; throws <see cref="Errors.CatalogNotFoundException"/> when unknown. Returns who they were.</summary>
    Task<CatalogUser> RemoveAsync(string userId);
}
