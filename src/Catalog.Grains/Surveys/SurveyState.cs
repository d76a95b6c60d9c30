using Catalog.Audit;
using Catalog.Domain.Surveys;
using Catalog.Grains.Audit;
using Catalog.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>The stored state of a request's survey.</summary>
[GenerateSerializer, Alias("catalog.SurveyState")]
public sealed class SurveyState : IAuditOutboxState
{
    /// <summary>None until the first resolve decides.</summary>
    [Id(0)]
    public SurveyStatus Status { get; set; }

    /// <summary>What the request said at its first resolve.</summary>
    [Id(1)]
    public SurveyOffer? Offer { get; set; }

    /// <summary>When the decision was taken (Catalog's clock).</summary>
    [Id(2)]
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why it was skipped.</summary>
    [Id(3)]
    public SurveySkipReason? SkipReason { get; set; }

    /// <summary>For a skipped survey: the fatigue decision that skipped it.</summary>
    [Id(4)]
    public SurveyDecision? Decision { get; set; }

    /// <summary>The answer.</summary>
    [Id(5)]
    public SurveyAnswer? Answer { get; set; }

    /// <summary>When it was answered.</summary>
    [Id(6)]
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>True while the answers table may lack this survey's latest record (written after the state, retried on activation).</summary>
    [Id(7)]
    public bool StorePending { get; set; }

    /// <inheritdoc />
    [Id(8)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
