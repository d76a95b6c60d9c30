extern alias abstractions;
using Catalog.Catalogue;
using abstractions::Catalog.Catalogue;
using abstractions::Catalog.Scorecards;
using Azure.Data.Tables;
using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Grains.Scorecards;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalog.Storage.Tests.Scorecards;

/// <summary>The scorecards' facts on a table of their own in Azurite, and the in-memory store keeping the same contract.</summary>
public sealed class RequestFactsStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 9, 13, 0, 0, TimeSpan.Zero);
    private readonly string tableName = TestSettings.UniqueTableName("requestfacts");
    private string connectionString = "";
    private AzureTableRequestFactsStore azure = null!;

    public async Task InitializeAsync()
    {
        connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        azure = new AzureTableRequestFactsStore(
            Options.Create(new RequestFactsOptions { ConnectionString = connectionString, TableName = tableName }),
            NullLogger<AzureTableRequestFactsStore>.Instance);
        await azure.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => new TableServiceClient(connectionString).GetTableClient(tableName).DeleteAsync();

    public static TheoryData<string> Stores() => new() { "azure", "memory" };

    private IRequestFactsStore Store(string kind) => kind == "azure" ? azure : new InMemoryRequestFactsStore();

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_request_satisfaction_and_complaint_round_trip_and_are_read_per_provider_and_period(string kind)
    {
        var store = Store(kind);
        var facts = Facts("IT-000001", "it", "hr", T0);
        await store.UpsertRequestAsync(facts);
        await store.UpsertRequestAsync(Facts("IT-000002", "it", "finance", T0.AddDays(40)));
        await store.UpsertRequestAsync(Facts("FI-000001", "finance", "hr", T0));
        await store.UpsertSatisfactionAsync(new SatisfactionFact("IT-000001", "it.laptop-setup", "it", "hr", "it.agent", null, 4, T0.AddDays(2)));
        await store.UpsertComplaintAsync(new ComplaintFact("CP-1", "IT-000001", "it.laptop-setup", "it", "hr", "delay", T0.AddDays(3), true, null, null, null));

        var slice = await store.ListAsync(new FactsQuery("it", null, null, T0.AddDays(-1), T0.AddDays(30)));

        var read = slice.Requests.Should().ContainSingle().Subject;
        read.Should().BeEquivalentTo(facts);
        read.FiledAt.Should().Be(facts.FiledAt);
        read.Holds[1].To.Should().BeNull();
        slice.Surveys.Should().ContainSingle().Which.Score.Should().Be(4);
        slice.Complaints.Should().ContainSingle().Which.Cause.Should().Be("delay");
        (await store.ListAsync(new FactsQuery("it", null, "finance", T0, T0.AddDays(60)))).Requests.Select(r => r.RequestId).Should().Equal("IT-000002");
        (await store.ListAsync(new FactsQuery(null, "finance.service", null, T0, T0.AddDays(1)))).Requests.Select(r => r.RequestId)
            .Should().Equal("FI-000001");
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_request_transferred_to_another_provider_leaves_its_former_partition(string kind)
    {
        var store = Store(kind);
        await store.UpsertRequestAsync(Facts("HR-000009", "hr", "legal", T0) with { Holds = [new HoldFact("hr", T0, null)] });

        await store.UpsertRequestAsync(Facts("HR-000009", "it", "legal", T0) with
        {
            Holds = [new HoldFact("hr", T0, T0.AddHours(2)), new HoldFact("it", T0.AddHours(2), null)],
            Transfers = 1,
        });

        var period = (T0.AddDays(-1), T0.AddDays(1));
        (await store.ListAsync(new FactsQuery("hr", null, null, period.Item1, period.Item2))).Requests.Should().BeEmpty();
        (await store.ListAsync(new FactsQuery("it", null, null, period.Item1, period.Item2))).Requests
            .Should().ContainSingle().Which.Transfers.Should().Be(1);
    }

    private static RequestFacts Facts(string id, string provider, string client, DateTimeOffset filed) => new(
        id, provider == "it" ? "it.laptop-setup" : provider + ".service", new LocalizedText("Préparation d'un portable", "Laptop setup"),
        provider, client, "hr.requester", filed.ToOffset(TimeSpan.FromHours(-4)), RequestStatus.Resolved, filed.AddHours(30), null, "it.agent",
        [new ClockFact(ClockKind.Acknowledgement, TimeSpan.FromHours(7), TimeSpan.FromHours(1.5), ClockOutcome.Met),
         new ClockFact(ClockKind.Resolution, TimeSpan.FromHours(35), TimeSpan.FromHours(40), ClockOutcome.Breached)],
        [new HoldFact("hr", filed, filed.AddHours(1)), new HoldFact(provider, filed.AddHours(1), null)],
        [new PauseFact(filed.AddHours(2), filed.AddHours(5))],
        1, 185.25m, "CAD", null);
}
