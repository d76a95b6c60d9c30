using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>What every audit trail agrees on: which entries a query matches, and their order (newest first).</summary>
public static class AuditQueryFilter
{
    /// <summary>True when <paramref name="entry"/> passes every filter of <paramref name="query"/>.</summary>
    public static bool Matches(AuditQuery query, AuditEntry entry) =>
        (query.From is not { } from || entry.At >= from)
        && (query.To is not { } to || entry.At < to)
        && (query.EntityType is null || entry.EntityType == query.EntityType)
        && (query.EntityId is null || entry.EntityId == query.EntityId)
        && (query.UserId is null || entry.Caller.UserId == query.UserId);

    /// <summary>The limit a trail applies: the query's, kept within 1 and <see cref="AuditQueryValidator.MaxLimit"/>.</summary>
    public static int Limit(AuditQuery query) => Math.Clamp(query.Limit, 1, AuditQueryValidator.MaxLimit);

    /// <summary>Newest first: by instant, then by id (ids sort with time), both descending.</summary>
    public static IOrderedEnumerable<AuditEntry> NewestFirst(IEnumerable<AuditEntry> entries) =>
        entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal);
}
