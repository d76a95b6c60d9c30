using Catalog.Domain.Calendars;
using Catalog.Domain.Notifications;
using FluentAssertions;
using Xunit;

namespace Catalog.Domain.Tests.Notifications;

public sealed class DeliveryScheduleTests
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default(Toronto);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int offset = -5) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offset));

    [Fact]
    public void An_immediate_notification_at_22_00_on_Friday_waits_for_Monday_s_opening()
    {
        var due = DeliverySchedule.DueAt(NotificationKind.Warning, DeliveryMode.Immediate, At(2026, 11, 20, 22, 0), Calendar);

        due.Should().Be(At(2026, 11, 23, 8, 30));
    }

    [Fact]
    public void An_immediate_notification_inside_working_hours_goes_at_once()
    {
        var now = At(2026, 11, 23, 10, 15);

        DeliverySchedule.DueAt(NotificationKind.NewRequest, DeliveryMode.Immediate, now, Calendar).Should().Be(now);
    }

    [Fact]
    public void A_holiday_is_skipped_like_a_weekend()
    {
        var calendar = BusinessCalendar.Default(Toronto, holidays: [new DateOnly(2026, 12, 25)]);

        DeliverySchedule.DueAt(NotificationKind.WaitingOnYou, DeliveryMode.Immediate, At(2026, 12, 24, 22, 0), calendar)
            .Should().Be(At(2026, 12, 28, 8, 30));
    }

    [Fact]
    public void Across_the_spring_change_the_opening_is_8_30_local_in_summer_time()
    {
        // Toronto moves to UTC-4 on Sunday 8 March 2026.
        var due = DeliverySchedule.DueAt(NotificationKind.Warning, DeliveryMode.Immediate, At(2026, 3, 6, 22, 0), Calendar);

        due.Should().Be(At(2026, 3, 9, 8, 30, offset: -4));
        due!.Value.UtcDateTime.Hour.Should().Be(12);
    }

    [Fact]
    public void Across_the_autumn_change_the_opening_is_8_30_local_in_standard_time()
    {
        var due = DeliverySchedule.DueAt(NotificationKind.Warning, DeliveryMode.Immediate, At(2026, 10, 30, 22, 0, offset: -4), Calendar);

        due.Should().Be(At(2026, 11, 2, 8, 30));
        due!.Value.UtcDateTime.Hour.Should().Be(13);
    }

    [Theory]
    [InlineData(10, 0, 24)] // during the day: tomorrow morning
    [InlineData(12, 30, 24)] // over lunch: the afternoon opening is not a day's first
    [InlineData(6, 0, 23)] // before opening: this morning
    [InlineData(22, 0, 24)] // at night: tomorrow morning
    public void A_digest_goes_out_at_the_next_first_opening_of_a_business_day(int hour, int minute, int expectedDay)
    {
        var due = DeliverySchedule.DueAt(NotificationKind.Survey, DeliveryMode.Digest, At(2026, 11, 23, hour, minute), Calendar);

        due.Should().Be(At(2026, 11, expectedDay, 8, 30));
    }

    [Fact]
    public void A_breach_goes_out_at_once_at_night_only_to_whom_chose_immediate()
    {
        var night = At(2026, 11, 20, 23, 40);

        DeliverySchedule.DueAt(NotificationKind.Breach, DeliveryMode.Immediate, night, Calendar).Should().Be(night);
        DeliverySchedule.DueAt(NotificationKind.Breach, DeliveryMode.Digest, night, Calendar).Should().Be(At(2026, 11, 23, 8, 30));
        DeliverySchedule.DueAt(NotificationKind.Warning, DeliveryMode.Immediate, night, Calendar).Should().Be(At(2026, 11, 23, 8, 30));
        NotificationPreferences.Default(NotificationKind.Breach).Should().Be(DeliveryMode.Digest, "nobody is woken up without opting in");
    }

    [Fact]
    public void None_means_nothing_is_scheduled()
    {
        DeliverySchedule.DueAt(NotificationKind.Breach, DeliveryMode.None, At(2026, 11, 23, 10, 0), Calendar).Should().BeNull();
    }

    [Fact]
    public void At_night_nothing_goes_out_but_an_opted_in_breach_and_the_rest_waits_for_the_opening()
    {
        var night = At(2026, 11, 20, 22, 0);
        var opening = At(2026, 11, 23, 8, 30);
        var pending = new[]
        {
            (Name: "late warning", Due: At(2026, 11, 20, 15, 0), AnyTime: false),
            (Name: "breach", Due: night, AnyTime: true),
            (Name: "new request", Due: opening, AnyTime: false),
        };

        var release = DeliverySchedule.Release(pending, p => p.Due, p => p.AnyTime, night, Calendar);

        release.Send.Select(p => p.Name).Should().Equal("breach");
        release.WakeAt.Should().Be(opening);
    }

    [Fact]
    public void At_the_opening_everything_due_goes_out_together()
    {
        var opening = At(2026, 11, 23, 8, 30);
        var pending = new[] { (Due: opening, Id: 1), (Due: opening, Id: 2), (Due: At(2026, 11, 24, 8, 30), Id: 3) };

        var release = DeliverySchedule.Release(pending, p => p.Due, _ => false, opening, Calendar);

        release.Send.Select(p => p.Id).Should().Equal(1, 2);
        release.WakeAt.Should().Be(At(2026, 11, 24, 8, 30));
    }

    [Fact]
    public void A_clock_that_jumped_past_the_opening_into_the_night_still_waits_for_the_next_opening()
    {
        var pending = new[] { At(2026, 11, 23, 8, 30) };

        var release = DeliverySchedule.Release(pending, d => d, _ => false, At(2026, 11, 23, 21, 0), Calendar);

        release.Send.Should().BeEmpty();
        release.WakeAt.Should().Be(At(2026, 11, 24, 8, 30));
    }
}
