using Azure.Data.Tables;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalog.Storage.Tests.Audit;

/// <summary>An <see cref="AzureTableAuditTrail"/> on a table of its own in the shared Azurite, per test class.</summary>
public sealed class AuditTrailFixture : IAsyncLifetime
{
    /// <summary>This fixture's table.</summary>
    public string TableName { get; } = TestSettings.UniqueTableName("audit");

    /// <summary>The Azurite connection string.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The trail under test, initialized, on the real clock.</summary>
    public AzureTableAuditTrail Trail { get; private set; } = null!;

    /// <summary>The table, read and written directly, bypassing the trail.</summary>
    public TableClient Table => new TableServiceClient(ConnectionString).GetTableClient(TableName);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        ConnectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        Trail = new AzureTableAuditTrail(
            Options.Create(new AuditTrailOptions { ConnectionString = ConnectionString, TableName = TableName }),
            CatalogClock.System,
            NullLogger<AzureTableAuditTrail>.Instance);
        await Trail.InitializeAsync(CancellationToken.None);
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Table.DeleteAsync();
}
