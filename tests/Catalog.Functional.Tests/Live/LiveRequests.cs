using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Live;

/// <summary>
/// Files and acts on requests over the real HTTP API, as a browser would, signed in as the demo people:
/// <c>{client}.requester</c> files, <c>{provider}.agent</c> works the request.
/// </summary>
public static class LiveRequests
{
    /// <summary>Files a request for a demo service as the requester of <paramref name="clientDepartmentId"/>; returns its id.</summary>
    public static async Task<string> FileAsync(LivePlatform platform, string clientDepartmentId, string serviceId = "it.software-install")
    {
        var http = await platform.AsAsync(clientDepartmentId + ".requester");
        var response = await http.PostAsJsonAsync("api/requests", new
        {
            serviceId,
            clientDepartmentId,
            title = "Laptop for a new colleague",
            answers = new Dictionary<string, string>(),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var view = await response.Content.ReadFromJsonAsync<JsonObject>();
        return view!["id"]!.GetValue<string>();
    }

    /// <summary>POST /api/requests/{id}/{verb} as the agent of <paramref name="providerDepartmentId"/>.</summary>
    public static async Task ActAsync(LivePlatform platform, string requestId, string verb, string providerDepartmentId = "it")
    {
        var http = await platform.AsAsync(providerDepartmentId + ".agent");
        var response = await http.PostAsJsonAsync($"api/requests/{Uri.EscapeDataString(requestId)}/{verb}", new { });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
