using Catalog.Domain.Access;

namespace Catalog.Domain.Requests;

/// <summary>An action as the request's rules take it: who, on which side, and what they said.</summary>
/// <param name="Action">The action.</param>
/// <param name="By">The person acting.</param>
/// <param name="Side">Their side of the request.</param>
/// <param name="Reason">Why the provider waits on the client (WaitOnClient only).</param>
/// <param name="Comment">What they wrote, if anything.</param>
/// <param name="IdempotencyKey">Makes a retry safe: the same person's same key is taken once.</param>
public sealed record RequestAct(
    RequestAction Action, string By, RequestSide Side, PauseReason? Reason = null, string? Comment = null, string? IdempotencyKey = null);
