using BenchmarkDotNet.Attributes;
using Catalog.Domain.Calendars;

namespace Catalog.Benchmarks.Calendars;

/// <summary>
/// BenchmarkDotNet measurement of <see cref="BusinessCalendar.AddBusinessTime"/> per duration:
/// <c>dotnet run -c Release --project bench/Catalog.Benchmarks -- --filter *AddBusinessTime*</c>.
/// </summary>
[MemoryDiagnoser]
public class AddBusinessTimeBenchmarks
{
    private BusinessCalendar calendar = null!;
    private DateTimeOffset[] starts = [];
    private int next;

    /// <summary>The business duration added, by label.</summary>
    [ParamsSource(nameof(Labels))]
    public string Duration { get; set; } = "";

    /// <summary>Labels of <see cref="BenchmarkCalendar.Durations"/>.</summary>
    public static IEnumerable<string> Labels => BenchmarkCalendar.Durations.Select(d => d.Label);

    private TimeSpan duration;

    /// <summary>Builds the calendar once per duration.</summary>
    [GlobalSetup]
    public void Setup()
    {
        calendar = BenchmarkCalendar.Create();
        starts = BenchmarkCalendar.Starts();
        duration = BenchmarkCalendar.Durations.Single(d => d.Label == Duration).Duration;
    }

    /// <summary>One AddBusinessTime call from the next start.</summary>
    [Benchmark]
    public DateTimeOffset AddBusinessTime() => calendar.AddBusinessTime(starts[next++ & (starts.Length - 1)], duration);
}
