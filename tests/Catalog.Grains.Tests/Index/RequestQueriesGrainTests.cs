using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Grains.Tests.Monitoring;
using Catalog.Requests;
using static Catalog.Grains.Tests.Index.IndexTestData;

namespace Catalog.Grains.Tests.Index;

[Collection(MonitorClusterCollection.Name)]
public sealed class RequestQueriesGrainTests(MonitorClusterFixture fixture)
{
    [Fact]
    public async Task Queues_are_read_from_the_index_in_breach_order()
    {
        var provider = NewDepartment("q");
        await fixture.Index.UpsertAsync(Summary("Q-000001", provider, "hr", nextDueAt: T0.AddHours(3)), []);
        await fixture.Index.UpsertAsync(Summary("Q-000002", provider, "fin", nextDueAt: T0.AddHours(1), status: RequestStatus.InProgress), []);

        var all = await fixture.Grains.GetRequestQueries().ListAsync(new QueueQuery(QueueRole.Provider, provider));
        var inProgress = await fixture.Grains.GetRequestQueries().ListAsync(
            new QueueQuery(QueueRole.Provider, provider, [RequestStatus.InProgress]));

        all.Items.Select(s => s.Id).Should().Equal("Q-000002", "Q-000001");
        inProgress.Items.Should().ContainSingle().Which.ClientDepartmentId.Should().Be("fin");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task A_limit_outside_1_to_1000_is_refused(int limit)
    {
        var act = () => fixture.Grains.GetRequestQueries().ListAsync(new QueueQuery(QueueRole.Client, "hr", Limit: limit));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey("limit");
    }

    [Fact]
    public async Task The_clock_grain_tells_the_silos_instant_and_real_time_speed()
    {
        var clock = await fixture.Grains.GetGrain<IClockGrain>(0).GetAsync();

        clock.Should().Be(new ClockStatus(fixture.Time.GetUtcNow(), 1));
    }
}
