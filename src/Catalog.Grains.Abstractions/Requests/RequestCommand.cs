using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>Someone acts on a request: <see cref="Reason"/> goes with WaitOnClient, <see cref="Comment"/> with any.</summary>
[GenerateSerializer, Immutable, Alias("catalog.RequestCommand")]
public sealed record RequestCommand(
    [property: Id(0)] RequestAction Action,
    [property: Id(1)] string By,
    [property: Id(2)] PauseReason? Reason = null,
    [property: Id(3)] string? Comment = null);
