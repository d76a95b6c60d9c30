using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Catalog.Grains.Scorecards;

/// <summary>Chooses the silo's facts store: Azure Tables for hosts, memory for grain tests.</summary>
public static class RequestFactsSiloBuilderExtensions
{
    /// <summary>Keeps the scorecards' facts in an Azure table (created on silo start). Replaces any store registered before.</summary>
    public static ISiloBuilder AddAzureTableRequestFacts(this ISiloBuilder builder, Action<RequestFactsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<RequestFactsOptions>().Configure(configure);
        services.RemoveAll<IRequestFactsStore>();
        services.AddSingleton<IRequestFactsStore>(sp => sp.GetRequiredService<AzureTableRequestFactsStore>());
        if (services.Any(d => d.ServiceType == typeof(AzureTableRequestFactsStore)))
        {
            return builder;
        }

        services.AddSingleton<AzureTableRequestFactsStore>();
        services.TryAddSingleton<Catalog.Storage.Tables.TableBatchWriter>();
        services.AddTransient<IConfigurationValidator, RequestFactsOptionsValidator>();
        services.ConfigureFormatter<RequestFactsOptions>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<AzureTableRequestFactsStore>());
        return builder;
    }

    /// <summary>Keeps the facts in memory (lost with the silo): for grain tests and benchmarks.</summary>
    public static ISiloBuilder AddInMemoryRequestFacts(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<InMemoryRequestFactsStore>();
        builder.Services.RemoveAll<IRequestFactsStore>();
        builder.Services.AddSingleton<IRequestFactsStore>(sp => sp.GetRequiredService<InMemoryRequestFactsStore>());
        return builder;
    }
}
