using Catalog.Domain.Calendars;

namespace Catalog.Domain.Notifications;

/// <summary>
/// When a notification may be e-mailed, given the recipient department's business calendar: never outside its
/// working hours, except a breach its recipient chose to get at once. Nothing is dropped: what falls outside hours
/// waits for the next opening.
/// </summary>
public static class DeliverySchedule
{
    /// <summary>
    /// The earliest instant a notification of <paramref name="kind"/> arriving at <paramref name="now"/> may be
    /// e-mailed, or null when the person wants none: immediate ones at once inside hours or at the next opening,
    /// digests at the next first opening of a business day, an opted-in breach at once.
    /// </summary>
    public static DateTimeOffset? DueAt(NotificationKind kind, DeliveryMode mode, DateTimeOffset now, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return mode switch
        {
            DeliveryMode.None => null,
            DeliveryMode.Immediate when MayGoOutAnyTime(kind, mode) => now,
            DeliveryMode.Immediate => calendar.NextBusinessInstant(now),
            _ => NextDayOpening(now, calendar),
        };
    }

    /// <summary>Whether such a notification may be e-mailed outside working hours: only a breach its recipient opted in to.</summary>
    public static bool MayGoOutAnyTime(NotificationKind kind, DeliveryMode mode) =>
        kind == NotificationKind.Breach && mode == DeliveryMode.Immediate;

    /// <summary>
    /// The first opening of a business day strictly after <paramref name="now"/>: this morning's when the department
    /// has not opened yet today, otherwise the next business day's (holidays and weekends skipped).
    /// </summary>
    public static DateTimeOffset NextDayOpening(DateTimeOffset now, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var opening = calendar.NextBusinessInstant(now);
        var day = LocalDate(opening, calendar.TimeZone);
        if (opening > now && calendar.BusinessTimeBetween(StartOfDay(day, calendar.TimeZone), opening) == TimeSpan.Zero)
        {
            return opening;
        }

        // From local midnight no business time has passed that day, so the next instant is that day's first opening.
        return calendar.NextBusinessInstant(StartOfDay(day.AddDays(1), calendar.TimeZone));
    }

    /// <summary>
    /// What to e-mail at <paramref name="now"/> among what waits, and when to look again: items that are due, when the
    /// department is open (or the item may go out any time). Items due while it is closed wait for the next opening.
    /// </summary>
    public static DeliveryRelease<T> Release<T>(
        IReadOnlyList<T> pending,
        Func<T, DateTimeOffset> dueAt,
        Func<T, bool> anyTime,
        DateTimeOffset now,
        BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(calendar);
        var open = calendar.IsBusinessTime(now);
        var send = new List<T>();
        DateTimeOffset? wake = null;
        foreach (var item in pending)
        {
            var due = dueAt(item);
            DateTimeOffset next;
            if (due <= now)
            {
                if (open || anyTime(item))
                {
                    send.Add(item);
                    continue;
                }

                // Due while closed (the clock jumped, or the host was down): at the next opening, never at night.
                next = calendar.NextBusinessInstant(now);
            }
            else
            {
                next = due;
            }

            wake = wake is null || next < wake ? next : wake;
        }

        return new DeliveryRelease<T>(send, wake);
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>Local midnight of <paramref name="day"/> (or the first valid local time after it, where DST skips midnight).</summary>
    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
