using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Live;

/// <summary>Files and acts on requests over the real HTTP API, as a browser would.</summary>
public static class LiveRequests
{
    /// <summary>Files a request for a demo service; returns its id.</summary>
    public static async Task<string> FileAsync(HttpClient http, string clientDepartmentId, string serviceId = "it.laptop-setup")
    {
        var response = await http.PostAsJsonAsync("api/requests", new
        {
            serviceId,
            clientDepartmentId,
            requester = "Dominique Roy",
            title = "Laptop for a new colleague",
            answers = new Dictionary<string, string>(),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var view = await response.Content.ReadFromJsonAsync<JsonObject>();
        return view!["id"]!.GetValue<string>();
    }

    /// <summary>POST /api/requests/{id}/{verb} by an agent.</summary>
    public static async Task ActAsync(HttpClient http, string requestId, string verb)
    {
        var response = await http.PostAsJsonAsync($"api/requests/{Uri.EscapeDataString(requestId)}/{verb}", new { by = "agent" });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
