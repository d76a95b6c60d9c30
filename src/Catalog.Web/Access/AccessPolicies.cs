using Microsoft.AspNetCore.Authorization;

namespace Catalog.Web.Access;

/// <summary>
/// The declarative authorization policies. Everything finer (which department, which request) is decided per call
/// by <see cref="Catalog.Domain.Access.AccessPolicy"/> in the handlers, which know the resource.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Catalogue administrators only (the Orleans dashboard).</summary>
    public const string CatalogueAdministrator = "catalogue-administrator";

    /// <summary>Auditors only (the audit trail).</summary>
    public const string Auditor = "auditor";

    /// <summary>Adds the policies; the default one requires a signed-in Catalog user.</summary>
    public static AuthorizationBuilder AddCatalogPolicies(this AuthorizationBuilder authorization) => authorization
        .SetDefaultPolicy(new AuthorizationPolicyBuilder(AuthSchemes.Default)
            .RequireAuthenticatedUser()
            .RequireClaim(CatalogClaims.UserId)
            .Build())
        .AddPolicy(CatalogueAdministrator, p => p
            .AddAuthenticationSchemes(AuthSchemes.Default)
            .RequireClaim(CatalogClaims.Administrator, "true"))
        .AddPolicy(Auditor, p => p
            .AddAuthenticationSchemes(AuthSchemes.Default)
            .RequireClaim(CatalogClaims.Auditor, "true"));
}
