using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Requests;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Functional.Tests.Operations;

/// <summary>
/// The platform exporting its telemetry to an <see cref="OtlpReceiver"/> of its own, over http/protobuf, with
/// metrics every half second, on a fake clock (as <see cref="FakeClockPlatform"/>) so a test can make a breach happen.
/// </summary>
public sealed class TelemetryPlatform : CatalogPlatform
{
    private bool started;

    public TelemetryPlatform() => Clock = new FakeTimeProvider(FakeClockPlatform.FridayFourPm);

    /// <summary>Where both hosts send their spans and metrics.</summary>
    public OtlpReceiver Receiver { get; private set; } = null!;

    /// <summary>The fake clock (never null here).</summary>
    public FakeTimeProvider FakeClock => Clock!;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Telemetry:OtlpEndpoint"] = Receiver.Endpoint.AbsoluteUri,
        ["Telemetry:OtlpProtocol"] = "http/protobuf",
        ["Telemetry:MetricExportInterval"] = "00:00:00.500",
        // The standard batch delay (5 s), shortened the standard way: OpenTelemetry reads it from the host's configuration.
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
    };

    public override async Task InitializeAsync()
    {
        Receiver = OtlpReceiver.Start();
        await base.InitializeAsync();
        started = true;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();

        // The base class disposes before it starts again on other ports: the receiver stays for the next attempt.
        if (started)
        {
            Receiver.Dispose();
        }
    }
}
