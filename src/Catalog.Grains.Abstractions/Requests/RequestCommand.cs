using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>
/// Someone acts on a request: <see cref="Reason"/> goes with WaitOnClient, <see cref="Comment"/> with any.
/// <see cref="ByClient"/> tells a client department's comment from the provider's (only the provider's first comment is
/// its first answer); the requester always acts as the client. <see cref="IdempotencyKey"/> makes a retry safe: the
/// same person sending the same key again gets the request as it stands instead of a second action.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.RequestCommand")]
public sealed record RequestCommand(
    [property: Id(0)] RequestAction Action,
    [property: Id(1)] string By,
    [property: Id(2)] PauseReason? Reason = null,
    [property: Id(3)] string? Comment = null,
    [property: Id(4)] bool ByClient = false,
    [property: Id(5)] string? IdempotencyKey = null);
