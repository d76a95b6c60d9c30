namespace Catalog.Grains.Hosting;

/// <summary>
/// A clock for demos whose wall-clock time runs <see cref="Speed"/> times faster than real time from the instant it
/// was created: now = origin + real elapsed × speed. At speed 60 one real second is a business minute, so a breach
/// due in a business day shows up within minutes. Only <see cref="GetUtcNow"/> runs fast: timestamps and timers
/// are the underlying clock's (real durations), so Orleans' timeouts and the SLA monitor's 250 ms tick keep their
/// meaning while every deadline compared with "now" comes sooner.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider inner;
    private readonly DateTimeOffset origin;
    private readonly long startTimestamp;

    /// <summary>A clock <paramref name="speed"/> times faster than <see cref="TimeProvider.System"/>, starting now.</summary>
    public AcceleratedTimeProvider(double speed)
        : this(System, speed)
    {
    }

    /// <summary>
    /// A clock <paramref name="speed"/> times faster than <paramref name="inner"/>, starting at <paramref name="origin"/>
    /// (default: <paramref name="inner"/>'s current instant).
    /// </summary>
    public AcceleratedTimeProvider(TimeProvider inner, double speed, DateTimeOffset? origin = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!double.IsFinite(speed) || speed <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The clock speed must be a positive number.");
        }

        this.inner = inner;
        Speed = speed;
        this.origin = origin ?? inner.GetUtcNow();
        startTimestamp = inner.GetTimestamp();
    }

    /// <summary>How many seconds of this clock pass per second of the underlying one.</summary>
    public double Speed { get; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() =>
        origin + TimeSpan.FromTicks((long)(inner.GetElapsedTime(startTimestamp).Ticks * Speed));

    /// <inheritdoc />
    public override long GetTimestamp() => inner.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
