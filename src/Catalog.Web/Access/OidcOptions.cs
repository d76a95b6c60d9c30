namespace Catalog.Web.Access;

/// <summary>
/// OpenID Connect settings (section Catalog:Auth:Oidc) for any standard provider: Entra ID, Keycloak, Okta…
/// Browsers sign in with the authorization-code flow; API clients may send the provider's access tokens as bearer
/// tokens when <see cref="Audience"/> is set. A person's department and roles come from Catalog's directory when it
/// knows them, otherwise from the claims named here.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0 or https://keycloak.example.org/realms/org. Empty: OIDC is off.</summary>
    public string? Authority { get; set; }

    /// <summary>Catalog's client id at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>Catalog's client secret: from the environment or a secret store only.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The audience of access tokens accepted as bearer tokens; empty: bearer tokens are not accepted.</summary>
    public string? Audience { get; set; }

    /// <summary>Extra scopes beyond openid and profile (e.g. "email").</summary>
    public string[] Scopes { get; set; } = ["email"];

    /// <summary>The claim holding the user id Catalog's directory is keyed by. Default preferred_username (sub when absent).</summary>
    public string UserIdClaim { get; set; } = "preferred_username";

    /// <summary>The claim holding the display name. Default name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The claim holding the department id, for people the directory does not know. Default department.</summary>
    public string DepartmentClaim { get; set; } = "department";

    /// <summary>The claim holding roles: requester, agent, manager, and the organisation-wide values below. Default roles.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The role value that makes a catalogue administrator. Default catalogue-administrator.</summary>
    public string AdministratorRole { get; set; } = "catalogue-administrator";

    /// <summary>The role value that makes an auditor. Default auditor.</summary>
    public string AuditorRole { get; set; } = "auditor";

    /// <summary>Whether OIDC is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Requires https metadata (off only for a local Keycloak over http). Default true.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
