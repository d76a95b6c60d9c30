using Catalog.Domain.Sla;

namespace Catalog.Domain.Requests;

/// <summary>
/// Quotes (seed 004, reliability): the price in writing before the work, and any change with its reason. While a
/// quote waits for the client the request waits on the client (reason <see cref="PauseReason.QuoteAcceptance"/>), so
/// the provider's resolution clock pauses and the client-response clock runs, as for any wait on the client — unless
/// the agreement keeps the provider's clocks running meanwhile (<see cref="QuoteWait.KeepRunning"/>).
/// </summary>
public sealed partial class ServiceRequest
{
    /// <summary>Every quote, oldest first; the last one is the current one.</summary>
    public List<Quote> Quotes { get; init; } = [];

    /// <summary>The current quote (the last written), if any.</summary>
    public Quote? CurrentQuote => Quotes.Count > 0 ? Quotes[^1] : null;

    /// <summary>The quote the client accepted and that still stands, if any.</summary>
    public Quote? AcceptedQuote => CurrentQuote is { Status: QuoteStatus.Accepted } q ? q : null;

    /// <summary>
    /// Writes a quote. At or above the department's threshold it first needs a manager's approval (an
    /// <see cref="Approval"/> is opened and the quote waits as <see cref="QuoteStatus.AwaitingApproval"/>); below it,
    /// it goes to the client at once. A quote replacing one the client accepted needs its reason. A quote still
    /// waiting is withdrawn by the new one.
    /// </summary>
    /// <returns>The transitions it caused (acknowledging a new request, waiting on the client), oldest first.</returns>
    public List<RequestChange> ProposeQuote(string by, QuoteDraft draft, ApprovalRule rule, RequestCalendars calendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(rule);
        EnsureOpenForWork("write a quote for");
        QuoteRules.EnsureValid(draft, now);
        if (AcceptedQuote is not null && string.IsNullOrWhiteSpace(draft.ChangeReason))
        {
            throw new RequestRefusedException(
                RequestRefusal.Invalid,
                $"The client accepted quote {AcceptedQuote.Number} of {Id}: a new quote must say why the price changes.",
                field: "changeReason");
        }

        WithdrawWaitingQuote(by, now, "Replaced by a new quote.");
        var needsManager = rule.NeedsManager(draft.Amount, draft.Currency);
        var quote = new Quote(
            Quotes.Count + 1, draft.Amount, draft.Currency.ToUpperInvariant(), draft.Covers.Trim(), draft.Language,
            draft.ValidUntil, string.IsNullOrWhiteSpace(draft.ChangeReason) ? null : draft.ChangeReason.Trim(), now, by.Trim(),
            needsManager ? QuoteStatus.AwaitingApproval : QuoteStatus.Proposed);
        Quotes.Add(quote);
        if (needsManager)
        {
            OpenApproval(by, ApprovalSubject.Quote, quote.Number, quote.Amount, quote.Currency, $"Quote {quote.Number}: {quote.Covers}", rule, calendars, now);
            return [];
        }

        return SendToClient(calendars, now);
    }

    /// <summary>The client accepts the current quote: the request goes back to the provider, whose work may start.</summary>
    public List<RequestChange> AcceptQuote(string by, RequestCalendars calendars, DateTimeOffset now)
    {
        var quote = WaitingQuote("accept");
        if (quote.IsExpiredAt(now))
        {
            throw new RequestRefusedException(
                RequestRefusal.Conflict,
                $"Quote {quote.Number} of {Id} expired on {quote.ValidUntil:yyyy-MM-dd HH:mm} UTC: the provider must write a new quote.");
        }

        Quotes[^1] = quote with { Status = QuoteStatus.Accepted, DecidedAt = now, DecidedBy = by.Trim() };
        return ResumeFromQuote(calendars, now);
    }

    /// <summary>The client declines the current quote, saying why: the provider re-quotes or ends the request.</summary>
    public List<RequestChange> DeclineQuote(string by, string? reason, RequestCalendars calendars, DateTimeOffset now)
    {
        var quote = WaitingQuote("decline");
        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Quotes[^1] = quote with { Status = QuoteStatus.Declined, DecidedAt = now, DecidedBy = by.Trim(), DecisionNote = note };
        return ResumeFromQuote(calendars, now);
    }

    // What blocks the start or the resolution of a paid service: a quote the client has not accepted.
    private string? QuoteBlocker(RequestAction action)
    {
        if (!QuoteRequired || action is not (RequestAction.Start or RequestAction.Resolve) || AcceptedQuote is not null)
        {
            return null;
        }

        return CurrentQuote switch
        {
            null => $"{Id} is for a paid service: write a quote and have the client accept it before work starts (missing: an accepted quote).",
            { Status: QuoteStatus.AwaitingApproval } q => $"Quote {q.Number} of {Id} waits for a manager's approval, then for the client's acceptance (missing: an accepted quote).",
            { Status: QuoteStatus.Proposed } q => $"Quote {q.Number} of {Id} waits for the client's acceptance (missing: an accepted quote).",
            var q => $"Quote {q.Number} of {Id} was {q.Status.ToString().ToLowerInvariant()}: write a new quote for the client to accept (missing: an accepted quote).",
        };
    }

    // A quote goes to the client (which acknowledges a request just filed): by default the request then waits on
    // them; under an agreement that keeps the provider's clocks running, it stays where it is.
    private List<RequestChange> SendToClient(RequestCalendars calendars, DateTimeOffset now)
    {
        var changes = new List<RequestChange>(2);
        if (Status == RequestStatus.Submitted)
        {
            changes.Add(Transition(RequestAction.Acknowledge, true, null, calendars, now));
        }

        if (QuoteWait == QuoteWait.KeepRunning)
        {
            UpdatedAt = now;
            return changes;
        }

        if (Status != RequestStatus.WaitingOnClient)
        {
            changes.Add(Transition(RequestAction.WaitOnClient, true, Requests.PauseReason.QuoteAcceptance, calendars, now));
        }
        else
        {
            PauseReason = Requests.PauseReason.QuoteAcceptance;
            UpdatedAt = now;
        }

        return changes;
    }

    private List<RequestChange> ResumeFromQuote(RequestCalendars calendars, DateTimeOffset now) =>
        Status == RequestStatus.WaitingOnClient && PauseReason == Requests.PauseReason.QuoteAcceptance
            ? [Transition(RequestAction.Resume, false, null, calendars, now)]
            : [];

    private Quote WaitingQuote(string verb)
    {
        EnsureOpenForWork($"{verb} a quote of");
        var quote = CurrentQuote ?? throw new RequestRefusedException(RequestRefusal.Conflict, $"{Id} has no quote to {verb}.");
        if (quote.Status != QuoteStatus.Proposed)
        {
            throw new RequestRefusedException(
                RequestRefusal.Conflict, $"Quote {quote.Number} of {Id} is {quote.Status.ToString().ToLowerInvariant()}: there is nothing to {verb}.");
        }

        return quote;
    }

    private void WithdrawWaitingQuote(string by, DateTimeOffset now, string note)
    {
        if (CurrentQuote is { Status: QuoteStatus.Proposed or QuoteStatus.AwaitingApproval } waiting)
        {
            Quotes[^1] = waiting with { Status = QuoteStatus.Withdrawn, DecidedAt = now, DecidedBy = by.Trim(), DecisionNote = note };
            if (Approvals.FindLastIndex(a => a.QuoteNumber == waiting.Number && a.Status == ApprovalStatus.Pending) is var i and >= 0)
            {
                Approvals[i] = Approvals[i] with { Status = ApprovalStatus.Withdrawn, DecidedAt = now, DecidedBy = by.Trim(), Reason = note };
            }
        }
    }

    private void EnsureOpenForWork(string what)
    {
        if (!RequestLifecycle.IsOpen(Status) || Status == RequestStatus.Resolved)
        {
            throw new RequestRefusedException(RequestRefusal.Conflict, $"Request {Id} is {Status}: you can no longer {what} it.");
        }
    }
}
