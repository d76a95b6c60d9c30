using BenchmarkDotNet.Running;
using Catalog.Benchmarks.Calendars;

// Quick, BenchmarkDotNet-free checks run by name; everything else goes to BenchmarkDotNet.
if (args is ["calendar-quick", ..])
{
    return CalendarQuickBenchmark.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
