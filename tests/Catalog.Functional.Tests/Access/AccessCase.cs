using System.Net;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// One endpoint of the matrix: its method and route template (as the web host maps it), how to prepare a fresh
/// call (once per caller, so every caller meets the same state), who may make it and with which success status,
/// and who is told it does not exist (404) rather than refused (403).
/// </summary>
public sealed record AccessCase(
    string Name,
    string Method,
    string Route,
    Func<AccessWorld, Task<AccessCall>> Arrange,
    string[] Allowed,
    HttpStatusCode Success = HttpStatusCode.OK,
    string[]? Hidden = null)
{
    /// <summary>Whether the call changes something (and must leave an audit entry).</summary>
    public bool Mutates => Method != "GET";

    /// <summary>The status <paramref name="user"/> must get.</summary>
    public HttpStatusCode Expected(string user) =>
        user == People.Anonymous ? HttpStatusCode.Unauthorized
        : Allowed.Contains(user) ? Success
        : Hidden?.Contains(user) == true ? HttpStatusCode.NotFound
        : HttpStatusCode.Forbidden;

    public override string ToString() => Name;
}
