using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Catalog.Functional.Tests.Live;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Operations;

/// <summary>With <c>Telemetry:OtlpEndpoint</c> set, both hosts export what an operator needs to follow a request.</summary>
public sealed class TelemetryExportTests(TelemetryPlatform platform) : IClassFixture<TelemetryPlatform>
{
    private static readonly TimeSpan ExportTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_filing_is_one_trace_from_the_http_route_through_the_grain_calls_down_to_the_table_calls()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);

        // The test starts the trace, as a calling service would: its id tells this filing's spans from every other
        // platform's in the process (ASP.NET Core's activity source is one for all of their web hosts).
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var filingRequest = new HttpRequestMessage(HttpMethod.Post, "api/requests")
        {
            Content = JsonContent.Create(new
            {
                serviceId = service,
                title = "Nouveau poste, suivi de bout en bout",
                answers = new Dictionary<string, string> { ["location"] = "Bureau 402" },
            }),
        };
        filingRequest.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await requester.SendAsync(filingRequest);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        OtlpSpan? filing = null;
        List<OtlpSpan> trace = [];
        await OtlpReceiver.WaitUntilAsync(
            () =>
            {
                trace = platform.Receiver.Traces.SelectMany(OtlpSpan.Read).Where(s => s.TraceId == traceId).DistinctBy(s => s.SpanId).ToList();
                filing = trace.FirstOrDefault(s => s.Name.StartsWith("POST /api/requests", StringComparison.Ordinal));
                return filing is not null
                    && trace.Any(s => s.Name.Contains("IRequestIntakeGrain", StringComparison.Ordinal))
                    && trace.Any(s => s.Name.Contains("IRequestGrain", StringComparison.Ordinal))
                    && trace.Any(s => s.Name.StartsWith("TableClient.", StringComparison.Ordinal));
            },
            () => "The filing's trace holds only: " + string.Join(", ", trace.Select(s => $"{s.Name} ({s.SpanId} under {s.ParentSpanId})")),
            ExportTimeout);

        // Each table call sits under a grain call, which sits under the HTTP request: one tree, not loose spans.
        var byId = trace.ToDictionary(s => s.SpanId);
        foreach (var table in trace.Where(s => s.Name.StartsWith("TableClient.", StringComparison.Ordinal)))
        {
            var ancestors = Ancestors(table, byId).ToList();
            ancestors.Should().Contain(s => s.Name.Contains("Grain", StringComparison.Ordinal), $"{table.Name} runs in a grain call");
            ancestors.Should().Contain(filing!, $"{table.Name} belongs to the filing's HTTP request");
        }
    }

    [Fact]
    public async Task Metrics_carry_catalog_s_instruments_and_those_of_asp_net_core_and_orleans_from_both_hosts()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 1);
        await using var live = await LiveClient.ConnectAsync(platform, RequestApi.HrRequester);
        var filed = await RequestApi.FileOkAsync(requester, service);

        // The acknowledgement target passes: the provider's SLA monitor records the breach within a second.
        platform.FakeClock.SetUtcNow(RequestApi.Instant(RequestApi.Clock(filed, "Acknowledgement"), "dueAt")!.Value);

        string[] expected =
        [
            "catalog.requests.filed", "catalog.sla.breaches", "catalog.live.connections", "catalog.storage.duration",
            "http.server.request.duration", "Microsoft.Orleans", "catalog-web", "catalog-silo",
        ];
        await OtlpReceiver.WaitUntilAsync(
            () => expected.All(text => platform.Receiver.Metrics.Any(body => OtlpReceiver.Contains(body, text))),
            () => "Missing from every metrics export: " +
                string.Join(", ", expected.Where(text => !platform.Receiver.Metrics.Any(body => OtlpReceiver.Contains(body, text)))),
            ExportTimeout);
    }

    private static IEnumerable<OtlpSpan> Ancestors(OtlpSpan span, Dictionary<string, OtlpSpan> byId)
    {
        for (var current = span; byId.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            yield return parent;
        }
    }
}
