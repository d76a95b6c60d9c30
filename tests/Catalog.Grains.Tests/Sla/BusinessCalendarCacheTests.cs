using Catalog.Errors;
using Catalog.Grains.Sla;
using Catalog.Sla;

namespace Catalog.Grains.Tests.Sla;

public sealed class BusinessCalendarCacheTests
{
    private readonly BusinessCalendarCache cache = new();

    [Fact]
    public void Equal_settings_share_one_calendar_instance()
    {
        var first = cache.Get(CalendarGrainTests.Quebec("America/Toronto"));
        var second = cache.Get(CalendarGrainTests.Quebec("America/Toronto"));

        second.Should().BeSameAs(first);
    }

    [Fact]
    public void The_same_calendar_written_another_way_shares_the_instance()
    {
        var settings = CalendarGrainTests.Quebec("America/Toronto");
        var reordered = settings with
        {
            Hours = [.. settings.Hours.Reverse()],
            YearlyHolidays = [.. settings.YearlyHolidays, new YearlyHoliday(6, 24)],
        };

        cache.Get(reordered).Should().BeSameAs(cache.Get(settings));
    }

    [Fact]
    public void Different_settings_get_different_calendars()
    {
        var quebec = cache.Get(CalendarGrainTests.Quebec("America/Toronto"));

        cache.Get(CalendarGrainTests.Quebec("America/Winnipeg")).Should().NotBeSameAs(quebec);
        cache.Default("America/Toronto").Should().NotBeSameAs(quebec);
        cache.Default("America/Toronto").Should().BeSameAs(cache.Default("America/Toronto"));
    }

    [Fact]
    public void A_cached_calendar_measures_the_settings()
    {
        var calendar = cache.Get(CalendarGrainTests.Quebec("America/Toronto"));
        var friday = new DateTimeOffset(2026, 6, 19, 16, 0, 0, TimeSpan.FromHours(-4));

        calendar.BusinessDay.Should().Be(TimeSpan.FromHours(7));
        // Friday 16:00 + 1 business hour: 30 minutes on Friday, 30 on Monday 22 June; Wednesday 24 June is closed.
        calendar.AddBusinessTime(friday, TimeSpan.FromHours(1)).Should().Be(new DateTimeOffset(2026, 6, 22, 9, 0, 0, TimeSpan.FromHours(-4)));
        calendar.IsBusinessTime(new DateTimeOffset(2026, 6, 24, 10, 0, 0, TimeSpan.FromHours(-4))).Should().BeFalse();
    }

    [Fact]
    public void Invalid_settings_are_refused_naming_the_field()
    {
        var act = () => cache.Get(CalendarGrainTests.Quebec("America/Toronto") with { Hours = [] });

        act.Should().Throw<CatalogValidationException>().Which.Errors.Keys.Should().Equal("hours");
    }
}
