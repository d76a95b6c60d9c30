using Microsoft.Extensions.Options;

namespace Catalog.Telemetry;

/// <summary>
/// Checks <see cref="TelemetryOptions"/> when the host starts: a mistyped endpoint would otherwise export nothing,
/// silently, until someone looks for the traces of an incident.
/// </summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    private const string Prefix = TelemetryOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (options.OtlpEndpoint is { } endpoint && options.Endpoint is null)
        {
            failures.Add(
                $"{Prefix}{nameof(TelemetryOptions.OtlpEndpoint)} (or OTEL_EXPORTER_OTLP_ENDPOINT) must be an absolute http:// or " +
                $"https:// address of an OTLP receiver, such as http://localhost:4317; '{endpoint}' is not.");
        }

        if (!string.Equals(options.OtlpProtocol, TelemetryOptions.GrpcProtocol, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(options.OtlpProtocol, TelemetryOptions.HttpProtobufProtocol, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(
                $"{Prefix}{nameof(TelemetryOptions.OtlpProtocol)} (or OTEL_EXPORTER_OTLP_PROTOCOL) must be " +
                $"'{TelemetryOptions.GrpcProtocol}' or '{TelemetryOptions.HttpProtobufProtocol}'; '{options.OtlpProtocol}' is not.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add($"{Prefix}{nameof(TelemetryOptions.ServiceName)} must not be empty.");
        }

        if (double.IsNaN(options.TraceSampleRatio) || options.TraceSampleRatio is < 0 or > 1)
        {
            failures.Add($"{Prefix}{nameof(TelemetryOptions.TraceSampleRatio)} must be between 0 and 1; {options.TraceSampleRatio} is not.");
        }

        if (options.MetricExportInterval < TimeSpan.FromMilliseconds(100) || options.MetricExportInterval > TimeSpan.FromHours(1))
        {
            failures.Add(
                $"{Prefix}{nameof(TelemetryOptions.MetricExportInterval)} must be between 100 ms and one hour; {options.MetricExportInterval} is not.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
