using Microsoft.Extensions.DependencyInjection;
using Catalog.Storage.GrainStorage;
using Orleans.TestingHost;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>
/// Registers both flavours of the storage on a test silo, each through a different public overload, with the
/// connection string and table taken from the silo's configuration (see <see cref="TestSettings"/>).
/// </summary>
public sealed class StorageSiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder)
    {
        var configuration = siloBuilder.Configuration;
        siloBuilder.AddAzureTableGrainStorage(StorageNames.Keep, options =>
        {
            options.ConnectionString = configuration[TestSettings.ConnectionString];
            options.TableName = configuration[TestSettings.TableName] ?? AzureTableGrainStorageOptions.DefaultTableName;
        });
        siloBuilder.AddAzureTableGrainStorage(StorageNames.Delete, optionsBuilder => optionsBuilder
            .BindConfiguration(TestSettings.Section)
            .Configure(options => options.DeleteStateOnClear = true));
    }
}
