using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Catalog.Testing;
using static Catalog.Benchmarks.Faults.FaultFigures;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// <c>faults [--loops 8] [--before-kill 10] [--after-kill 20] [--azurite-down 10] [--pause-ms 100] [--keep-logs DIR] [--no-readme]</c>:
/// starts a fresh Azurite, two silos and two web hosts as child processes from the Release binaries, then runs a
/// silo loss under load (with deadlines due on the lost silo and the live board watching) and an Azurite outage
/// under load, and prints what clients saw and whether anything acknowledged was lost (bench/README.md, "Faults").
/// Returns 0 when nothing acknowledged was lost or doubled, 1 when something was, 2 when it could not run.
/// </summary>
public static class FaultsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = FaultsOptions.Parse(args);
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        var report = new FaultReport();
        var runAt = DateTimeOffset.UtcNow;
        var run = runAt.ToString("HHmmss", CultureInfo.InvariantCulture);
        var machine = F($"{Environment.ProcessorCount} cores, load average {LoadAverage()} at start");
        report.Line(F($"faults: {options.Loops} client loops over 2 web hosts and 2 silos; kill -9 of a silo after ~{options.BeforeKill} s, {options.AfterKill} s more load; Azurite down {options.AzuriteDown} s; {machine}"));
        var clock = Stopwatch.StartNew();
        var exitCode = 2;
        FaultCluster? cluster = null;
        FaultSession? session = null;
        BoardWatcher? board = null;
        using var cancelled = new CancellationTokenSource();
        // Ctrl-C or kill: let the finally below kill the children rather than leaving them running.
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            var work = RunScenariosAsync();
            await Task.WhenAny(work, Task.Delay(Timeout.Infinite, cancelled.Token).ContinueWith(_ => { }, TaskScheduler.Default));
            if (!work.IsCompleted)
            {
                report.Line("interrupted: stopping every process");
                report.Summary("run", "interrupted", problem: true);
            }
            else
            {
                exitCode = await work;
            }
        }
        catch (Exception ex)
        {
            report.Line("FAILED: " + ex);
            report.Summary("run", "failed: " + ex.Message.Split('\n')[0], problem: true);
            exitCode = 2;
        }
        finally
        {
            if (board is not null)
            {
                await board.DisposeAsync();
            }

            session?.Dispose();
            if (cluster is not null)
            {
                var logs = cluster.Processes.Select(p => F($"{p.Name} {p.LogLevels.Warnings} warn / {p.LogLevels.Failures} fail")).ToList();
                await cluster.DisposeAsync();
                report.Line("");
                report.Line("  log entries: " + string.Join(", ", logs) + (options.KeepLogsIn is null ? "" : $" (logs copied to {options.KeepLogsIn})"));
                report.Line(F($"  every child process killed, {cluster.TempDirectory} deleted; total {clock.Elapsed.TotalSeconds:N0} s"));
            }
        }

        report.PrintSummary();
        report.Line(F($"exit code {exitCode}"));
        if (options.WriteReadme)
        {
            var readme = Path.Combine(RepositoryPaths.Root, "bench", "README.md");
            report.WriteReadme(readme, runAt, machine);
            Console.WriteLine($"(figures written to {readme}, section \"Faults\")");
        }

        return exitCode;

        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            cancelled.Cancel();
        }

        async Task<int> RunScenariosAsync()
        {
            report.Line("");
            report.Line("== platform ==");
            cluster = await FaultCluster.StartAsync(options.KeepLogsIn, s => report.Line(F($"  [{clock.Elapsed.TotalSeconds,5:N1} s] {s}")));
            session = await FaultSession.SignInAsync(cluster.WebAddresses, options.Loops);
            board = await BoardWatcher.ConnectAsync(cluster.WebAddresses[0], session.BoardCookies);
            report.Line(F($"  [{clock.Elapsed.TotalSeconds,5:N1} s] {options.Loops * 2 + DeadlineProbe.Providers.Length + 3} people signed in; org.auditor on the board of web 1"));

            var siloLoss = await SiloLossScenario.RunAsync(cluster, session, board, options, run, report);
            var victim = siloLoss.Victim;

            var restarting = DateTimeOffset.UtcNow;
            await cluster.RestartSiloAsync(victim);
            report.Line("");
            report.Line(F($"  [{clock.Elapsed.TotalSeconds,5:N1} s] {FaultCluster.SiloName(victim)} restarted on its ports: both web hosts see 2 silos again after {(DateTimeOffset.UtcNow - restarting).TotalSeconds:N1} s"));

            var outage = await AzuriteOutageScenario.RunAsync(cluster, session, board, options, run, report);

            report.Line("");
            await Task.Delay(TimeSpan.FromSeconds(5));
            report.Line(F($"== at the end ({(DateTimeOffset.UtcNow - siloLoss.KilledAt).TotalSeconds:N0} s after the kill, {(DateTimeOffset.UtcNow - outage.Gone).TotalSeconds:N0} s after Azurite stopped): what arrived late on the board =="));
            var (expected, received) = BoardFigures.PrintLoopEvents(report, board, siloLoss.Check, siloLoss.Ledger, siloLoss.KilledAt, "the kill");
            var (outageExpected, outageReceived) = BoardFigures.PrintLoopEvents(report, board, outage.Check, outage.Ledger, outage.Gone, "Azurite stopped");
            var breachEvents = board.Events.Where(e => e.Event.Type == "breached" && e.Event.Clock == "Acknowledgement")
                .Select(e => e.Event.RequestId).ToHashSet(StringComparer.Ordinal);
            var deadlines = siloLoss.Probe.Requests;
            var counted = (await SiloLossScenario.ReadBreachesAsync(session.Auditor, siloLoss.Probe))
                .GroupBy(b => b.Request.ProviderDepartmentId).Sum(g => Math.Min(g.Count(), g.First().CountedBreaches));
            report.Line(F($"  deadline breaches: board events {deadlines.Count(r => breachEvents.Contains(r.Id))} of {deadlines.Count}, SLA counters {counted} of {deadlines.Count}"));
            report.Summary("board: silo-loss loop events received by the end", F($"{received} / {expected}"), received < expected);
            report.Summary("board: azurite loop events received by the end", F($"{outageReceived} / {outageExpected}"), outageReceived < outageExpected);
            report.Summary("deadlines: breach events / counted, by the end", F($"{deadlines.Count(r => breachEvents.Contains(r.Id))} / {counted} of {deadlines.Count}"),
                deadlines.Any(r => !breachEvents.Contains(r.Id)) || counted < deadlines.Count);
            return siloLoss.Check.Clean && outage.Check.Clean ? 0 : 1;
        }
    }

    /// <summary>The 1-minute load average on Linux ("n/a" elsewhere): the benchmark shares the machine with whatever runs.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
