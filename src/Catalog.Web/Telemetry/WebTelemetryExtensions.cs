using Catalog.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Catalog.Web.Telemetry;

/// <summary>The web tier's logging defaults and, when <c>Telemetry:OtlpEndpoint</c> is set, its OpenTelemetry export.</summary>
public static class WebTelemetryExtensions
{
    /// <summary>The web tier's <c>service.name</c> unless <c>Telemetry:ServiceName</c> or <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string DefaultServiceName = "catalog-web";

    /// <summary>
    /// Quiet default log levels, and with an endpoint: a trace for every HTTP request (health probes left out: they
    /// come every few seconds and say nothing) carried into the silo on every grain call, and ASP.NET Core's,
    /// Catalog's (live connections), Orleans' and the runtime's metrics. Without an endpoint nothing of
    /// OpenTelemetry is registered. Call it before anything creates an Azure SDK client.
    /// </summary>
    public static WebApplicationBuilder AddCatalogWebTelemetry(this WebApplicationBuilder builder)
    {
        var exporting = builder.AddCatalogTelemetryCore(
            DefaultServiceName,
            tracing => tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health")),
            metrics => metrics.AddAspNetCoreInstrumentation());
        if (exporting)
        {
            // The same client builder as the host's own UseOrleansClient call, whichever comes first.
            builder.UseOrleansClient(client => client.AddActivityPropagation());
        }

        return builder;
    }
}
