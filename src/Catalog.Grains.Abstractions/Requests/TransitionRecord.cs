using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>One step of a request's history: who did what, when, and why.</summary>
[GenerateSerializer, Immutable, Alias("catalog.TransitionRecord")]
public sealed record TransitionRecord(
    [property: Id(0)] RequestAction Action,
    [property: Id(1)] RequestStatus From,
    [property: Id(2)] RequestStatus To,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string By,
    [property: Id(5)] PauseReason? Reason,
    [property: Id(6)] string? Comment,
    [property: Id(7)] string? Step = null);
