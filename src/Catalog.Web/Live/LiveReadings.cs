using Catalog.Live;
using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>
/// Reads requests' clocks at one instant for the browser, with the C# business calendars: a running clock's
/// remaining business time is what lies between the instant and its due instant (negative once overdue), the others
/// hold still. Then joins the business windows of every calendar a running clock runs on (the others draw no
/// countdown; the event that restarts one brings its window), so a page counts down by interval arithmetic alone.
/// </summary>
public sealed class LiveReadings(LiveCalendars calendars)
{
    /// <summary>The summaries read at <paramref name="at"/> (with <see cref="RequestSummary.AsOf"/> set) and the windows their clocks need.</summary>
    public async Task<(IReadOnlyList<RequestSummary> Summaries, IReadOnlyList<BusinessWindow> Windows)> ReadAsync(
        IReadOnlyList<RequestSummary> summaries, DateTimeOffset at)
    {
        var departments = summaries
            .SelectMany(s => s.Clocks ?? [])
            .Where(c => c.State == ClockRunState.Running)
            .Select(c => c.CalendarDepartmentId)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var windows = await Task.WhenAll(departments.Select(d => calendars.WindowAsync(d, at)));
        var read = new RequestSummary[summaries.Count];
        for (var i = 0; i < summaries.Count; i++)
        {
            read[i] = await AtAsync(summaries[i], at);
        }

        return (read, windows);
    }

    /// <summary>One summary read at <paramref name="at"/>.</summary>
    public async Task<RequestSummary> AtAsync(RequestSummary summary, DateTimeOffset at)
    {
        if (summary.Clocks is not { Count: > 0 } clocks)
        {
            return summary with { AsOf = at };
        }

        var read = new LiveClockReading[clocks.Count];
        for (var i = 0; i < clocks.Count; i++)
        {
            var clock = clocks[i];
            read[i] = clock is { State: ClockRunState.Running, DueAt: { } due }
                ? clock with { Remaining = (await calendars.CalendarAsync(clock.CalendarDepartmentId)).BusinessTimeBetween(at, due) }
                : clock;
        }

        return summary with { Clocks = read, AsOf = at };
    }
}
