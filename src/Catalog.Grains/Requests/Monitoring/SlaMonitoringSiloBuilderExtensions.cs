using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalog.Grains.Requests.Monitoring;

/// <summary>Registers breach detection: how monitors reach requests, and what starts them on every silo.</summary>
public static class SlaMonitoringSiloBuilderExtensions
{
    /// <summary>
    /// Adds the SLA monitors' services, their start-up task and their failover. The monitors also need an
    /// <see cref="IRequestIndex"/> (<c>AddAzureTableRequestIndex</c> or <c>AddInMemoryRequestIndex</c>) and a reminder
    /// service, which the host chooses.
    /// </summary>
    public static ISiloBuilder AddSlaMonitoring(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton<IRequestDeadlineChecker, GrainRequestDeadlineChecker>();
        silo.Services.AddSingleton<SlaMonitorStarter>();
        silo.AddStartupTask((services, _) => services.GetRequiredService<SlaMonitorStarter>().StartAllAsync());
        silo.Services.AddSingleton<SlaMonitorFailover>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SlaMonitorFailover>());
        return silo;
    }
}
