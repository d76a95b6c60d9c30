using Catalog.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Catalog.Storage.Requests;

/// <summary>Registers the request grains' own store: Azure Tables for hosts, memory for grain tests and benchmarks.</summary>
public static class RequestStoreSiloBuilderExtensions
{
    /// <summary>
    /// Adds the grain storage <paramref name="name"/> on the request store's table (<see cref="AzureTableRequestStore"/>),
    /// writing through the silo's group commit, and the filing keys it records (<see cref="IRequestFilingKeys"/>).
    /// The options are checked when the silo starts; the table is created and, when
    /// <see cref="RequestStoreOptions.OfficialTableName"/> is set, the official provider's request states copied
    /// into it before the silo takes calls.
    /// </summary>
    public static ISiloBuilder AddAzureTableRequestStore(this ISiloBuilder silo, string name, Action<RequestStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        var services = silo.Services;
        services.AddOptions<RequestStoreOptions>(name).Configure(configure);
        services.TryAddSingleton<TableBatchWriter>();
        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<RequestStoreOptions>>().Get(name);
            return new AzureTableRequestStore(
                name,
                options,
                sp.GetRequiredService<Serializer>(),
                sp.GetRequiredService<IActivatorProvider>(),
                sp.GetRequiredService<TableBatchWriter>(),
                new RequestStateMigration(
                    options,
                    sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
                    sp.GetRequiredService<TableBatchWriter>(),
                    sp.GetRequiredService<Serializer>(),
                    sp.GetRequiredService<ILogger<RequestStateMigration>>()),
                sp.GetRequiredService<ILogger<AzureTableRequestStore>>());
        });
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => sp.GetRequiredKeyedService<AzureTableRequestStore>(key));
        services.RemoveAll<IRequestFilingKeys>();
        services.AddSingleton<IRequestFilingKeys>(sp => sp.GetRequiredKeyedService<AzureTableRequestStore>(name));
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredKeyedService<AzureTableRequestStore>(name));
        services.AddTransient<IConfigurationValidator>(sp => new RequestStoreOptionsValidator(
            sp.GetRequiredService<IOptionsMonitor<RequestStoreOptions>>(), name));
        return silo;
    }

    /// <summary>Adds the grain storage <paramref name="name"/> as a request store in memory (lost with the silo).</summary>
    public static ISiloBuilder AddInMemoryRequestStore(this ISiloBuilder silo, string name)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrEmpty(name);
        silo.Services.AddKeyedSingleton(name, (sp, _) => new InMemoryRequestStore(sp.GetRequiredService<Serializer>(), sp.GetRequiredService<IActivatorProvider>()));
        silo.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => sp.GetRequiredKeyedService<InMemoryRequestStore>(key));
        silo.Services.RemoveAll<IRequestFilingKeys>();
        silo.Services.AddSingleton<IRequestFilingKeys>(sp => sp.GetRequiredKeyedService<InMemoryRequestStore>(name));
        return silo;
    }
}
