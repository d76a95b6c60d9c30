using System.Reflection;
using Catalog.Domain.Access;
using Catalog.Errors;

namespace Catalog.Web.Access;

/// <summary>
/// The signed-in person, as a handler parameter: minimal APIs bind it from the principal
/// (<see cref="BindAsync"/>). Every API group requires a signed-in Catalog user, so a handler that takes one always
/// gets one; the checks below throw <see cref="CatalogForbiddenException"/> (403) or
/// <see cref="CatalogNotFoundException"/> (404, where existence itself is confidential).
/// </summary>
/// <param name="Viewer">Who it is, for the access rules.</param>
/// <param name="Name">Their display name.</param>
public sealed record SignedIn(Viewer Viewer, string Name)
{
    /// <summary>The user id.</summary>
    public string UserId => Viewer.UserId;

    /// <summary>Binds the parameter from the request's principal; null (400) only on a route that forgot to require sign-in.</summary>
    public static ValueTask<SignedIn?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(From(context));

    /// <summary>The signed-in person of <paramref name="context"/>, or null.</summary>
    public static SignedIn? From(HttpContext context) =>
        CatalogClaims.ViewerOf(context.User) is { } viewer ? new SignedIn(viewer, CatalogClaims.NameOf(context.User)) : null;

    /// <summary>Throws 403 with <paramref name="refusal"/> unless <paramref name="allowed"/>.</summary>
    public static void Require(bool allowed, string refusal)
    {
        if (!allowed)
        {
            throw new CatalogForbiddenException(refusal);
        }
    }
}
