namespace Catalog.Domain.Requests;

/// <summary>
/// Approvals (seed 004, flexibility): an accommodation (waiver, discount, exception to a standard) or a quote costing
/// the department at or above its threshold waits for a manager of the provider department, or the substitute a
/// manager named; below it the agent decides alone, and that is recorded too.
/// </summary>
public sealed partial class ServiceRequest
{
    /// <summary>Every approval asked, oldest first.</summary>
    public List<Approval> Approvals { get; init; } = [];

    /// <summary>
    /// An agent asks for an accommodation. Below the threshold it is granted at once, decided by the agent alone;
    /// at or above it, it waits for a manager until its due instant (the rule's decision time of business time).
    /// </summary>
    public Approval RequestAccommodation(
        string by, ApprovalSubject subject, decimal amount, string currency, string description, ApprovalRule rule,
        RequestCalendars calendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        EnsureOpenForWork("ask an accommodation on");
        if (subject == ApprovalSubject.Quote || !Enum.IsDefined(subject))
        {
            throw new RequestRefusedException(RequestRefusal.Invalid, "An accommodation is a waiver, a discount or an exception.", field: "subject");
        }

        if (amount < 0 || amount > QuoteRules.MaxAmount || decimal.Round(amount, 2) != amount)
        {
            throw new RequestRefusedException(RequestRefusal.Invalid, "The amount is between 0 and 10000000, with at most two decimals.", field: "amount");
        }

        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter))
        {
            throw new RequestRefusedException(RequestRefusal.Invalid, "The currency is a three-letter ISO 4217 code, e.g. CAD.", field: "currency");
        }

        if (string.IsNullOrWhiteSpace(description) || description.Length > QuoteRules.CoversMaxLength)
        {
            throw new RequestRefusedException(RequestRefusal.Invalid, "Say what is asked (at most 2000 characters).", field: "description");
        }

        if (!rule.NeedsManager(amount, currency))
        {
            var alone = new Approval(
                Approvals.Count + 1, subject, null, amount, currency.ToUpperInvariant(), description.Trim(), by.Trim(), now, now,
                ApprovalStatus.Approved, by.Trim(), null, now, null, DecidedAlone: true);
            Approvals.Add(alone);
            UpdatedAt = now;
            return alone;
        }

        return OpenApproval(by, subject, null, amount, currency, description, rule, calendars, now);
    }

    /// <summary>
    /// A manager (or their substitute, <see cref="ApprovalDecider.ForManager"/>) approves or rejects a pending
    /// approval; a rejection says why. An approved quote goes to the client; a rejected one is withdrawn.
    /// </summary>
    /// <returns>The transitions it caused (an approved quote puts the request in wait on the client).</returns>
    public List<RequestChange> DecideApproval(
        int number, ApprovalDecider decider, bool approve, string? reason, RequestCalendars calendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decider);
        var index = Approvals.FindIndex(a => a.Number == number);
        if (index < 0)
        {
            throw new RequestRefusedException(RequestRefusal.NotVisible, $"Request {Id} has no approval {number}.");
        }

        var approval = Approvals[index];
        if (approval.Status != ApprovalStatus.Pending)
        {
            throw new RequestRefusedException(
                RequestRefusal.Conflict, $"Approval {number} of {Id} is {approval.Status.ToString().ToLowerInvariant()} already.");
        }

        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            throw new RequestRefusedException(RequestRefusal.Invalid, "Say why the approval is rejected.", field: "reason");
        }

        if (reason is { Length: > QuoteRules.CoversMaxLength })
        {
            throw new RequestRefusedException(RequestRefusal.Invalid, "The reason is at most 2000 characters.", field: "reason");
        }

        Approvals[index] = approval with
        {
            Status = approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected,
            DecidedBy = decider.UserId,
            DecidedFor = decider.ForManager,
            DecidedAt = now,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        UpdatedAt = now;
        if (approval.QuoteNumber is not { } quoteNumber || CurrentQuote is not { Status: QuoteStatus.AwaitingApproval } quote || quote.Number != quoteNumber)
        {
            return [];
        }

        if (!approve)
        {
            Quotes[^1] = quote with { Status = QuoteStatus.Withdrawn, DecidedAt = now, DecidedBy = decider.UserId, DecisionNote = reason!.Trim() };
            return [];
        }

        Quotes[^1] = quote with { Status = QuoteStatus.Proposed, SentAt = now };
        return SendToClient(calendars, now);
    }

    private Approval OpenApproval(
        string by, ApprovalSubject subject, int? quoteNumber, decimal amount, string currency, string description, ApprovalRule rule,
        RequestCalendars calendars, DateTimeOffset now)
    {
        var approval = new Approval(
            Approvals.Count + 1, subject, quoteNumber, amount, currency.ToUpperInvariant(), description.Trim(), by.Trim(), now,
            calendars.Provider.AddBusinessTime(now, rule.DecisionTime), ApprovalStatus.Pending);
        Approvals.Add(approval);
        UpdatedAt = now;
        return approval;
    }
}
