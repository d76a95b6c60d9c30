namespace Catalog.Grains.Hosting;

/// <summary>Behaviour of Catalog's grains. Bound from the "Catalog" configuration section.</summary>
public sealed class CatalogGrainsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Catalog";

    /// <summary>
    /// How many grain locations Orleans' directory cache keeps (its default, a million, is allocated up front): enough
    /// for the grains a silo calls on other silos in a busy minute, not one per active request.
    /// </summary>
    public const int DirectoryCacheSize = 20_000;

    /// <summary>Give an empty store the demo organisation on start. Default false; the run script turns it on.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// With <see cref="SeedDemoData"/>, also file a few demo requests between departments, so queues and the board
    /// have something on them. Default false (tests assert exact figures); the run script turns it on.
    /// </summary>
    public bool SeedDemoRequests { get; set; }

    /// <summary>
    /// With <see cref="SeedDemoRequests"/>, also give the demo about eight weeks of past requests (quotes, approvals,
    /// transfers, breaches, surveys, complaints) so scorecards and the review open on real figures. Default true;
    /// tests that count the demo requests turn it off.
    /// </summary>
    public bool SeedDemoHistory { get; set; } = true;

    /// <summary>The silo's clock ("Catalog:Clock"): real time unless a demo speeds it up.</summary>
    public CatalogClockOptions Clock { get; set; } = new();
}
