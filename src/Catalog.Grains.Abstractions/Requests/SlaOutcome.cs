using Catalog.Catalogue;

namespace Catalog.Requests;

/// <summary>Something that counts towards a department pair's SLA figures.</summary>
[GenerateSerializer, Immutable, Alias("catalog.SlaOutcome")]
public sealed record SlaOutcome(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ClientDepartmentId,
    [property: Id(2)] SlaOutcomeKind Kind,
    [property: Id(3)] ClockKind? Clock,
    [property: Id(4)] DateTimeOffset At);

/// <summary>What happened.</summary>
[GenerateSerializer, Alias("catalog.SlaOutcomeKind")]
public enum SlaOutcomeKind
{
    /// <summary>A request was filed (Clock is null).</summary>
    Filed = 0,

    /// <summary>A clock passed its warning threshold.</summary>
    AtRisk = 1,

    /// <summary>A clock passed its target.</summary>
    Breached = 2,

    /// <summary>A clock stopped within its target.</summary>
    Met = 3,
}

/// <summary>The figures of one provider → client department pair.</summary>
[GenerateSerializer, Immutable, Alias("catalog.DepartmentPairCounts")]
public sealed record DepartmentPairCounts(
    [property: Id(0)] string ProviderDepartmentId,
    [property: Id(1)] string ClientDepartmentId,
    [property: Id(2)] int Filed,
    [property: Id(3)] int AtRisk,
    [property: Id(4)] int Breached,
    [property: Id(5)] int Met);
