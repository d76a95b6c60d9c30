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
}
