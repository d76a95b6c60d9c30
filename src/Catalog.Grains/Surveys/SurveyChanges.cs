using System.Globalization;
using Catalog.Audit;
using Catalog.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>What the audit trail records of a survey's decision and answer.</summary>
internal static class SurveyChanges
{
    /// <summary>An offer: to whom, for which agent's resolve.</summary>
    public static AuditChange[] Offered(SurveyOffer offer) =>
    [
        new("survey", null, "Offered"),
        new("surveyRequester", null, offer.Requester),
        new("resolvedBy", null, offer.ResolvedBy),
    ];

    /// <summary>A skip, with why: the requester's last survey and when the next one may come.</summary>
    public static AuditChange[] Skipped(SurveyOffer offer, SurveyDecision decision) =>
    [
        new("survey", null, "Skipped"),
        new("surveyRequester", null, offer.Requester),
        new("skipReason", null,
            $"RecentSurvey: last offered {Instant(decision.LastOfferedAt)} for {decision.LastOfferedRequestId ?? "another request"}; next allowed {Instant(decision.NextAllowedAt)}"),
    ];

    /// <summary>An answer: the score, and whether a comment came with it (the comment itself stays with the survey).</summary>
    public static AuditChange[] Answered(SurveyAnswer answer) =>
    [
        new("survey", "Offered", "Answered"),
        new("surveyScore", null, answer.Score.ToString(CultureInfo.InvariantCulture)),
        new("surveyComment", null, string.IsNullOrWhiteSpace(answer.Comment) ? null : answer.Comment),
    ];

    private static string Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "never";
}
