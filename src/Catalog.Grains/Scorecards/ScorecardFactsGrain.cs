using Catalog.Complaints;
using Catalog.Scorecards;
using Catalog.Surveys;
using Orleans.Concurrency;

namespace Catalog.Grains.Scorecards;

/// <summary>
/// The stored facts the scorecards and the annual review count, for the web tier: each request's facts row, and the
/// answered surveys and the complaints from where they are stored (the survey answers table, the complaint desks),
/// read through their own queries so each feature keeps its records in one place. Rows of surveys and complaints
/// written straight into the facts store are counted too, once each.
/// </summary>
[StatelessWorker]
internal sealed class ScorecardFactsGrain(IRequestFactsStore store) : Grain, IScorecardFactsGrain
{
    public async Task<FactsSlice> ListAsync(FactsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var stored = store.ListAsync(query);
        var answers = GrainFactory.GetSatisfaction().GetFactsAsync(new SatisfactionQuery(query.ProviderDepartmentId, query.From, query.To));
        var complaints = GrainFactory.ComplaintFactsAsync(
            query.From, query.To, query.ProviderDepartmentId is { } provider ? [provider] : null);
        var slice = await stored;
        var surveys = (await answers)
            .Where(a => a is { Score: not null, AnsweredAt: not null } && Matches(query, a.ServiceId, a.ClientDepartmentId))
            .Select(a => new Catalog.Scorecards.SatisfactionFact(
                a.RequestId, a.ServiceId, a.ProviderDepartmentId, a.ClientDepartmentId, a.ResolvedBy, a.Team, a.Score!.Value, a.AnsweredAt!.Value));
        var filed = (await complaints)
            .Where(c => Matches(query, c.ServiceId, c.ClientDepartmentId))
            .Select(c =>
            {
                var tally = c.ToTally();
                return new Catalog.Scorecards.ComplaintFact(
                    c.Id, c.RequestId, c.ServiceId, c.ProviderDepartmentId, c.ClientDepartmentId, c.Cause.ToString(), c.FiledAt,
                    c.AcknowledgedAt is null ? null : tally.AcknowledgedInTime, c.AnsweredAt is null ? null : tally.AnsweredInTime,
                    c.ResolvedAt, c.Resolution?.ToString());
            });
        return slice with
        {
            Surveys = [.. slice.Surveys.Concat(surveys).DistinctBy(s => s.RequestId)],
            Complaints = [.. slice.Complaints.Concat(filed).DistinctBy(c => c.ComplaintId)],
        };
    }

    private static bool Matches(FactsQuery query, string serviceId, string clientDepartmentId) =>
        (query.ServiceId is null || query.ServiceId == serviceId) && (query.ClientDepartmentId is null || query.ClientDepartmentId == clientDepartmentId);
}
