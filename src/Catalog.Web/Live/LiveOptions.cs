namespace Catalog.Web.Live;

/// <summary>How the web tier relays live events to browsers. Bound from the "Live" configuration section.</summary>
public sealed class LiveOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Live";

    /// <summary>The longest an event waits in the buffer before its flush. Default 50 ms.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>A flush goes as soon as this many events are buffered. Default 256.</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// Events held while browsers are slower than the stream; when full, the stream delivery waits (back pressure)
    /// instead of dropping events. Default 10,000.
    /// </summary>
    public int BufferCapacity { get; set; } = 10_000;

    /// <summary>The first wait before subscribing to the stream again after a failure (doubles each time). Default 500 ms.</summary>
    public TimeSpan SubscribeRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between two subscription attempts. Default 30 seconds.</summary>
    public TimeSpan MaxSubscribeRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often every live connection's roles are checked against the directory; a connection whose person was
    /// moved, demoted or removed is closed (a change made through this process is checked at once). Default 30 seconds.
    /// </summary>
    public TimeSpan SessionRecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the web process asks which silos are active, to notice a lost or added silo. Default 2 seconds.</summary>
    public TimeSpan ClusterCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After the cluster changed, when browsers are told to take fresh snapshots: the first once the survivors had
    /// time to restart the lost silo's monitors and streams, the later ones to catch what they found late. Default
    /// 3, 15 and 60 seconds.
    /// </summary>
    public IList<TimeSpan> ResyncDelays { get; set; } = [TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(60)];
}
