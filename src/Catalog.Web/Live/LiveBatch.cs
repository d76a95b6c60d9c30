namespace Catalog.Web.Live;

/// <summary>One message of a flush: the events for one group, in the order the group gets them.</summary>
/// <param name="Group">The SignalR group (see <see cref="LiveGroups"/>).</param>
/// <param name="Events">The events, in arrival order with each request's events in sequence order.</param>
public sealed record LiveBatch(string Group, IReadOnlyList<LiveEvent> Events);
