using Catalog.Grains.Scorecards;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Catalog.Storage.Requests;

namespace Catalog.Grains.Tests.Access;

/// <summary>
/// A one-silo cluster for people and roles: memory storage, the in-memory request index, the demo organisation with
/// its people and requests seeded on start, and a <see cref="RecordingAuditRecorder"/> in place of the grains' audit
/// recorder (the in-memory audit trail is there only for the silo's audit writer). Tests share it: each uses fresh departments and user ids.
/// </summary>
public sealed class DirectoryClusterFixture : IAsyncLifetime
{
    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The cluster client's grain factory.</summary>
    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>What the grains audited.</summary>
    public RecordingAuditRecorder Audit => Silo.GetRequiredService<RecordingAuditRecorder>();

    private IServiceProvider Silo => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    /// <summary>A user id no other test uses, with capitals to show ids are stored lowercase.</summary>
    public static string NewUserId() => "User." + Guid.NewGuid().ToString("N")[..12] + "@Example.org";

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Catalog:SeedDemoData"] = "true",
            ["Catalog:SeedDemoRequests"] = "true",
            ["Catalog:SeedDemoHistory"] = "false",
        }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorage(StorageNames.Catalog);
            silo.AddInMemoryRequestStore(StorageNames.Requests);
            silo.AddMemoryGrainStorage(StorageNames.PubSub);
            silo.UseInMemoryReminderService();
            silo.AddCatalogGrains(silo.Configuration);
            silo.AddInMemoryRequestIndex();
            silo.AddInMemoryRequestFacts();
            silo.AddInMemoryAuditTrail();

            // Registered last, so it is the one resolved in place of the grains' recorder.
            silo.Services.AddSingleton<RecordingAuditRecorder>();
            silo.Services.AddSingleton<IAuditRecorder>(sp => sp.GetRequiredService<RecordingAuditRecorder>());
        }
    }
}

/// <summary>The tests sharing one <see cref="DirectoryClusterFixture"/>; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DirectoryCollection : ICollectionFixture<DirectoryClusterFixture>
{
    public const string Name = "Directory";
}
