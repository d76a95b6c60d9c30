using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace Catalog.Telemetry;

/// <summary>
/// What the silo and the web tier register alike: the default log levels, <see cref="TelemetryOptions"/> and, only
/// with an OTLP endpoint, OpenTelemetry for traces through Orleans and the Azure SDK and for metrics of Catalog,
/// Orleans and the runtime. Everything is registered on the host's own services, so two hosts in one process (the
/// functional tests) each export their own.
/// </summary>
internal static class CatalogTelemetryRegistration
{
    /// <summary>The AppContext switch that makes the Azure SDK start activities (its tracing is still "experimental").</summary>
    public const string AzureActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>The Azure SDK's activity sources: each client's ("Azure.Data.Tables.TableClient") and its HTTP pipeline's.</summary>
    public const string AzureActivitySources = "Azure.*";

    /// <summary>Orleans' own meter (messaging, grains, storage, gateway figures).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The runtime's meter (GC, thread pool, exceptions), built into .NET 9 and later.</summary>
    public const string RuntimeMeter = "System.Runtime";

    /// <summary>
    /// Registers the log levels and the options, and OpenTelemetry when an endpoint is set, with the host's
    /// <paramref name="tracing"/> and <paramref name="metrics"/> on top. Returns whether telemetry is exported.
    /// </summary>
    public static bool AddCatalogTelemetryCore(
        this IHostApplicationBuilder builder,
        string defaultServiceName,
        Action<TracerProviderBuilder> tracing,
        Action<MeterProviderBuilder> metrics)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<LoggerFilterOptions>, CatalogLogLevels>());
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) => o.ApplyStandardVariables(configuration, defaultServiceName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());

        // Decided now, so that without an endpoint nothing is registered at all. A bad endpoint registers nothing
        // either: the validator stops start-up with a message naming the setting.
        var options = TelemetryOptions.Read(builder.Configuration, defaultServiceName);
        if (options.Endpoint is not { } endpoint)
        {
            return false;
        }

        // Read once per process, when the first Azure client is made: the host calls this before creating any.
        AppContext.SetSwitch(AzureActivitySourceSwitch, true);
        var protocol = options.ExportProtocol;
        var traces = options.SignalEndpoint(endpoint, "v1/traces");
        var metricsEndpoint = options.SignalEndpoint(endpoint, "v1/metrics");

        // Values out of range must reach the validator's message, not throw (or overflow) here.
        var interval = (int)Math.Clamp(options.MetricExportInterval.TotalMilliseconds, 100, TimeSpan.FromHours(1).TotalMilliseconds);
        var sampleRatio = options.TraceSampleRatio is >= 0 and <= 1 ? options.TraceSampleRatio : 1;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName!))
            .WithTracing(t =>
            {
                t.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(sampleRatio)))
                    .AddSource(
                        ActivitySources.ApplicationGrainActivitySourceName,
                        ActivitySources.RuntimeActivitySourceName,
                        ActivitySources.StorageActivitySourceName,
                        AzureActivitySources);
                tracing(t);
                t.AddOtlpExporter(o =>
                {
                    o.Protocol = protocol;
                    o.Endpoint = traces;
                });
            })
            .WithMetrics(m =>
            {
                m.AddMeter(CatalogMetrics.MeterName, OrleansMeter, RuntimeMeter);
                metrics(m);
                m.AddOtlpExporter((o, reader) =>
                {
                    o.Protocol = protocol;
                    o.Endpoint = metricsEndpoint;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
                });
            });
        return true;
    }
}
