using Catalog.Grains.Scorecards;
using Catalog.Grains.Audit;
using System.Diagnostics;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.Index;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Catalog.Storage.Requests;

namespace Catalog.Grains.Tests.Monitoring;

/// <summary>
/// A one-silo cluster for the SLA monitors: memory storage, a <see cref="FakeTimeProvider"/> as the silo's clock,
/// the in-memory request index, a <see cref="RecordingDeadlineChecker"/> in place of request grains, and the live
/// memory stream (the test client can subscribe to it). Tests share it: each uses fresh departments and requests,
/// and only moves the clock forward.
/// </summary>
public sealed class MonitorClusterFixture : IAsyncLifetime
{
    /// <summary>Where the fake clock starts: Monday 7 January 2030, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The cluster client's grain factory.</summary>
    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The silo's clock.</summary>
    public FakeTimeProvider Time => Silo.GetRequiredService<FakeTimeProvider>();

    /// <summary>The checks the monitors asked for.</summary>
    public RecordingDeadlineChecker Checker => Silo.GetRequiredService<RecordingDeadlineChecker>();

    /// <summary>The silo's request index.</summary>
    public InMemoryRequestIndex Index => Silo.GetRequiredService<InMemoryRequestIndex>();

    /// <summary>The silo's services.</summary>
    public IServiceProvider Silo => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    /// <summary>A department id no other test uses.</summary>
    public static string NewDepartment() => "m" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>
    /// Lets fake time flow as real time would, a 250 ms step every 50 ms of real time, until
    /// <paramref name="condition"/> holds; returns the real time it took, or null after <paramref name="timeout"/>.
    /// </summary>
    public async Task<TimeSpan?> RunClockUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (condition())
            {
                return stopwatch.Elapsed;
            }

            Time.Advance(SlaMonitorGrain.TickPeriod);
            await Task.Delay(50);
        }

        return condition() ? stopwatch.Elapsed : null;
    }

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>()));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
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
            silo.Services.AddSingleton<RecordingDeadlineChecker>();
            silo.Services.AddSingleton<IRequestDeadlineChecker>(sp => sp.GetRequiredService<RecordingDeadlineChecker>());
            silo.AddCatalogGrains(silo.Configuration);
            silo.AddInMemoryRequestIndex();
            silo.AddInMemoryRequestFacts();
            silo.AddInMemoryAuditTrail();
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) => client.AddMemoryStreams(StreamNames.Live);
    }
}

/// <summary>The tests sharing one <see cref="MonitorClusterFixture"/>; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class MonitorClusterCollection : ICollectionFixture<MonitorClusterFixture>
{
    public const string Name = "Monitor cluster";
}
