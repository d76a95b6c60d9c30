namespace Catalog.Audit;

/// <summary>A search of the audit trail, newest first; every filter is optional.</summary>
/// <param name="From">Entries at or after this instant.</param>
/// <param name="To">Entries before this instant.</param>
/// <param name="EntityType">One of <see cref="AuditEntityTypes"/>.</param>
/// <param name="EntityId">One request, service, department, agreement or user.</param>
/// <param name="UserId">Changes made by this person.</param>
/// <param name="Limit">At most this many entries (1 to 1000).</param>
[GenerateSerializer, Immutable, Alias("catalog.AuditQuery")]
public sealed record AuditQuery(
    [property: Id(0)] DateTimeOffset? From = null,
    [property: Id(1)] DateTimeOffset? To = null,
    [property: Id(2)] string? EntityType = null,
    [property: Id(3)] string? EntityId = null,
    [property: Id(4)] string? UserId = null,
    [property: Id(5)] int Limit = 200);
