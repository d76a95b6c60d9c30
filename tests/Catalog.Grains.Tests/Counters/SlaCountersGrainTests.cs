using Catalog.Catalogue;
using Catalog.Grains.Requests.Counters;
using Catalog.Grains.Tests.Monitoring;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Counters;

[Collection(MonitorClusterCollection.Name)]
public sealed class SlaCountersGrainTests(MonitorClusterFixture fixture)
{
    [Fact]
    public async Task Each_outcome_counts_once_per_request_clock_and_kind_however_often_it_is_reported()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var counters = fixture.Grains.GetSlaCounters(provider);
        var at = fixture.Time.GetUtcNow();

        for (var repeat = 0; repeat < 3; repeat++)
        {
            await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.Filed, null, at));
            await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.AtRisk, ClockKind.Acknowledgement, at));
            await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.Breached, ClockKind.Acknowledgement, at));
            await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.AtRisk, ClockKind.Resolution, at));
            await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.Met, ClockKind.FirstAnswer, at));
            await counters.RecordAsync(new SlaOutcome("IT-000002", "fin", SlaOutcomeKind.Filed, null, at));
            await counters.RecordAsync(new SlaOutcome("IT-000003", "hr", SlaOutcomeKind.Filed, null, at));
            await counters.RecordAsync(new SlaOutcome("IT-000003", "hr", SlaOutcomeKind.Met, ClockKind.Acknowledgement, at.AddHours(1)));
        }

        (await counters.GetAsync()).Should().Equal(
            new DepartmentPairCounts(provider, "fin", 1, 0, 0, 0),
            new DepartmentPairCounts(provider, "hr", 2, 2, 1, 2));
    }

    [Fact]
    public async Task Counts_survive_the_grain_being_deactivated()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var counters = fixture.Grains.GetSlaCounters(provider);
        await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.Filed, null, fixture.Time.GetUtcNow()));
        await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.Breached, ClockKind.Resolution, fixture.Time.GetUtcNow()));

        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.Breached, ClockKind.Resolution, fixture.Time.GetUtcNow()));

        (await counters.GetAsync()).Should().Equal(new DepartmentPairCounts(provider, "hr", 1, 0, 1, 0));
    }

    [Fact]
    public async Task Repeats_of_the_most_recent_requests_are_still_recognised_once_the_remembered_set_is_full()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var counters = fixture.Grains.GetSlaCounters(provider);
        var requests = SlaCountersGrain.MaxRememberedRequests + 200;
        for (var i = 0; i < requests; i++)
        {
            await counters.RecordAsync(new SlaOutcome($"IT-{i:D6}", "hr", SlaOutcomeKind.Filed, null, fixture.Time.GetUtcNow()));
        }

        // The state stays bounded (oldest forgotten first), and the requests reported lately are all remembered.
        for (var i = requests - (SlaCountersGrain.MaxRememberedRequests * 9 / 10); i < requests; i++)
        {
            await counters.RecordAsync(new SlaOutcome($"IT-{i:D6}", "hr", SlaOutcomeKind.Filed, null, fixture.Time.GetUtcNow()));
        }

        (await counters.GetAsync()).Single().Filed.Should().Be(requests);
    }

    [Fact]
    public async Task A_clock_outcome_without_its_clock_is_refused()
    {
        var counters = fixture.Grains.GetSlaCounters(MonitorClusterFixture.NewDepartment());

        var act = () => counters.RecordAsync(new SlaOutcome("IT-000001", "hr", SlaOutcomeKind.Breached, null, fixture.Time.GetUtcNow()));

        await act.Should().ThrowAsync<ArgumentException>();
        (await counters.GetAsync()).Should().BeEmpty();
    }
}
