using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace Catalog.Telemetry;

/// <summary>
/// How a host exports OpenTelemetry traces and metrics, bound from the <see cref="Section"/> section. Without
/// <see cref="OtlpEndpoint"/> nothing is collected: no tracer or meter provider exists, so activity sources and
/// instruments have no listener. What the section leaves out is taken from the standard variables
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c>), so a collector's
/// usual set-up works as it is.
/// </summary>
internal sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Telemetry";

    /// <summary>OTLP over gRPC (a collector's port 4317).</summary>
    public const string GrpcProtocol = "grpc";

    /// <summary>OTLP over HTTP with protobuf bodies (a collector's port 4318).</summary>
    public const string HttpProtobufProtocol = "http/protobuf";

    /// <summary>
    /// The OTLP receiver's base address, e.g. <c>http://otel-collector:4317</c>. Over http/protobuf, <c>v1/traces</c>
    /// and <c>v1/metrics</c> are appended, as for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. None: no telemetry at all.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><see cref="GrpcProtocol"/> (the default) or <see cref="HttpProtobufProtocol"/>.</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>The <c>service.name</c> of every span and metric; by default the host's (catalog-silo, catalog-web).</summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// The share of traces started here that are kept, 0 to 1 (default 1: all). A trace started upstream follows its
    /// parent's choice, so a request is kept or dropped whole across the web tier and the silo.
    /// </summary>
    public double TraceSampleRatio { get; set; } = 1.0;

    /// <summary>How often metrics are sent. Default 60 seconds (OpenTelemetry's).</summary>
    public TimeSpan MetricExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The configured <see cref="OtlpEndpoint"/> if it is an absolute http(s) address, otherwise null.</summary>
    public Uri? Endpoint =>
        Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    /// <summary>The exporter's protocol (a value the validator refused counts as gRPC; start-up stops on it anyway).</summary>
    public OtlpExportProtocol ExportProtocol =>
        string.Equals(OtlpProtocol, HttpProtobufProtocol, StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;

    /// <summary>Reads the section and the standard variables, as <see cref="TelemetryOptions"/> are bound at start.</summary>
    public static TelemetryOptions Read(IConfiguration configuration, string defaultServiceName)
    {
        var options = new TelemetryOptions();
        configuration.GetSection(Section).Bind(options);
        options.ApplyStandardVariables(configuration, defaultServiceName);
        return options;
    }

    /// <summary>Fills what the section left out from the standard OpenTelemetry variables, then the defaults.</summary>
    public void ApplyStandardVariables(IConfiguration configuration, string defaultServiceName)
    {
        OtlpEndpoint = NullIfBlank(OtlpEndpoint) ?? NullIfBlank(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        OtlpProtocol = NullIfBlank(OtlpProtocol) ?? NullIfBlank(configuration["OTEL_EXPORTER_OTLP_PROTOCOL"]) ?? GrpcProtocol;
        ServiceName = NullIfBlank(ServiceName) ?? NullIfBlank(configuration["OTEL_SERVICE_NAME"]) ?? defaultServiceName;
    }

    /// <summary>
    /// Where one signal goes: over gRPC the endpoint itself; over http/protobuf the endpoint with the signal's path
    /// (<paramref name="signalPath"/>, e.g. <c>v1/traces</c>) appended.
    /// </summary>
    public Uri SignalEndpoint(Uri endpoint, string signalPath)
    {
        if (ExportProtocol == OtlpExportProtocol.Grpc)
        {
            return endpoint;
        }

        var withSlash = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        return new Uri(withSlash, signalPath);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
