namespace Catalog.Audit;

/// <summary>
/// Who makes a change and from where, as the audit trail records it. The web tier puts it in Orleans'
/// <see cref="Orleans.Runtime.RequestContext"/> (<see cref="CallerContext"/>) for the grain calls of each request, so
/// the grains that change state can say who changed it without every method taking it as an argument.
/// </summary>
/// <param name="UserId">The signed-in user's id, or <see cref="System"/> for Catalog itself (demo seeding, start-up).</param>
/// <param name="DisplayName">Their name as shown.</param>
/// <param name="DepartmentId">Their department, when they have one.</param>
/// <param name="Origin">Where the change came from: the client's IP address, or "silo" for Catalog itself.</param>
/// <param name="UserAgent">The client's User-Agent header, cut to 200 characters.</param>
[GenerateSerializer, Immutable, Alias("catalog.AuditCaller")]
public sealed record AuditCaller(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string? DepartmentId,
    [property: Id(3)] string Origin,
    [property: Id(4)] string? UserAgent = null)
{
    /// <summary>The user id recorded for changes Catalog makes itself.</summary>
    public const string System = "system";

    /// <summary>Catalog itself: demo seeding and other changes no person asked for.</summary>
    public static AuditCaller Catalog { get; } = new(System, "Catalog", null, "silo");
}
