using Catalog.Domain.Calendars;

namespace Catalog.Domain.Tests.Calendars;

public sealed class BusinessCalendarAllocationTests
{
    [Fact]
    public void Queries_allocate_nothing()
    {
        var toronto = Zones.Toronto;
        var calendar = BusinessCalendar.Default(toronto,
            holidays: Enumerable.Range(0, 40).Select(i => new DateOnly(2026, 1, 5).AddDays(i * 9)),
            recurringHolidays: [new AnnualDate(1, 1), new AnnualDate(7, 1), new AnnualDate(12, 25), new AnnualDate(12, 26)]);
        var start = toronto.At(2026, 3, 6, 16);
        var durations = new[] { TimeSpan.FromHours(1), TimeSpan.FromDays(7), TimeSpan.FromDays(365), TimeSpan.FromDays(3650) };
        RunQueries(calendar, start, durations, 100);

        var before = GC.GetAllocatedBytesForCurrentThread();
        RunQueries(calendar, start, durations, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
    }

    private static long RunQueries(BusinessCalendar calendar, DateTimeOffset start, TimeSpan[] durations, int count)
    {
        long checksum = 0;
        for (var i = 0; i < count; i++)
        {
            var from = start.AddMinutes(i * 37);
            var due = calendar.AddBusinessTime(from, durations[i % durations.Length]);
            checksum += due.UtcTicks;
            checksum += calendar.BusinessTimeBetween(from, due).Ticks;
            checksum += calendar.IsBusinessTime(from) ? 1 : 0;
            checksum += calendar.NextBusinessInstant(from).UtcTicks;
            checksum += calendar.AddBusinessDays(from, i % 20).UtcTicks;
        }

        return checksum;
    }
}
