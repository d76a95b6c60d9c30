using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Catalog.Functional.Tests.Platform;

/// <summary>
/// While no silo answers (a restart, a deployment), the API says "try again shortly" (503 problem details with
/// Retry-After) instead of reporting a server bug, and it answers again by itself once the silo is back.
/// </summary>
public sealed class UnavailableClusterTests(CatalogPlatform platform, ITestOutputHelper output) : IClassFixture<CatalogPlatform>
{
    [Fact]
    public async Task Without_a_silo_the_api_answers_503_with_retry_after_and_recovers_when_it_returns()
    {
        var requester = await platform.AsAsync("hr.requester");
        (await requester.GetAsync("api/catalogue/it.password-reset")).StatusCode.Should().Be(HttpStatusCode.OK);

        await platform.StopSiloAsync();
        var watch = Stopwatch.StartNew();
        HttpResponseMessage down;
        try
        {
            down = await requester.GetAsync("api/catalogue/it.password-reset");
        }
        finally
        {
            output.WriteLine($"Answered after {watch.Elapsed}");
            await platform.StartSiloAsync();
        }

        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        down.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
        down.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await down.Content.ReadFromJsonAsync<JsonObject>();
        problem!["title"]!.GetValue<string>().Should().Be("Catalog is briefly unavailable.");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        var again = await requester.GetAsync("api/catalogue/it.password-reset");
        while (again.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            again = await requester.GetAsync("api/catalogue/it.password-reset");
        }

        again.StatusCode.Should().Be(HttpStatusCode.OK, "the web tier reconnects to the restarted silo by itself");
    }
}
