using Catalog.Grains.Audit;
using Catalog.Grains.Demo;
using Catalog.Grains.Forecasts;
using Catalog.Grains.Notifications;
using Catalog.Grains.Requests.Events;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Grains.Requests;
using Catalog.Grains.Sla;
using Catalog.Grains.Surveys;
using Catalog.Requests;
using Catalog.Storage.Migration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;

namespace Catalog.Grains.Hosting;

/// <summary>Registers what Catalog's grains depend on, whatever storage and clustering the host chose.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Adds the grains' services: the clock, options, the audit recorder and start-up tasks.</summary>
    public static ISiloBuilder AddCatalogGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.AddCatalogClock(configuration);
        silo.Services.AddOptions<CatalogGrainsOptions>().Bind(configuration.GetSection(CatalogGrainsOptions.Section));
        silo.Services.AddSingleton<BusinessCalendarCache>();

        // Orleans' directory cache is sized for a million grains and allocated up front (about 18 MiB), and keeps
        // an entry for every grain looked up, local ones included (about 470 bytes a request at 100,000 active). Bounded
        // here: a miss on a grain of another silo costs one directory call, the memory is the silo's (bench/README.md).
        silo.Services.Configure<GrainDirectoryOptions>(o => o.CacheSize = CatalogGrainsOptions.DirectoryCacheSize);

        // Grains record every change; the host chooses where the audit trail is kept (AddAzureTableAuditTrail or
        // AddInMemoryAuditTrail), as it chooses the IRequestIndex.
        silo.AddAuditRecorder();

        // Seeds only when CatalogGrainsOptions.SeedDemoData is on and the catalogue holds no other data.
        silo.AddStartupTask<DemoDataSeeder>();

        // Request events on the live memory stream (subscriptions in the host's StorageNames.PubSub storage), and
        // the SLA monitors with their start-up task. The host chooses the IRequestIndex.
        silo.AddRequestEvents();
        silo.AddSlaMonitoring();
        silo.AddSurveys(configuration);
        silo.AddForecasts(configuration);
        silo.AddNotifications(configuration);

        // Intake keys hold the client's idempotency key, escaped since grain state moved to the official provider;
        // a store written before then is migrated with its intakes under their new keys.
        silo.Services.Configure<LegacyGrainStateMigrationOptions>(o =>
            o.Rekey[RequestGrainTypes.Intake] = RequestIntakeKeys.FromLegacy);
        return silo;
    }
}
