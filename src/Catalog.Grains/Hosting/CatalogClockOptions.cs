namespace Catalog.Grains.Hosting;

/// <summary>The silo's clock. Bound from "Catalog:Clock".</summary>
public sealed class CatalogClockOptions
{
    /// <summary>The fastest clock allowed: a business year in under six minutes.</summary>
    public const double MaxSpeed = 100_000;

    /// <summary>
    /// How many seconds of silo time pass per real second. Default 1: the system clock. Anything else runs the silo
    /// on an <see cref="AcceleratedTimeProvider"/> for demos (60: a real second is a minute).
    /// </summary>
    public double Speed { get; set; } = 1;
}
