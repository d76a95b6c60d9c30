namespace Catalog.Forecasts;

/// <summary>Finds the forecast grains.</summary>
public static class ForecastGrainFactoryExtensions
{
    /// <summary>The forecasts of a provider department.</summary>
    public static IForecastGrain GetForecast(this IGrainFactory grains, string providerDepartmentId) =>
        grains.GetGrain<IForecastGrain>(providerDepartmentId);

    /// <summary>The forecast side of a request.</summary>
    public static IRequestForecastGrain GetRequestForecast(this IGrainFactory grains, string requestId) =>
        grains.GetGrain<IRequestForecastGrain>(requestId);
}
