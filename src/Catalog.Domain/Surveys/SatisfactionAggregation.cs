namespace Catalog.Domain.Surveys;

/// <summary>
/// Satisfaction figures from survey outcomes: overall, and grouped by service, by team (the team that resolved the
/// request: the provider department, whose agents resolve its requests) and by department pair (provider → client).
/// Pure arithmetic: whoever stores the surveys chooses the outcomes (a period, a provider).
/// </summary>
public static class SatisfactionAggregation
{
    /// <summary>The figures of <paramref name="outcomes"/>.</summary>
    public static SatisfactionFigures Of(IEnumerable<SurveyOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var distribution = new int[SurveyAnswerRules.MaxScore];
        var offered = 0;
        var answered = 0;
        long sum = 0;
        foreach (var outcome in outcomes)
        {
            offered++;
            if (outcome.Score is { } score and >= SurveyAnswerRules.MinScore and <= SurveyAnswerRules.MaxScore)
            {
                answered++;
                sum += score;
                distribution[score - 1]++;
            }
        }

        return new SatisfactionFigures(
            offered,
            answered,
            answered == 0 ? null : Math.Round((double)sum / answered, 2, MidpointRounding.AwayFromZero),
            distribution,
            offered == 0 ? null : Math.Round((double)answered / offered, 4, MidpointRounding.AwayFromZero));
    }

    /// <summary>The figures per key (ordinal order of keys), e.g. <c>By(outcomes, o =&gt; o.ServiceId)</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, SatisfactionFigures>> By(IEnumerable<SurveyOutcome> outcomes, Func<SurveyOutcome, string> key)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(key);
        return outcomes
            .GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, Of(g)))
            .ToArray();
    }

    /// <summary>The key of a department pair: "provider→client".</summary>
    public static string PairKey(string providerDepartmentId, string clientDepartmentId) => providerDepartmentId + "→" + clientDepartmentId;
}
