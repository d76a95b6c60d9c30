using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>One handoff of a request, as stored and shown (see <see cref="Handoff"/> for each field).</summary>
[GenerateSerializer, Immutable, Alias("catalog.HandoffRecord")]
public sealed record HandoffRecord(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By,
    [property: Id(3)] string FromDepartmentId,
    [property: Id(4)] string ToDepartmentId,
    [property: Id(5)] string? FromAgent,
    [property: Id(6)] string? ToAgent,
    [property: Id(7)] string? Reason,
    [property: Id(8)] bool BeyondStandard)
{
    /// <summary>The record of a domain handoff.</summary>
    public static HandoffRecord Of(Handoff h) => new(h.Number, h.At, h.By, h.FromDepartmentId, h.ToDepartmentId, h.FromAgent, h.ToAgent, h.Reason, h.BeyondStandard);

    /// <summary>The domain handoff it records.</summary>
    public Handoff ToDomain() => new(Number, At, By, FromDepartmentId, ToDepartmentId, FromAgent, ToAgent, Reason, BeyondStandard);
}
