using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>What a request reports to its provider's SLA counters and monitor.</summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestOutcomeTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Clocks_stopped_within_their_targets_count_as_met_and_the_filing_as_filed()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        fixture.Time.MoveToNext(DayOfWeek.Monday, new TimeOnly(9, 0));
        var request = grains.GetRequest((await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties))).Id);

        fixture.Time.Advance(TimeSpan.FromHours(1));
        await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent"));
        var afterAcknowledge = await CountsAsync(parties);
        await request.ActAsync(new RequestCommand(RequestAction.Resolve, "agent"));
        await request.ActAsync(new RequestCommand(RequestAction.Close, "agent"));
        var afterClose = await CountsAsync(parties);

        afterAcknowledge.Should().Be(new DepartmentPairCounts(parties.Provider, parties.Client, Filed: 1, AtRisk: 0, Breached: 0, Met: 1));
        afterClose.Met.Should().Be(3, "acknowledgement, first answer and resolution were each met once");
        (await request.GetAsync()).Clocks.Where(c => c.State == ClockRunState.Stopped).Should().OnlyContain(c => !c.Breached);
    }

    [Fact]
    public async Task A_cancelled_request_meets_nothing()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var request = grains.GetRequest((await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties))).Id);

        await request.ActAsync(new RequestCommand(RequestAction.Cancel, "Rémi Client"));

        (await CountsAsync(parties)).Should().Be(new DepartmentPairCounts(parties.Provider, parties.Client, 1, 0, 0, 0));
    }

    [Fact]
    public async Task At_risk_and_breach_are_counted_once_each()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var friday = fixture.Time.MoveToNext(DayOfWeek.Friday, new TimeOnly(16, 0));
        var request = grains.GetRequest((await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties))).Id);
        var monday = friday.InToronto().Date.AddDays(3);

        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(13)));
        await request.CheckDeadlinesAsync();
        await request.CheckDeadlinesAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent"));

        (await CountsAsync(parties)).Should().Be(new DepartmentPairCounts(parties.Provider, parties.Client, Filed: 1, AtRisk: 1, Breached: 1, Met: 0));
    }

    [Fact]
    public async Task The_provider_monitor_has_the_request_record_its_at_risk_when_the_clock_passes_it()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var friday = fixture.Time.MoveToNext(DayOfWeek.Friday, new TimeOnly(16, 0));
        var id = (await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties))).Id;
        var monday = friday.InToronto().Date.AddDays(3);
        var status = await grains.GetSlaMonitor(parties.Provider).GetStatusAsync();

        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(11.25)));
        var atRisk = await EventuallyAsync(() => fixture.Events.Of(id).OfType<ClockAtRisk>().FirstOrDefault());

        status.Earliest!.Value.InToronto().Should().Be(monday.AddHours(11));
        atRisk.Clock.Should().Be(ClockKind.Acknowledgement);
        atRisk.At.InToronto().Should().Be(monday.AddHours(11));
        fixture.Events.Of(id).OfType<ClockBreached>().Should().BeEmpty();
    }

    private async Task<DepartmentPairCounts> CountsAsync(RequestParties parties) =>
        (await grains.GetSlaCounters(parties.Provider).GetAsync()).Single(c => c.ClientDepartmentId == parties.Client);

    /// <summary>Polls for up to 10 seconds (the monitor ticks every 250 ms).</summary>
    private static async Task<T> EventuallyAsync<T>(Func<T?> probe)
        where T : class
    {
        var giveUp = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException("Nothing came within 10 seconds.");
            }

            await Task.Delay(50);
        }
    }
}
