using System.Text.Json;
using static Catalog.Benchmarks.Faults.FaultFigures;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Scenarios 1 to 3 in one run: the loops under load, the deadline requests due seconds after the kill, the board
/// watching; kill -9 of the silo holding most of the deadline providers' SLA monitors; then the figures.
/// </summary>
public static class SiloLossScenario
{
    /// <summary>Runs it; returns the silo killed, when, and what the loops did and reading it back found.</summary>
    public static async Task<SiloLossResult> RunAsync(
        FaultCluster cluster, FaultSession session, BoardWatcher board, FaultsOptions options, string run, FaultReport report)
    {
        report.Line("");
        report.Line("== 1-3. silo loss under load; deadlines of the lost silo's grains; the live board ==");
        var businessDay = TimeSpan.FromSeconds(options.BeforeKill + 5);
        var calendar = ShortDayCalendar.Around(DateTimeOffset.UtcNow, businessDay, TimeSpan.FromSeconds(5));
        var services = await DeadlineProbe.PrepareAsync(session.Managers, calendar, run);
        report.Line(F($"  deadline providers {string.Join(", ", DeadlineProbe.Providers)}: calendar {calendar}; service <provider>.faults-{run} acknowledged within 1 business day"));
        var probe = new DeadlineProbe();
        await probe.FileAsync(session.ItRequester, services, perProvider: 2, run);
        var firstDue = probe.Requests.Min(r => r.DueAt);
        var lastDue = probe.Requests.Max(r => r.DueAt);
        var dueAfterFiling = probe.Requests.Select(r => (r.DueAt - r.FiledAt).TotalSeconds).ToList();
        report.Line(F($"  filed {probe.Requests.Count} deadline requests as it.requester; acknowledgement due {firstDue:HH:mm:ss.fff} to {lastDue:HH:mm:ss.fff} UTC, {dueAfterFiling.Min():N1} to {dueAfterFiling.Max():N1} s after their filing was answered"));

        var load = LoadLoops.Start(session.Loops, run + "-s1", options.Pause);
        var loadStart = DateTimeOffset.UtcNow;
        report.Line(F($"  {session.Loops.Count} client loops started ({string.Join(", ", session.Loops.Select(l => $"{l.ClientDepartmentId}.requester+{l.AgentId}@web{l.Web + 1}"))})"));
        await DelayUntil(firstDue - TimeSpan.FromSeconds(4));

        var (victim, placement) = ChooseVictim(cluster);
        var survivor = 1 - victim;
        var victimProviders = placement.Where(p => p.Value == victim).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        report.Line("  SLA monitors before the kill (from the silos' logs): " + (placement.Count == 0 ? "not seen"
            : string.Join("; ", placement.GroupBy(p => p.Value).OrderBy(g => g.Key).Select(g => $"{FaultCluster.SiloName(g.Key)}: {string.Join(", ", g.Select(p => p.Key))}"))));
        var killedAt = cluster.KillSilo(victim);
        report.Line(F($"  kill -9 {FaultCluster.SiloName(victim)} at {killedAt:HH:mm:ss.fff} UTC, {(killedAt - loadStart).TotalSeconds:N1} s into the load; first deadline {(firstDue - killedAt).TotalSeconds:N1} s after the kill, last {(lastDue - killedAt).TotalSeconds:N1} s"));
        var watching = probe.WatchAsync(session.Auditor, TimeSpan.FromSeconds(60));
        await DelayUntil(killedAt + TimeSpan.FromSeconds(options.AfterKill));
        var stopAsked = DateTimeOffset.UtcNow;
        await load.StopAsync();
        report.Line(F($"  loops stopped {(stopAsked - killedAt).TotalSeconds:N1} s after the kill (last call answered {(DateTimeOffset.UtcNow - killedAt).TotalSeconds:N1} s after it)"));
        await watching;
        await Task.Delay(TimeSpan.FromSeconds(2)); // the board's last batches

        report.Line("");
        report.Line("  -- 1. silo loss under load --");
        var declaredDead = cluster.SiloLossSeen.Where(l => l.At > killedAt && l.Silo == survivor).Select(l => (DateTimeOffset?)l.At).Min();
        report.Line(F($"  {FaultCluster.SiloName(survivor)} logged the loss (cluster declared the silo dead, SLA failover ran) {Seconds(killedAt, declaredDead)} after the kill"));
        CallFigures.PrintCalls(report, load.Ledger);
        var (toFinal, toFirst) = CallFigures.PrintInFlight(report, load.Ledger, killedAt, "the silo died");
        var afterKill = CallFigures.AnsweredBetween(load.Ledger, killedAt, DateTimeOffset.MaxValue);
        var firstSuccess = afterKill.Where(a => a.Succeeded).Select(a => (DateTimeOffset?)a.End).Min();
        var lastFailure = afterKill.Where(a => !a.Succeeded).Select(a => (DateTimeOffset?)a.End).Max();
        var longest = afterKill.Count == 0 ? 0 : afterKill.Max(a => a.Duration.TotalSeconds);
        report.Line(F($"  first 2xx after the kill: {Seconds(killedAt, firstSuccess)}; last non-2xx: {Seconds(killedAt, lastFailure)} after it; longest attempt answered after the kill {longest:N2} s"));
        var window = afterKill.Where(a => lastFailure is { } last && a.End <= last).ToList();
        report.Line(F($"  answers from the kill to the last non-2xx: {Histogram(window.Select(a => a.Outcome))}"));
        var retryAfter = window.Count(a => a.Status == 503);
        if (retryAfter > 0)
        {
            report.Line(F($"    503s with Retry-After and problem details: {window.Count(a => a.RetryAfterProblem)} of {retryAfter}"));
        }

        var check = await LedgerVerifier.VerifyAsync(session.Auditor, load.Ledger, run + "-s1", session.Loops.Select(l => l.ClientDepartmentId));
        PrintCheck(report, check);

        report.Line("");
        report.Line("  -- 2. deadlines of the lost silo's grains --");
        var breaches = await ReadBreachesAsync(session.Auditor, probe);
        var reactivated = victimProviders.ToDictionary(p => p, p => cluster.MonitorActivations
            .Where(a => a.DepartmentId == p && a.Silo == survivor && a.At > killedAt).Select(a => (DateTimeOffset?)a.At).Min(), StringComparer.Ordinal);
        var breachEvents = board.Events.Where(e => e.Event.Type == "breached" && e.Event.Clock == "Acknowledgement")
            .GroupBy(e => e.Event.RequestId).ToDictionary(g => g.Key, g => g.Min(e => e.ReceivedAt), StringComparer.Ordinal);
        // Nothing can record a breach whose monitor or request was on the dead silo before the cluster declares it dead:
        // the floor of each delay is the later of its deadline and that declaration.
        var floorOf = (DeadlineRequest r) => declaredDead is { } dead && dead > r.DueAt ? dead : r.DueAt;
        var detections = probe.Requests.Select(r => (
            Request: r,
            Delay: probe.SeenBreached.TryGetValue(r.Id, out var at) ? (double?)(at - r.DueAt).TotalSeconds : null,
            BeyondFloor: probe.SeenBreached.TryGetValue(r.Id, out var seenAt) ? (double?)(seenAt - floorOf(r)).TotalSeconds : null,
            OnVictim: victimProviders.Contains(r.ProviderDepartmentId))).ToList();
        foreach (var group in detections.GroupBy(d => d.OnVictim).OrderByDescending(g => g.Key))
        {
            var seen = group.Where(d => d.Delay is not null).Select(d => d.Delay!.Value).ToList();
            report.Line(F($"  monitor on the {(group.Key ? "killed" : "surviving")} silo ({string.Join(", ", group.Select(d => d.Request.ProviderDepartmentId).Distinct())}): {seen.Count} of {group.Count()} breaches recorded; detection delay (first in the breached queue - deadline) {Spread(seen)}"));
        }

        if (reactivated.Count > 0)
        {
            report.Line(F($"  the killed silo's monitors reactivated on {FaultCluster.SiloName(survivor)}: {string.Join(", ", reactivated.Select(r => $"{r.Key} {Seconds(killedAt, r.Value)}"))} after the kill"));
        }

        foreach (var (request, delay, beyond, onVictim) in detections.OrderBy(d => d.Request.DueAt))
        {
            var breach = breaches.First(b => b.Request.Id == request.Id);
            var live = breachEvents.TryGetValue(request.Id, out var eventAt) ? F($"+{(eventAt - request.DueAt).TotalSeconds:N2} s") : "none";
            report.Line(F($"    {request.Id} {request.ProviderDepartmentId,-14} due kill+{(request.DueAt - killedAt).TotalSeconds,5:N2} s: breached queue {(delay is { } d ? F($"+{d:N2} s") : "never")} (beyond the later of deadline and death declaration {(beyond is { } b ? F($"{b:N2} s") : "n/a")}), board event {live}, view breachedAt {(breach.BreachedAt is { } at ? (at == request.DueAt ? "= deadline" : F($"{(at - request.DueAt).TotalSeconds:+0.000;-0.000} s")) : "none")}; monitor {(onVictim ? "on the killed silo" : "on the survivor")}"));
        }

        var wrongInstant = breaches.Where(b => b.BreachedAt is { } at && at != b.Request.DueAt).ToList();
        var notBreached = breaches.Count(b => b.BreachedAt is null);
        report.Line(F($"  request views: {breaches.Count(b => b.BreachedAt is not null)} of {breaches.Count} show the acknowledgement breached; breach instant = deadline for {breaches.Count(b => b.BreachedAt == b.Request.DueAt)}"));
        var counted = breaches.GroupBy(b => b.Request.ProviderDepartmentId).Select(g => (Provider: g.Key, Expected: g.Count(), Counted: g.First().CountedBreaches)).ToList();
        report.Line(F($"  SLA counters (provider -> it, breached) {(DateTimeOffset.UtcNow - killedAt).TotalSeconds:N0} s after the kill: {string.Join(", ", counted.Select(c => $"{c.Provider} {c.Counted}/{c.Expected}"))}"));
        var countedTotal = counted.Sum(c => Math.Min(c.Counted, c.Expected));
        report.Line(F($"  queue polls that failed meanwhile: {probe.FailedPolls}"));

        report.Line("");
        report.Line("  -- 3. the live board (org.auditor on web 1) across the loss --");
        var recorded = probe.Requests.Where(r => probe.SeenBreached.ContainsKey(r.Id)).ToList();
        var liveBreaches = recorded.Where(r => breachEvents.ContainsKey(r.Id)).ToList();
        var missed = recorded.Where(r => !breachEvents.ContainsKey(r.Id)).ToList();
        var inSnapshot = missed.Where(r => board.Snapshots.Any(s => s.At > r.DueAt && s.Breached.Contains(r.Id))).ToList();
        report.Line(F($"  breach events received: {liveBreaches.Count} of {recorded.Count} breaches recorded; event delay after the deadline {Spread([.. liveBreaches.Select(r => (breachEvents[r.Id] - r.DueAt).TotalSeconds)])}"));
        if (missed.Count > 0)
        {
            report.Line(F($"    missed live: {missed.Count} ({string.Join(", ", missed.Select(r => r.Id))}); shown breached by a later board snapshot: {inSnapshot.Count}"));
        }

        BoardFigures.PrintConnection(report, board, killedAt, "the kill");
        var (expected, received) = BoardFigures.PrintLoopEvents(report, board, check, load.Ledger, killedAt, "the kill");

        var inFlightMax = toFinal.Count == 0 ? double.NaN : toFinal.Max();
        var victimDelays = detections.Where(d => d.OnVictim && d.Delay is not null).Select(d => d.Delay!.Value).ToList();
        var beyondFloor = detections.Where(d => d.BeyondFloor is not null).Select(d => d.BeyondFloor!.Value).ToList();
        var lost = check.LostRequests.Count + check.LostActions.Count;
        var doubled = check.DoubledActions.Count + check.DoubledFilings.Count;
        report.Summary("silo loss: acknowledged lost / doubled", F($"{lost} / {doubled} ({check.RequestsFound} of {check.RequestsAcknowledged} requests, {check.ActionsFoundOnce} of {check.ActionsAcknowledged} actions found once)"), !check.Clean);
        report.Summary("silo loss: in-flight calls, kill -> answer", toFinal.Count == 0
            ? "none in flight at the kill (every loop between two calls)"
            : F($"max {inFlightMax:N2} s, p99 {Percentile(toFinal, 0.99):N2} s ({toFinal.Count} calls); attempt under way answered within max {(toFirst.Count == 0 ? double.NaN : toFirst.Max()):N2} s"), inFlightMax > 5);
        report.Summary("silo loss: first 2xx after kill / last non-2xx", F($"{Seconds(killedAt, firstSuccess)} / {Seconds(killedAt, lastFailure)}; {load.Ledger.Calls.Count(c => !c.Succeeded)} calls failed"), load.Ledger.Calls.Any(c => !c.Succeeded));
        report.Summary("silo loss: declared dead after", Seconds(killedAt, declaredDead), declaredDead is null);
        report.Summary("deadlines: breaches recorded", F($"{recorded.Count} of {probe.Requests.Count}; breach instant = deadline for {breaches.Count(b => b.BreachedAt == b.Request.DueAt)}"), recorded.Count < probe.Requests.Count || wrongInstant.Count > 0 || notBreached > 0);
        report.Summary("deadlines: SLA counters at the check", F($"{countedTotal} of {probe.Requests.Count} breaches counted"), countedTotal < probe.Requests.Count);
        report.Summary("deadlines: detection delay, killed silo's monitors", victimDelays.Count == 0 ? "none recorded" : F($"max {victimDelays.Max():N2} s, p50 {Percentile(victimDelays, 0.5):N2} s ({victimDelays.Count})"), victimDelays.Count == 0);
        report.Summary("deadlines: delay beyond max(deadline, declared dead)", beyondFloor.Count == 0 ? "none" : F($"max {beyondFloor.Max():N2} s, p50 {Percentile(beyondFloor, 0.5):N2} s ({beyondFloor.Count})"), beyondFloor.Count == 0 || beyondFloor.Max() > 2);
        var survivorDelays = detections.Where(d => !d.OnVictim && d.Delay is not null).Select(d => d.Delay!.Value).ToList();
        report.Summary("deadlines: detection delay, survivor's monitors", survivorDelays.Count == 0 ? "none" : F($"max {survivorDelays.Max():N2} s, p50 {Percentile(survivorDelays, 0.5):N2} s ({survivorDelays.Count})"));
        report.Summary("board: breach events received / recorded", F($"{liveBreaches.Count} / {recorded.Count} ({inSnapshot.Count} of the missed in a later snapshot; {board.Resyncs.Count(r => r > killedAt)} Resync)"), liveBreaches.Count < recorded.Count);
        report.Summary("board: loop events received / expected", F($"{received} / {expected}"), received < expected);
        report.Cell(FaultReport.Columns[1], F($"{lost} / {doubled}"));
        report.Cell(FaultReport.Columns[7], F($"silo loss {received} / {expected}"));
        report.Cell(FaultReport.Columns[2], toFinal.Count == 0 ? "none in flight" : F($"{inFlightMax:N1} s, {Percentile(toFinal, 0.99):N1} s"));
        report.Cell(FaultReport.Columns[3], Seconds(killedAt, firstSuccess));
        report.Cell(FaultReport.Columns[4], Seconds(killedAt, declaredDead));
        report.Cell(FaultReport.Columns[5], victimDelays.Count == 0 ? F($"none of {detections.Count(d => d.OnVictim)}") : F($"{victimDelays.Max():N1} s ({victimDelays.Count}/{detections.Count(d => d.OnVictim)})"));
        report.Cell(FaultReport.Columns[6], F($"{liveBreaches.Count} / {recorded.Count}; {countedTotal} / {probe.Requests.Count}"));
        return new SiloLossResult(victim, killedAt, load.Ledger, check, probe);
    }

    /// <summary>Prints what reading the acknowledged calls back found.</summary>
    public static void PrintCheck(FaultReport report, LossCheck check)
    {
        report.Line(F($"  read back: requests acknowledged {check.RequestsAcknowledged}, found {check.RequestsFound}; actions acknowledged {check.ActionsAcknowledged}, found exactly once {check.ActionsFoundOnce}"));
        report.Line(F($"    lost requests {check.LostRequests.Count}, lost actions {check.LostActions.Count}, doubled actions {check.DoubledActions.Count}, doubled filings {check.DoubledFilings.Count}{(check.ListingIncomplete ? " (queue listing incomplete: doubled filings may be undercounted)" : "")}"));
        report.Line(F($"    acknowledged requests missing from the IT queue (request index): {check.NotInQueue}; requests in the queue whose filing never got a 2xx (taken, answer lost): {check.FiledWithoutAcknowledgement}"));
        foreach (var line in check.LostRequests.Concat(check.LostActions).Concat(check.DoubledActions).Concat(check.DoubledFilings).Take(10))
        {
            report.Line("      " + line);
        }
    }

    /// <summary>Waits until <paramref name="instant"/> (at once if it has passed).</summary>
    public static async Task DelayUntil(DateTimeOffset instant)
    {
        var wait = instant - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    /// <summary>The silo holding most of the deadline providers' monitors (silo 1 on a tie), and where each was last activated.</summary>
    private static (int Victim, Dictionary<string, int> Placement) ChooseVictim(FaultCluster cluster)
    {
        var placement = cluster.MonitorActivations
            .Where(a => DeadlineProbe.Providers.Contains(a.DepartmentId))
            .GroupBy(a => a.DepartmentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.At)!.Silo, StringComparer.Ordinal);
        var victim = placement.Values.Count(s => s == 1) > placement.Values.Count(s => s == 0) ? 1 : 0;
        return (victim, placement);
    }

    /// <summary>Each deadline request's breach instant as its view shows it, and the breaches its provider's counters hold for IT.</summary>
    public static async Task<List<(DeadlineRequest Request, DateTimeOffset? BreachedAt, int CountedBreaches)>> ReadBreachesAsync(HttpClient auditor, DeadlineProbe probe)
    {
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var provider in probe.Requests.Select(r => r.ProviderDepartmentId).Distinct())
        {
            var pairs = await LedgerVerifier.GetJsonAsync(auditor, $"api/sla/{provider}/counters");
            counters[provider] = pairs?.EnumerateArray().Where(p => p.GetProperty("clientDepartmentId").GetString() == "it")
                .Sum(p => p.GetProperty("breached").GetInt32()) ?? 0;
        }

        var result = new List<(DeadlineRequest, DateTimeOffset?, int)>();
        foreach (var request in probe.Requests)
        {
            var view = await LedgerVerifier.GetJsonAsync(auditor, $"api/requests/{request.Id}");
            var ack = view is { } v ? DeadlineProbe.Acknowledgement(v) : default;
            var breachedAt = view is not null && ack.GetProperty("breached").GetBoolean() && ack.GetProperty("breachedAt").ValueKind == JsonValueKind.String
                ? ack.GetProperty("breachedAt").GetDateTimeOffset()
                : (DateTimeOffset?)null;
            result.Add((request, breachedAt, counters[request.ProviderDepartmentId]));
        }

        return result;
    }
}
