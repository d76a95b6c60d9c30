using Catalog.Domain.Calendars;
using Catalog.Domain.Sla;
using FsCheck;
using FsCheck.Fluent;

namespace Catalog.Domain.Tests.Sla;

/// <summary>
/// FsCheck generators for clock spans: zero to six spans separated by random gaps (some empty),
/// some of zero length, the last one open half the time, second-precise instants over 2026 (DST
/// changes included), targets from zero to several business weeks, on three calendars.
/// </summary>
public static class SpanArbitraries
{
    private static readonly DateTimeOffset RangeStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly (string Name, BusinessCalendar Calendar)[] Calendars =
    [
        ("Toronto default, with holidays", BusinessCalendar.Default(
            TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"),
            holidays: [new DateOnly(2026, 4, 3), new DateOnly(2026, 5, 18), new DateOnly(2026, 9, 7), new DateOnly(2026, 10, 12)],
            recurringHolidays: [new AnnualDate(1, 1), new AnnualDate(7, 1), new AnnualDate(12, 25)])),
        ("Paris default", BusinessCalendar.Default(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"))),
        ("UTC around the clock", new BusinessCalendar(
            TimeZoneInfo.Utc,
            Enum.GetValues<DayOfWeek>().Select(day => new WeeklyInterval(day, TimeOnly.MinValue, TimeOnly.MinValue)))),
    ];

    private static readonly string[] Holders = ["it", "hr", "finance"];

    public static Arbitrary<SpanScenario> Scenarios() => Arb.From(
        from calendar in Gen.Elements(Calendars)
        from startSeconds in Gen.Choose(0, 330 * 24 * 3600)
        from count in Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, 6)))
        from gaps in Gen.ArrayOf(Seconds(maxDays: 4), count)
        from lengths in Gen.ArrayOf(Seconds(maxDays: 6), count)
        from holders in Gen.ArrayOf(Gen.Elements(Holders), count)
        from open in Gen.Elements(false, true)
        from afterLast in Seconds(maxDays: 8)
        from targetMinutes in Gen.Frequency(
            (1, Gen.Constant(0)),
            (2, Gen.Choose(1, 8 * 60)),
            (4, Gen.Choose(1, 4 * 35 * 60)))
        from ratio in Gen.Elements(0.5, 0.75, 0.8, 0.9, 1.0 / 3)
        from pause in Seconds(maxDays: 5)
        let spans = BuildSpans(RangeStart.AddSeconds(startSeconds), gaps, lengths, holders, open)
        let last = spans.Length == 0 ? RangeStart.AddSeconds(startSeconds) : spans[^1].End ?? spans[^1].Start
        select new SpanScenario(
            calendar.Name,
            calendar.Calendar,
            spans,
            new ClockTarget(TimeSpan.FromMinutes(targetMinutes), ratio),
            last + afterLast,
            pause));

    private static Gen<TimeSpan> Seconds(int maxDays) => Gen.Frequency(
        (1, Gen.Constant(TimeSpan.Zero)),
        (2, Gen.Choose(1, 3 * 3600).Select(s => TimeSpan.FromSeconds(s))),
        (4, Gen.Choose(1, maxDays * 24 * 3600).Select(s => TimeSpan.FromSeconds(s))));

    private static ClockSpan[] BuildSpans(DateTimeOffset start, TimeSpan[] gaps, TimeSpan[] lengths, string[] holders, bool open)
    {
        var spans = new ClockSpan[gaps.Length];
        var instant = start;
        for (var i = 0; i < spans.Length; i++)
        {
            var spanStart = instant + gaps[i];
            instant = spanStart + lengths[i];
            spans[i] = new ClockSpan(spanStart, open && i == spans.Length - 1 ? null : instant, holders[i]);
        }

        return spans;
    }
}
