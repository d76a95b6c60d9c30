using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;
using static Catalog.Functional.Tests.Complaints.ComplaintApi;

namespace Catalog.Functional.Tests.Complaints;

/// <summary>Complaints through the API on the demo organisation, with Catalog's clock stopped unless a test moves it.</summary>
public sealed class ComplaintApiTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task A_client_complains_about_a_request_the_provider_works_it_and_the_complainant_sees_the_answer()
    {
        var hr = await platform.AsAsync("hr.requester");
        var agent = await platform.AsAsync("it.agent");
        var requestId = await RequestAsync(hr);

        var filed = await ComplainOkAsync(hr, requestId);
        var id = filed["id"]!.GetValue<string>();
        id.Should().MatchRegex("^CMP-IT-[0-9]{5}$");
        filed["requestId"]!.GetValue<string>().Should().Be(requestId);
        filed["providerDepartmentId"]!.GetValue<string>().Should().Be("it");
        filed["clientDepartmentId"]!.GetValue<string>().Should().Be("hr");
        filed["serviceId"]!.GetValue<string>().Should().Be(Service);
        filed["status"]!.GetValue<string>().Should().Be("Filed");
        filed["level"]!.GetValue<string>().Should().Be("Agent");
        filed["allowedActions"]!.AsArray().Should().BeEmpty("the complainant follows it, the provider works it");
        var filedAt = Instant(filed, "filedAt");
        Instant(filed, "acknowledgeDueAt").Should().BeAfter(filedAt);
        Instant(filed, "answerDueAt").Should().BeAfter(Instant(filed, "acknowledgeDueAt"));

        var queue = await agent.GetFromJsonAsync<JsonArray>("api/complaints?provider=it");
        queue!.Select(c => c!["id"]!.GetValue<string>()).Should().Contain(id);
        (await GetAsync(agent, id))["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>())
            .Should().Equal("Acknowledge", "Answer", "Resolve");

        (await ActOkAsync(agent, id, "acknowledge"))["status"]!.GetValue<string>().Should().Be("Acknowledged");
        (await ActOkAsync(agent, id, "answer", new { text = "Le compte était verrouillé par la paie." }))["status"]!.GetValue<string>().Should().Be("Answered");
        var resolved = await ActOkAsync(agent, id, "resolve", new { kind = "ChangeOfPractice", text = "Les déverrouillages passent avant les autres demandes." });
        resolved["status"]!.GetValue<string>().Should().Be("Resolved");

        var seen = await GetAsync(hr, id);
        seen["answer"]!.GetValue<string>().Should().Be("Le compte était verrouillé par la paie.");
        seen["resolution"]!.GetValue<string>().Should().Be("ChangeOfPractice");
        seen["answeredBy"]!.GetValue<string>().Should().Be("it.agent");
        (await hr.GetFromJsonAsync<JsonArray>("api/complaints?status=all"))!.Select(c => c!["id"]!.GetValue<string>()).Should().Contain(id);

        var again = await ActAsync(agent, id, "resolve", new { kind = "Redo", text = "Encore" });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        var auditor = await platform.AsAsync("org.auditor");
        var trail = await auditor.GetFromJsonAsync<JsonArray>($"api/audit?entityId={id}");
        trail!.Select(e => (e!["action"]!.GetValue<string>(), e["caller"]!["userId"]!.GetValue<string>()))
            .Should().BeEquivalentTo([("Filed", "hr.requester"), ("Acknowledge", "it.agent"), ("Answer", "it.agent"), ("Resolve", "it.agent")]);
    }

    [Fact]
    public async Task Complaints_are_refused_to_those_who_may_not_file_see_or_work_them()
    {
        var hr = await platform.AsAsync("hr.requester");
        var requestId = await RequestAsync(hr);

        (await ComplainAsync(await platform.AsAsync("it.agent"), requestId)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the provider is not the client");
        (await ComplainAsync(await platform.AsAsync("legal.agent"), requestId)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ComplainAsync(hr, requestId, cause: null)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ComplainAsync(hr, requestId, cause: "Weather")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ComplainAsync(hr, requestId, text: "  ")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ComplainAsync(hr, "IT-999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var id = (await ComplainOkAsync(hr, requestId, "Courtesy"))["id"]!.GetValue<string>();
        (await (await platform.AsAsync("hr.manager")).GetAsync($"api/complaints/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a colleague's complaint is theirs");
        (await (await platform.AsAsync("legal.agent")).GetAsync($"api/complaints/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await platform.AsAsync("org.complaints")).GetAsync($"api/complaints/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, "the officer sees every complaint");
        (await ActAsync(hr, id, "acknowledge")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ActAsync(await platform.AsAsync("org.auditor"), id, "acknowledge")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var agent = await platform.AsAsync("it.agent");
        (await ActAsync(agent, id, "resolve", new { text = "Sans type" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ActAsync(agent, id, "answer", new { })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await GetAsync(agent, id))["status"]!.GetValue<string>().Should().Be("Filed", "a refused action changes nothing");
        (await agent.GetAsync("api/complaints/CMP-IT-99999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await agent.GetAsync("api/complaints/nonsense")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anyone_who_may_see_a_service_complains_about_it_for_their_own_department()
    {
        var legal = await platform.AsAsync("legal.requester");

        var response = await legal.PostAsJsonAsync("api/complaints", new { serviceId = Service, cause = "AccessLanguage", text = "The form exists only in French." });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var complaint = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        complaint["providerDepartmentId"]!.GetValue<string>().Should().Be("it");
        complaint["clientDepartmentId"]!.GetValue<string>().Should().Be("legal");
        complaint["requestId"].Should().BeNull();
        (await legal.PostAsJsonAsync("api/complaints", new { serviceId = "it.nope", cause = "Other", text = "?" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Managers_set_their_department_standard_and_new_complaints_follow_it()
    {
        var manager = await platform.AsAsync("it.manager");
        (await (await platform.AsAsync("it.agent")).PutAsJsonAsync("api/complaints/standards/it", new { acknowledgeDays = 1, answerDays = 5 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await platform.AsAsync("hr.manager")).PutAsJsonAsync("api/complaints/standards/it", new { acknowledgeDays = 1, answerDays = 5 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await manager.PutAsJsonAsync("api/complaints/standards/it", new { acknowledgeDays = 6, answerDays = 5 })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var set = await manager.PutAsJsonAsync("api/complaints/standards/it", new { acknowledgeDays = 1, answerDays = 5 });
        try
        {
            set.StatusCode.Should().Be(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
            var hr = await platform.AsAsync("hr.requester");
            var complaint = await ComplainOkAsync(hr, await RequestAsync(hr));
            complaint["acknowledgeDays"]!.GetValue<int>().Should().Be(1);
            complaint["answerDays"]!.GetValue<int>().Should().Be(5);
            var standard = await hr.GetFromJsonAsync<JsonObject>("api/complaints/standards/it");
            standard!["acknowledgeDays"]!.GetValue<int>().Should().Be(1);
            var trail = await (await platform.AsAsync("org.auditor")).GetFromJsonAsync<JsonArray>("api/audit?entityType=complaint-policy&entityId=it");
            trail!.Should().Contain(e => e!["action"]!.GetValue<string>() == "StandardSet" && e["caller"]!["userId"]!.GetValue<string>() == "it.manager");
        }
        finally
        {
            (await manager.PutAsJsonAsync("api/complaints/standards/it", new { acknowledgeDays = 2, answerDays = 10 })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task The_report_and_its_csv_give_the_same_figures_to_managers_and_nothing_to_agents()
    {
        var hr = await platform.AsAsync("hr.requester");
        var agent = await platform.AsAsync("it.agent");
        var first = (await ComplainOkAsync(hr, await RequestAsync(hr), "Cost"))["id"]!.GetValue<string>();
        await ComplainOkAsync(hr, await RequestAsync(hr), "Cost");
        await ActOkAsync(agent, first, "resolve", new { kind = "Credit", text = "Crédit de 40 $ sur la refacturation." });
        var now = platform.FakeClock.GetUtcNow();
        var query = $"from={Uri.EscapeDataString(now.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(now.AddSeconds(1).ToString("O"))}&by=cause&every=week";

        var manager = await platform.AsAsync("it.manager");
        var report = await manager.GetFromJsonAsync<JsonObject>($"api/complaints/report?{query}");
        var cost = report!["totals"]!.AsArray().Single(t => t!["key"]!.GetValue<string>() == "Cost")!;
        cost["filed"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(2);
        cost["credit"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
        cost["answeredInTime"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);

        var csv = await manager.GetStringAsync($"api/complaints/report/export?{query}");
        var line = csv.Split("\r\n").Single(l => l.StartsWith("Cost,total,", StringComparison.Ordinal));
        line.Split(',').Skip(2).Take(4).Select(int.Parse).Should().Equal(
            cost["filed"]!.GetValue<int>(), cost["acknowledgedInTime"]!.GetValue<int>(), cost["answeredInTime"]!.GetValue<int>(), cost["escalated"]!.GetValue<int>());

        (await agent.GetAsync($"api/complaints/report?{query}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await manager.GetAsync("api/complaints/report?by=colour")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var hrReport = await (await platform.AsAsync("hr.manager")).GetFromJsonAsync<JsonObject>($"api/complaints/report?{query}");
        hrReport!["departments"]!.AsArray().Select(d => d!.GetValue<string>()).Should().Equal("hr");
    }

    [Fact]
    public async Task Administrators_designate_officers_and_heads_and_nobody_else_does()
    {
        var roles = await (await platform.AsAsync("hr.requester")).GetFromJsonAsync<JsonObject>("api/complaints/roles");
        roles!["officers"]!.AsArray().Select(o => o!.GetValue<string>()).Should().Contain("org.complaints");
        roles["heads"]!["it"]!.GetValue<string>().Should().Be("it.head");

        var admin = await platform.AsAsync("catalogue.admin");
        (await (await platform.AsAsync("it.manager")).PutAsJsonAsync("api/complaints/roles/heads/it", new { userId = "it.manager" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync("api/complaints/roles/heads/it", new { userId = "hr.manager" })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a head belongs to the department");
        (await admin.PutAsJsonAsync("api/complaints/roles/officers/nobody.here", new { officer = true })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var made = await admin.PutAsJsonAsync("api/complaints/roles/officers/legal.agent", new { officer = true });
        made.StatusCode.Should().Be(HttpStatusCode.OK);
        (await made.Content.ReadFromJsonAsync<JsonObject>())!["officers"]!.AsArray().Select(o => o!.GetValue<string>()).Should().Contain("legal.agent");
        (await admin.PutAsJsonAsync("api/complaints/roles/officers/legal.agent", new { officer = false })).EnsureSuccessStatusCode();
    }
}
