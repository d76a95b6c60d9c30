using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.Index;
using Catalog.Grains.Scorecards;
using Catalog.Scorecards;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Catalog.Storage.Requests;

namespace Catalog.Grains.Tests.Scorecards;

/// <summary>The facts reader on a test cluster with the in-memory store: what the silo writes, a client reads whole.</summary>
public sealed class ScorecardFactsGrainTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 9, 12, 30, 0, TimeSpan.Zero);
    private TestCluster cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public Task DisposeAsync() => cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Facts_written_in_the_silo_are_read_through_the_grain_with_every_field()
    {
        var store = ((InProcessSiloHandle)cluster.Primary!).SiloHost!.Services.GetRequiredService<IRequestFactsStore>();
        var facts = new RequestFacts(
            "IT-000042", "it.other-request", new LocalizedText("Autre demande", "Other request"), "it", "hr", "hr.requester", Filed,
            RequestStatus.Resolved, Filed.AddDays(1), null, "it.agent",
            [new ClockFact(ClockKind.Resolution, TimeSpan.FromHours(70), TimeSpan.FromHours(5), ClockOutcome.Met)],
            [new HoldFact("it", Filed, null)], [new PauseFact(Filed.AddHours(1), Filed.AddHours(2))], 0, 120m, "CAD", "Un écran de plus");
        await store.UpsertRequestAsync(facts);
        await store.UpsertSatisfactionAsync(new SatisfactionFact("IT-000042", "it.other-request", "it", "hr", "it.agent", null, 5, Filed.AddDays(2)));

        var slice = await cluster.GrainFactory.GetScorecardFacts().ListAsync(new FactsQuery("it", null, null, Filed.AddDays(-1), Filed.AddDays(7)));
        var elsewhere = await cluster.GrainFactory.GetScorecardFacts().ListAsync(new FactsQuery("finance", null, null, Filed.AddDays(-1), Filed.AddDays(7)));

        slice.Requests.Should().ContainSingle().Which.Should().BeEquivalentTo(facts);
        slice.Surveys.Should().ContainSingle().Which.Score.Should().Be(5);
        elsewhere.Requests.Should().BeEmpty();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        // The reader also asks the survey answers and the complaint desks: the silo has every grain, with memory stores.
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
        }
    }
}
