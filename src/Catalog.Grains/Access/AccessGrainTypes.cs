namespace Catalog.Grains.Access;

/// <summary>
/// The grain type names of people and roles. They are part of every grain id, hence of the storage keys: pinned here
/// so renaming a class never orphans stored state. Never change them.
/// </summary>
internal static class AccessGrainTypes
{
    /// <summary>See <see cref="DirectoryGrain"/>.</summary>
    public const string Directory = "catalog.directory";
}
