using Catalog.Domain.Calendars;
using Catalog.Domain.Forecasts;
using Catalog.Domain.Tests.Calendars;

namespace Catalog.Domain.Tests.Forecasts;

public sealed class PromiseRangeTests
{
    [Fact]
    public void Business_hours_across_the_spring_DST_change_land_on_the_right_local_time()
    {
        var toronto = BusinessCalendar.Default(Zones.Toronto);
        // Friday 6 March 2026 16:00 EST; clocks go forward on Sunday 8 March.
        var filed = Zones.Toronto.At(2026, 3, 6, 16);

        var range = PromiseRange.Of(4, 7, filed, toronto, toronto);

        // 0.5 h on Friday, then Monday 08:30–12:00 (3.5 h): 4 h at Monday 12:00 EDT; 3 more hours: 16:00.
        range.Likely.Should().Be(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.FromHours(-4)));
        range.Latest.Should().Be(new DateTimeOffset(2026, 3, 9, 16, 0, 0, TimeSpan.FromHours(-4)));
    }

    [Fact]
    public void Holidays_of_the_provider_do_not_count()
    {
        var toronto = BusinessCalendar.Default(Zones.Toronto, [new DateOnly(2026, 3, 9)]);
        var filed = Zones.Toronto.At(2026, 3, 6, 16);

        var range = PromiseRange.Of(4, 4, filed, toronto, toronto);

        range.Likely.Should().Be(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(-4)));
    }

    [Fact]
    public void A_date_falling_while_the_client_is_closed_moves_to_its_next_opening()
    {
        var toronto = BusinessCalendar.Default(Zones.Toronto);
        var paris = BusinessCalendar.Default(Zones.Paris);
        // Done at Tuesday 15:00 in Toronto, 21:00 in Paris: the Paris client has it on Wednesday at 08:30.
        var filed = Zones.Toronto.At(2026, 6, 16, 8, 30);

        var range = PromiseRange.Of(5.5, 5.5, filed, toronto, paris);

        range.Likely.Should().Be(new DateTimeOffset(2026, 6, 17, 8, 30, 0, TimeSpan.FromHours(2)));
        range.LikelyHours.Should().Be(5.5);
    }

    [Fact]
    public void The_latest_date_is_never_before_the_likely_one()
    {
        var toronto = BusinessCalendar.Default(Zones.Toronto);

        var range = PromiseRange.Of(6, 3, Zones.Toronto.At(2026, 6, 16, 9), toronto, toronto);

        range.Latest.Should().BeOnOrAfter(range.Likely);
    }
}
