using System.Security.Claims;
using Catalog.Access;
using Catalog.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Access;

/// <summary>
/// Places a signed-in person: finds them in Catalog's directory (cached for
/// <see cref="AuthOptions.DirectoryCacheLifetime"/>, so a role change or a removal takes effect within that time
/// without signing out) and, when the directory does not know them, reads their department and roles from the
/// identity provider's claims. Adds Catalog's own identity (<see cref="CatalogClaims"/>) to the principal.
/// </summary>
public sealed class CatalogClaimsTransformation(
    IGrainFactory grains, IMemoryCache cache, IOptions<AuthOptions> options) : IClaimsTransformation
{
    private static readonly string[] FallbackIdClaims = ["preferred_username", "sub", ClaimTypes.NameIdentifier];

    /// <inheritdoc />
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || CatalogClaims.IdentityOf(principal) is not null)
        {
            return principal;
        }

        if (await PlaceAsync(principal) is not { } placed)
        {
            return principal;
        }

        // Transformations may run more than once per request: work on a copy, as the contract asks.
        var transformed = principal.Clone();
        transformed.AddIdentity(CatalogClaims.Create(placed.Viewer, placed.Name, await LanguageAsync(placed.Viewer.UserId)));
        return transformed;
    }

    /// <summary>
    /// Where the person signed in as <paramref name="principal"/> stands now: the directory's entry, otherwise the
    /// identity provider's claims, plus the configured administrators. Null when the principal carries no user id.
    /// Reads only the sign-in's own claims, so it also re-places a principal transformed earlier (a live connection).
    /// </summary>
    public async Task<(Viewer Viewer, string Name)?> PlaceAsync(ClaimsPrincipal principal)
    {
        var oidc = options.Value.Oidc;
        var userId = UserIdOf(principal, oidc);
        if (userId is null)
        {
            return null;
        }

        var person = await FindAsync(userId);
        var (viewer, name) = person is not null
            ? (person.ToViewer(), person.DisplayName)
            : FromClaims(principal, userId, oidc);
        if (options.Value.Administrators.Contains(userId, StringComparer.OrdinalIgnoreCase))
        {
            viewer = viewer with { CatalogueAdministrator = true };
        }

        return (viewer, name);
    }

    /// <summary>
    /// Raised with a user id when this process changed that person in the directory (after <see cref="Forget"/>),
    /// so what they hold open, such as live connections, can be checked again at once.
    /// </summary>
    public event Action<string>? PersonChanged;

    /// <summary>Forgets a person's cached entry, so a change made through this process applies at their next request.</summary>
    public void Forget(string userId)
    {
        cache.Remove(CacheKey(userId));
        cache.Remove(LanguageKey(userId));
        PersonChanged?.Invoke(userId);
    }

    /// <summary>The user id the directory is keyed by, lowercase, or null when the principal carries none.</summary>
    public static string? UserIdOf(ClaimsPrincipal principal, OidcOptions oidc)
    {
        foreach (var type in FallbackIdClaims.Prepend(oidc.UserIdClaim))
        {
            if (principal.FindFirst(type)?.Value is { Length: > 0 } value)
            {
                return value.Trim().ToLowerInvariant();
            }
        }

        return null;
    }

    private async Task<CatalogUser?> FindAsync(string userId) =>
        await cache.GetOrCreateAsync(CacheKey(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.DirectoryCacheLifetime;
            return await grains.GetDirectory().FindAsync(userId);
        });

    private static (Viewer Viewer, string Name) FromClaims(ClaimsPrincipal principal, string userId, OidcOptions oidc)
    {
        var roles = principal.FindAll(oidc.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var role = roles.Contains(nameof(DepartmentRole.Manager)) ? DepartmentRole.Manager
            : roles.Contains(nameof(DepartmentRole.Agent)) ? DepartmentRole.Agent
            : DepartmentRole.Requester;
        var department = principal.FindFirst(oidc.DepartmentClaim)?.Value?.Trim().ToLowerInvariant();
        var viewer = new Viewer(
            userId,
            string.IsNullOrEmpty(department) ? null : department,
            role,
            roles.Contains(oidc.AdministratorRole),
            roles.Contains(oidc.AuditorRole));
        return (viewer, principal.FindFirst(oidc.NameClaim)?.Value ?? userId);
    }

    private static string CacheKey(string userId) => "catalog.directory:" + userId;

    /// <summary>The language the person chose, cached as their directory entry is.</summary>
    private async Task<string?> LanguageAsync(string userId) =>
        await cache.GetOrCreateAsync(LanguageKey(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.DirectoryCacheLifetime;
            return await grains.GetDirectory().GetLanguageAsync(userId);
        });

    private static string LanguageKey(string userId) => "catalog.language:" + userId;
}
