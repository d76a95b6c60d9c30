using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Complaints;

/// <summary>What the complaint tests do over HTTP, as whoever <c>http</c> is signed in as.</summary>
internal static class ComplaintApi
{
    /// <summary>An it service every department may request (a demo one).</summary>
    public const string Service = "it.password-reset";

    /// <summary>Files a request from hr to it as <paramref name="hr"/>; returns its id.</summary>
    public static async Task<string> RequestAsync(HttpClient hr)
    {
        var filed = await hr.PostAsJsonAsync("api/requests", new { serviceId = Service, title = "Mot de passe bloqué", answers = new Dictionary<string, string>() });
        filed.StatusCode.Should().Be(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        return (await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Complains about a request; returns the response.</summary>
    public static Task<HttpResponseMessage> ComplainAsync(HttpClient http, string requestId, string? cause = "Delay", string? text = "Trois jours sans nouvelles.") =>
        http.PostAsJsonAsync($"api/requests/{requestId}/complaints", new { cause, text });

    /// <summary>Complains about a request and returns the complaint, failing unless it was created.</summary>
    public static async Task<JsonObject> ComplainOkAsync(HttpClient http, string requestId, string cause = "Delay")
    {
        var response = await ComplainAsync(http, requestId, cause);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Acts on a complaint; returns the response.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient http, string id, string verb, object? body = null) =>
        http.PostAsJsonAsync($"api/complaints/{id}/{verb}", body ?? new { });

    /// <summary>Acts on a complaint and returns it, failing unless the call succeeded.</summary>
    public static async Task<JsonObject> ActOkAsync(HttpClient http, string id, string verb, object? body = null)
    {
        var response = await ActAsync(http, id, verb, body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>A complaint as <paramref name="http"/>'s person sees it.</summary>
    public static async Task<JsonObject> GetAsync(HttpClient http, string id) =>
        (await http.GetFromJsonAsync<JsonObject>($"api/complaints/{id}"))!;

    /// <summary>An instant of a complaint's JSON.</summary>
    public static DateTimeOffset Instant(JsonNode node, string field) => node[field]!.GetValue<DateTimeOffset>();
}
