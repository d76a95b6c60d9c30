using Catalog.Domain.Requests;

namespace Catalog.Web.Requests;

/// <summary>
/// The body of POST /api/requests/{id}/actions (and, without <see cref="Action"/>, of the shortcut routes such as
/// /acknowledge or /comments).

/// Who acts, and on which side, is the signed-in person: never taken from the body.
/// </summary>
/// <param name="Action">What to do; the shortcut routes set it themselves.</param>
/// <param name="Reason">Why the request waits on the client; required with WaitOnClient.</param>
/// <param name="Comment">A comment; required with Comment.</param>
public sealed record RequestActionBody(
    RequestAction? Action,
    PauseReason? Reason,
    string? Comment);
