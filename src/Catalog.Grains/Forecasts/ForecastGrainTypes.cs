namespace Catalog.Grains.Forecasts;

/// <summary>Stored names of the forecast grain: part of its keys in storage, never rename.</summary>
public static class ForecastGrainTypes
{
    /// <summary>The grain type.</summary>
    public const string Forecast = "forecast";

    /// <summary>The name of its stored state.</summary>
    public const string ForecastState = "forecast";
}
