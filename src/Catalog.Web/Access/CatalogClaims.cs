using System.Globalization;
using System.Security.Claims;
using Catalog.Domain.Access;

namespace Catalog.Web.Access;

/// <summary>
/// The claims Catalog adds to a signed-in principal (<see cref="CatalogClaimsTransformation"/>), and the
/// <see cref="Viewer"/> read back from them. They live in their own identity (<see cref="AuthenticationType"/>) so a
/// provider's claims of the same name can never pass for them.
/// </summary>
public static class CatalogClaims
{
    /// <summary>The authentication type of Catalog's own identity.</summary>
    public const string AuthenticationType = "catalog";

    /// <summary>The user id (lowercase).</summary>
    public const string UserId = "catalog:user";

    /// <summary>The display name.</summary>
    public const string Name = "catalog:name";

    /// <summary>The department id; absent for someone placed in no department.</summary>
    public const string Department = "catalog:department";

    /// <summary>The department role: Requester, Agent or Manager.</summary>
    public const string Role = "catalog:role";

    /// <summary>"true" for a catalogue administrator.</summary>
    public const string Administrator = "catalog:administrator";

    /// <summary>"true" for an auditor.</summary>
    public const string Auditor = "catalog:auditor";

    /// <summary>The language the person chose ("fr" or "en"); absent when they chose none.</summary>
    public const string Language = "catalog:language";

    /// <summary>The language <paramref name="principal"/> chose ("fr" or "en"), or null.</summary>
    public static string? LanguageOf(ClaimsPrincipal principal) => IdentityOf(principal)?.FindFirst(Language)?.Value;

    /// <summary>Catalog's identity of <paramref name="principal"/>, or null before the transformation ran or when not signed in.</summary>
    public static ClaimsIdentity? IdentityOf(ClaimsPrincipal principal) =>
        principal.Identities.FirstOrDefault(i => i.AuthenticationType == AuthenticationType);

    /// <summary>The viewer <paramref name="principal"/> is, or null when it is not a signed-in Catalog user.</summary>
    public static Viewer? ViewerOf(ClaimsPrincipal principal)
    {
        if (IdentityOf(principal) is not { } identity || identity.FindFirst(UserId)?.Value is not { } userId)
        {
            return null;
        }

        var role = Enum.TryParse<DepartmentRole>(identity.FindFirst(Role)?.Value, out var parsed) ? parsed : DepartmentRole.Requester;
        return new Viewer(
            userId,
            identity.FindFirst(Department)?.Value,
            role,
            identity.HasClaim(Administrator, "true"),
            identity.HasClaim(Auditor, "true"));
    }

    /// <summary>The display name of <paramref name="principal"/> (the user id when it has none).</summary>
    public static string NameOf(ClaimsPrincipal principal) =>
        IdentityOf(principal)?.FindFirst(Name)?.Value ?? IdentityOf(principal)?.FindFirst(UserId)?.Value ?? "";

    /// <summary>Catalog's identity for a person.</summary>
    public static ClaimsIdentity Create(Viewer viewer, string displayName, string? language = null)
    {
        var claims = new List<Claim>
        {
            new(UserId, viewer.UserId),
            new(Name, displayName),
            new(Role, viewer.Role.ToString()),
        };
        if (viewer.DepartmentId is { } department)
        {
            claims.Add(new Claim(Department, department));
        }

        if (viewer.CatalogueAdministrator)
        {
            claims.Add(new Claim(Administrator, bool.TrueString.ToLower(CultureInfo.InvariantCulture)));
        }

        if (viewer.Auditor)
        {
            claims.Add(new Claim(Auditor, bool.TrueString.ToLower(CultureInfo.InvariantCulture)));
        }

        if (language is not null)
        {
            claims.Add(new Claim(Language, language));
        }

        return new ClaimsIdentity(claims, AuthenticationType, Name, Role);
    }
}
