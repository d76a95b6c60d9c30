using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalog.Grains.Requests.Monitoring;

/// <summary>Registers breach detection: how monitors reach requests, and the start-up task that starts them.</summary>
public static class SlaMonitoringSiloBuilderExtensions
{
    /// <summary>
    /// Adds the SLA monitors' services and start-up task. The monitors also need an <see cref="IRequestIndex"/>
    /// (<c>AddAzureTableRequestIndex</c> or <c>AddInMemoryRequestIndex</c>), which the host chooses.
    /// </summary>
    public static ISiloBuilder AddSlaMonitoring(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton<IRequestDeadlineChecker, GrainRequestDeadlineChecker>();
        silo.AddStartupTask<SlaMonitorStartup>();
        return silo;
    }
}
