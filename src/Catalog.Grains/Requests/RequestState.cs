using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;
using Catalog.Sla;

namespace Catalog.Grains.Requests;

/// <summary>
/// The stored state of one request. Lists are plain arrays (the storage serializer records runtime types); every
/// [Id] is part of stored data: add new ones, never renumber.
/// </summary>
[GenerateSerializer, Alias("catalog.RequestState")]
public sealed class RequestState : IAuditOutboxState, Catalog.Storage.Requests.IFilingKeyed
{
    /// <summary>The readable id ("IT-000123"); null until the request is filed.</summary>
    [Id(0)]
    public string? Id { get; set; }

    /// <summary>The service the request was filed for.</summary>
    [Id(1)]
    public string ServiceId { get; set; } = "";

    /// <summary>The service version it was filed under (its terms never change for this request).</summary>
    [Id(2)]
    public int ServiceVersion { get; set; }

    /// <summary>The service's name at filing.</summary>
    [Id(3)]
    public LocalizedText ServiceName { get; set; } = new("", "");

    /// <summary>The department doing the work.</summary>
    [Id(4)]
    public string ProviderDepartmentId { get; set; } = "";

    /// <summary>The department that asked.</summary>
    [Id(5)]
    public string ClientDepartmentId { get; set; } = "";

    /// <summary>Who asked.</summary>
    [Id(6)]
    public string Requester { get; set; } = "";

    /// <summary>The request's title.</summary>
    [Id(7)]
    public string Title { get; set; } = "";

    /// <summary>The service's form, answered: question key → answer.</summary>
    [Id(8)]
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Where the request stands.</summary>
    [Id(9)]
    public RequestStatus Status { get; set; }

    /// <summary>Why the provider waits on the client, while it does.</summary>
    [Id(10)]
    public PauseReason? PauseReason { get; set; }

    /// <summary>When it was filed.</summary>
    [Id(11)]
    public DateTimeOffset FiledAt { get; set; }

    /// <summary>When it last changed.</summary>
    [Id(12)]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The agreement (and version) its clocks were resolved from; null when none applied.</summary>
    [Id(13)]
    public string? AgreementId { get; set; }

    /// <summary>See <see cref="AgreementId"/>.</summary>
    [Id(14)]
    public int? AgreementVersion { get; set; }

    /// <summary>The clock targets resolved at filing; kept for good (the client-response policy starts each pause).</summary>
    [Id(15)]
    public ClockPolicy[] Policies { get; set; } = [];

    /// <summary>
    /// The clocks: the provider's (acknowledgement, first answer, resolution) from filing, then one client-response
    /// clock per pause, in the order they started.
    /// </summary>
    [Id(16)]
    public Clock[] Clocks { get; set; } = [];

    /// <summary>Every step, oldest first: who did what, when and why.</summary>
    [Id(17)]
    public TransitionRecord[] History { get; set; } = [];

    /// <summary>Every comment, oldest first.</summary>
    [Id(18)]
    public Comment[] Comments { get; set; } = [];

    /// <summary>The sequence number of the last event published for this request (1 = the filing).</summary>
    [Id(19)]
    public long Sequence { get; set; }

    /// <inheritdoc />
    [Id(20)]
    public AuditEntry[] PendingAudit { get; set; } = [];

    /// <summary>
    /// The last actions sent with an idempotency key (at most <see cref="ServiceRequest.RecentActionsKept"/>), so a retry of one
    /// answers the request as it stands instead of acting twice.
    /// </summary>
    [Id(21)]
    public RecentAction[] RecentActions { get; set; } = [];

    /// <summary>
    /// SLA outcomes stored with the change that produced them and not yet known to be counted: replayed to the
    /// provider's counters (which ignore repeats) after a crash, so a breach is never lost from the figures.
    /// </summary>
    [Id(22)]
    public SlaOutcome[] UncountedOutcomes { get; set; } = [];

    /// <summary>Every written quote, oldest first (the last is the current one).</summary>
    [Id(23)]
    public QuoteRecord[] Quotes { get; set; } = [];

    /// <summary>Every approval asked, oldest first.</summary>
    [Id(24)]
    public ApprovalRecord[] Approvals { get; set; } = [];

    /// <summary>Every handoff to another agent or department, oldest first.</summary>
    [Id(25)]
    public HandoffRecord[] Handoffs { get; set; } = [];

    /// <summary>The agent the request is assigned to, if any.</summary>
    [Id(26)]
    public string? Assignee { get; set; }

    /// <summary>The service was not free when filed: work waits for an accepted written quote.</summary>
    [Id(27)]
    public bool QuoteRequired { get; set; }

    /// <summary>
    /// Provider departments the request was transferred away from whose queue row and monitor still hold it: cleared
    /// once they were told, so a transfer is never left half-done in the old queue.
    /// </summary>
    [Id(28)]
    public string[] FormerProviders { get; set; } = [];

    /// <summary>
    /// The satisfaction survey a resolution offers its client, stored with the resolve and passed on to the survey
    /// (which decides once, so a repeat is harmless); null once passed on.
    /// </summary>
    [Id(29)]
    public Catalog.Surveys.SurveyOffer? PendingSurveyOffer { get; set; }

    /// <summary>How its clocks run while a quote waits for the client (from the agreement at filing).</summary>
    [Id(30)]
    public QuoteWait QuoteWait { get; set; }

    /// <summary>
    /// Set with every write, cleared once the request's index rows and facts row show that write: stored true, it
    /// tells the next activation that a lost one may not have written them (see docs/requests-write-path.md). An [Id]
    /// well past the others, so fields other features add at the end keep theirs.
    /// </summary>
    [Id(60)]
    public bool DerivedStale { get; set; }
    /// <summary>The promised date range recorded at filing (issue 12); null when the provider had too little history.</summary>
    // Ids 120+ are the forecast's (issue 12, items 1–2): far from the next free ones, so parallel additions never collide.
    [Id(120)]
    public Catalog.Forecasts.PromiseView? Promise { get; set; }

    /// <summary>Clocks whose breach forecast crossed the threshold, each raised once as a live event.</summary>
    [Id(121)]
    public ClockKind[] BreachLikelyRaised { get; set; } = [];

    /// <summary>
    /// The key it was filed with (client department and Idempotency-Key, <see cref="RequestIntakeKeys"/>), or null. The
    /// request store records the key with the first write, in the same transaction, so a key files one request.
    /// </summary>
    // Ids 140+ are the request store's (issue 11): far from the others' ranges.
    [Id(140)]
    public string? FilingKey { get; set; }

    /// <summary>Whether the request was filed (a grain for an unknown id holds an empty state).</summary>
    public bool Exists => Id is not null;

    /// <summary>One SLA clock with the stretches it ran and the thresholds recorded against it.</summary>
    /// <param name="Kind">Which clock.</param>
    /// <param name="Target">Its target as resolved at filing.</param>
    /// <param name="WarningRatio">The share of the target after which it is at risk.</param>
    /// <param name="HolderDepartmentId">The department whose calendar it counts in and who answers for it.</param>
    /// <param name="Spans">The stretches it ran, oldest first; the last has no end while it runs.</param>
    /// <param name="Stopped">Done for good: it never runs again (unless a reopen restarts the resolution clock).</param>
    /// <param name="AtRiskAt">The instant it crossed its warning threshold, once recorded; never recorded twice.</param>
    /// <param name="BreachedAt">The instant it reached its target, once recorded; never recorded twice.</param>
    /// <param name="MetAt">When it stopped within its target, once recorded.</param>
    [GenerateSerializer, Immutable, Alias("catalog.RequestState.Clock")]
    public sealed record Clock(
        [property: Id(0)] ClockKind Kind,
        [property: Id(1)] Target Target,
        [property: Id(2)] double WarningRatio,
        [property: Id(3)] string HolderDepartmentId,
        [property: Id(4)] Span[] Spans,
        [property: Id(5)] bool Stopped,
        [property: Id(6)] DateTimeOffset? AtRiskAt,
        [property: Id(7)] DateTimeOffset? BreachedAt,
        [property: Id(8)] DateTimeOffset? MetAt)
    {
        /// <summary>Counting now.</summary>
        public bool IsRunning => Spans.Length > 0 && Spans[^1].End is null;
    }

    /// <summary>One stretch a clock ran, held by a department; <paramref name="End"/> is null while it runs.</summary>
    [GenerateSerializer, Immutable, Alias("catalog.RequestState.Span")]
    public sealed record Span(
        [property: Id(0)] DateTimeOffset Start,
        [property: Id(1)] DateTimeOffset? End,
        [property: Id(2)] string HolderDepartmentId);

    /// <summary>A comment on the request.</summary>
    [GenerateSerializer, Immutable, Alias("catalog.RequestState.Comment")]
    public sealed record Comment(
        [property: Id(0)] DateTimeOffset At,
        [property: Id(1)] string By,
        [property: Id(2)] string Text);

    /// <summary>An action taken with an idempotency key: the key is the person's (<paramref name="By"/>).</summary>
    [GenerateSerializer, Immutable, Alias("catalog.RequestState.RecentAction")]
    public sealed record RecentAction(
        [property: Id(0)] string Key,
        [property: Id(1)] string By,
        [property: Id(2)] RequestAction Action,
        [property: Id(3)] string? Step = null);
}
