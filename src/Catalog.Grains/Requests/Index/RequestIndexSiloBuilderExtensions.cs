using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Catalog.Grains.Requests.Index;

/// <summary>Chooses the silo's request index: Azure Tables for hosts, memory for grain tests and benchmarks.</summary>
public static class RequestIndexSiloBuilderExtensions
{
    /// <summary>
    /// Keeps the request index in an Azure table (created on silo start), configured by <paramref name="configure"/>.
    /// Replaces any index registered before.
    /// </summary>
    public static ISiloBuilder AddAzureTableRequestIndex(this ISiloBuilder builder, Action<RequestIndexOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddAzureTableRequestIndex(options => options.Configure(configure));
    }

    /// <summary>
    /// Keeps the request index in an Azure table, configured through an <see cref="OptionsBuilder{TOptions}"/> (to
    /// bind configuration or take other services).
    /// </summary>
    public static ISiloBuilder AddAzureTableRequestIndex(
        this ISiloBuilder builder, Action<OptionsBuilder<RequestIndexOptions>>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        configureOptions?.Invoke(services.AddOptions<RequestIndexOptions>());
        services.RemoveAll<IRequestIndex>();
        services.AddSingleton<IRequestIndex>(sp => sp.GetRequiredService<AzureTableRequestIndex>());
        if (services.Any(d => d.ServiceType == typeof(AzureTableRequestIndex)))
        {
            // Called again: one index, one validator, one start-up step.
            return builder;
        }

        services.AddSingleton<AzureTableRequestIndex>();
        services.TryAddSingleton<Catalog.Storage.Tables.TableBatchWriter>();
        services.AddTransient<IConfigurationValidator, RequestIndexOptionsValidator>();
        services.ConfigureFormatter<RequestIndexOptions>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<AzureTableRequestIndex>());
        return builder;
    }

    /// <summary>Keeps the request index in memory (lost with the silo): for grain tests and benchmarks.</summary>
    public static ISiloBuilder AddInMemoryRequestIndex(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<InMemoryRequestIndex>();
        builder.Services.RemoveAll<IRequestIndex>();
        builder.Services.AddSingleton<IRequestIndex>(sp => sp.GetRequiredService<InMemoryRequestIndex>());
        return builder;
    }
}
