using Catalog.Keys;

namespace Catalog.Requests;

/// <summary>
/// The key of a request intake grain: the client department and the idempotency key the client sent, as
/// "{department}:{escaped key}". Department ids are slugs; the idempotency key is any printable text, so it is
/// escaped (<see cref="GrainKeyText"/>) and two keys never share a stored record.
/// </summary>
public static class RequestIntakeKeys
{
    /// <summary>The intake key of <paramref name="idempotencyKey"/> filed by <paramref name="clientDepartmentId"/>.</summary>
    public static string For(string clientDepartmentId, string idempotencyKey) =>
        clientDepartmentId + GrainKeyText.Separator + GrainKeyText.Escape(idempotencyKey);

    /// <summary>The client department an intake key belongs to.</summary>
    public static string DepartmentOf(string intakeKey)
    {
        var separator = intakeKey.IndexOf(GrainKeyText.Separator, StringComparison.Ordinal);
        return separator < 0 ? intakeKey : intakeKey[..separator];
    }

    /// <summary>
    /// The key of an intake the earlier storage kept as "{department}/{idempotency key}" unescaped (before the
    /// official Azure provider); used once, by the migration of such a store.
    /// </summary>
    public static string FromLegacy(string legacyKey)
    {
        var slash = legacyKey.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? legacyKey : For(legacyKey[..slash], legacyKey[(slash + 1)..]);
    }
}
