using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Health;

/// <summary>Ready only while a silo answers a grain call.</summary>
internal sealed class SiloHealthCheck(IClusterClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silos = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                .WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return silos.Count > 0
                ? HealthCheckResult.Healthy($"{silos.Count} silo(s) active.")
                : HealthCheckResult.Unhealthy("No active silo.");
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The silo does not answer: {ex.Message}");
        }
    }
}
