using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Messages;

/// <summary>
/// Problem details reach people in their language: the one they chose, else their browser's, else English. The
/// machine-readable fields (type, status, code) never change with it.
/// </summary>
public sealed class ProblemLanguageTests(MessagesPlatform platform) : IClassFixture<MessagesPlatform>
{
    [Fact]
    public async Task A_french_speaking_person_reads_a_not_found_in_french_and_an_english_speaking_one_in_english()
    {
        var french = await (await platform.AsAsync(MessageApi.FrenchClient)).GetAsync("api/requests/IT-999999");
        var english = await (await platform.AsAsync(MessageApi.EnglishClient)).GetAsync("api/requests/IT-999999");

        french.StatusCode.Should().Be(HttpStatusCode.NotFound);
        english.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var fr = (await french.Content.ReadFromJsonAsync<JsonObject>())!;
        var en = (await english.Content.ReadFromJsonAsync<JsonObject>())!;
        fr["title"]!.GetValue<string>().Should().Be("Introuvable.");
        fr["detail"]!.GetValue<string>().Should().Be("Aucune demande « IT-999999 » n'existe.");
        en["title"]!.GetValue<string>().Should().Be("Unknown request.");
        en["detail"]!.GetValue<string>().Should().Be("No request 'IT-999999' exists.");
        foreach (var key in new[] { "type", "status", "code" })
        {
            fr[key]!.ToJsonString().Should().Be(en[key]!.ToJsonString(), $"{key} is for machines");
        }

        fr["code"]!.GetValue<string>().Should().Be("not-found");
    }

    [Fact]
    public async Task Forbidden_conflict_and_validation_problems_come_in_french_keeping_their_code_and_fields()
    {
        var french = await platform.AsAsync(MessageApi.FrenchClient);
        var english = await platform.AsAsync(MessageApi.EnglishClient);

        var forbidden = await Problem(await french.GetAsync("api/audit?limit=1"));
        forbidden["title"]!.GetValue<string>().Should().Be("Action non permise.");
        forbidden["detail"]!.GetValue<string>().Should().Be("Vous n'avez pas les droits requis pour cette action.");
        forbidden["code"]!.GetValue<string>().Should().Be("forbidden");
        (await Problem(await english.GetAsync("api/audit?limit=1")))["title"]!.GetValue<string>().Should().Be("Not allowed.");

        var invalid = await Problem(await french.PostAsJsonAsync("api/requests", new { serviceId = "", title = "", answers = new { } }));
        invalid["title"]!.GetValue<string>().Should().Be("Les données ne sont pas valides.");
        invalid["code"]!.GetValue<string>().Should().Be("validation");
        invalid["errors"]!.AsObject().Should().ContainKey("title");

        var id = await MessageApi.FileAsync(french);
        (await french.PostAsJsonAsync($"api/requests/{id}/cancel", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var conflict = await Problem(await french.PostAsJsonAsync($"api/requests/{id}/cancel", new { }));
        conflict["title"]!.GetValue<string>().Should().Be("Impossible pour le moment.");
        conflict["code"]!.GetValue<string>().Should().Be("conflict");
        conflict["status"]!.GetValue<int>().Should().Be(409);
    }

    [Fact]
    public async Task Someone_who_chose_no_language_is_answered_in_their_browsers_language()
    {
        var http = await platform.AsAsync("hr.requester");
        using var message = new HttpRequestMessage(HttpMethod.Get, "api/requests/IT-999998");
        message.Headers.AcceptLanguage.ParseAdd("fr-CA,fr;q=0.9,en;q=0.5");

        var problem = await Problem(await http.SendAsync(message));

        problem["title"]!.GetValue<string>().Should().Be("Introuvable.");
        (await Problem(await http.GetAsync("api/requests/IT-999998")))["title"]!.GetValue<string>().Should().Be("Unknown request.");
    }

    private static async Task<JsonObject> Problem(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
