using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Live;

/// <summary>Ready only once the relay receives the live stream: before that, browsers would miss events.</summary>
internal sealed class LiveRelayHealthCheck(LiveEventRelay relay) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(relay.IsSubscribed
            ? HealthCheckResult.Healthy("Relaying the live stream to the hub.")
            : HealthCheckResult.Unhealthy("Not subscribed to the live stream yet."));
}
