using Catalog.Domain.Requests;

namespace Catalog.Web.Requests;

/// <summary>
/// The body of POST /api/requests/{id}/actions (and, without <see cref="Action"/>, of the shortcut routes such as
/// /acknowledge or /comments).
/// </summary>
/// <param name="Action">What to do; the shortcut routes set it themselves.</param>
/// <param name="By">Who acts.</param>
/// <param name="Reason">Why the request waits on the client; required with WaitOnClient.</param>
/// <param name="Comment">A comment; required with Comment.</param>
/// <param name="ByClient">True when someone of the client department acts (their comment is no first answer).</param>
public sealed record RequestActionBody(
    RequestAction? Action,
    string? By,
    PauseReason? Reason,
    string? Comment,
    bool? ByClient);
