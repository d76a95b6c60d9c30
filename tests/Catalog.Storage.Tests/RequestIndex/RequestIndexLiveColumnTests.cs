extern alias abstractions;
using abstractions::Catalog.Catalogue;
using abstractions::Catalog.Live;
using abstractions::Catalog.Requests;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using static Catalog.Storage.Tests.RequestIndex.IndexRows;

namespace Catalog.Storage.Tests.RequestIndex;

/// <summary>
/// The index keeps what a live page draws of a request (its clocks, pause reason and each side's actions), so the hub's
/// join snapshot, read from the index, needs no request grain; a row without it reads without it.
/// </summary>
public sealed class RequestIndexLiveColumnTests(RequestIndexFixture fixture) : IClassFixture<RequestIndexFixture>
{
    [Fact]
    public async Task Clocks_pause_reason_and_actions_round_trip_through_the_queues()
    {
        var provider = NewDepartment("p");
        var client = NewDepartment("c");
        var clock = new LiveClockReading(
            ClockKind.ClientResponse, ClockRunState.Running, client, client, new Target(2, TargetUnit.BusinessDays),
            TimeSpan.FromHours(13.5), T0.AddDays(2), T0.AddDays(1), AtRisk: false, Breached: false, BreachedAt: null);
        var summary = Summary("IT-000001", provider, client, RequestStatus.WaitingOnClient) with
        {
            PauseReason = PauseReason.InformationMissing,
            Clocks = [clock],
            ProviderActions = [RequestAction.Cancel, RequestAction.Comment],
            ClientActions = [RequestAction.Resume, RequestAction.Cancel, RequestAction.Comment],
        };

        await fixture.Index.UpsertAsync(summary, []);
        var asClient = (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Client, client))).Items.Single();

        asClient.PauseReason.Should().Be(PauseReason.InformationMissing);
        asClient.Clocks.Should().ContainSingle().Which.Should().BeEquivalentTo(clock, o => o.Using<DateTimeOffset>(c => c.Subject.UtcTicks.Should().Be(c.Expectation.UtcTicks)).WhenTypeIs<DateTimeOffset>());
        asClient.ProviderActions.Should().Equal(RequestAction.Cancel, RequestAction.Comment);
        asClient.ClientActions.Should().Equal(RequestAction.Resume, RequestAction.Cancel, RequestAction.Comment);
        asClient.AsOf.Should().BeNull("the web reads the clocks again at the instant it sends them");
    }

    [Fact]
    public async Task A_row_written_without_them_reads_without_them()
    {
        var provider = NewDepartment("p");
        var client = NewDepartment("c");
        await fixture.Index.UpsertAsync(Summary("IT-000002", provider, client), []);

        var row = (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider))).Items.Single();

        row.Clocks.Should().BeNull();
        row.PauseReason.Should().BeNull();
        row.ProviderActions.Should().BeNull();
    }
}
