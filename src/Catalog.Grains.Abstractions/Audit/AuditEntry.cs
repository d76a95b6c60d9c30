namespace Catalog.Audit;

/// <summary>
/// One change in the audit trail: who (<see cref="Caller"/>), when, what (<see cref="EntityType"/>,
/// <see cref="EntityId"/>, <see cref="Action"/> and the <see cref="Changes"/> field by field), from where (in the
/// caller). Entries are only ever appended.
/// </summary>
/// <param name="Id">Unique, and sorts with time (newest last).</param>
/// <param name="At">When the change was made (Catalog's clock).</param>
/// <param name="EntityType">One of <see cref="AuditEntityTypes"/>.</param>
/// <param name="EntityId">The request, service, department, agreement, calendar (department id) or user id.</param>
/// <param name="Action">What was done: "Filed", a request action ("Acknowledge"), "Created", "Updated", "Retired", "Set", "Removed"…</param>
/// <param name="Caller">Who did it, and from where.</param>
/// <param name="Changes">The fields it changed.</param>
[GenerateSerializer, Immutable, Alias("catalog.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string EntityType,
    [property: Id(3)] string EntityId,
    [property: Id(4)] string Action,
    [property: Id(5)] AuditCaller Caller,
    [property: Id(6)] IReadOnlyList<AuditChange> Changes);
