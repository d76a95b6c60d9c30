namespace Catalog.Requests;

/// <summary>
/// An agent hands the request to another agent (<see cref="ToAgent"/>) and/or another department
/// (<see cref="ToDepartmentId"/>); beyond the standard's one transfer, <see cref="Reason"/> is required.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.TransferOrder")]
public sealed record TransferOrder(
    [property: Id(0)] string? ToDepartmentId,
    [property: Id(1)] string? ToAgent,
    [property: Id(2)] string? Reason = null,
    [property: Id(3)] string? IdempotencyKey = null);
