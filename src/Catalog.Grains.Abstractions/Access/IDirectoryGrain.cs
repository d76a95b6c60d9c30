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

    /// <summary>The language a person chose for what Catalog tells them ("fr" or "en"), or null when they chose none.</summary>
    Task<string?> GetLanguageAsync(string userId);

    /// <summary>
    /// Sets the person's language ("fr" or "en"; null forgets the choice), audited as a change of the person. Anyone
    /// signed in may have one, placed by the directory or by their identity provider. Throws
    /// <see cref="Errors.CatalogValidationException"/> for another language or a malformed id.
    /// </summary>
    Task<string?> SetLanguageAsync(string userId, string? language);
}
