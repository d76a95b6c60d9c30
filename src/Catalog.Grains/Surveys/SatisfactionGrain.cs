using Catalog.Domain.Surveys;
using Catalog.Surveys;
using Orleans.Concurrency;

namespace Catalog.Grains.Surveys;

/// <summary>
/// The satisfaction figures, computed from the stored surveys (<see cref="ISurveyAnswerStore"/>) by
/// <see cref="SatisfactionAggregation"/>: any silo answers, nothing is kept.
/// </summary>
[StatelessWorker]
[GrainType(SurveyGrainTypes.Satisfaction)]
public sealed class SatisfactionGrain(ISurveyAnswerStore answers) : Grain, ISatisfactionGrain
{
    public async Task<IReadOnlyList<SatisfactionFact>> GetFactsAsync(SatisfactionQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var facts = await answers.QueryAsync(query.ProviderDepartmentId, query.From, query.To);
        return [.. facts.OrderBy(f => f.OfferedAt).ThenBy(f => f.RequestId, StringComparer.Ordinal)];
    }

    public async Task<SatisfactionReport> GetReportAsync(SatisfactionQuery query)
    {
        var facts = await GetFactsAsync(query);
        var outcomes = facts.Select(f => new SurveyOutcome(f.ServiceId, f.ProviderDepartmentId, f.ClientDepartmentId, f.Team, f.Score)).ToArray();
        static SatisfactionGroup[] Groups(IEnumerable<KeyValuePair<string, SatisfactionFigures>> groups) =>
            [.. groups.Select(g => SatisfactionGroup.Of(g.Key, g.Value))];
        return new SatisfactionReport(
            query.ProviderDepartmentId,
            query.From,
            query.To,
            SatisfactionGroup.Of("", SatisfactionAggregation.Of(outcomes)),
            Groups(SatisfactionAggregation.By(outcomes, o => o.ServiceId)),
            Groups(SatisfactionAggregation.By(outcomes, o => o.Team)),
            Groups(SatisfactionAggregation.By(outcomes, o => SatisfactionAggregation.PairKey(o.ProviderDepartmentId, o.ClientDepartmentId))),
            [.. facts
                .Where(f => f.Score is not null && f.AnsweredAt is not null && !string.IsNullOrWhiteSpace(f.Comment))
                .OrderByDescending(f => f.AnsweredAt)
                .Select(f => new SatisfactionComment(f.RequestId, f.ServiceId, f.ProviderDepartmentId, f.ClientDepartmentId, f.Score!.Value, f.Comment!, f.AnsweredAt!.Value))]);
    }
}
