using Catalog.Domain.Access;
using Catalog.Domain.Calendars;
using Catalog.Domain.Complaints;
using Catalog.Domain.Requests;
using Catalog.Catalogue;
using Catalog.Complaints;
using Catalog.Grains.Complaints;
using Catalog.Grains.Requests.History;
using Catalog.Requests;
using Catalog.Sla;

namespace Catalog.Grains.Demo;

/// <summary>
/// Plans one history request step by step, each a little later in the provider's business time than the one before;
/// a step that would fall after the anchor ends the plan there (the request is still open when the demo starts).
/// </summary>
internal sealed class HistoryRequestBuilder(
    int number,
    string client,
    HistoryService service,
    DateTimeOffset anchor,
    Func<string, BusinessCalendar> calendars,
    Random random,
    DemoHistory.SubstituteSlot substitute)
{
    // The approval threshold of every demo department (the approval settings' default).
    private const decimal Threshold = 150m;

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    private readonly List<HistoryStep> steps = [];
    private readonly string language = DemoLanguages.Chosen.TryGetValue(DemoDirectory.Requester(client), out var chosen) ? chosen : "en";
    private string provider = service.ProviderDepartmentId;
    private DateTimeOffset filedAt;
    private DateTimeOffset current;
    private int approvals;
    private bool stopped;
    private bool late;
    private bool declined;

    private BusinessCalendar Calendar => calendars(provider);

    private Viewer Agent => new(DemoDirectory.Agent(provider), provider, DepartmentRole.Agent);

    private Viewer Manager => new(DemoDirectory.Manager(provider), provider, DepartmentRole.Manager);

    private Viewer Requester => new(DemoDirectory.Requester(client), client, DepartmentRole.Requester);

    private IReadOnlyList<ClockPolicy> Clocks => service.ClocksByClient[client];

    private string Title => service.OtherRequest
        ? HistoryTexts.Need(language, random)
        : $"{(language == "fr" ? service.NameFr : service.NameEn)} — {HistoryTexts.Detail(language, random)}";

    /// <summary>A request filed at <paramref name="at"/> (or a random business instant of the span) and worked as usual.</summary>
    public HistoryRequest Typical(DateTimeOffset? at)
    {
        var title = Title;
        // A business instant of the span: an anchor outside business hours (early morning, a weekend) has none just
        // before it, so those draws are drawn again.
        filedAt = at ?? anchor - DemoHistory.Span;
        for (var draw = 0; at is null && draw < 20 && (draw == 0 || filedAt > anchor - TimeSpan.FromMinutes(10)); draw++)
        {
            filedAt = Calendar.NextBusinessInstant(anchor - DemoHistory.Span + Between(TimeSpan.Zero, DemoHistory.Span - TimeSpan.FromHours(2)));
        }

        if (filedAt > anchor - TimeSpan.FromMinutes(10))
        {
            filedAt = anchor - DemoHistory.Span;
        }

        current = filedAt;

        var acknowledgement = Target(ClockKind.Acknowledgement) ?? Target(ClockKind.FirstAnswer) ?? TimeSpan.FromHours(4);
        var resolution = Target(ClockKind.Resolution) ?? Calendar.BusinessDay * 3;
        if (Chance(0.04))
        {
            Act(After(acknowledgement * Fraction(0.1, 0.6)), Requester, RequestAction.Cancel);
            return Done(title, null, null);
        }

        var lateAcknowledgement = Chance(0.1);
        late = lateAcknowledgement;
        Act(FromFiling(acknowledgement * (lateAcknowledgement ? Fraction(1.1, 2.2) : Fraction(0.05, 0.6))), Agent, RequestAction.Acknowledge);

        // The first answer (a comment from the provider) says what happens next: it stops the first-answer clock.
        Act(After(Between(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(45))), Agent, RequestAction.Comment, comment: HistoryTexts.FirstAnswer(language));
        Transfers();
        if (service.Paid)
        {
            Quote();
        }
        else
        {
            Act(After(resolution * Fraction(0.02, 0.15)), Agent, RequestAction.Start);
        }

        Accommodation();
        var paused = TimeSpan.Zero;
        if (Chance(0.15))
        {
            Act(After(resolution * Fraction(0.05, 0.25)), Agent, RequestAction.WaitOnClient, PauseReason.InformationMissing, HistoryTexts.MissingInformation(language));
            var waited = current;
            Act(After(ClientDelay()), Requester, RequestAction.Resume);
            paused = Calendar.BusinessTimeBetween(waited, current);
        }

        var lateResolution = Chance(0.12);
        late |= lateResolution;
        var resolvedAt = Max(
            Calendar.AddBusinessTime(filedAt, resolution * (lateResolution ? Fraction(1.1, 1.9) : Fraction(0.3, 0.9)) + paused),
            After(TimeSpan.FromMinutes(20)));
        var resolvedComment = language == "fr" ? Pick(HistoryTexts.ResolvedFr) : Pick(HistoryTexts.ResolvedEn);
        if (!Act(resolvedAt, Agent, RequestAction.Resolve, comment: resolvedComment))
        {
            return Done(title, null, null);
        }

        var resolvedInstant = current;
        if (Chance(0.5))
        {
            Act(After(Between(TimeSpan.FromHours(2), TimeSpan.FromHours(20))), Requester, RequestAction.Close);
        }

        return Done(title, Survey(resolvedInstant), Complaint(resolvedInstant));
    }

    /// <summary>An open request acknowledged and started on time whose resolution falls due within the next business hours.</summary>
    public HistoryRequest AboutToBreach()
    {
        var title = Title;
        var resolution = Target(ClockKind.Resolution)!.Value;
        var left = Between(TimeSpan.FromMinutes(40), TimeSpan.FromHours(4));
        var elapsed = resolution > left + TimeSpan.FromHours(1) ? resolution - left : resolution * 0.8;
        filedAt = Before(anchor, elapsed);
        current = filedAt;
        var acknowledgement = Target(ClockKind.Acknowledgement) ?? Target(ClockKind.FirstAnswer) ?? TimeSpan.FromHours(2);
        Act(FromFiling(Min(acknowledgement, elapsed) * Fraction(0.1, 0.4)), Agent, RequestAction.Acknowledge);
        Act(After(TimeSpan.FromMinutes(30)), Agent, RequestAction.Start);
        return Done(title, null, null);
    }

    private HistoryRequest Done(string title, HistorySurvey? survey, HistoryComplaint? complaint) =>
        new(number, client, service.Id, title, filedAt, [.. steps], survey, complaint);

    // One transfer to the manager now and then (needs their sign-off), a few of them handed back beyond the standard's
    // one with the reason; a few free requests filed with the wrong provider go to another department.
    private void Transfers()
    {
        if (Chance(0.12))
        {
            Transfer(Agent, new TransferOrder(null, Manager.UserId, HistoryTexts.TransferToManager));
            if (Chance(0.3))
            {
                Transfer(Manager, new TransferOrder(null, Agent.UserId, HistoryTexts.TransferBack));
            }
        }
        else if (!service.Paid && Chance(0.05))
        {
            var others = DemoHistory.Clients.Where(d => d != client && d != provider).ToArray();
            var to = others[random.Next(others.Length)];
            if (Transfer(Agent, new TransferOrder(to, null, HistoryTexts.TransferWrongProvider)))
            {
                provider = to;
            }
        }
    }

    private bool Transfer(Viewer by, TransferOrder order) =>
        Add(After(Between(TimeSpan.FromMinutes(15), TimeSpan.FromHours(2))), by, transfer: order);

    // The price in writing before the work: from the threshold a manager approves it first (a few rejected and
    // written again below it); some clients decline and get a second, smaller quote.
    private void Quote()
    {
        var amount = Chance(0.35) ? 150m + (random.Next(2, 150) * 5m) : random.Next(8, 29) * 5m;
        ProposeQuote(amount, changeReason: null);
        if (amount >= Threshold)
        {
            var number = ++approvals;
            if (Chance(0.12))
            {
                Add(After(Between(TimeSpan.FromHours(1), TimeSpan.FromHours(6))), Manager,
                    decision: new ApprovalDecision(number, false, HistoryTexts.ApprovalRejected));
                ProposeQuote(amount = 145m, changeReason: null);
            }
            else
            {
                Add(After(Between(TimeSpan.FromHours(1), TimeSpan.FromHours(6))), Manager, decision: new ApprovalDecision(number, true));
            }
        }

        if (Chance(0.15))
        {
            declined = true;
            Add(After(ClientDelay()), Requester, answer: new QuoteAnswer(false, HistoryTexts.DeclineReason(language)));
            ProposeQuote(Math.Min(Threshold - 5m, decimal.Round(amount * 0.7m / 5m) * 5m), changeReason: null);
        }

        Add(After(ClientDelay()), Requester, answer: new QuoteAnswer(true));
    }

    private void ProposeQuote(decimal amount, string? changeReason)
    {
        var at = After(Between(TimeSpan.FromMinutes(30), TimeSpan.FromHours(3)));
        Add(at, Agent, quote: new QuoteProposal(
            amount, "CAD", HistoryTexts.Covers(language, service.NameEn), language, at.AddDays(30), changeReason));
    }

    // Waivers, discounts and exceptions: below the threshold the agent decides alone; above, a manager (or, once,
    // the substitute the away manager named).
    private void Accommodation()
    {
        var bySubstitute = !substitute.Used && provider == DemoHistory.SubstituteDepartment && substitute.Covers(current)
            && current < anchor - TimeSpan.FromDays(2);
        if (!bySubstitute && !Chance(0.08))
        {
            return;
        }

        var kind = (ApprovalKind)random.Next(3);
        var subject = kind switch { ApprovalKind.Waiver => ApprovalSubject.Waiver, ApprovalKind.Discount => ApprovalSubject.Discount, _ => ApprovalSubject.Exception };
        var amount = bySubstitute ? 220m : Chance(0.5) ? random.Next(4, 29) * 5m : random.Next(32, 80) * 5m;
        if (!Add(After(Between(TimeSpan.FromMinutes(20), TimeSpan.FromHours(2))), Agent,
            ask: new AccommodationAsk(subject, amount, "CAD", HistoryTexts.Accommodation(kind))))
        {
            return;
        }

        var number = ++approvals;
        if (amount < Threshold)
        {
            return;
        }

        if (bySubstitute)
        {
            if (Add(After(Between(TimeSpan.FromHours(1), TimeSpan.FromHours(3))), Agent,
                decision: new ApprovalDecision(number, true, HistoryTexts.ApprovalSubstitute)))
            {
                substitute.Used = true;
            }

            return;
        }

        var approve = !Chance(0.2);
        Add(After(Between(TimeSpan.FromHours(1), TimeSpan.FromHours(9))), Manager,
            decision: new ApprovalDecision(number, approve, approve ? null : HistoryTexts.ApprovalRejected));
    }

    // Most clients answer the survey offered when their request is resolved; late work scores lower.
    private HistorySurvey? Survey(DateTimeOffset resolvedAt)
    {
        if (!Chance(0.75))
        {
            return null;
        }

        var at = Calendar.AddBusinessTime(resolvedAt, Between(TimeSpan.FromMinutes(30), TimeSpan.FromHours(20)));
        if (at > anchor - Margin)
        {
            return null;
        }

        var score = late ? random.Next(1, 5) : random.Next(0, 10) switch { < 1 => 3, < 5 => 4, _ => 5 };
        var comment = Chance(0.4) ? (score >= 4 ? Pick(HistoryTexts.GoodComments) : Pick(HistoryTexts.PoorComments)) : null;
        return new HistorySurvey(at, score, comment);
    }

    // Late or re-quoted work draws complaints now and then; most are handled in time, some escalate first.
    private HistoryComplaint? Complaint(DateTimeOffset resolvedAt)
    {
        if (!Chance(late ? 0.3 : declined ? 0.3 : 0.03))
        {
            return null;
        }

        var filed = Calendar.AddBusinessTime(resolvedAt, Between(TimeSpan.FromHours(1), TimeSpan.FromHours(10)));
        if (filed > anchor - Margin)
        {
            return null;
        }

        var cause = late ? ComplaintCause.Delay : declined ? ComplaintCause.Cost : ComplaintCause.Quality;
        var holder = provider;
        var head = new Viewer(ComplaintsDemo.Head(holder), holder, DepartmentRole.Manager);
        List<ComplaintHistoryStep> actions = Chance(0.35)
            ? [new(Calendar.AddBusinessTime(filed, Calendar.BusinessDay * 2 + Between(TimeSpan.FromHours(2), TimeSpan.FromHours(6))), head,
                new ComplaintCommand(ComplaintAction.Resolve, HistoryTexts.ComplaintEscalatedAnswer, ResolutionKind.Credit))]
            : [
                new(Calendar.AddBusinessTime(filed, Between(TimeSpan.FromHours(1), TimeSpan.FromHours(6))), Agent, new ComplaintCommand(ComplaintAction.Acknowledge)),
                new(Calendar.AddBusinessTime(filed, Calendar.BusinessDay * random.Next(1, 5)), Manager,
                    new ComplaintCommand(ComplaintAction.Resolve, HistoryTexts.ComplaintAnswer, (ResolutionKind)random.Next(4))),
            ];
        return new HistoryComplaint(filed, cause, HistoryTexts.Complaint(cause, language), [.. actions.Where(a => a.At <= anchor - Margin)]);
    }

    private bool Act(DateTimeOffset at, Viewer by, RequestAction action, PauseReason? reason = null, string? comment = null) =>
        Add(at, by, command: new RequestCommand(action, by.UserId, reason, comment, ByClient: by.DepartmentId == client));

    // Adds a step at `at` (never before the last one) unless the plan has stopped; a step after the anchor stops it.
    private bool Add(
        DateTimeOffset at, Viewer by, RequestCommand? command = null, QuoteProposal? quote = null, QuoteAnswer? answer = null,
        AccommodationAsk? ask = null, ApprovalDecision? decision = null, TransferOrder? transfer = null)
    {
        at = Max(at, current + TimeSpan.FromMinutes(1));
        if (stopped || at > anchor - Margin)
        {
            stopped = true;
            return false;
        }

        var key = $"history-{number}-{steps.Count + 1}";
        steps.Add(new HistoryStep(at, by,
            command is null ? null : command with { IdempotencyKey = key },
            quote is null ? null : quote with { IdempotencyKey = key },
            answer is null ? null : answer with { IdempotencyKey = key },
            ask is null ? null : ask with { IdempotencyKey = key },
            decision is null ? null : decision with { IdempotencyKey = key },
            transfer is null ? null : transfer with { IdempotencyKey = key }));
        current = at;
        return true;
    }

    private TimeSpan? Target(ClockKind kind) => Clocks.FirstOrDefault(c => c.Kind == kind)?.Target is { } target
        ? target.Unit == TargetUnit.BusinessHours ? TimeSpan.FromHours(target.Value) : Calendar.BusinessDay * target.Value
        : null;

    private DateTimeOffset After(TimeSpan business) => Calendar.AddBusinessTime(current, business);

    private DateTimeOffset FromFiling(TimeSpan business) => Calendar.AddBusinessTime(filedAt, business);

    // The instant `business` time of business hours before `end` (in quarter-hours).
    private DateTimeOffset Before(DateTimeOffset end, TimeSpan business)
    {
        var at = end;
        while (Calendar.BusinessTimeBetween(at, end) < business)
        {
            at -= TimeSpan.FromMinutes(15);
        }

        return at;
    }

    // How long a client takes to answer: mostly within the client-response clock, now and then a day or two.
    private TimeSpan ClientDelay() => Chance(0.1)
        ? Between(TimeSpan.FromHours(8), TimeSpan.FromHours(16))
        : Between(TimeSpan.FromMinutes(30), TimeSpan.FromHours(5));

    private bool Chance(double probability) => random.NextDouble() < probability;

    private double Fraction(double from, double to) => from + (random.NextDouble() * (to - from));

    private TimeSpan Between(TimeSpan from, TimeSpan to) => from + ((to - from) * random.NextDouble());

    private string Pick(string[] texts) => texts[random.Next(texts.Length)];

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
