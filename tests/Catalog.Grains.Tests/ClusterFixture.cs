using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Tests.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.TestingHost;
using Catalog.Storage.Requests;

namespace Catalog.Grains.Tests;

/// <summary>
/// An in-process, one-silo test cluster with memory storage under Catalog's storage names, the in-memory audit trail
/// (behind a <see cref="FaultyAuditTrail"/> switch) and Catalog's grains,
/// shared by the tests of <see cref="ClusterCollection"/>. Tests share its state: each uses its own ids.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> configuration;

    /// <summary>A cluster that starts empty (no demo data).</summary>
    public ClusterFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A cluster whose silo sees these configuration values (e.g. "Catalog:SeedDemoData").</summary>
    protected ClusterFixture(IReadOnlyDictionary<string, string?> configuration) => this.configuration = configuration;

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The cluster client's grain factory.</summary>
    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The switch that makes the silo's audit trail fail once.</summary>
    public FaultyAuditTrail AuditFaults =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<FaultyAuditTrail>();

    /// <summary>The silo's audit trail (in memory).</summary>
    public InMemoryAuditTrail Audit =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<InMemoryAuditTrail>();

    /// <summary>Starts a cluster; the caller disposes it.</summary>
    public static async Task<TestCluster> StartClusterAsync(IReadOnlyDictionary<string, string?> configuration)
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(configuration));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public async Task InitializeAsync() => Cluster = await StartClusterAsync(configuration);

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
            silo.AddInMemoryAuditTrail();
            silo.Services.AddSingleton(sp => new FaultyAuditTrail(sp.GetRequiredService<InMemoryAuditTrail>()));
            silo.Services.RemoveAll<IAuditTrail>();
            silo.Services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<FaultyAuditTrail>());
        }
    }
}

/// <summary>The tests sharing one <see cref="ClusterFixture"/>; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
