using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Requests;

[Collection(PlatformCollection.Name)]
public sealed class RequestFilingTests(CatalogPlatform platform)
{
    private Task<HttpClient> Manager => platform.AsAsync(RequestApi.ItManager);

    private Task<HttpClient> Requester => platform.AsAsync(RequestApi.HrRequester);

    private Task<HttpClient> Agent => platform.AsAsync(RequestApi.ItAgent);

    [Fact]
    public async Task Filing_twice_with_the_same_idempotency_key_creates_one_request()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4);
        var requester = await Requester;
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RequestApi.FileAsync(requester, service, idempotencyKey: key)));

        var ids = new List<string>();
        foreach (var response in responses)
        {
            response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
            ids.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        }

        ids.Distinct().Should().ContainSingle();
        var queue = await (await Agent).GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        queue!["items"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task The_requester_and_the_client_department_are_the_signed_in_person_s()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4);

        var filed = await RequestApi.FileOkAsync(await Requester, service, client: "hr");

        filed["requester"]!.GetValue<string>().Should().Be(RequestApi.HrRequester);
        filed["clientDepartmentId"]!.GetValue<string>().Should().Be("hr");
        var seen = await RequestApi.GetAsync(await Agent, filed["id"]!.GetValue<string>());
        seen["requester"]!.GetValue<string>().Should().Be(RequestApi.HrRequester, "the provider sees who asked");
    }

    [Fact]
    public async Task Filing_for_another_department_is_a_403_and_nothing_is_filed()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4);

        var response = await RequestApi.FileAsync(await Requester, service, client: "finance");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var queue = await (await Agent).GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        queue!["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_service_is_a_404_problem_and_nothing_is_filed()
    {
        var response = await RequestApi.FileAsync(await Requester, "it.no-such-service");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_department_not_allowed_to_request_the_service_gets_a_400_naming_it_and_nothing_is_filed()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4, eligible: ["finance"]);

        // IT sees its own entry, offered to finance only: filing it for IT names the department.
        var response = await RequestApi.FileAsync(await platform.AsAsync("it.requester"), service);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().Contain("clientDepartmentId");
        var queue = await (await Agent).GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        queue!["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_service_offered_only_to_other_departments_is_a_404_to_anyone_else_and_nothing_is_filed()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4, eligible: ["finance"]);

        var response = await RequestApi.FileAsync(await Requester, service);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "HR is not told the service exists");
        var queue = await (await Agent).GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        queue!["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task An_illegal_transition_is_a_409_naming_the_allowed_actions()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4);
        var id = (await RequestApi.FileOkAsync(await Requester, service))["id"]!.GetValue<string>();

        var response = await (await Agent).PostAsJsonAsync($"api/requests/{id}/close", new { });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["allowed"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Contain(["Acknowledge", "Start", "Cancel"]);
    }

    [Fact]
    public async Task The_client_may_not_take_the_provider_s_actions_and_others_may_not_see_the_request()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4);
        var id = (await RequestApi.FileOkAsync(await Requester, service))["id"]!.GetValue<string>();

        var byClient = await (await Requester).PostAsJsonAsync($"api/requests/{id}/acknowledge", new { });
        var byOutsider = await (await platform.AsAsync("finance.agent")).GetAsync($"api/requests/{id}");

        byClient.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byOutsider.StatusCode.Should().Be(HttpStatusCode.NotFound, "a request is confidential to its two departments");
        (await RequestApi.GetAsync(await Agent, id))["status"]!.GetValue<string>().Should().Be("Submitted");
    }

    [Fact]
    public async Task A_malformed_business_hour_is_a_400_naming_the_field()
    {
        using var content = new StringContent(
            """{ "timeZoneId": "America/Toronto", "hours": [ { "day": "Monday", "start": "25:00", "end": "12:00" } ], "holidays": [], "yearlyHolidays": [] }""",
            System.Text.Encoding.UTF8, "application/json");

        var response = await (await Manager).PutAsync("api/departments/it/calendar", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Queues_list_requests_for_provider_and_client_without_touching_the_requests()
    {
        var service = await RequestApi.CreateServiceAsync(await Manager, ackHours: 4);
        var finance = await platform.AsAsync("finance.requester");
        var id = (await RequestApi.FileOkAsync(finance, service, client: "finance"))["id"]!.GetValue<string>();

        var provider = await (await Agent).GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}");
        var client = await finance.GetFromJsonAsync<JsonObject>("api/queues/client/finance?status=Submitted");

        provider!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain(id);
        client!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain(id);
    }
}
