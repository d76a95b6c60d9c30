using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Providers;

namespace Catalog.Storage.GrainStorage;

/// <summary>Adds the Azure Table grain storage to a silo.</summary>
public static class AzureTableGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds an Azure Table grain storage named <paramref name="name"/>, for grains that ask for it with
    /// <c>[PersistentState("state", name)]</c>.
    /// </summary>
    public static ISiloBuilder AddAzureTableGrainStorage(
        this ISiloBuilder builder, string name, Action<AzureTableGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddAzureTableGrainStorage(name, options => options.Configure(configure));
    }

    /// <summary>Adds an Azure Table grain storage as the default one, used by grains that name no storage.</summary>
    public static ISiloBuilder AddAzureTableGrainStorageAsDefault(
        this ISiloBuilder builder, Action<AzureTableGrainStorageOptions> configure) =>
        builder.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>
    /// Adds an Azure Table grain storage named <paramref name="name"/>, configured through an
    /// <see cref="OptionsBuilder{TOptions}"/> (to bind configuration or take other services).
    /// </summary>
    public static ISiloBuilder AddAzureTableGrainStorage(
        this ISiloBuilder builder, string name, Action<OptionsBuilder<AzureTableGrainStorageOptions>>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAzureTableGrainStorage(name, configureOptions);
        return builder;
    }

    /// <summary>
    /// Adds an Azure Table grain storage as the default one, configured through an
    /// <see cref="OptionsBuilder{TOptions}"/>.
    /// </summary>
    public static ISiloBuilder AddAzureTableGrainStorageAsDefault(
        this ISiloBuilder builder, Action<OptionsBuilder<AzureTableGrainStorageOptions>>? configureOptions = null) =>
        builder.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);
}
