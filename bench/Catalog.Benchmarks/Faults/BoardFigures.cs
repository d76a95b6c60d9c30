using static Catalog.Benchmarks.Faults.FaultFigures;

namespace Catalog.Benchmarks.Faults;

/// <summary>What the board got of the loops' requests, for both scenarios.</summary>
public static class BoardFigures
{
    /// <summary>
    /// Prints how many of the events the loops' requests made the board received (sequence 1 for the filing, one per
    /// history entry; the loops' requests cross no SLA threshold during a run) and, for each missing one, when the
    /// call that made it was answered relative to <paramref name="instant"/>. Returns (expected, received).
    /// </summary>
    public static (int Expected, int Received) PrintLoopEvents(
        FaultReport report, BoardWatcher board, LossCheck check, CallLedger ledger, DateTimeOffset instant, string what)
    {
        var got = board.Events.Select(e => (e.Event.RequestId, e.Event.Sequence)).ToHashSet();
        var calls = ledger.Calls.Where(c => c.Succeeded && c.RequestId is not null)
            .GroupBy(c => c.RequestId!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var expected = 0;
        var missing = new List<(string Id, long Sequence, string Action, double Since)>();
        foreach (var (id, history) in check.HistoryLengths)
        {
            for (var sequence = 1L; sequence <= history + 1; sequence++)
            {
                expected++;
                if (!got.Contains((id, sequence)))
                {
                    var action = sequence switch { 1 => "file", 2 => "acknowledge", _ => "start" };
                    var call = calls.GetValueOrDefault(id)?.FirstOrDefault(c => c.Action == action);
                    missing.Add((id, sequence, action, call is null ? double.NaN : (call.End - instant).TotalSeconds));
                }
            }
        }

        var received = expected - missing.Count;
        var delays = board.Events.Where(e => e.Event.At >= instant && check.HistoryLengths.ContainsKey(e.Event.RequestId))
            .Select(e => (e.ReceivedAt - e.Event.At).TotalSeconds).ToList();
        report.Line(F($"  events of the loops' requests (filed + each transition): {received} of {expected} received; delay (receipt - event instant) of those after {what}: {Spread(delays)}"));
        if (missing.Count > 0)
        {
            report.Line(F($"    missing, by when their call was answered: {Histogram(missing.Select(m => Bucket(m.Since, what)))}"));
            // The first and the last few: where the gap starts and where it ends.
            foreach (var (id, sequence, action, since) in missing.OrderBy(m => m.Since).Take(6).Concat(missing.OrderBy(m => m.Since).Skip(6).TakeLast(4)))
            {
                report.Line(F($"      {id} #{sequence} ({action}), answered {since:N2} s after {what}"));
            }
        }

        return (expected, received);
    }

    /// <summary>Resyncs, snapshots, reconnections and problems of the board since <paramref name="since"/>.</summary>
    public static void PrintConnection(FaultReport report, BoardWatcher board, DateTimeOffset since, string what)
    {
        var resyncs = board.Resyncs.Where(r => r >= since).ToList();
        report.Line(F($"  Resync messages: {resyncs.Count}{(resyncs.Count > 0 ? " at " + string.Join(", ", resyncs.Select(r => Seconds(since, r))) + $" after {what}" : "")}; snapshots taken {board.Snapshots.Count(s => s.At >= since)}; reconnections so far {board.Reconnects}"));
        var joins = board.Snapshots.Where(s => s.At >= since).Select(s => (s.At, Ok: true))
            .Concat(board.Problems.Where(p => p.At >= since && p.Text.StartsWith("JoinBoard", StringComparison.Ordinal)).Select(p => (p.At, Ok: false)))
            .OrderBy(j => j.At).ToList();
        if (joins.Count > 0)
        {
            report.Line(F($"    JoinBoard answers: {string.Join(", ", joins.Select(j => $"{(j.Ok ? "ok" : "FAILED")} {Seconds(since, j.At)}"))} after {what}"));
        }

        var problems = board.Problems.Where(p => p.At >= since).ToList();
        if (problems.Count > 0)
        {
            report.Line(F($"    problems: {string.Join("; ", problems.Select(p => $"{Seconds(since, p.At)} after: {p.Text}"))}"));
        }
    }

    private static string Bucket(double since, string what)
    {
        if (double.IsNaN(since))
        {
            return "unknown";
        }

        if (since < 0)
        {
            return "before " + what;
        }

        var from = (int)(since / 5) * 5;
        return F($"{from}-{from + 5} s after");
    }
}
