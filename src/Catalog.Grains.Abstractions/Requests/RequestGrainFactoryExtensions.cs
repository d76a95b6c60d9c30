namespace Catalog.Requests;

/// <summary>Finds the request grains.</summary>
public static class RequestGrainFactoryExtensions
{
    /// <summary>The request with this readable id.</summary>
    public static IRequestGrain GetRequest(this IGrainFactory grains, string id) => grains.GetGrain<IRequestGrain>(id);

    /// <summary>The intake for a client department and idempotency key (a fresh key when none is given).</summary>
    public static IRequestIntakeGrain GetRequestIntake(this IGrainFactory grains, string clientDepartmentId, string? idempotencyKey) =>
        grains.GetGrain<IRequestIntakeGrain>(RequestIntakeKeys.For(clientDepartmentId, idempotencyKey ?? Guid.NewGuid().ToString("N")));

    /// <summary>The queue reader.</summary>
    public static IRequestQueriesGrain GetRequestQueries(this IGrainFactory grains) => grains.GetGrain<IRequestQueriesGrain>(0);

    /// <summary>The provider department's SLA monitor.</summary>
    public static ISlaMonitorGrain GetSlaMonitor(this IGrainFactory grains, string providerDepartmentId) =>
        grains.GetGrain<ISlaMonitorGrain>(providerDepartmentId);

    /// <summary>The provider department's SLA figures per client department.</summary>
    public static ISlaCountersGrain GetSlaCounters(this IGrainFactory grains, string providerDepartmentId) =>
        grains.GetGrain<ISlaCountersGrain>(providerDepartmentId);
}
