using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Forecasts;

/// <summary>Wires the forecasts (promised dates and breach forecasts).</summary>
public static class ForecastsSiloBuilderExtensions
{
    /// <summary>Binds <see cref="ForecastOptions"/> from the <c>Forecasts</c> section, checked at start.</summary>
    public static ISiloBuilder AddForecasts(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddOptions<ForecastOptions>().Bind(configuration.GetSection(ForecastOptions.Section)).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ForecastOptions>, ForecastOptionsValidator>());
        return silo;
    }
}
