using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Grains.Forecasts;
using Catalog.Live;
using Catalog.Requests;
using Catalog.Scorecards;

namespace Catalog.Grains.Tests.Forecasts;

public sealed class LiveClocksTests
{
    [Fact]
    public void A_summary_s_clocks_become_facts_with_the_business_time_used_so_far()
    {
        var calendar = BusinessCalendar.Default(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"));
        var now = new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);
        var summary = new RequestSummary(
            "IT-7", "it.laptop", new LocalizedText("Portable", "Laptop"), "it", "hr", "hr.requester", "T", RequestStatus.Acknowledged,
            false, false, now.AddHours(3), now, now,
            Clocks:
            [
                new LiveClockReading(ClockKind.Acknowledgement, ClockRunState.Stopped, "it", "it", Target.BusinessHours(4), TimeSpan.FromHours(3), null, null, false, false, null),
                new LiveClockReading(ClockKind.Resolution, ClockRunState.Running, "it", "it", Target.BusinessDays(2), calendar.BusinessDay * 2 - TimeSpan.FromHours(1), now.AddDays(2), now.AddDays(1), false, false, null),
                new LiveClockReading(ClockKind.FirstAnswer, ClockRunState.Running, "it", "it", Target.BusinessHours(1), TimeSpan.FromHours(-1), now, now, true, true, now),
            ]);

        var facts = LiveClocks.Of(summary, calendar);

        facts.Should().Equal(
            new ClockFact(ClockKind.Acknowledgement, TimeSpan.FromHours(4), TimeSpan.FromHours(1), ClockOutcome.Met),
            new ClockFact(ClockKind.Resolution, calendar.BusinessDay * 2, TimeSpan.FromHours(1), ClockOutcome.Running),
            new ClockFact(ClockKind.FirstAnswer, TimeSpan.FromHours(1), TimeSpan.FromHours(2), ClockOutcome.Breached));
        LiveClocks.Of(summary with { Clocks = null }, calendar).Should().BeEmpty();
    }
}
