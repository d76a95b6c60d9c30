namespace Catalog.Domain.Forecasts;

/// <summary>
/// The work ahead of a request in its provider's queue: how many requests filed before it are still open, and the
/// same count turned into what it would have been at filing had the queue moved at the provider's usual pace. That
/// second figure is how a request's forecast moves with its queue: ahead of schedule when the queue drained fast.
/// </summary>
public static class QueueAhead
{
    /// <summary>
    /// The queue ahead at filing that explains where the request stands now: <paramref name="aheadNow"/> plus what
    /// the provider served since (at <paramref name="throughputPerHour"/>) while any was still ahead; once at the
    /// head, never more than it really had at filing.
    /// </summary>
    public static double Effective(double aheadAtFiling, double aheadNow, double elapsedHours, double throughputPerHour)
    {
        var served = Math.Max(0, throughputPerHour) * Math.Max(0, elapsedHours);
        return aheadNow > 0 ? aheadNow + served : Math.Min(aheadAtFiling, served);
    }

    /// <summary>How many of <paramref name="filedAtOfOpen"/> (open requests' filing instants) come before <paramref name="filedAt"/>.</summary>
    public static int Count(IEnumerable<DateTimeOffset> filedAtOfOpen, DateTimeOffset filedAt)
    {
        ArgumentNullException.ThrowIfNull(filedAtOfOpen);
        return filedAtOfOpen.Count(at => at < filedAt);
    }
}
