using Catalog.Audit;
using Orleans.Concurrency;

namespace Catalog.Grains.Audit;

/// <summary>Answers auditors' searches of the audit trail (stateless, any silo). It has no way to change an entry.</summary>
[GrainType(AuditGrainTypes.Trail)]
[StatelessWorker]
public sealed class AuditTrailGrain(IAuditTrail trail) : Grain, IAuditTrailGrain
{
    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query)
    {
        if (query is null)
        {
            throw new Errors.CatalogValidationException("query", "A query is required.");
        }

        AuditQueryValidator.EnsureValid(query);
        return trail.QueryAsync(query);
    }
}
