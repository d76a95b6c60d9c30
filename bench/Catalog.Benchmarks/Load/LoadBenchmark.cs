using System.Diagnostics;
using System.Runtime.InteropServices;
using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// <c>load [options]</c> (<see cref="LoadOptions"/>, bench/README.md "Load"): starts the platform on a fresh Azurite
/// (<see cref="LoadPlatform"/>) and, in the same run, measures the raw upsert ceiling, filing over HTTP in closed
/// loops and an open loop, the storage round trips and CPU a filing costs, a mixed day, reads with many open
/// requests and the silo's memory with them all active; each figure is printed with its ratio to raw.
/// Returns 0 when it ran, 2 when it could not.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 128), Math.Max(io, 128));
        var report = new LoadReport();
        var clock = Stopwatch.StartNew();
        var machine = F($"{Environment.ProcessorCount} cores, load average {LoadAverage()} at start");
        report.Line(F($"load: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {machine}, .NET {Environment.Version}"));
        report.Line("  options: " + options);
        LoadPlatform? platform = null;
        using var cancelled = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        var exitCode = 0;
        try
        {
            var work = RunPhasesAsync();
            await Task.WhenAny(work, Task.Delay(Timeout.Infinite, cancelled.Token).ContinueWith(_ => { }, TaskScheduler.Default));
            if (!work.IsCompleted)
            {
                report.Line("interrupted: stopping every process");
                exitCode = 2;
            }
            else
            {
                await work;
            }
        }
        catch (Exception ex)
        {
            report.Line("FAILED: " + ex);
            exitCode = 2;
        }
        finally
        {
            if (platform is not null)
            {
                await platform.DisposeAsync();
            }
        }

        report.PrintSummary(F($"{machine}; total {clock.Elapsed.TotalSeconds:N0} s"));
        return exitCode;

        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            cancelled.Cancel();
        }

        async Task RunPhasesAsync()
        {
            report.Phase("platform");
            platform = await LoadPlatform.StartAsync(options, s => report.Line(F($"  [{clock.Elapsed.TotalSeconds,5:N1} s] {s}")));
            using var session = await LoadSession.StartAsync(platform.Web, platform.Grains);
            report.Line(F($"  [{clock.Elapsed.TotalSeconds,5:N1} s] {session.Departments.Count} departments' requesters and agents signed in; {session.Workable.Count} (service, client) pairs of {session.Workable.Select(p => p.ServiceId).Distinct().Count()} services over {session.Workable.Select(p => p.Provider).Distinct().Count()} providers filed, acknowledged, started and resolved in a trial"));
            report.Line(F($"  left out ({session.LeftOut.Count}): {string.Join(", ", session.LeftOut)}"));
            report.Line("  pids: " + string.Join(", ", platform.Processes.Select(p => F($"{p.Name} {p.Pid}"))));
            // What the trials set going (fan-out, counters) settles before the idle window.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var idleWindow = platform.Meter.Begin();
            await Task.Delay(TimeSpan.FromSeconds(3));
            var idle = idleWindow.End();
            report.Line(F($"  idle for {idle.Elapsed.TotalSeconds:N0} s: {(idle.Operations?.Total ?? 0) / idle.Elapsed.TotalSeconds:0.0} storage requests/s ({StorageOperations.Breakdown(idle.Operations?.Requests ?? new Dictionary<string, long>(), idle.Elapsed.TotalSeconds)})"));

            var warming = System.Diagnostics.Stopwatch.StartNew();
            var (_, warmRounds) = await MixedDayPhase.RoundsAsync(session, 8, TimeSpan.FromSeconds(options.WarmupSeconds), options.Page, "warmup");
            report.Line(F($"  [{clock.Elapsed.TotalSeconds,5:N1} s] warm-up (JIT): {warmRounds} rounds of the mixed day at c=8 in {warming.Elapsed.TotalSeconds:N0} s, not measured"));

            var ceiling = options.Runs("raw") ? await RawUpsertPhase.MeasureAsync(platform, options, report) : RawCeiling.None;
            var raw = ceiling.Loops;
            var rawAzuriteMs = ceiling.AzuriteMsPerUpsert;

            if (options.Runs("filing"))
            {
                report.Phase("filing over HTTP: closed loops, requesters of every department");
                var closed = await FilingPhase.ClosedAsync(platform, session, options, raw, report);
                var counted = closed.FirstOrDefault(c => c.Concurrency == options.CountAt) ?? closed[^1];
                report.Line(F($"  -- cost of a filing at c={counted.Concurrency} --"));
                CostPrinter.Print(report, "filing", counted.Use, Units(counted, options.FilingSeconds), idle, rawAzuriteMs);

                if (options.Runs("open"))
                {
                    report.Phase("filing over HTTP: open loop at half the best closed-loop rate");
                    var best = closed.Max(c => c.PerSecond);
                    await FilingPhase.OpenAsync(session, Math.Max(1, best / 2), options, raw.FirstOrDefault(), report);
                }
            }

            if (options.Runs("mixed"))
            {
                report.Phase(F($"mixed day at c={options.MixedConcurrency}"));
                await MixedDayPhase.RunAsync(platform, session, options, raw.FirstOrDefault(), report);
            }

            if (options.Runs("reads"))
            {
                report.Phase(F($"reads with {options.Open:N0} more open requests"));
                var residentBefore = ProcessCpu.Resident(platform.Cluster.Silo(0)!.Id);
                var ids = await OpenRequestsSeeder.RunAsync(platform.Grains, session.Workable, options, report);
                await ReadsPhase.RunAsync(session, options, ids.Count, raw.FirstOrDefault(), report);

                if (options.Runs("memory"))
                {
                    report.Phase("silo memory with every open request active");
                    await MemoryPhase.RunAsync(platform, ids, residentBefore, options, report);
                }
            }
        }
    }

    private static double Units(LoopResult loop, int seconds) => loop.PerSecond * seconds;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
