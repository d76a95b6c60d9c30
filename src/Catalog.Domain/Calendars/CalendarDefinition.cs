namespace Catalog.Domain.Calendars;

/// <summary>
/// The stored form of a department's business calendar: plain data, checked by
/// <see cref="CalendarDefinitionValidator"/> and turned into a <see cref="BusinessCalendar"/> by
/// <see cref="BusinessCalendar.FromDefinition"/>.
/// </summary>
/// <param name="TimeZoneId">IANA (or Windows) time zone id, such as <c>America/Toronto</c>.</param>
/// <param name="Schedule">Weekly opening intervals in local wall-clock time; see <see cref="WeeklyInterval"/>.</param>
/// <param name="Holidays">Dated holidays: whole local days off.</param>
/// <param name="RecurringHolidays">Holidays that fall on the same month and day every year: whole local days off.</param>
public sealed record CalendarDefinition(
    string TimeZoneId,
    IReadOnlyList<WeeklyInterval> Schedule,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<AnnualDate> RecurringHolidays)
{
    /// <summary>
    /// The service-standard default: 08:30–12:00 and 13:00–16:30, Monday to Friday (the lunch
    /// break does not count), 35 hours a week.
    /// </summary>
    public static IReadOnlyList<WeeklyInterval> DefaultSchedule { get; } = Array.AsReadOnly(BuildDefaultSchedule());

    /// <summary>A definition with the <see cref="DefaultSchedule"/> and no holidays.</summary>
    /// <param name="timeZoneId">IANA (or Windows) time zone id.</param>
    public static CalendarDefinition Default(string timeZoneId) => new(timeZoneId, DefaultSchedule, [], []);

    private static WeeklyInterval[] BuildDefaultSchedule()
    {
        var intervals = new WeeklyInterval[10];
        for (var i = 0; i < 5; i++)
        {
            var day = DayOfWeek.Monday + i;
            intervals[2 * i] = new WeeklyInterval(day, new TimeOnly(8, 30), new TimeOnly(12, 0));
            intervals[2 * i + 1] = new WeeklyInterval(day, new TimeOnly(13, 0), new TimeOnly(16, 30));
        }

        return intervals;
    }
}
