using BenchmarkDotNet.Running;
using Catalog.Benchmarks.Calendars;
using Catalog.Benchmarks.Faults;
using Catalog.Benchmarks.Forecasts;
using Catalog.Benchmarks.Load;
using Catalog.Benchmarks.Requests;
using Catalog.Benchmarks.Live;
using Catalog.Benchmarks.Reads;

// Quick, BenchmarkDotNet-free checks run by name; everything else goes to BenchmarkDotNet.
if (args is ["calendar-quick", ..])
{
    return CalendarQuickBenchmark.Run();
}

if (args is ["forecast-quality", .. var forecastArgs])
{
    return ForecastQualityBenchmark.Run(forecastArgs);
}

if (args is ["requests-memory", ..])
{
    return await OpenRequestsMemoryBenchmark.RunAsync(args[1..]);
}

if (args is ["live-latency", .. var liveArgs])
{
    return await LiveLatencyBenchmark.RunAsync(liveArgs);
}

if (args is ["breach-latency", .. var breachArgs])
{
    return await BreachLatencyBenchmark.RunAsync(breachArgs);
}

if (args is ["queue-reads", .. var readArgs])
{
    return await QueueReadsBenchmark.RunAsync(readArgs);
}

if (args is ["faults", .. var faultArgs])
{
    return await FaultsBenchmark.RunAsync(faultArgs);
}

if (args is ["load", .. var loadArgs])
{
    return await LoadBenchmark.RunAsync(loadArgs);
}

// Not typeof(Program): the silo and web projects the live benchmark references have a Program too.
BenchmarkSwitcher.FromAssembly(typeof(CalendarQuickBenchmark).Assembly).Run(args);
return 0;
