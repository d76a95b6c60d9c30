using Catalog.Domain.Notifications;

namespace Catalog.Notifications;

/// <summary>One notification as the inbox lists it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="RequestId">The request it links to.</param>
/// <param name="Text">What it says, in the reader's language.</param>
/// <param name="At">When it happened.</param>
/// <param name="Read">Whether the person marked it read.</param>
/// <param name="EmailedAt">When it went out by e-mail; null while it waits for working hours, or when it never will.</param>
[GenerateSerializer, Immutable, Alias("catalog.NotificationItem")]
public sealed record NotificationItem(
    [property: Id(0)] string Id,
    [property: Id(1)] NotificationKind Kind,
    [property: Id(2)] string RequestId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] bool Read,
    [property: Id(6)] DateTimeOffset? EmailedAt);

/// <summary>The newest notifications of a person and how many of all theirs are unread.</summary>
[GenerateSerializer, Immutable, Alias("catalog.NotificationInbox")]
public sealed record NotificationInbox(
    [property: Id(0)] int Unread,
    [property: Id(1)] IReadOnlyList<NotificationItem> Items);

/// <summary>A person's mode for one kind of notification.</summary>
[GenerateSerializer, Immutable, Alias("catalog.NotificationPreference")]
public sealed record NotificationPreference(
    [property: Id(0)] NotificationKind Kind,
    [property: Id(1)] DeliveryMode Mode);

/// <summary>What waits to be e-mailed to a person.</summary>
/// <param name="Waiting">How many notifications wait.</param>
/// <param name="NextAt">When the next e-mail may go, or null when none waits.</param>
[GenerateSerializer, Immutable, Alias("catalog.NotificationOutboxStatus")]
public sealed record NotificationOutboxStatus(
    [property: Id(0)] int Waiting,
    [property: Id(1)] DateTimeOffset? NextAt);
