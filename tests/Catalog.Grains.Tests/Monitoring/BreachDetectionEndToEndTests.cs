using System.Diagnostics;
using Catalog.Catalogue;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Grains.Tests.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Monitoring;

/// <summary>
/// The SLA monitor with real request grains: nobody calls CheckDeadlinesAsync but the monitor, and the at-risk and
/// the breach are recorded, published and counted within a second of the business-time instant passing.
/// </summary>
[Collection(RequestClusterCollection.Name)]
public sealed class BreachDetectionEndToEndTests(RequestClusterFixture fixture)
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task At_risk_and_breach_fire_within_one_second_of_their_business_time_instants()
    {
        var parties = await RequestTestData.PartiesAsync(fixture.Grains);
        var friday = fixture.Time.MoveToNext(DayOfWeek.Friday, new TimeOnly(16, 0));
        var view = await RequestTestData.FileAsync(fixture.Grains, RequestTestData.Filing(parties));
        var monday = friday.InToronto().Date.AddDays(3);

        // 4 business hours from Friday 16:00: 30 min on Friday, then Monday 8:30–12:00 (at risk at 75 %: 11:00).
        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(10.9)));
        await RunClockAsync(TimeSpan.FromMilliseconds(300));
        var beforeAtRisk = Events(view.Id);
        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(11)));
        var atRiskAfter = await RunClockUntilAsync(() => Events(view.Id).Any(e => e is ClockAtRisk));
        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(12)));
        var breachAfter = await RunClockUntilAsync(() => Events(view.Id).Any(e => e is ClockBreached));
        var counts = await fixture.Grains.GetSlaCounters(parties.Provider).GetAsync();
        var status = await fixture.Grains.GetSlaMonitor(parties.Provider).GetStatusAsync();

        beforeAtRisk.Should().BeEmpty();
        atRiskAfter.Should().NotBeNull().And.BeLessThan(OneSecond);
        breachAfter.Should().NotBeNull().And.BeLessThan(OneSecond);
        Events(view.Id).Single(e => e is ClockAtRisk).At.InToronto().Should().Be(monday.AddHours(11));
        Events(view.Id).Single(e => e is ClockBreached).At.InToronto().Should().Be(monday.AddHours(12));
        counts.Should().ContainSingle().Which.Should().Be(new DepartmentPairCounts(parties.Provider, parties.Client, 1, 1, 1, 0));
        status.TrackedRequests.Should().Be(1, "the first-answer and resolution clocks still run");
        status.Earliest.Should().BeAfter(RequestTestData.Local(monday.AddHours(12)));
    }

    private IRequestEvent[] Events(string requestId) =>
        fixture.Events.Of(requestId).Where(e => e is ClockAtRisk { Clock: ClockKind.Acknowledgement } or ClockBreached { Clock: ClockKind.Acknowledgement }).ToArray();

    private async Task RunClockAsync(TimeSpan duration) => await RunClockUntilAsync(() => false, duration);

    /// <summary>Lets the fake clock flow (a monitor tick every 50 ms of real time) until the condition holds.</summary>
    private async Task<TimeSpan?> RunClockUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < (timeout ?? OneSecond))
        {
            if (condition())
            {
                return stopwatch.Elapsed;
            }

            fixture.Time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(50);
        }

        return condition() ? stopwatch.Elapsed : null;
    }
}
