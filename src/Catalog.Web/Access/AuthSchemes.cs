namespace Catalog.Web.Access;

/// <summary>The authentication scheme names. The cookie name is stable: changing it signs everyone out.</summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: bearer when the request carries an Authorization header, the cookie otherwise.</summary>
    public const string Default = "catalog";

    /// <summary>The sign-in cookie (browsers, after the demo or OIDC sign-in).</summary>
    public const string Cookie = "catalog-cookie";

    /// <summary>OpenID Connect (browser sign-in at the organisation's identity provider).</summary>
    public const string Oidc = "catalog-oidc";

    /// <summary>Bearer access tokens from the identity provider (API clients).</summary>
    public const string Bearer = "catalog-bearer";

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "Catalog.Auth";
}
