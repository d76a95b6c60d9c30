using Catalog.Grains.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalog.Grains.Hosting;

/// <summary>Registers what Catalog's grains depend on, whatever storage and clustering the host chose.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Adds the grains' services: the clock, options and start-up tasks.</summary>
    public static ISiloBuilder AddCatalogGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        // Tests and accelerated demos replace the clock before this runs; TryAdd keeps theirs.
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddOptions<CatalogGrainsOptions>().Bind(configuration.GetSection(CatalogGrainsOptions.Section));

        // Seeds only when CatalogGrainsOptions.SeedDemoData is on and the catalogue holds no other data.
        silo.AddStartupTask<DemoDataSeeder>();
        return silo;
    }
}
