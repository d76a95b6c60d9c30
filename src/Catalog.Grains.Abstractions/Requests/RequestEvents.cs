using Catalog.Catalogue;
using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>
/// Something that happened to a request, published on the live stream. <see cref="Sequence"/> grows by one per
/// event of a request, so a consumer can check it saw them all, in order.
/// </summary>
public interface IRequestEvent
{
    /// <summary>The request.</summary>
    string RequestId { get; }

    /// <summary>The department doing the work.</summary>
    string ProviderDepartmentId { get; }

    /// <summary>The department that asked.</summary>
    string ClientDepartmentId { get; }

    /// <summary>1 for the filing, then +1 per event of this request.</summary>
    long Sequence { get; }

    /// <summary>When it happened (the silo's clock).</summary>
    DateTimeOffset At { get; }
}

/// <summary>A request was filed.</summary>
[GenerateSerializer, Immutable, Alias("catalog.RequestFiled")]
public sealed record RequestFiled(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProviderDepartmentId,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] RequestSummary Summary) : IRequestEvent;

/// <summary>A request changed status (or got a comment: Action = Comment, From = To).</summary>
[GenerateSerializer, Immutable, Alias("catalog.RequestTransitioned")]
public sealed record RequestTransitioned(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProviderDepartmentId,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] TransitionRecord Transition,
    [property: Id(6)] RequestSummary Summary) : IRequestEvent;

/// <summary>A clock passed its warning threshold.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ClockAtRisk")]
public sealed record ClockAtRisk(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProviderDepartmentId,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] ClockKind Clock,
    [property: Id(6)] string HolderDepartmentId,
    [property: Id(7)] DateTimeOffset DueAt,
    [property: Id(8)] RequestSummary Summary) : IRequestEvent;

/// <summary>A clock passed its target: an SLA breach, counted against the holder department.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ClockBreached")]
public sealed record ClockBreached(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProviderDepartmentId,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] ClockKind Clock,
    [property: Id(6)] string HolderDepartmentId,
    [property: Id(7)] DateTimeOffset DueAt,
    [property: Id(8)] RequestSummary Summary) : IRequestEvent;
