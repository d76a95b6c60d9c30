namespace Catalog.Domain.Notifications;

/// <summary>What <see cref="DeliverySchedule.Release{T}"/> decided: what to send now, and when to look again (null: nothing waits).</summary>
/// <param name="Send">The items to e-mail now: one alone, or several together as one digest.</param>
/// <param name="WakeAt">When the next waiting item may go out, or null when none waits.</param>
public sealed record DeliveryRelease<T>(IReadOnlyList<T> Send, DateTimeOffset? WakeAt);
