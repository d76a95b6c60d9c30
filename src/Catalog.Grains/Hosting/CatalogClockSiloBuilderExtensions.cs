using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalog.Grains.Hosting;

/// <summary>Chooses the silo's clock from "Catalog:Clock".</summary>
public static class CatalogClockSiloBuilderExtensions
{
    /// <summary>
    /// With <see cref="CatalogClockOptions.Speed"/> other than 1, runs <see cref="CatalogClock"/> on an
    /// <see cref="AcceleratedTimeProvider"/> (registered last, so it wins over any earlier one); Orleans' own
    /// <see cref="TimeProvider"/> stays the system's. With 1, changes nothing. Throws <see cref="OrleansConfigurationException"/> naming the setting when the speed
    /// is not a number between 0 (excluded) and <see cref="CatalogClockOptions.MaxSpeed"/>.
    /// </summary>
    public static ISiloBuilder AddCatalogClock(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection(CatalogGrainsOptions.Section).GetSection(nameof(CatalogGrainsOptions.Clock));
        CatalogClockOptions options;
        try
        {
            options = section.Get<CatalogClockOptions>() ?? new CatalogClockOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new OrleansConfigurationException($"{section.Path}:{nameof(CatalogClockOptions.Speed)} is not a number.", ex);
        }

        if (!double.IsFinite(options.Speed) || options.Speed <= 0 || options.Speed > CatalogClockOptions.MaxSpeed)
        {
            throw new OrleansConfigurationException(
                $"{section.Path}:{nameof(CatalogClockOptions.Speed)} must be above 0 and at most {CatalogClockOptions.MaxSpeed}, not {options.Speed}.");
        }

        if (options.Speed != 1)
        {
            silo.Services.AddSingleton(new CatalogClock(new AcceleratedTimeProvider(options.Speed)));
        }
        else
        {
            // Tests register their own clock first; TryAdd keeps it.
            silo.Services.TryAddSingleton(CatalogClock.System);
        }

        return silo;
    }
}
