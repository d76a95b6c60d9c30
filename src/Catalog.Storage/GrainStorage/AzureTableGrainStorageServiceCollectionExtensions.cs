using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Catalog.Storage.GrainStorage;

/// <summary>The one registration behind every <see cref="AzureTableGrainStorageSiloBuilderExtensions"/> overload.</summary>
internal static class AzureTableGrainStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage as a keyed <see cref="IGrainStorage"/> under <paramref name="name"/> (which is how
    /// Orleans finds a grain's storage), its options, their validator, and its silo start-up step.
    /// </summary>
    internal static IServiceCollection AddAzureTableGrainStorage(
        this IServiceCollection services, string name, Action<OptionsBuilder<AzureTableGrainStorageOptions>>? configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        configureOptions?.Invoke(services.AddOptions<AzureTableGrainStorageOptions>(name));

        // Unless the caller chose one, state is stored with Orleans' own binary serializer: it is version tolerant
        // through the [Id]s our state types carry, compact (fewer table properties per write) and, unlike the
        // JSON default, does not depend on runtime type names of collections.
        services.AddTransient<IPostConfigureOptions<AzureTableGrainStorageOptions>>(sp =>
            new PostConfigureOptions<AzureTableGrainStorageOptions>(name, o =>
                o.GrainStorageSerializer ??= new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>())));
        services.AddTransient<IConfigurationValidator>(sp => new AzureTableGrainStorageOptionsValidator(
            sp.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name), name));
        services.ConfigureNamedOptionForLogging<AzureTableGrainStorageOptions>(name);

        services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => AzureTableGrainStorage.Create(sp, name));
        if (string.Equals(name, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, StringComparison.Ordinal))
        {
            services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IGrainStorage>(name));
        }

        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
            (AzureTableGrainStorage)sp.GetRequiredKeyedService<IGrainStorage>(name));
        return services;
    }
}
