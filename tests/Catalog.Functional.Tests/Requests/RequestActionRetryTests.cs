using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Requests;

/// <summary>Over HTTP: an action sent twice with the same Idempotency-Key (a lost answer, retried) is taken once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestActionRetryTests(CatalogPlatform platform)
{
    [Fact]
    public async Task A_comment_sent_twice_with_the_same_idempotency_key_is_written_once()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, $"api/requests/{id}/comments") { Content = JsonContent.Create(new { comment = "Looking into it." }) };
            message.Headers.Add("Idempotency-Key", "comment-once");
            answers.Add((await agent.SendAsync(message)).StatusCode);
        }

        answers.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK);
        var history = (await RequestApi.GetAsync(agent, id))["history"]!.AsArray();
        history.Count(h => h!["action"]!.GetValue<string>() == "Comment").Should().Be(1);
    }

    [Fact]
    public async Task A_malformed_idempotency_key_is_a_400_naming_the_header()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();
        using var message = new HttpRequestMessage(HttpMethod.Post, $"api/requests/{id}/comments") { Content = JsonContent.Create(new { comment = "Hello" }) };
        message.Headers.Add("Idempotency-Key", new string('k', 101));

        var response = await requester.SendAsync(message);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Should().ContainKey("Idempotency-Key");
    }
}
