using Catalog.Web.Catalogue;
using Catalog.Web.Sla;
using Catalog.Web.Requests;

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
        endpoints.MapAgreementsApi();
        endpoints.MapCalendarsApi();
        endpoints.MapRequestsApi();
        endpoints.MapQueuesApi();
        endpoints.MapClockApi();
        return endpoints;
    }
}
