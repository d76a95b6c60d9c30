using System.Globalization;

namespace Catalog.Web.Scorecards;

/// <summary>
/// A period of whole local days [<paramref name="From"/>, <paramref name="To"/>] (both included) in a zone, read from
/// the <c>from</c> and <c>to</c> query values (<c>yyyy-MM-dd</c>); by default the twelve weeks up to today.
/// </summary>
internal sealed record ScorecardPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period a scorecard covers: two years.</summary>
    public const int MaxDays = 731;

    /// <summary>The period the values name, or the errors naming each bad one.</summary>
    public static ScorecardPeriod? Parse(string? from, string? to, DateOnly today, Dictionary<string, string[]> errors)
    {
        var end = ParseDate("to", to, errors) ?? today;
        var start = ParseDate("from", from, errors) ?? end.AddDays(-83);
        if (errors.Count > 0)
        {
            return null;
        }

        if (start > end)
        {
            errors["from"] = ["Must be on or before 'to'."];
            return null;
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            errors["to"] = [$"A scorecard covers at most {MaxDays} days."];
            return null;
        }

        return new ScorecardPeriod(start, end);
    }

    /// <summary>The first instant of the period in <paramref name="zone"/>.</summary>
    public DateTimeOffset Start(TimeZoneInfo zone) => StartOfDay(From, zone);

    /// <summary>The first instant after the period in <paramref name="zone"/>.</summary>
    public DateTimeOffset End(TimeZoneInfo zone) => StartOfDay(To.AddDays(1), zone);

    /// <summary>Local midnight of <paramref name="day"/> in <paramref name="zone"/> (the first valid instant when a DST change skips midnight).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateOnly? ParseDate(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1901 and <= 2199)
        {
            return date;
        }

        errors[name] = ["Must be a date written yyyy-MM-dd."];
        return null;
    }
}
