using Catalog.Telemetry;
using Microsoft.Extensions.Hosting;

namespace Catalog.Grains.Telemetry;

/// <summary>The silo's logging defaults and, when <c>Telemetry:OtlpEndpoint</c> is set, its OpenTelemetry export.</summary>
public static class SiloTelemetryExtensions
{
    /// <summary>The silo's <c>service.name</c> unless <c>Telemetry:ServiceName</c> or <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string DefaultServiceName = "catalog-silo";

    /// <summary>
    /// Quiet default log levels, and with an endpoint: traces of every grain call (continuing the web tier's trace
    /// through Orleans' activity propagation) down to the Azure SDK's table calls, and Catalog's, Orleans' and the
    /// runtime's metrics. Without an endpoint nothing of OpenTelemetry is registered.
    /// </summary>
    public static IHostApplicationBuilder AddCatalogSiloTelemetry(this IHostApplicationBuilder builder)
    {
        if (builder.AddCatalogTelemetryCore(DefaultServiceName, _ => { }, _ => { }))
        {
            // The same silo builder as the host's own UseOrleans call, whichever comes first.
            builder.UseOrleans(silo => silo.AddActivityPropagation());
        }

        return builder;
    }
}
