using Azure.Data.Tables;
using Catalog.Storage.GrainState;
using Catalog.Storage.Tables;
using Catalog.Storage.Migration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>
/// Registers Catalog's configuration of the official Azure Table grain storage on a test silo, twice: as Catalog
/// runs it (keeping an empty record on clear) and with DeleteStateOnClear, so the contract is checked both ways;
/// the connection string and table come from the silo's configuration (see <see cref="TestSettings"/>).
/// </summary>
public sealed class StorageSiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder)
    {
        var configuration = siloBuilder.Configuration;
        var tables = new TableServiceClient(configuration[TestSettings.ConnectionString], StorageRetries.ClientOptions());
        var tableName = configuration[TestSettings.TableName]!;
        siloBuilder.AddCatalogGrainStorage(StorageNames.Keep, tables, tableName);
        siloBuilder.AddCatalogGrainStorage(StorageNames.Delete, tables, tableName);
        siloBuilder.Services.Configure<AzureTableStorageOptions>(StorageNames.Delete, o => o.DeleteStateOnClear = true);
        siloBuilder.AddLegacyGrainStateMigration(tables, tableName);
    }
}
