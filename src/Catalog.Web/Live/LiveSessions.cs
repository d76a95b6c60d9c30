using System.Collections.Concurrent;
using Catalog.Telemetry;

namespace Catalog.Web.Live;

/// <summary>The live connections open on this web process, for <see cref="LiveSessionGuard"/> to check again.</summary>
public sealed class LiveSessions
{
    private readonly ConcurrentDictionary<string, LiveSession> sessions = new(StringComparer.Ordinal);

    /// <summary>How many connections are open.</summary>
    public int Count => sessions.Count;

    /// <summary>Records a connection that has just opened.</summary>
    public void Add(LiveSession session)
    {
        // Counted once per connection id, so the gauge of open connections cannot drift.
        if (sessions.TryAdd(session.Connection.ConnectionId, session))
        {
            CatalogMetrics.LiveConnectionOpened();
        }
        else
        {
            sessions[session.Connection.ConnectionId] = session;
        }
    }

    /// <summary>Forgets a connection that closed.</summary>
    public void Remove(string connectionId)
    {
        if (sessions.TryRemove(connectionId, out _))
        {
            CatalogMetrics.LiveConnectionClosed();
        }
    }

    /// <summary>The open connections.</summary>
    public IReadOnlyList<LiveSession> All() => [.. sessions.Values];

    /// <summary>The open connections of one person.</summary>
    public IReadOnlyList<LiveSession> Of(string userId) =>
        [.. sessions.Values.Where(s => string.Equals(s.Viewer.UserId, userId, StringComparison.OrdinalIgnoreCase))];
}
