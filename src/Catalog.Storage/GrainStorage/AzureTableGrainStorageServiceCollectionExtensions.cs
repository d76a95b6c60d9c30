using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime;
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

        // Fills GrainStorageSerializer with the silo's default serializer when the caller set none.
        services.TryAddEnumerable(ServiceDescriptor.Transient<
            IPostConfigureOptions<AzureTableGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<AzureTableGrainStorageOptions>>());
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
