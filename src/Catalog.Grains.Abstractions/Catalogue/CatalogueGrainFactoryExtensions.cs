namespace Catalog.Catalogue;

/// <summary>Finds the catalogue's grains.</summary>
public static class CatalogueGrainFactoryExtensions
{
    /// <summary>The key of the organisation's single catalogue index. Stored: never change it.</summary>
    public const string OrganisationKey = "org";

    /// <summary>The organisation's catalogue index.</summary>
    public static ICatalogueIndexGrain GetCatalogueIndex(this IGrainFactory grains) =>
        grains.GetGrain<ICatalogueIndexGrain>(OrganisationKey);

    /// <summary>The service with this id.</summary>
    public static IServiceGrain GetService(this IGrainFactory grains, string id) =>
        grains.GetGrain<IServiceGrain>(id);
}
