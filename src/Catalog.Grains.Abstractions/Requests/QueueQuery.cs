using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>A filtered queue listing, sorted by what breaches first (no due date last).</summary>
/// <remarks>
/// <see cref="After"/>: the <see cref="QueuePage.Next"/> cursor of the page before, to read the next one; it names a
/// place in the order, not an offset, so rows added or changed meanwhile never make a page repeat or skip another.
/// </remarks>
[GenerateSerializer, Immutable, Alias("catalog.QueueQuery")]
public sealed record QueueQuery(
    [property: Id(0)] QueueRole Role,
    [property: Id(1)] string DepartmentId,
    [property: Id(2)] IReadOnlyList<RequestStatus>? Statuses = null,
    [property: Id(3)] string? ServiceId = null,
    [property: Id(4)] bool? AtRisk = null,
    [property: Id(5)] bool? Breached = null,
    [property: Id(6)] string? CounterpartDepartmentId = null,
    [property: Id(7)] int Limit = 200,
    [property: Id(8)] bool? AwaitingApproval = null,
    [property: Id(9)] string? After = null);
