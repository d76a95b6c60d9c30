using System.Collections.Concurrent;
using Catalog.Scorecards;

namespace Catalog.Grains.Scorecards;

/// <summary>The facts store in process memory, for grain tests: the same contract as the Azure table, nothing kept.</summary>
public sealed class InMemoryRequestFactsStore : IRequestFactsStore
{
    private readonly ConcurrentDictionary<string, RequestFacts> requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SatisfactionFact> surveys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ComplaintFact> complaints = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task UpsertRequestAsync(RequestFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        requests[facts.RequestId] = facts;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UpsertSatisfactionAsync(SatisfactionFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        surveys[fact.RequestId] = fact;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UpsertComplaintAsync(ComplaintFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        complaints[fact.ComplaintId] = fact;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<FactsSlice> ListAsync(FactsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(new FactsSlice(
            requests.Values.Where(r => FactsMatching.Matches(query, r.ProviderDepartmentId, r.ServiceId, r.ClientDepartmentId, r.FiledAt)).OrderBy(r => r.FiledAt).ToArray(),
            surveys.Values.Where(s => FactsMatching.Matches(query, s.ProviderDepartmentId, s.ServiceId, s.ClientDepartmentId, s.AnsweredAt)).OrderBy(s => s.AnsweredAt).ToArray(),
            complaints.Values.Where(c => FactsMatching.Matches(query, c.ProviderDepartmentId, c.ServiceId, c.ClientDepartmentId, c.FiledAt)).OrderBy(c => c.FiledAt).ToArray()));
    }
}
