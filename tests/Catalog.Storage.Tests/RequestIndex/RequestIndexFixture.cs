using Azure.Data.Tables;
using Catalog.Grains.Requests.Index;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalog.Storage.Tests.RequestIndex;

/// <summary>An <see cref="AzureTableRequestIndex"/> on a table of its own in the shared Azurite, per test class.</summary>
public sealed class RequestIndexFixture : IAsyncLifetime
{
    /// <summary>This fixture's table.</summary>
    public string TableName { get; } = TestSettings.UniqueTableName("requestindex");

    /// <summary>The Azurite connection string.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The index under test, initialized.</summary>
    public AzureTableRequestIndex Index { get; private set; } = null!;

    /// <summary>The table, read and written directly, bypassing the index.</summary>
    public TableClient Table => new TableServiceClient(ConnectionString).GetTableClient(TableName);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        ConnectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        Index = Create(ConnectionString, TableName);
        await Index.InitializeAsync(CancellationToken.None);
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Table.DeleteAsync();

    /// <summary>An index on <paramref name="tableName"/>, not yet initialized.</summary>
    public static AzureTableRequestIndex Create(string connectionString, string tableName, Action<RequestIndexOptions>? configure = null)
    {
        var options = new RequestIndexOptions { ConnectionString = connectionString, TableName = tableName };
        configure?.Invoke(options);
        return new AzureTableRequestIndex(Options.Create(options), NullLogger<AzureTableRequestIndex>.Instance);
    }
}
