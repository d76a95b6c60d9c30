namespace Catalog.Grains.Hosting;

/// <summary>
/// Catalog's business clock: the instant filings, SLA clocks and deadlines are measured against. It is kept apart
/// from the <see cref="TimeProvider"/> Orleans runs on, so a demo's accelerated clock or a test's fake clock moves
/// Catalog's time without speeding up or freezing Orleans' own timers (membership, timeouts, stream agents).
/// </summary>
public sealed class CatalogClock(TimeProvider time)
{
    /// <summary>The real clock.</summary>
    public static CatalogClock System { get; } = new(TimeProvider.System);

    /// <summary>The time source behind it.</summary>
    public TimeProvider Time => time;

    /// <summary>How many business-clock seconds pass per real second (1 unless accelerated for a demo).</summary>
    public double Speed => time is AcceleratedTimeProvider accelerated ? accelerated.Speed : 1;

    /// <summary>Now, on Catalog's clock.</summary>
    public DateTimeOffset GetUtcNow() => time.GetUtcNow();
}
