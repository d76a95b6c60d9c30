using Catalog.Grains.Requests.Index;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// Queue rows kept sorted in <see cref="QueueOrder"/>, as a list of short sorted chunks (at most
/// <see cref="ChunkSize"/> rows each): a place is found by two binary searches (which chunk, where in it), so adding,
/// removing and seeking a cursor cost O(log n) comparisons plus moving at most a chunk's references, and reading a
/// page after a cursor costs only that page. A row costs one reference here (8 bytes, plus the slack of half-full
/// chunks), against about 48 bytes a node in a <see cref="SortedSet{T}"/>, which matters when a queue holds every
/// open request and each row sits in two of these (the whole queue, and its <see cref="QueueFacet"/>).
/// </summary>
/// <remarks>
/// A row's place is its <see cref="QueueKey"/> (due, filed, id); the id makes every key unique. A row whose key
/// changes must be removed under its old key and added under its new one (<see cref="QueueProjection.Apply"/> does).
/// Not thread-safe: one grain's turn at a time.
/// </remarks>
public sealed class OrderedRows
{
    /// <summary>The most rows a chunk holds before it splits in two.</summary>
    public const int ChunkSize = 128;

    private readonly List<List<RequestSummary>> chunks = [];

    /// <summary>How many rows it holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="row"/> at its place; false (nothing added) when a row of the same key is there.</summary>
    public bool Add(RequestSummary row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var key = QueueKey.Of(row);
        if (chunks.Count == 0)
        {
            chunks.Add(new List<RequestSummary>(16) { row });
            Count = 1;
            return true;
        }

        // The first chunk whose last row comes after the key; past every chunk, the last one.
        var c = FirstChunkEndingAtOrAfter(key);
        if (c == chunks.Count)
        {
            c--;
        }

        var chunk = chunks[c];
        var at = LowerBound(chunk, key);
        if (at < chunk.Count && QueueKey.Of(chunk[at]).CompareTo(key) == 0)
        {
            return false;
        }

        chunk.Insert(at, row);
        Count++;
        if (chunk.Count > ChunkSize)
        {
            // Two new lists sized to their rows: the full one's array (grown to twice the size) goes.
            var half = chunk.Count / 2;
            chunks[c] = chunk.GetRange(0, half);
            chunks.Insert(c + 1, chunk.GetRange(half, chunk.Count - half));
        }

        return true;
    }

    /// <summary>Removes the row at <paramref name="key"/>; false when there is none.</summary>
    public bool Remove(QueueKey key)
    {
        var c = FirstChunkEndingAtOrAfter(key);
        if (c == chunks.Count)
        {
            return false;
        }

        var chunk = chunks[c];
        var at = LowerBound(chunk, key);
        if (at == chunk.Count || QueueKey.Of(chunk[at]).CompareTo(key) != 0)
        {
            return false;
        }

        chunk.RemoveAt(at);
        Count--;
        if (chunk.Count == 0)
        {
            chunks.RemoveAt(c);
        }

        return true;
    }

    /// <summary>The rows after <paramref name="after"/> (from the first when null), in order. Do not change the rows while reading.</summary>
    public IEnumerable<RequestSummary> After(QueueKey? after)
    {
        var c = 0;
        var at = 0;
        if (after is { } key)
        {
            c = FirstChunkEndingAfter(key);
            if (c < chunks.Count)
            {
                at = UpperBound(chunks[c], key);
            }
        }

        for (; c < chunks.Count; c++, at = 0)
        {
            var chunk = chunks[c];
            for (; at < chunk.Count; at++)
            {
                yield return chunk[at];
            }
        }
    }

    /// <summary>Every row in order (tests).</summary>
    public IEnumerable<RequestSummary> All() => After(null);

    // The first chunk whose last key is >= key (chunks.Count when none).
    private int FirstChunkEndingAtOrAfter(QueueKey key)
    {
        int low = 0, high = chunks.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (QueueKey.Of(chunks[mid][^1]).CompareTo(key) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // The first chunk whose last key is > key (chunks.Count when none).
    private int FirstChunkEndingAfter(QueueKey key)
    {
        int low = 0, high = chunks.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (QueueKey.Of(chunks[mid][^1]).CompareTo(key) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // The first index whose key is >= key.
    private static int LowerBound(List<RequestSummary> chunk, QueueKey key) => Bound(chunk, key, pastEqual: false);

    // The first index whose key is > key.
    private static int UpperBound(List<RequestSummary> chunk, QueueKey key) => Bound(chunk, key, pastEqual: true);

    // Binary search in one chunk: the first index whose key is past key (past an equal one too when pastEqual).
    private static int Bound(List<RequestSummary> chunk, QueueKey key, bool pastEqual)
    {
        int low = 0, high = chunk.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            var order = QueueKey.Of(chunk[mid]).CompareTo(key);
            if (order < 0 || (pastEqual && order == 0))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
