using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Catalog.Functional.Tests.Platform;

/// <summary>
/// While no silo answers (a restart, a deployment), the API says "try again shortly" (503 problem details with
/// Retry-After) instead of reporting a server bug, and it answers again by itself once the silo is back.
/// </summary>
public sealed class UnavailableClusterTests(OutagePlatform platform, ITestOutputHelper output) : IClassFixture<OutagePlatform>
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

    [Fact]
    public async Task Live_connections_stay_open_while_the_directory_cannot_be_asked_about_their_roles()
    {
        var (_, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, "it.agent");
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.BaseAddress, "hubs/live"), o =>
            {
                o.Cookies = cookies;
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        await connection.StartAsync();

        await platform.StopSiloAsync();
        try
        {
            // Several rounds of checks, each finding the cached entry expired and the directory unreachable.
            await Task.Delay(OutagePlatform.SessionRecheckInterval * 4);
            connection.State.Should().Be(HubConnectionState.Connected, "an outage is no reason to drop people");
        }
        finally
        {
            await platform.StartSiloAsync();
        }
    }
}

/// <summary>A platform of its own (its silo is stopped) whose live connections are checked every second.</summary>
public sealed class OutagePlatform : CatalogPlatform
{
    public static readonly TimeSpan SessionRecheckInterval = TimeSpan.FromSeconds(1);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Live:SessionRecheckInterval"] = SessionRecheckInterval.ToString(),
        ["Catalog:Auth:DirectoryCacheLifetime"] = TimeSpan.FromMilliseconds(500).ToString(),
    };
}
