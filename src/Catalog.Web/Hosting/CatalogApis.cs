using Catalog.Web.Catalogue;

namespace Catalog.Web.Hosting;

/// <summary>The list of feature APIs, one call each; every feature maps its own group.</summary>
public static class CatalogApis
{
    /// <summary>Maps every feature's endpoints.</summary>
    public static IEndpointRouteBuilder MapCatalogApis(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCatalogueApi();
        endpoints.MapDepartmentsApi();
        endpoints.MapCategoriesApi();
        return endpoints;
    }
}
