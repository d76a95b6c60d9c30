using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Requests;

[Collection(PlatformCollection.Name)]
public sealed class RequestFilingTests(CatalogPlatform platform)
{
    [Fact]
    public async Task Filing_twice_with_the_same_idempotency_key_creates_one_request()
    {
        var service = await RequestApi.CreateServiceAsync(platform.Http, ackHours: 4);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RequestApi.FileAsync(platform.Http, service, idempotencyKey: key)));

        var ids = new List<string>();
        foreach (var response in responses)
        {
            response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
            ids.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        }

        ids.Distinct().Should().ContainSingle();
        var queue = await platform.Http.GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        queue!["items"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task An_unknown_service_is_a_404_problem_and_nothing_is_filed()
    {
        var response = await RequestApi.FileAsync(platform.Http, "it.no-such-service");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_department_not_allowed_to_request_the_service_gets_a_400_naming_it_and_nothing_is_filed()
    {
        var service = await RequestApi.CreateServiceAsync(platform.Http, ackHours: 4, eligible: ["finance"]);

        var response = await RequestApi.FileAsync(platform.Http, service, client: "hr");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().Contain("clientDepartmentId");
        var queue = await platform.Http.GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        queue!["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task An_illegal_transition_is_a_409_naming_the_allowed_actions()
    {
        var service = await RequestApi.CreateServiceAsync(platform.Http, ackHours: 4);
        var id = (await RequestApi.FileOkAsync(platform.Http, service))["id"]!.GetValue<string>();

        var response = await platform.Http.PostAsJsonAsync($"api/requests/{id}/close", new { by = "Luc (IT)" });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["allowed"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Contain(["Acknowledge", "Start", "Cancel"]);
    }

    [Fact]
    public async Task A_malformed_business_hour_is_a_400_naming_the_field()
    {
        using var content = new StringContent(
            """{ "timeZoneId": "America/Toronto", "hours": [ { "day": "Monday", "start": "25:00", "end": "12:00" } ], "holidays": [], "yearlyHolidays": [] }""",
            System.Text.Encoding.UTF8, "application/json");

        var response = await platform.Http.PutAsync("api/departments/it/calendar", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Queues_list_requests_for_provider_and_client_without_touching_the_requests()
    {
        var service = await RequestApi.CreateServiceAsync(platform.Http, ackHours: 4);
        var id = (await RequestApi.FileOkAsync(platform.Http, service, client: "finance"))["id"]!.GetValue<string>();

        var provider = await platform.Http.GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        var client = await platform.Http.GetFromJsonAsync<JsonObject>("api/queues/client/finance?status=Submitted");

        provider!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain(id);
        client!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain(id);
    }
}
