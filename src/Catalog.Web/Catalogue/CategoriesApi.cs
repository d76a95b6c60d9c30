using Catalog.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Catalogue;

/// <summary>The fixed list of service categories over HTTP: /api/categories.</summary>
public static class CategoriesApi
{
    /// <summary>Maps /api/categories.</summary>
    public static IEndpointRouteBuilder MapCategoriesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("api/categories").WithTags("Categories")
            .MapGet("", List)
            .WithName("ListCategories")
            .WithSummary("Lists the service categories, in display order, with their French and English names.");
        return endpoints;
    }

    internal static Ok<IReadOnlyList<Category>> List() => TypedResults.Ok(Categories.All);
}
