using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Requests;

public sealed class RequestQuoteTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task Work_on_a_paid_service_starts_only_once_the_client_accepts_the_written_quote()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4, hourlyRate: 45);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();

        var early = await RequestApi.PostAsync(agent, id, "start", new { });
        early.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = (await early.Content.ReadFromJsonAsync<JsonObject>())!;
        problem["detail"]!.GetValue<string>().Should().Contain("accepted quote");

        var quoted = await RequestApi.PostOkAsync(agent, id, "quotes", new
        {
            amount = 90m, currency = "CAD", covers = "Deux heures de configuration", language = "fr",
            validUntil = platform.FakeClock.GetUtcNow().AddDays(10),
        });
        quoted["status"]!.GetValue<string>().Should().Be("WaitingOnClient");
        quoted["pauseReason"]!.GetValue<string>().Should().Be("QuoteAcceptance");
        RequestApi.Clock(quoted, "Resolution")["state"]!.GetValue<string>().Should().Be("Paused", "the provider's clock pauses while the quote waits");
        quoted["quotes"]!.AsArray().Single()!["status"]!.GetValue<string>().Should().Be("Proposed");

        var asClient = await RequestApi.GetAsync(requester, id);
        asClient["quotes"]![0]!["covers"]!.GetValue<string>().Should().Be("Deux heures de configuration");
        (await RequestApi.PostAsync(agent, id, "quote/accept", new { })).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "the provider cannot accept its own quote");

        var accepted = await RequestApi.PostOkAsync(requester, id, "quote/accept", new { });

        accepted["status"]!.GetValue<string>().Should().Be("InProgress");
        accepted["quotes"]![0]!["status"]!.GetValue<string>().Should().Be("Accepted");
        accepted["history"]!.AsArray().Select(h => h!["step"]?.GetValue<string>()).Should().Contain(["QuoteProposed", "QuoteAccepted"]);
        var resolved = await RequestApi.ActAsync(agent, id, "resolve", new { comment = "Configuré." });
        resolved["status"]!.GetValue<string>().Should().Be("Resolved");
    }

    [Fact]
    public async Task A_declined_quote_is_requoted_and_a_change_after_acceptance_must_say_why()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4, hourlyRate: 45);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();
        var until = platform.FakeClock.GetUtcNow().AddDays(10);
        await RequestApi.PostOkAsync(agent, id, "quotes", new { amount = 120m, covers = "Install", language = "en", validUntil = until });

        var declined = await RequestApi.PostOkAsync(requester, id, "quote/decline", new { reason = "Too dear" });
        declined["quotes"]![0]!["decisionNote"]!.GetValue<string>().Should().Be("Too dear");
        await RequestApi.PostOkAsync(agent, id, "quotes", new { amount = 80m, covers = "Install, no cable", language = "en", validUntil = until });
        await RequestApi.PostOkAsync(requester, id, "quote/accept", new { });

        var silent = await RequestApi.PostAsync(agent, id, "quotes", new { amount = 110m, covers = "Install + cable", language = "en", validUntil = until });
        silent.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await silent.Content.ReadAsStringAsync()).Should().Contain("changeReason");

        var changed = await RequestApi.PostOkAsync(agent, id, "quotes", new
        {
            amount = 110m, covers = "Install + cable", language = "en", validUntil = until, changeReason = "The old cable is broken",
        });

        changed["quotes"]!.AsArray().Select(q => q!["status"]!.GetValue<string>()).Should().Equal("Declined", "Accepted", "Proposed");
        changed["quotes"]![2]!["changeReason"]!.GetValue<string>().Should().Be("The old cable is broken");
        changed["status"]!.GetValue<string>().Should().Be("WaitingOnClient", "the client must accept the change again");
    }

    [Fact]
    public async Task An_agreement_can_keep_the_providers_clocks_running_while_a_quote_waits()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 4, hourlyRate: 45);
        var agreement = await manager.PostAsJsonAsync("api/agreements/it", new
        {
            clientDepartmentId = "hr", scope = "Service", scopeValue = service, quoteWait = "KeepRunning",
            clocks = new[] { new { kind = "Resolution", target = new { value = 3, unit = "BusinessDays" } } },
        });
        agreement.StatusCode.Should().Be(HttpStatusCode.Created, await agreement.Content.ReadAsStringAsync());
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();

        var quoted = await RequestApi.PostOkAsync(agent, id, "quotes", new
        {
            amount = 60m, covers = "Install", language = "en", validUntil = platform.FakeClock.GetUtcNow().AddDays(10),
        });

        quoted["status"]!.GetValue<string>().Should().Be("Acknowledged", "sending the quote acknowledges, and the request does not wait on the client");
        RequestApi.Clock(quoted, "Resolution")["state"]!.GetValue<string>().Should().Be("Running");
        (await RequestApi.PostAsync(agent, id, "start", new { })).StatusCode.Should().Be(HttpStatusCode.Conflict, "work still waits for the acceptance");
        await RequestApi.PostOkAsync(requester, id, "quote/accept", new { });
        (await RequestApi.ActAsync(agent, id, "start", new { }))["status"]!.GetValue<string>().Should().Be("InProgress");
    }

    [Fact]
    public async Task An_expired_quote_cannot_be_accepted()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4, hourlyRate: 45);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();
        await RequestApi.PostOkAsync(agent, id, "quotes", new
        {
            amount = 50m, covers = "Install", language = "en", validUntil = platform.FakeClock.GetUtcNow().AddHours(1),
        });
        platform.FakeClock.Advance(TimeSpan.FromHours(2));

        var late = await RequestApi.PostAsync(requester, id, "quote/accept", new { });

        late.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await late.Content.ReadAsStringAsync()).Should().Contain("expired");
    }
}
