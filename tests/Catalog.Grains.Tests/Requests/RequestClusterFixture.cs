using Catalog.Grains.Scorecards;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Tests.Audit;
using Catalog.Grains.Requests;
using Catalog.Grains.Requests.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Catalog.Storage.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// A one-silo test cluster for the request grains: memory storage under Catalog's storage names, a
/// <see cref="FakeTimeProvider"/> as the silo's wall clock (as Catalog's <see cref="CatalogClock"/>, registered before
/// Catalog's grains, so theirs is not used), the in-memory request index and audit trail, and a publisher that records every event. Tests share it: each uses fresh departments,
/// and only ever moves the clock forward.
/// </summary>
public sealed class RequestClusterFixture : IAsyncLifetime
{
    /// <summary>Where the fake clock starts: Monday 7 January 2030, 00:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 7, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The cluster client's grain factory.</summary>
    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The silo's clock.</summary>
    public FakeTimeProvider Time => Silo.GetRequiredService<FakeTimeProvider>();

    /// <summary>Every event the request grains published, in order.</summary>
    public RecordingEventPublisher Events => Silo.GetRequiredService<RecordingEventPublisher>();

    /// <summary>The switch that makes the silo's audit trail fail once.</summary>
    public FaultyAuditTrail AuditFaults => Silo.GetRequiredService<FaultyAuditTrail>();

    /// <summary>The silo's audit trail (in memory).</summary>
    public InMemoryAuditTrail Audit => Silo.GetRequiredService<InMemoryAuditTrail>();

    /// <summary>The silo's request index.</summary>
    public InMemoryRequestIndex Index => Silo.GetRequiredService<InMemoryRequestIndex>();

    /// <summary>The silo's grain storage, to set up stored state a crash would have left.</summary>
    public Orleans.Storage.IGrainStorage Storage => Silo.GetRequiredKeyedService<Orleans.Storage.IGrainStorage>(StorageNames.Catalog);

    /// <summary>The silo's request store (in memory), to set up stored requests a crash would have left.</summary>
    public Orleans.Storage.IGrainStorage RequestStorage => Silo.GetRequiredKeyedService<Orleans.Storage.IGrainStorage>(StorageNames.Requests);

    private IServiceProvider Silo => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>()));
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
            silo.Services.AddSingleton(new FakeTimeProvider(Start));
            silo.Services.AddSingleton(sp => new CatalogClock(sp.GetRequiredService<FakeTimeProvider>()));
            silo.AddCatalogGrains(silo.Configuration);
            silo.AddInMemoryRequestIndex();
            silo.AddInMemoryRequestFacts();
            silo.AddInMemoryAuditTrail();
            silo.Services.AddSingleton(sp => new FaultyAuditTrail(sp.GetRequiredService<InMemoryAuditTrail>()));
            silo.Services.RemoveAll<IAuditTrail>();
            silo.Services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<FaultyAuditTrail>());
            silo.Services.RemoveAll<IRequestEventPublisher>();
            silo.Services.AddSingleton<RecordingEventPublisher>();
            silo.Services.AddSingleton<IRequestEventPublisher>(sp => sp.GetRequiredService<RecordingEventPublisher>());
        }
    }
}
