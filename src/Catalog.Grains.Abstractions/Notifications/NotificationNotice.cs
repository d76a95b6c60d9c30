using Catalog.Catalogue;
using Catalog.Domain.Notifications;

namespace Catalog.Notifications;

/// <summary>A notification for one person, as the feed hands it to their <see cref="INotificationsGrain"/>.</summary>
/// <param name="Id">Unique per event and kind ("IT-000042/7"), so a redelivered event is not notified twice.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="DepartmentId">The recipient's department, whose calendar says when e-mail may go.</param>
/// <param name="RequestId">The request.</param>
/// <param name="Title">The request's title.</param>
/// <param name="At">When it happened (Catalog's clock).</param>
/// <param name="Clock">The clock at risk or breached.</param>
/// <param name="DueAt">That clock's deadline.</param>
[GenerateSerializer, Immutable, Alias("catalog.NotificationNotice")]
public sealed record NotificationNotice(
    [property: Id(0)] string Id,
    [property: Id(1)] NotificationKind Kind,
    [property: Id(2)] string DepartmentId,
    [property: Id(3)] string RequestId,
    [property: Id(4)] string Title,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] ClockKind? Clock = null,
    [property: Id(7)] DateTimeOffset? DueAt = null)
{
    /// <summary>The facts the texts are written from.</summary>
    public NotificationFacts ToFacts() => new(Kind, RequestId, Title, Clock, DueAt);
}
