using Catalog.Domain.Calendars;

namespace Catalog.Domain.Messages;

/// <summary>
/// Seed 004: when the answer is not ready, tell the client what follow-up will happen and when, on a date no later
/// than <see cref="MaxBusinessDays"/> business days after receipt, counted on the provider's calendar (its hours,
/// holidays and time zone).
/// </summary>
public static class FollowUpRule
{
    /// <summary>The most business days a follow-up may come after receipt.</summary>
    public const int MaxBusinessDays = 5;

    /// <summary>
    /// The latest follow-up date for a request received at <paramref name="receivedAt"/>: the local date, in the
    /// calendar's zone, of the instant <see cref="MaxBusinessDays"/> business days later.
    /// </summary>
    public static DateOnly Latest(BusinessCalendar calendar, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var due = calendar.AddBusinessDays(receivedAt, MaxBusinessDays);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, calendar.TimeZone).DateTime);
    }

    /// <summary>The day of receipt in the calendar's zone: a follow-up cannot come before it.</summary>
    public static DateOnly Earliest(BusinessCalendar calendar, DateTimeOffset receivedAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, calendar.TimeZone).DateTime);

    /// <summary>What is wrong with <paramref name="followUp"/> for a request received then, or null when it is allowed.</summary>
    public static string? Problem(BusinessCalendar calendar, DateTimeOffset receivedAt, DateOnly followUp)
    {
        var earliest = Earliest(calendar, receivedAt);
        var latest = Latest(calendar, receivedAt);
        if (followUp < earliest)
        {
            return $"The follow-up date {followUp:yyyy-MM-dd} is before the request was received ({earliest:yyyy-MM-dd}).";
        }

        return followUp > latest
            ? $"The follow-up date {followUp:yyyy-MM-dd} is more than {MaxBusinessDays} business days after receipt: use {latest:yyyy-MM-dd} or earlier."
            : null;
    }
}
