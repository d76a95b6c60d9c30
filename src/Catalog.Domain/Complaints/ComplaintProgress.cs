namespace Catalog.Domain.Complaints;

/// <summary>
/// The instants that decide a complaint's escalation: when it was filed, which level holds it since when, and when
/// it was acknowledged, answered and resolved (null: not yet).
/// </summary>
public sealed record ComplaintProgress(
    DateTimeOffset FiledAt,
    ComplaintLevel Level,
    DateTimeOffset LevelReachedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ResolvedAt)
{
    /// <summary>A complaint just filed: the agents hold it from <paramref name="filedAt"/>.</summary>
    public static ComplaintProgress Filed(DateTimeOffset filedAt) => new(filedAt, ComplaintLevel.Agent, filedAt, null, null, null);

    /// <summary>Where it stands.</summary>
    public ComplaintStatus Status =>
        ResolvedAt is not null ? ComplaintStatus.Resolved
        : AnsweredAt is not null ? ComplaintStatus.Answered
        : AcknowledgedAt is not null ? ComplaintStatus.Acknowledged
        : ComplaintStatus.Filed;

    /// <summary>Whether its clock still runs: not answered (nor resolved) yet.</summary>
    public bool Running => AnsweredAt is null && ResolvedAt is null;
}
