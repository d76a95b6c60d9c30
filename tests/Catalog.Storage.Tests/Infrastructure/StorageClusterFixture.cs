using Azure.Data.Tables;
using Catalog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>
/// One running silo per test class, on a table of its own in the shared Azurite, exposing both storages as the
/// silo resolved them (with the silo's own serializer and activators) and a raw client to inspect the table.
/// </summary>
public sealed class StorageClusterFixture : IAsyncLifetime
{
    private TestCluster? cluster;

    /// <summary>The service id the silo runs under, which is part of every partition key.</summary>
    public string ServiceId { get; } = "storage-tests-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>This fixture's table.</summary>
    public string TableName { get; } = TestSettings.UniqueTableName("contract");

    /// <summary>The Azurite connection string.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster => cluster ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The silo's services.</summary>
    public IServiceProvider SiloServices => Cluster.SiloServices();

    /// <summary>The table, read and written directly, bypassing the storage.</summary>
    public TableClient Table => new TableServiceClient(ConnectionString).GetTableClient(TableName);

    /// <summary>The serializer the storage writes with, to size states exactly.</summary>
    public IGrainStorageSerializer Serializer => SiloServices
        .GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(StorageNames.Keep).GrainStorageSerializer;

    /// <summary>The storage that keeps an empty record on clear, or the one that deletes it.</summary>
    public IGrainStorage Storage(bool deleteStateOnClear) =>
        SiloServices.GetRequiredKeyedService<IGrainStorage>(deleteStateOnClear ? StorageNames.Delete : StorageNames.Keep);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        ConnectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        cluster = await StorageCluster.StartAsync(ConnectionString, TableName, ServiceId);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
