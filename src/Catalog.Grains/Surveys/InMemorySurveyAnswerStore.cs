using System.Collections.Concurrent;
using Catalog.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>The surveys in memory (lost with the silo): for grain tests and benchmarks.</summary>
public sealed class InMemorySurveyAnswerStore : ISurveyAnswerStore
{
    private readonly ConcurrentDictionary<string, SatisfactionFact> facts = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task UpsertAsync(SatisfactionFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        facts[fact.RequestId] = fact;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SatisfactionFact>> QueryAsync(string? providerDepartmentId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SatisfactionFact>>(facts.Values
            .Where(f => (providerDepartmentId is null || f.ProviderDepartmentId == providerDepartmentId) && f.OfferedAt >= from && f.OfferedAt < to)
            .ToArray());
}
