namespace Catalog.Web.Live;

/// <summary>What the live hub sends to browsers (the typed client of <see cref="LiveHub"/>).</summary>
public interface ILiveClient
{
    /// <summary>
    /// The events of one flush for one of the connection's groups, in arrival order; the events of one request are
    /// always in sequence order. A connection in several groups (say provider:it and board) gets an event once per
    /// group: (requestId, sequence) identifies it.
    /// </summary>
    Task Events(IReadOnlyList<LiveEvent> batch);

    /// <summary>
    /// Asks the browser to join its groups again and redraw from the fresh snapshots: sent after the cluster lost or
    /// gained a silo, or came back after not answering, because events in flight on a lost silo are gone and the
    /// snapshot is the only record of them (<see cref="LiveClusterWatch"/>).
    /// </summary>
    Task Resync();
}
