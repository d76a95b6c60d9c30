namespace Catalog.Domain.Calendars;

/// <summary>Checks a <see cref="CalendarDefinition"/> and explains, in plain sentences, what is wrong with it.</summary>
public static class CalendarDefinitionValidator
{
    /// <summary>
    /// Every problem found in <paramref name="definition"/>: unknown time zone, empty schedule,
    /// an interval whose start is not before its end, overlapping intervals on the same day,
    /// invalid days, or a year where every day is a holiday. Empty when the definition is valid.
    /// </summary>
    /// <param name="definition">The definition to check.</param>
    public static IReadOnlyList<string> Validate(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(definition.TimeZoneId))
        {
            errors.Add("The time zone id is missing.");
        }
        else if (!TimeZoneInfo.TryFindSystemTimeZoneById(definition.TimeZoneId, out _))
        {
            errors.Add($"Unknown time zone '{definition.TimeZoneId}'.");
        }

        AddRuleErrors(definition.Schedule, definition.Holidays, definition.RecurringHolidays, errors);
        return errors;
    }

    /// <summary>The checks that do not involve the time zone, shared with the <see cref="BusinessCalendar"/> constructor.</summary>
    internal static void AddRuleErrors(
        IReadOnlyList<WeeklyInterval>? schedule,
        IReadOnlyList<DateOnly>? holidays,
        IReadOnlyList<AnnualDate>? recurringHolidays,
        List<string> errors)
    {
        if (schedule is null || schedule.Count == 0)
        {
            errors.Add("The weekly schedule is empty: a calendar needs at least one business interval.");
        }
        else
        {
            AddScheduleErrors(schedule, errors);
        }

        if (holidays is null)
        {
            errors.Add("The holiday list is missing (use an empty list for none).");
        }

        if (recurringHolidays is null)
        {
            errors.Add("The recurring holiday list is missing (use an empty list for none).");
            return;
        }

        var distinct = new HashSet<AnnualDate>();
        foreach (var date in recurringHolidays)
        {
            if (!date.IsValid)
            {
                errors.Add($"Recurring holiday {date} is not a valid month and day.");
            }
            else
            {
                distinct.Add(date);
            }
        }

        // 366 distinct month/days cover every date of every year; anything less leaves some
        // working weekday in some year, because weekdays drift through the dates.
        if (distinct.Count == 366)
        {
            errors.Add("Every day of the year is a recurring holiday: the calendar has no business time.");
        }
    }

    private static void AddScheduleErrors(IReadOnlyList<WeeklyInterval> schedule, List<string> errors)
    {
        var valid = new List<WeeklyInterval>(schedule.Count);
        foreach (var interval in schedule)
        {
            if (!Enum.IsDefined(interval.Day))
            {
                errors.Add($"Interval {interval}: {(int)interval.Day} is not a day of the week.");
            }
            else if (interval.Start.Ticks >= interval.EndTicks)
            {
                errors.Add($"Interval {interval}: the start must be before the end (00:00 as an end means 24:00).");
            }
            else
            {
                valid.Add(interval);
            }
        }

        valid.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Start.CompareTo(b.Start));
        for (var i = 1; i < valid.Count; i++)
        {
            // Compare with the interval reaching furthest so far that day, so an interval nested
            // inside a long one is reported even when a shorter one sits between them.
            var furthest = valid[i - 1];
            for (var j = i - 2; j >= 0 && valid[j].Day == valid[i].Day; j--)
            {
                if (valid[j].EndTicks > furthest.EndTicks)
                {
                    furthest = valid[j];
                }
            }

            var current = valid[i];
            // Touching intervals (12:00–13:00 then 13:00–14:00) are fine: the ends are exclusive.
            if (furthest.Day == current.Day && current.Start.Ticks < furthest.EndTicks)
            {
                errors.Add($"Intervals {furthest} and {current} overlap.");
            }
        }
    }
}
