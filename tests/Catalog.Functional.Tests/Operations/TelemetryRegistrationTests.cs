using Catalog.Functional.Tests.Infrastructure;
using Catalog.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Catalog.Functional.Tests.Operations;

/// <summary>Telemetry is off unless configured, and a mistaken setting stops the host naming it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TelemetryRegistrationTests(CatalogPlatform platform)
{
    [Fact]
    public void Without_an_endpoint_the_web_tier_has_no_tracer_or_meter_provider()
    {
        platform.WebServices.GetService<TracerProvider>().Should().BeNull();
        platform.WebServices.GetService<MeterProvider>().Should().BeNull();
    }

    [Fact]
    public void Without_an_endpoint_the_silo_registers_no_tracer_or_meter_provider_and_with_one_it_does()
    {
        var off = SiloBuilder([]);
        off.Services.Should().NotContain(d => d.ServiceType == typeof(TracerProvider) || d.ServiceType == typeof(MeterProvider));

        var on = SiloBuilder(new() { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" });
        on.Services.Should().Contain(d => d.ServiceType == typeof(TracerProvider));
        on.Services.Should().Contain(d => d.ServiceType == typeof(MeterProvider));
    }

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "collector:4317", "Telemetry:OtlpEndpoint")]
    [InlineData("Telemetry:OtlpProtocol", "http/json", "Telemetry:OtlpProtocol")]
    [InlineData("Telemetry:TraceSampleRatio", "2", "Telemetry:TraceSampleRatio")]
    [InlineData("Telemetry:MetricExportInterval", "00:00:00.001", "Telemetry:MetricExportInterval")]
    public async Task A_bad_setting_stops_the_silo_at_start_naming_it(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317", [key] = value };
        using var host = SiloBuilder(settings).Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(named).And.Contain(value);
    }

    /// <summary>The silo's builder as its Program makes it, with <paramref name="settings"/>; nothing is started.</summary>
    private static HostApplicationBuilder SiloBuilder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCatalogSilo();
        return builder;
    }
}
