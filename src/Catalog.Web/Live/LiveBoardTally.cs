using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>
/// The web process's memory of what each request last counted for on the board, so each live event can carry the
/// change it makes to the figures (<see cref="LiveEvent.Board"/>) and the board page adds it without asking the
/// server. A request the process has not seen since it started (or since the tally was let go when full) is
/// unknown: its first event carries no change unless it is a filing, and the page reads the figures again.
/// </summary>
/// <remarks>
/// The events of one step share the summary after the step: the first carries the change, the others none. A share
/// is about 100 bytes: the default bound (a million requests) keeps the tally under ~150 MB in the worst case.
/// </remarks>
public sealed class LiveBoardTally(int capacity = LiveBoardTally.DefaultCapacity)
{
    /// <summary>The number of requests remembered before the tally starts again from nothing.</summary>
    public const int DefaultCapacity = 1_000_000;

    private readonly Dictionary<string, BoardShare> shares = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The requests remembered now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return shares.Count;
            }
        }
    }

    /// <summary>
    /// The change <paramref name="requestEvent"/> makes to the board's figures, remembering what its request counts for
    /// now; null when it cannot be told (a request unknown here whose event is not its filing).
    /// </summary>
    public IReadOnlyList<BoardShare>? Move(IRequestEvent requestEvent)
    {
        ArgumentNullException.ThrowIfNull(requestEvent);
        var summary = requestEvent switch
        {
            RequestFiled e => e.Summary,
            RequestTransitioned e => e.Summary,
            ClockAtRisk e => e.Summary,
            ClockBreached e => e.Summary,
            _ => null,
        };
        if (summary is null)
        {
            return null;
        }

        var after = BoardShare.Of(summary);
        lock (gate)
        {
            var known = shares.TryGetValue(requestEvent.RequestId, out var before);
            if (!known && shares.Count >= capacity)
            {
                // Full: start again (requests seen before now count as unknown: their pages read the figures again).
                shares.Clear();
            }

            shares[requestEvent.RequestId] = after;
            return known || requestEvent is RequestFiled ? BoardShare.Change(before, after) : null;
        }
    }
}
