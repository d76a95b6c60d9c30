namespace Catalog.Requests;

/// <summary>
/// A client's request for a catalogue service. <see cref="IdempotencyKey"/> makes a retry safe: filing twice with
/// the same key (per client department) creates one request.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.FileRequest")]
public sealed record FileRequest(
    [property: Id(0)] string ServiceId,
    [property: Id(1)] string ClientDepartmentId,
    [property: Id(2)] string Requester,
    [property: Id(3)] string Title,
    [property: Id(4)] IReadOnlyDictionary<string, string> Answers,
    [property: Id(5)] string? IdempotencyKey = null);
