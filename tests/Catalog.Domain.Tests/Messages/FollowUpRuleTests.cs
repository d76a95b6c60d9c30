using Catalog.Domain.Calendars;
using Catalog.Domain.Messages;
using Catalog.Domain.Tests.Calendars;

namespace Catalog.Domain.Tests.Messages;

/// <summary>Seed 004: a follow-up date at most 5 business days after receipt, on the provider's calendar.</summary>
public sealed class FollowUpRuleTests
{
    private static readonly TimeZoneInfo Toronto = Zones.Toronto;

    [Fact]
    public void Five_business_days_after_a_monday_morning_receipt_is_the_next_monday()
    {
        var calendar = BusinessCalendar.Default(Toronto);

        FollowUpRule.Latest(calendar, Toronto.At(2026, 12, 7, 10)).Should().Be(new DateOnly(2026, 12, 14));
    }

    [Fact]
    public void Holidays_of_the_providers_calendar_push_the_latest_date_back()
    {
        var calendar = BusinessCalendar.Default(Toronto, holidays: [new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]);

        // Received Tuesday 22 December 10:00: a business day later is 23 at 10:00, then 24, 29 (25 and 28 are
        // holidays, 26 and 27 the weekend), 30 and 31. Without the holidays it would be Tuesday 29.
        FollowUpRule.Latest(calendar, Toronto.At(2026, 12, 22, 10)).Should().Be(new DateOnly(2026, 12, 31));
        FollowUpRule.Latest(BusinessCalendar.Default(Toronto), Toronto.At(2026, 12, 22, 10)).Should().Be(new DateOnly(2026, 12, 29));
    }

    [Fact]
    public void A_date_within_the_limit_is_allowed_and_one_past_it_or_before_receipt_is_refused()
    {
        var calendar = BusinessCalendar.Default(Toronto);
        var received = Toronto.At(2026, 12, 7, 10);

        FollowUpRule.Problem(calendar, received, new DateOnly(2026, 12, 7)).Should().BeNull();
        FollowUpRule.Problem(calendar, received, new DateOnly(2026, 12, 14)).Should().BeNull();
        FollowUpRule.Problem(calendar, received, new DateOnly(2026, 12, 15)).Should().Contain("more than 5 business days").And.Contain("2026-12-14");
        FollowUpRule.Problem(calendar, received, new DateOnly(2026, 12, 4)).Should().Contain("before");
    }

    [Fact]
    public void The_limit_is_counted_in_the_providers_zone_across_the_autumn_change()
    {
        var calendar = BusinessCalendar.Default(Toronto);

        // Received Friday 30 October 2026 at 16:00 (EDT); five business days later is Friday 6 November 16:00 (EST).
        FollowUpRule.Latest(calendar, Toronto.At(2026, 10, 30, 16)).Should().Be(new DateOnly(2026, 11, 6));
    }
}
