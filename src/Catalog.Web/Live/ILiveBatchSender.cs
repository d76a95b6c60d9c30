namespace Catalog.Web.Live;

/// <summary>Sends one flush message to one group (the hub in production, a recorder in tests).</summary>
public interface ILiveBatchSender
{
    /// <summary>Sends the events to every connection of the group, as one message.</summary>
    Task SendAsync(string group, IReadOnlyList<LiveEvent> events, CancellationToken cancellationToken);
}
