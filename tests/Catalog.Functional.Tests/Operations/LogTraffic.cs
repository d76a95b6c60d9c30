using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Access;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Operations;

/// <summary>
/// The traffic the log tests measure: 500 HTTP requests, a tenth of them filings, four at a time (the test run shares
/// two cores and one Azurite with every other platform).
/// </summary>
internal static class LogTraffic
{
    /// <summary>How many HTTP requests <see cref="RunAsync"/> sends.</summary>
    public const int Requests = 500;

    private const int Filings = Requests / 10;

    /// <summary>Files <see cref="Filings"/> requests as a requester of HR, then reads each back nine times.</summary>
    public static async Task RunAsync(LogCountingPlatform platform)
    {
        var http = await platform.AsAsync(RequestApi.HrRequester);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForAsync(0, Filings, parallel, async (i, _) =>
        {
            var response = await http.PostAsJsonAsync(
                "api/requests", new { serviceId = AccessWorld.OpenService, title = $"Request {i}", answers = new Dictionary<string, string>() });
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            ids.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        });

        var reads = ids.SelectMany(id => Enumerable.Repeat(id, (Requests - Filings) / Filings));
        await Parallel.ForEachAsync(reads, parallel, async (id, _) =>
            (await http.GetAsync($"api/requests/{id}")).StatusCode.Should().Be(HttpStatusCode.OK));
    }
}
