using static Catalog.Benchmarks.Faults.FaultFigures;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Scenario 4: the loops under load, Azurite stopped for a while and started again on the same port and data folder,
/// no Catalog process restarted. Prints what the loops got meanwhile, how soon they recovered, and whether anything
/// acknowledged was lost.
/// </summary>
public static class AzuriteOutageScenario
{
    private static readonly TimeSpan LoadBeforeStop = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan MaxRecovery = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LoadAfterRecovery = TimeSpan.FromSeconds(5);

    /// <summary>Runs it; returns when Azurite closed, the loops' calls and what reading them back found.</summary>
    public static async Task<(DateTimeOffset Gone, CallLedger Ledger, LossCheck Check)> RunAsync(FaultCluster cluster, FaultSession session, BoardWatcher board, FaultsOptions options, string run, FaultReport report)
    {
        report.Line("");
        report.Line(F($"== 4. Azurite stopped for {options.AzuriteDown} s under load =="));
        var load = LoadLoops.Start(session.Loops, run + "-s4", options.Pause);
        var loadStart = DateTimeOffset.UtcNow;
        await Task.Delay(LoadBeforeStop);
        var stopAsked = DateTimeOffset.UtcNow;
        var (gone, graceful) = await cluster.StopAzuriteAsync();
        report.Line(F($"  Azurite stopped {(stopAsked - loadStart).TotalSeconds:N1} s into the load: SIGINT, {(graceful ? F($"closed (data saved) {(gone - stopAsked).TotalSeconds:N2} s later, then its lingering process killed") : "not closed within 5 s: killed (data since its last 5-s autosave may be lost)")}"));
        await SiloLossScenario.DelayUntil(gone + TimeSpan.FromSeconds(options.AzuriteDown));
        var starting = DateTimeOffset.UtcNow;
        var back = await cluster.StartAzuriteAsync();
        report.Line(F($"  Azurite started again {(starting - gone).TotalSeconds:N1} s after it closed, listening on the same port and data {(back - starting).TotalSeconds:N1} s later (Node start-up): storage down {(back - gone).TotalSeconds:N1} s in all"));

        // Recovered when every loop has had a 2xx for an attempt sent after Azurite came back.
        var recoveredAt = (DateTimeOffset?)null;
        while (DateTimeOffset.UtcNow < back + MaxRecovery)
        {
            var firsts = session.Loops.Select(l => load.Ledger.Attempts.Where(a => a.Loop == l.Loop && a.Attempt.Succeeded && a.Attempt.Start >= back)
                .Select(a => (DateTimeOffset?)a.Attempt.End).Min()).ToList();
            if (firsts.All(f => f is not null))
            {
                recoveredAt = firsts.Max();
                break;
            }

            await Task.Delay(100);
        }

        await Task.Delay(LoadAfterRecovery);
        await load.StopAsync();
        var crashed = cluster.Crashed.ToList();
        report.Line(F($"  loops stopped {(DateTimeOffset.UtcNow - back).TotalSeconds:N1} s after Azurite came back; processes that died: {(crashed.Count == 0 ? "none" : string.Join(", ", crashed))}"));

        CallFigures.PrintCalls(report, load.Ledger);
        CallFigures.PrintInFlight(report, load.Ledger, gone, "Azurite stopped");
        var outage = CallFigures.AnsweredBetween(load.Ledger, gone, back);
        var recovering = CallFigures.AnsweredBetween(load.Ledger, back, recoveredAt ?? DateTimeOffset.MaxValue);
        report.Line(F($"  answers while Azurite was down: {Histogram(outage.Select(a => a.Outcome))}"));
        var unavailable = outage.Concat(recovering).Where(a => a.Status == 503).ToList();
        report.Line(F($"    503s with Retry-After and problem details: {unavailable.Count(a => a.RetryAfterProblem)} of {unavailable.Count}; attempt durations {Spread([.. outage.Select(a => a.Duration.TotalSeconds)])}"));
        var outageSuccesses = load.Ledger.Attempts.Where(a => a.Attempt.Succeeded && a.Attempt.Start >= gone && a.Attempt.End <= back).ToList();
        if (outageSuccesses.Count > 0)
        {
            report.Line(F($"    2xx sent and answered while it was down: {Histogram(outageSuccesses.Select(a => a.Action))}"));
        }

        report.Line(F($"  answers from its return to recovery: {Histogram(recovering.Select(a => a.Outcome))}"));
        var afterBack = load.Ledger.Attempts.Where(a => a.Attempt.Start >= back).ToList();
        var firstSuccess = afterBack.Where(a => a.Attempt.Succeeded).Select(a => (DateTimeOffset?)a.Attempt.End).Min();
        var lastFailure = afterBack.Where(a => !a.Attempt.Succeeded).Select(a => (DateTimeOffset?)a.Attempt.End).Max();
        report.Line(F($"  after Azurite came back: first 2xx {Seconds(back, firstSuccess)}, every loop served again {Seconds(back, recoveredAt)}, last non-2xx {Seconds(back, lastFailure)}"));

        var check = await LedgerVerifier.VerifyAsync(session.Auditor, load.Ledger, run + "-s4", session.Loops.Select(l => l.ClientDepartmentId));
        SiloLossScenario.PrintCheck(report, check);
        await Task.Delay(TimeSpan.FromSeconds(1)); // the board's last batches
        report.Line("  the live board (org.auditor on web 1):");
        BoardFigures.PrintConnection(report, board, gone, "Azurite stopped");
        var (expected, received) = BoardFigures.PrintLoopEvents(report, board, check, load.Ledger, gone, "Azurite stopped");

        var lost = check.LostRequests.Count + check.LostActions.Count;
        var doubled = check.DoubledActions.Count + check.DoubledFilings.Count;
        report.Summary("azurite: acknowledged lost / doubled", F($"{lost} / {doubled} ({check.RequestsFound} of {check.RequestsAcknowledged} requests, {check.ActionsFoundOnce} of {check.ActionsAcknowledged} actions found once)"), !check.Clean);
        report.Summary("azurite: answers while down", Histogram(outage.Select(a => a.Outcome)), outage.Any(a => a.Status is not (503 or >= 200 and < 300)));
        report.Summary("azurite: recovery after it returned", F($"first 2xx {Seconds(back, firstSuccess)}, every loop {Seconds(back, recoveredAt)}"), recoveredAt is null || (recoveredAt.Value - back).TotalSeconds > 10);
        report.Summary("azurite: board events of the loops received / expected", F($"{received} / {expected}"), received < expected);
        report.Summary("azurite: processes that died", crashed.Count == 0 ? "none" : string.Join(", ", crashed), crashed.Count > 0);
        report.Cell(FaultReport.Columns[1], report.Cell(FaultReport.Columns[1]) + F($"; {lost} / {doubled}"));
        report.Cell(FaultReport.Columns[7], report.Cell(FaultReport.Columns[7]) + F($"; Azurite {received} / {expected}"));
        report.Cell(FaultReport.Columns[8], F($"{outage.Count(a => a.Status == 503)} of {outage.Count}; {Seconds(back, recoveredAt)}"));
        return (gone, load.Ledger, check);
    }
}
