using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Catalogue;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Functional.Tests.Surveys;

/// <summary>
/// What the survey tests do: fresh requesters of hr (so the fatigue rule of one test never meets another's), requests
/// resolved by it's agent through the API, and the offer a resolve makes, made the way the request grain makes it
/// (<see cref="ISurveyGrain.OfferAsync"/>, through the web host's cluster client).
/// </summary>
public static class SurveyScenario
{
    /// <summary>An open it service of the demo catalogue.</summary>
    public const string OpenService = "it.password-reset";

    /// <summary>A new requester of hr, signed in; returns their id and client.</summary>
    public static async Task<(string UserId, HttpClient Http)> NewRequesterAsync(CatalogPlatform platform, string department = "hr")
    {
        var id = "survey." + Guid.NewGuid().ToString("N")[..10];
        var admin = await platform.AsAsync("catalogue.admin");
        var created = await admin.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = "Survey Person " + id[^4..], departmentId = department, role = "Requester" });
        created.StatusCode.Should().Be(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        return (id, await platform.AsAsync(id));
    }

    /// <summary>Files a request for <paramref name="serviceId"/> as <paramref name="requester"/>, then it.agent starts and resolves it; returns the view.</summary>
    public static async Task<JsonObject> ResolvedRequestAsync(CatalogPlatform platform, HttpClient requester, string serviceId = OpenService, string title = "Mot de passe oublié")
    {
        var filed = await requester.PostAsJsonAsync("api/requests", new { serviceId, title, answers = new Dictionary<string, string>() });
        filed.StatusCode.Should().Be(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var id = (await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var agent = await platform.AsAsync("it.agent");
        foreach (var verb in new[] { "start", "resolve" })
        {
            var acted = await agent.PostAsJsonAsync($"api/requests/{id}/{verb}", new { });
            acted.StatusCode.Should().Be(HttpStatusCode.OK, await acted.Content.ReadAsStringAsync());
        }

        return (await agent.GetFromJsonAsync<JsonObject>($"api/requests/{id}"))!;
    }

    /// <summary>What the request grain tells the survey on resolve (the lead's hook), resolved at <paramref name="resolvedAt"/> (default: the request's resolve).</summary>
    public static Task<SurveyView> OfferAsync(CatalogPlatform platform, JsonObject request, DateTimeOffset? resolvedAt = null)
    {
        var resolve = request["history"]!.AsArray().Last(h => h!["action"]!.GetValue<string>() == "Resolve")!;
        var name = request["serviceName"]!;
        var offer = new SurveyOffer(
            request["id"]!.GetValue<string>(),
            request["serviceId"]!.GetValue<string>(),
            new LocalizedText(name["fr"]!.GetValue<string>(), name["en"]!.GetValue<string>()),
            request["providerDepartmentId"]!.GetValue<string>(),
            request["clientDepartmentId"]!.GetValue<string>(),
            request["requester"]!.GetValue<string>(),
            resolve["by"]!.GetValue<string>(),
            resolvedAt ?? resolve["at"]!.GetValue<DateTimeOffset>(),
            request["title"]!.GetValue<string>());
        return platform.WebServices.GetRequiredService<IGrainFactory>().GetSurvey(offer.RequestId).OfferAsync(offer);
    }

    /// <summary>Answers the survey of <paramref name="requestId"/> as <paramref name="http"/>'s person.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(HttpClient http, string requestId, int score, string? comment = null) =>
        http.PostAsJsonAsync($"api/requests/{requestId}/survey", new { score, comment });
}
