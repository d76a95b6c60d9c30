using Catalog.Domain.Requests;

namespace Catalog.Forecasts;

/// <summary>A request's promise recorded at filing, with where the request stands.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="ProviderDepartmentId">Its provider now.</param>
/// <param name="ClientDepartmentId">The department that filed it.</param>
/// <param name="Promise">The promise recorded at filing; null when none could be made.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ResolvedAt">When it was last resolved; null while not.</param>
[GenerateSerializer, Immutable, Alias("catalog.RecordedPromise")]
public sealed record RecordedPromise(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProviderDepartmentId,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] PromiseView? Promise,
    [property: Id(4)] RequestStatus Status,
    [property: Id(5)] DateTimeOffset? ResolvedAt);
