using System.Security.Claims;
using Catalog.Access;
using Catalog.Catalogue;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Access;

/// <summary>
/// Signing in and out. GET /signin shows the ways in: the organisation's identity provider (OpenID Connect) when
/// configured, and the demo sign-in (pick a person of the directory) only where <see cref="AuthOptions.DemoSignIn"/>
/// allows it: elsewhere its route does not exist. Posts are forms with an anti-forgery token, rate limited per
/// address; return URLs must be local, so sign-in never becomes an open redirect.
/// </summary>
public static class SignInEndpoints
{
    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/signin";

    /// <summary>The demo sign-in form's target.</summary>
    public const string DemoSignInPath = "/signin/demo";

    /// <summary>Starts an OpenID Connect sign-in.</summary>
    public const string OidcSignInPath = "/signin/oidc";

    /// <summary>Signs out (a form post).</summary>
    public const string SignOutPath = "/signout";

    /// <summary>Maps the sign-in and sign-out routes.</summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<AuthOptions>>().Value;
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var demo = options.DemoSignInEnabled(environment);
        var pages = endpoints.MapGroup("").ExcludeFromDescription();

        pages.MapGet(SignInPath, (HttpContext context, IGrainFactory grains, IAntiforgery antiforgery, string? returnUrl) =>
            SignInPageAsync(context, grains, antiforgery, options, demo, LocalOrHome(returnUrl)));

        if (demo)
        {
            pages.MapPost(DemoSignInPath, DemoSignInAsync).RequireRateLimiting(Protection.RateLimits.SignInPolicy);
        }

        if (options.Oidc.Enabled)
        {
            pages.MapGet(OidcSignInPath, (string? returnUrl) => TypedResults.Challenge(
                    new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [AuthSchemes.Oidc]))
                .RequireRateLimiting(Protection.RateLimits.SignInPolicy);
        }

        pages.MapPost(SignOutPath, async (HttpContext context, [FromForm] string? returnUrl) =>
        {
            await context.SignOutAsync(AuthSchemes.Cookie);
            if (options.Oidc.Enabled && !demo)
            {
                return (IResult)TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [AuthSchemes.Oidc]);
            }

            return TypedResults.LocalRedirect(SignInPath);
        });
        return endpoints;
    }

    private static async Task<IResult> SignInPageAsync(
        HttpContext context, IGrainFactory grains, IAntiforgery antiforgery, AuthOptions options, bool demo, string returnUrl)
    {
        if (!demo)
        {
            // Only the identity provider: go there straight away.
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [AuthSchemes.Oidc]);
        }

        var people = await grains.GetDirectory().ListAsync();
        var departments = await grains.GetCatalogueIndex().ListDepartmentsAsync();
        var token = antiforgery.GetAndStoreTokens(context).RequestToken ?? "";
        var html = SignInPage.Render(people, departments, token, returnUrl, options.Oidc.Enabled);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> DemoSignInAsync(
        HttpContext context, IGrainFactory grains, [FromForm] string? userId, [FromForm] string? returnUrl)
    {
        var person = string.IsNullOrWhiteSpace(userId) ? null : await grains.GetDirectory().FindAsync(userId.Trim());
        if (person is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["userId"] = ["Pick a person listed on the sign-in page."] },
                title: "Unknown person.");
        }

        var identity = new ClaimsIdentity(
            [new Claim("sub", person.Id), new Claim("name", person.DisplayName), new Claim("amr", "demo")],
            "demo", "name", "roles");
        await context.SignInAsync(AuthSchemes.Cookie, new ClaimsPrincipal(identity));
        return TypedResults.LocalRedirect(LocalOrHome(returnUrl));
    }

    /// <summary><paramref name="returnUrl"/> when it is a path on this site, else the home page.</summary>
    internal static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : "/";
}
