using static Catalog.Benchmarks.Faults.FaultFigures;

namespace Catalog.Benchmarks.Faults;

/// <summary>The figures both fault scenarios print about their loops' calls.</summary>
public static class CallFigures
{
    /// <summary>Calls made, succeeded, failed (with what they ended on), retried; attempts and their non-2xx answers.</summary>
    public static void PrintCalls(FaultReport report, CallLedger ledger)
    {
        var calls = ledger.Calls;
        var failed = calls.Where(c => !c.Succeeded).ToList();
        var attempts = calls.SelectMany(c => c.Attempts).ToList();
        report.Line(F($"  calls: {calls.Count} made, {calls.Count(c => c.Succeeded)} got a 2xx, {failed.Count} failed, {calls.Count(c => c.Attempts.Count > 1)} retried ({attempts.Count} attempts, {attempts.Count(a => !a.Succeeded)} not 2xx)"));
        report.Line(F($"    by action: {Histogram(calls.Where(c => c.Succeeded).Select(c => c.Action + " ok"))}"));
        if (failed.Count > 0)
        {
            report.Line(F($"    failed calls ended on: {Histogram(failed.Select(c => c.Action + " " + c.Attempts[^1].Outcome))}"));
            foreach (var example in failed.Select(c => c.Attempts[^1]).Where(a => a.Error is not null).DistinctBy(a => a.Status).Take(3))
            {
                report.Line(F($"      e.g. {example.Outcome}: {example.Error}"));
            }
        }
    }

    /// <summary>
    /// The calls under way at <paramref name="instant"/>: how long after it they got their final answer, and what the
    /// attempt under way at that instant got back, and when.
    /// </summary>
    public static (List<double> ToFinal, List<double> ToFirstAnswer) PrintInFlight(FaultReport report, CallLedger ledger, DateTimeOffset instant, string what)
    {
        var inFlight = ledger.Calls.Where(c => c.Start < instant && c.End > instant).ToList();
        var toFinal = inFlight.Select(c => (c.End - instant).TotalSeconds).ToList();
        var attempts = inFlight.SelectMany(c => c.Attempts).Where(a => a.Start < instant && a.End > instant).ToList();
        var toFirst = attempts.Select(a => (a.End - instant).TotalSeconds).ToList();
        report.Line(F($"  calls in flight when {what}: {inFlight.Count} ({inFlight.Count(c => c.Succeeded)} ended with a 2xx)"));
        report.Line(F($"    {what} -> final answer: {Spread(toFinal)}"));
        report.Line(F($"    {what} -> answer of the attempt under way: {Spread(toFirst)}; answers: {Histogram(attempts.Select(a => a.Outcome))}"));
        foreach (var call in inFlight.OrderByDescending(c => c.End).Take(10))
        {
            var under = call.Attempts.First(a => a.End > instant);
            report.Line(F($"      loop {call.Loop} (web {call.Loop % 2 + 1}) {call.Action} {call.RequestId ?? "(new)"}: {under.Outcome} {(under.End - instant).TotalSeconds:N2} s after, final {call.Attempts[^1].Outcome} {(call.End - instant).TotalSeconds:N2} s after ({call.Attempts.Count} attempts)"));
        }

        return (toFinal, toFirst);
    }

    /// <summary>What every attempt answered between <paramref name="from"/> and <paramref name="to"/> got back.</summary>
    public static List<CallAttempt> AnsweredBetween(CallLedger ledger, DateTimeOffset from, DateTimeOffset to) =>
        [.. ledger.Attempts.Select(a => a.Attempt).Where(a => a.End >= from && a.End <= to)];
}
