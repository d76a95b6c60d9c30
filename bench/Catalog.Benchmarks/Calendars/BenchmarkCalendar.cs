using Catalog.Domain.Calendars;

namespace Catalog.Benchmarks.Calendars;

/// <summary>
/// The calendar and inputs every calendar benchmark uses: the default schedule (two intervals a
/// day, Monday to Friday) in America/Toronto with 20 holidays a year (8 recurring, 12 dated in
/// each year from 2026 to 2045), and starts spread over 2026.
/// </summary>
public static class BenchmarkCalendar
{
    /// <summary>Durations measured, by label.</summary>
    public static IReadOnlyList<(string Label, TimeSpan Duration)> Durations { get; } =
    [
        ("1 hour", TimeSpan.FromHours(1)),
        ("1 week", TimeSpan.FromDays(7)),
        ("1 year", TimeSpan.FromDays(365)),
        ("10 years", TimeSpan.FromDays(3650)),
    ];

    /// <summary>Builds the benchmark calendar.</summary>
    public static BusinessCalendar Create()
    {
        AnnualDate[] recurring =
        [
            new(1, 1), new(6, 24), new(7, 1), new(11, 11), new(12, 24), new(12, 25), new(12, 26), new(12, 31),
        ];
        // Fixed days of the year standing in for movable feasts (Easter, Labour Day, ...).
        int[] movable = [40, 93, 96, 142, 153, 181, 216, 244, 286, 300, 330, 345];
        var dated = new List<DateOnly>();
        for (var year = 2026; year <= 2045; year++)
        {
            foreach (var dayOfYear in movable)
            {
                dated.Add(new DateOnly(year, 1, 1).AddDays(dayOfYear - 1));
            }
        }

        return BusinessCalendar.Default(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), dated, recurring);
    }

    /// <summary>4,096 deterministic pseudo-random starts in 2026, in and out of business hours.</summary>
    public static DateTimeOffset[] Starts()
    {
        var random = new Random(20260101);
        var origin = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5));
        var starts = new DateTimeOffset[4096];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = origin.AddTicks(random.NextInt64(TimeSpan.TicksPerDay * 365));
        }

        return starts;
    }
}
