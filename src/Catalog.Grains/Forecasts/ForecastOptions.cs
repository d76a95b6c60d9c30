namespace Catalog.Grains.Forecasts;

/// <summary>The forecast's settings, bound from the <see cref="Section"/> section and checked at silo start.</summary>
public sealed class ForecastOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Forecasts";

    /// <summary>
    /// The breach probability at and above which a request is flagged in queues and a live event is raised (once per
    /// clock, before the classic warning). Default 0.7; from 0.05 to 0.99.
    /// </summary>
    public double Threshold { get; set; } = 0.7;

    /// <summary>How often a provider's forecast re-reads its queue and raises events. Default 30 s; 1 s to 1 hour.</summary>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a learnt model is used before it learns again from the stored history. Default 2 minutes.</summary>
    public TimeSpan ModelLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Days of stored history read (the model itself uses the last ten business weeks of it). Default 120.</summary>
    public int HistoryDays { get; set; } = 120;
}
