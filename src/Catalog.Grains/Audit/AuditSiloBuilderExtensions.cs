using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Catalog.Grains.Audit;

/// <summary>
/// Registers the audit trail: the recorder grains use (always, with <c>AddCatalogGrains</c>) and where entries are
/// kept, which the host chooses: Azure Tables for hosts, memory for grain tests and benchmarks.
/// </summary>
public static class AuditSiloBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="IAuditRecorder"/> grains call and the silo's <see cref="AuditWriter"/> (group commit,
    /// drained on silo stop). The host must also choose an <see cref="IAuditTrail"/>
    /// (<see cref="AddAzureTableAuditTrail(ISiloBuilder, Action{AuditTrailOptions})"/> or
    /// <see cref="AddInMemoryAuditTrail"/>): without one the silo does not start.
    /// </summary>
    public static ISiloBuilder AddAuditRecorder(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(AuditWriter)))
        {
            return builder;
        }

        services.AddSingleton<AuditWriter>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<AuditWriter>());
        services.TryAddSingleton<IAuditRecorder, AuditRecorder>();
        return builder;
    }

    /// <summary>
    /// Keeps the audit trail in an Azure table (created on silo start), configured by <paramref name="configure"/>.
    /// Replaces any trail registered before.
    /// </summary>
    public static ISiloBuilder AddAzureTableAuditTrail(this ISiloBuilder builder, Action<AuditTrailOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddAzureTableAuditTrail(options => options.Configure(configure));
    }

    /// <summary>
    /// Keeps the audit trail in an Azure table, configured through an <see cref="OptionsBuilder{TOptions}"/> (to
    /// bind configuration or take other services).
    /// </summary>
    public static ISiloBuilder AddAzureTableAuditTrail(
        this ISiloBuilder builder, Action<OptionsBuilder<AuditTrailOptions>>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        configureOptions?.Invoke(services.AddOptions<AuditTrailOptions>());
        services.RemoveAll<IAuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AzureTableAuditTrail>());
        if (services.Any(d => d.ServiceType == typeof(AzureTableAuditTrail)))
        {
            // Called again: one trail, one validator, one start-up step.
            return builder;
        }

        services.AddSingleton<AzureTableAuditTrail>();
        services.AddTransient<IConfigurationValidator, AuditTrailOptionsValidator>();
        services.ConfigureFormatter<AuditTrailOptions>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<AzureTableAuditTrail>());
        return builder;
    }

    /// <summary>Keeps the audit trail in memory (lost with the silo): for grain tests and benchmarks.</summary>
    public static ISiloBuilder AddInMemoryAuditTrail(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<InMemoryAuditTrail>();
        builder.Services.RemoveAll<IAuditTrail>();
        builder.Services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<InMemoryAuditTrail>());
        return builder;
    }
}
