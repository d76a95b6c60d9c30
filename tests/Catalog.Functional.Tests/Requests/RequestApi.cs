using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Requests;

/// <summary>What the request tests do over HTTP, as a client of the API would.</summary>
internal static class RequestApi
{
    /// <summary>Creates an IT service whose acknowledgement target is <paramref name="ackHours"/> business hours.</summary>
    public static async Task<string> CreateServiceAsync(HttpClient http, int ackHours, IReadOnlyList<string>? eligible = null)
    {
        var id = "it.sla-" + Guid.NewGuid().ToString("N")[..10];
        var draft = Catalogue.CatalogueApiTests.ValidDraft(id);
        draft["standards"] = JsonNode.Parse($$"""
            [ { "clock": "Acknowledgement", "target": { "value": {{ackHours}}, "unit": "BusinessHours" },
                "description": { "fr": "Accusé de réception", "en": "Acknowledgement" } } ]
            """);
        if (eligible is not null)
        {
            draft["eligibleDepartments"] = new JsonArray(eligible.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        var response = await http.PostAsJsonAsync("api/catalogue", draft);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Files a request from HR and returns the response.</summary>
    public static Task<HttpResponseMessage> FileAsync(HttpClient http, string serviceId, string client = "hr", string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/requests")
        {
            Content = JsonContent.Create(new
            {
                serviceId,
                clientDepartmentId = client,
                requester = "Marie Tremblay",
                title = "Nouveau poste pour l'équipe de paie",
                answers = new Dictionary<string, string> { ["location"] = "Bureau 402" },
            }),
        };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(message);
    }

    /// <summary>Files a request and returns its body, failing the test unless it was created.</summary>
    public static async Task<JsonObject> FileOkAsync(HttpClient http, string serviceId, string client = "hr")
    {
        var response = await FileAsync(http, serviceId, client);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Acts on a request through its convenience route.</summary>
    public static async Task<JsonObject> ActAsync(HttpClient http, string id, string verb, object body)
    {
        var response = await http.PostAsJsonAsync($"api/requests/{id}/{verb}", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The request as the API shows it now.</summary>
    public static async Task<JsonObject> GetAsync(HttpClient http, string id) =>
        (await http.GetFromJsonAsync<JsonObject>($"api/requests/{id}"))!;

    /// <summary>One clock of a request body.</summary>
    public static JsonObject Clock(JsonObject request, string kind) =>
        request["clocks"]!.AsArray().Select(c => c!.AsObject()).Last(c => c["kind"]!.GetValue<string>() == kind);

    /// <summary>A clock's instant field.</summary>
    public static DateTimeOffset? Instant(JsonObject clock, string field) =>
        clock[field] is null ? null : DateTimeOffset.Parse(clock[field]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
