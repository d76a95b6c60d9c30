using Azure.Data.Tables;
using Catalog.Storage.Requests;
using Catalog.Storage.Tables;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Storage.Tests.Tables;
using Catalog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;

namespace Catalog.Storage.Tests.RequestStore;

/// <summary>A request store on fresh tables of Azurite, its round trips counted on the wire.</summary>
public sealed class RequestStoreHarness : IAsyncLifetime
{
    public const string ServiceId = "store-tests";

    private readonly ServiceProvider services = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(KeyedState).Assembly))
        .BuildServiceProvider();

    public CountingPolicy Wire { get; } = new();

    public TableServiceClient Tables { get; private set; } = null!;

    public string TableName { get; } = TestSettings.UniqueTableName("reqs");

    public string OfficialTableName { get; } = TestSettings.UniqueTableName("official");

    public AzureTableRequestStore Store { get; private set; } = null!;

    public TableBatchWriter Writer { get; } = new();

    public Serializer Serializer => services.GetRequiredService<Serializer>();

    public TableClient Table => Tables.GetTableClient(TableName);

    public async Task InitializeAsync()
    {
        var connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        Tables = new TableServiceClient(connectionString, Wire.Options());
        Store = NewStore();
    }

    /// <summary>A store (as a silo start makes it) over the same tables; <see cref="AzureTableRequestStore.InitializeAsync"/> not run yet.</summary>
    public AzureTableRequestStore NewStore()
    {
        var options = new RequestStoreOptions
        {
            TableServiceClient = Tables,
            TableName = TableName,
            OfficialTableName = OfficialTableName,
            // The tests' intake rows hold the request id as the text of a KeyedState.
            ReadIntakeRequestId = (serializer, payload) => serializer.Deserialize<KeyedState>(payload)?.Text,
        };
        return new AzureTableRequestStore(
            "requests",
            options,
            Serializer,
            services.GetRequiredService<IActivatorProvider>(),
            Writer,
            new RequestStateMigration(options, ServiceId, Writer, Serializer, NullLogger<RequestStateMigration>.Instance),
            NullLogger<AzureTableRequestStore>.Instance);
    }

    public async Task DisposeAsync()
    {
        await Tables.DeleteTableAsync(TableName);
        await Tables.DeleteTableAsync(OfficialTableName);
        await services.DisposeAsync();
    }

    public static GrainId IdOf(string requestId) => GrainId.Create("catalog.request", requestId);

    public static string Provider() => "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
