using Catalog.Domain.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Access;

/// <summary>GET /api/me: who is signed in, what they may do, and the anti-forgery token their page sends with every change.</summary>
public static class MeApi
{
    /// <summary>Maps /api/me.</summary>
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("api/me").WithTags("Access")
            .MapGet("", Get)
            .WithName("GetMe")
            .WithSummary("The signed-in person: department, role, organisation-wide roles, and the anti-forgery token to send in the X-XSRF-TOKEN header with every POST, PUT and DELETE.");
        return endpoints;
    }

    internal static Ok<Me> Get(SignedIn me, HttpContext context, IAntiforgery antiforgery)
    {
        var viewer = me.Viewer;
        var token = antiforgery.GetAndStoreTokens(context).RequestToken ?? "";
        return TypedResults.Ok(new Me(
            viewer.UserId,
            me.Name,
            viewer.DepartmentId,
            viewer.Role,
            viewer.CatalogueAdministrator,
            viewer.Auditor,
            viewer.DepartmentId is { } department && AccessPolicy.CanManage(viewer, department),
            AccessPolicy.CanSeeOrganisationBoard(viewer),
            token,
            CatalogClaims.LanguageOf(context.User)));
    }
}
