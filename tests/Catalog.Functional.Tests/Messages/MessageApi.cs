using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Messages;

/// <summary>The standard-message calls the tests make, as a client of the API would.</summary>
internal static class MessageApi
{
    /// <summary>A demo requester of Communications who chose French.</summary>
    public const string FrenchClient = "communications.requester";

    /// <summary>A demo requester of Finance who chose English.</summary>
    public const string EnglishClient = "finance.requester";

    /// <summary>An IT service every department may request.</summary>
    public const string OpenService = "it.password-reset";

    /// <summary>Files a request for <see cref="OpenService"/> as <paramref name="client"/>; returns its id.</summary>
    public static async Task<string> FileAsync(HttpClient client, string title = "Mot de passe expiré")
    {
        var response = await client.PostAsJsonAsync("api/requests", new { serviceId = OpenService, title, answers = new Dictionary<string, string>() });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>GET /api/requests/{id}/messages/preview?{query}.</summary>
    public static Task<HttpResponseMessage> PreviewAsync(HttpClient agent, string id, string query) =>
        agent.GetAsync($"api/requests/{id}/messages/preview?{query}");

    /// <summary>The preview, failing the test unless it is 200.</summary>
    public static async Task<JsonObject> PreviewOkAsync(HttpClient agent, string id, string query)
    {
        var response = await PreviewAsync(agent, id, query);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The JSON body of a response.</summary>
    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
