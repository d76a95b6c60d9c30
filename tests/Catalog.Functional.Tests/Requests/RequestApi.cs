using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Requests;

/// <summary>
/// What the request tests do over HTTP, as a client of the API would. Each helper acts as whoever
/// <paramref name="http"/> is signed in as (<c>await platform.AsAsync("hr.requester")</c>): the API takes the
/// requester and the side of an action from the sign-in, never from the body.
/// </summary>
internal static class RequestApi
{
    /// <summary>Who creates the test services: a manager of IT, the department that provides them.</summary>
    public const string ItManager = "it.manager";

    /// <summary>Who works the requests: an agent of IT, the provider.</summary>
    public const string ItAgent = "it.agent";

    /// <summary>Who files the requests: a requester of HR, the client.</summary>
    public const string HrRequester = "hr.requester";

    /// <summary>
    /// Creates an IT service whose acknowledgement target is <paramref name="ackHours"/> business hours, as
    /// <paramref name="http"/> (a manager of IT or a catalogue administrator): free unless <paramref name="hourlyRate"/>
    /// is given (a paid service waits for an accepted quote before work starts).
    /// </summary>
    public static async Task<string> CreateServiceAsync(HttpClient http, int ackHours, IReadOnlyList<string>? eligible = null, decimal? hourlyRate = null)
    {
        var id = "it.sla-" + Guid.NewGuid().ToString("N")[..10];
        var draft = Catalogue.CatalogueApiTests.ValidDraft(id);
        draft["cost"] = hourlyRate is { } rate
            ? new JsonObject { ["amount"] = rate, ["unit"] = "PerHour" }
            : new JsonObject { ["amount"] = 0, ["unit"] = "Free" };
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

    /// <summary>
    /// Files a request as <paramref name="http"/>'s person and returns the response; <paramref name="client"/> is the
    /// body's clientDepartmentId (null leaves it out: the person's own department).
    /// </summary>
    public static Task<HttpResponseMessage> FileAsync(HttpClient http, string serviceId, string? client = null, string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/requests")
        {
            Content = JsonContent.Create(new
            {
                serviceId,
                clientDepartmentId = client,
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

    /// <summary>Files a request as <paramref name="http"/>'s person and returns its body, failing the test unless it was created.</summary>
    public static async Task<JsonObject> FileOkAsync(HttpClient http, string serviceId, string? client = null)
    {
        var response = await FileAsync(http, serviceId, client);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Acts on a request through its convenience route, as <paramref name="http"/>'s person.</summary>
    public static async Task<JsonObject> ActAsync(HttpClient http, string id, string verb, object body)
    {
        var response = await http.PostAsJsonAsync($"api/requests/{id}/{verb}", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Posts to one of a request's routes as <paramref name="http"/>'s person; the response, whatever it is.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string id, string route, object body) =>
        http.PostAsJsonAsync($"api/requests/{id}/{route}", body);

    /// <summary>Posts to one of a request's routes and expects 200 with the request.</summary>
    public static async Task<JsonObject> PostOkAsync(HttpClient http, string id, string route, object body)
    {
        var response = await PostAsync(http, id, route, body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The request as the API shows it now to <paramref name="http"/>'s person.</summary>
    public static async Task<JsonObject> GetAsync(HttpClient http, string id) =>
        (await http.GetFromJsonAsync<JsonObject>($"api/requests/{id}"))!;

    /// <summary>One clock of a request body.</summary>
    public static JsonObject Clock(JsonObject request, string kind) =>
        request["clocks"]!.AsArray().Select(c => c!.AsObject()).Last(c => c["kind"]!.GetValue<string>() == kind);

    /// <summary>A clock's instant field.</summary>
    public static DateTimeOffset? Instant(JsonObject clock, string field) =>
        clock[field] is null ? null : DateTimeOffset.Parse(clock[field]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
