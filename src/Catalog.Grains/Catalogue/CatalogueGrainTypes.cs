namespace Catalog.Grains.Catalogue;

/// <summary>
/// The grain type names of the catalogue. They are part of every grain id, hence of the storage keys: pinned here
/// so renaming a class never orphans stored state. Never change them.
/// </summary>
internal static class CatalogueGrainTypes
{
    /// <summary>See <see cref="ServiceGrain"/>.</summary>
    public const string Service = "catalog.service";

    /// <summary>See <see cref="CatalogueIndexGrain"/>.</summary>
    public const string Index = "catalog.catalogue-index";
}
