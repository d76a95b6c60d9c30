using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Requests;
using Catalog.Scorecards;

namespace Catalog.Grains.Requests;

/// <summary>
/// What the scorecards and the annual review count of a request (<see cref="RequestFacts"/>), read from its stored
/// state and its clocks as of now: who held it when, when it waited on its client, how each clock ended, what the
/// client accepted to pay. Written with its index row after every change, so the published figures come from stored
/// facts, not from the requests that happen to be active.
/// </summary>
internal static class RequestFactsMapping
{
    /// <summary>The facts of <paramref name="state"/> with its clocks read now.</summary>
    public static RequestFacts Of(RequestState state, IReadOnlyList<ClockView> clocks)
    {
        var resolve = LastResolve(state.History);
        var ended = state.Status is RequestStatus.Closed or RequestStatus.Cancelled
            ? state.History.LastOrDefault(h => h.To == state.Status && h.From != h.To)?.At
            : null;
        var accepted = state.Quotes.LastOrDefault(q => q.Status == QuoteStatus.Accepted);
        return new RequestFacts(
            state.Id!,
            state.ServiceId,
            state.ServiceName,
            state.ProviderDepartmentId,
            state.ClientDepartmentId,
            state.Requester,
            state.FiledAt,
            state.Status,
            resolve?.At,
            ended,
            resolve?.By,
            [.. clocks.Select(c => Clock(c, state))],
            Holds(state, resolve?.At ?? ended),
            Pauses(state.History),
            state.Handoffs.Length,
            accepted?.Amount,
            accepted?.Currency,
            OtherRequestEntries.Is(state.ServiceId) ? OtherText(state) : null);
    }

    // The resolve that stands: the last one, unless the request was reopened after it.
    private static TransitionRecord? LastResolve(TransitionRecord[] history)
    {
        var last = Array.FindLastIndex(history, h => h.Action == RequestAction.Resolve);
        return last >= 0 && !history.Skip(last + 1).Any(h => h.Action == RequestAction.Reopen) ? history[last] : null;
    }

    private static ClockFact Clock(ClockView view, RequestState state)
    {
        var stored = state.Clocks.LastOrDefault(c => c.Kind == view.Kind && c.Spans.Length > 0 && view.State != ClockRunState.NotStarted);
        var outcome = view.Breached ? ClockOutcome.Breached
            : view.State == ClockRunState.NotStarted ? ClockOutcome.NotStarted
            : stored?.MetAt is not null ? ClockOutcome.Met
            : view.State == ClockRunState.Stopped ? ClockOutcome.Cancelled
            : ClockOutcome.Running;
        return new ClockFact(view.Kind, view.TargetBusinessTime, view.Elapsed, outcome);
    }

    // Who held it: its first provider from filing, then each department a handoff moved it to.
    private static HoldFact[] Holds(RequestState state, DateTimeOffset? end)
    {
        var moves = state.Handoffs.Where(h => h.FromDepartmentId != h.ToDepartmentId).ToArray();
        var holds = new List<HoldFact>(moves.Length + 1);
        var (department, from) = (moves.Length > 0 ? moves[0].FromDepartmentId : state.ProviderDepartmentId, state.FiledAt);
        foreach (var move in moves)
        {
            holds.Add(new HoldFact(department, from, move.At));
            (department, from) = (move.ToDepartmentId, move.At);
        }

        holds.Add(new HoldFact(department, from, end));
        return [.. holds];
    }

    // Each wait on the client, from the step that started it to the one that ended it (open while it lasts).
    private static PauseFact[] Pauses(TransitionRecord[] history)
    {
        var pauses = new List<PauseFact>();
        DateTimeOffset? since = null;
        foreach (var record in history.Where(h => h.From != h.To))
        {
            if (record.To == RequestStatus.WaitingOnClient)
            {
                since ??= record.At;
            }
            else if (since is { } start)
            {
                pauses.Add(new PauseFact(start, record.At));
                since = null;
            }
        }

        if (since is { } open)
        {
            pauses.Add(new PauseFact(open, null));
        }

        return [.. pauses];
    }

    private static string OtherText(RequestState state) =>
        string.Join(" — ", new[] { state.Title }.Concat(state.Answers.Values).Where(t => !string.IsNullOrWhiteSpace(t)));
}
