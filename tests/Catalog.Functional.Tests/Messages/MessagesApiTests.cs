using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Catalog.Functional.Tests.Messages.MessageApi;

namespace Catalog.Functional.Tests.Messages;

/// <summary>
/// Standard messages over HTTP: agents answer from their department's library in the client's language, with the
/// request's values filled in; managers edit the library (audited, versioned); rule breaks answer 422.
/// </summary>
public sealed class MessagesApiTests(MessagesPlatform platform) : IClassFixture<MessagesPlatform>
{
    [Fact]
    public async Task A_french_speaking_client_gets_the_acknowledgement_in_french_with_the_request_filled_in_and_sending_posts_it_as_a_comment()
    {
        var id = await FileAsync(await platform.AsAsync(FrenchClient));
        var agent = await platform.AsAsync("it.agent");

        var preview = await PreviewOkAsync(agent, id, "situation=Acknowledgement");

        preview["language"]!.GetValue<string>().Should().Be("fr");
        preview["clientName"]!.GetValue<string>().Should().Be("Émilie Pelletier");
        var text = preview["text"]!.GetValue<string>();
        text.Should().StartWith("Bonjour Émilie Pelletier,");
        text.Should().Contain($"Nous avons bien reçu votre demande {id} (Réinitialisation");
        text.Should().MatchRegex(@"au plus tard le (lundi|mardi|mercredi|jeudi|vendredi) \d+ décembre 2026, \d+ h \d\d \(UTC−05:00\)\.");
        text.Should().Contain("L'équipe des Technologies de l'information");
        preview["dueAt"].Should().NotBeNull("the request has a running clock");
        preview["timeZoneId"]!.GetValue<string>().Should().Be("America/Toronto");

        var sent = await agent.PostAsJsonAsync($"api/requests/{id}/messages", new { situation = "Acknowledgement" });
        sent.StatusCode.Should().Be(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());

        var client = await platform.AsAsync(FrenchClient);
        var view = await client.GetFromJsonAsync<JsonObject>($"api/requests/{id}");
        var comment = view!["history"]!.AsArray().Last()!;
        comment["action"]!.GetValue<string>().Should().Be("Comment");
        comment["by"]!.GetValue<string>().Should().Be("it.agent");
        comment["comment"]!.GetValue<string>().Should().Be(text);
    }

    [Fact]
    public async Task An_english_speaking_client_gets_the_same_situation_in_english()
    {
        var id = await FileAsync(await platform.AsAsync(EnglishClient), "Password expired");
        var agent = await platform.AsAsync("it.agent");

        var preview = await PreviewOkAsync(agent, id, "situation=WaitingForInformation");

        preview["language"]!.GetValue<string>().Should().Be("en");
        var text = preview["text"]!.GetValue<string>();
        text.Should().StartWith("Hello Jean Gagnon,");
        text.Should().Contain($"To handle your request {id} (Password reset), we need more information.");
        // Filed Monday 7 December 10:00: five business days later is Monday 14 December, the latest follow-up date.
        text.Should().Contain("We will contact you by Monday, December 14, 2026 at the latest");
        preview["followUpLatest"]!.GetValue<string>().Should().Be("2026-12-14");
        text.Should().EndWith("The Information Technology team");
    }

    [Fact]
    public async Task The_message_follows_the_clients_language_choice()
    {
        var person = await platform.AsAsync("procurement.requester");
        var id = await FileAsync(person, "Reset");
        var agent = await platform.AsAsync("it.agent");
        (await PreviewOkAsync(agent, id, "situation=Resolved"))["language"]!.GetValue<string>().Should().Be("en");

        var chosen = await person.PutAsJsonAsync("api/me/language", new { language = "fr" });
        chosen.StatusCode.Should().Be(HttpStatusCode.OK, await chosen.Content.ReadAsStringAsync());
        (await person.GetFromJsonAsync<JsonObject>("api/me"))!["language"]!.GetValue<string>().Should().Be("fr");

        var preview = await PreviewOkAsync(agent, id, "situation=Resolved");
        preview["language"]!.GetValue<string>().Should().Be("fr");
        preview["text"]!.GetValue<string>().Should().Contain($"Votre demande {id} (Réinitialisation").And.Contain("est réglée");
        await person.PutAsJsonAsync("api/me/language", new { language = "en" });
    }

    [Fact]
    public async Task A_follow_up_date_within_five_business_days_is_written_in_and_one_beyond_is_refused_with_422()
    {
        var id = await FileAsync(await platform.AsAsync(FrenchClient));
        var agent = await platform.AsAsync("it.agent");

        var within = await PreviewOkAsync(agent, id, "situation=WaitingForInformation&followUpDate=2026-12-11");
        within["text"]!.GetValue<string>().Should().Contain("au plus tard le vendredi 11 décembre 2026 pour faire le suivi");

        var beyond = await PreviewAsync(agent, id, "situation=WaitingForInformation&followUpDate=2026-12-15");
        beyond.StatusCode.Should().Be((HttpStatusCode)422);
        var problem = await JsonAsync(beyond);
        problem["code"]!.GetValue<string>().Should().Be("follow-up-out-of-range");
        problem["errors"]!["followUpDate"]![0]!.GetValue<string>().Should().Contain("2026-12-14");

        var sent = await agent.PostAsJsonAsync($"api/requests/{id}/messages", new { situation = "WaitingForInformation", followUpDate = "2026-12-15", text = "Je vous rappelle plus tard." });
        sent.StatusCode.Should().Be((HttpStatusCode)422, "the standard limits the promise even in an edited text");
    }

    [Fact]
    public async Task An_edited_text_is_sent_as_the_agent_wrote_it()
    {
        var id = await FileAsync(await platform.AsAsync(FrenchClient));
        var agent = await platform.AsAsync("it.agent");

        var sent = await agent.PostAsJsonAsync($"api/requests/{id}/messages",
            new { situation = "MissedAppointment", text = "Bonjour, nous vous avons attendu ce matin. Rappelez-nous au poste 4410." });

        sent.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = await JsonAsync(sent);
        view["history"]!.AsArray().Last()!["comment"]!.GetValue<string>()
            .Should().Be("Bonjour, nous vous avons attendu ce matin. Rappelez-nous au poste 4410.");
    }

    [Fact]
    public async Task A_manager_edits_a_template_which_is_versioned_audited_and_used_by_the_next_message()
    {
        var manager = await platform.AsAsync("it.manager");
        var text = "Hello {clientName}, request {requestNumber} for {service} is done. Version " + Guid.NewGuid().ToString("N")[..6];

        var saved = await manager.PutAsJsonAsync("api/departments/it/messages/Resolved/en", new { text });
        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var template = await JsonAsync(saved);
        template["version"]!.GetValue<int>().Should().BeGreaterThan(1, "the demo seeded version 1");
        template["updatedBy"]!.GetValue<string>().Should().Be("it.manager");

        var agent = await platform.AsAsync("it.agent");
        var library = await agent.GetFromJsonAsync<JsonObject>("api/departments/it/messages");
        library!["templates"]!.AsArray().Should().HaveCount(18);
        library["templates"]!.AsArray().Single(t => t!["situation"]!.GetValue<string>() == "Resolved" && t["language"]!.GetValue<string>() == "en")!
            ["text"]!.GetValue<string>().Should().Be(text);
        var versions = await agent.GetFromJsonAsync<JsonArray>("api/departments/it/messages/Resolved/en/versions");
        versions![0]!["text"]!.GetValue<string>().Should().Be(text);
        versions[^1]!["text"]!.GetValue<string>().Should().Contain("The Information Technology team", "the first version is the demo's");

        var id = await FileAsync(await platform.AsAsync(EnglishClient), "Reset");
        (await PreviewOkAsync(agent, id, "situation=Resolved"))["text"]!.GetValue<string>()
            .Should().Be(text.Replace("{clientName}", "Jean Gagnon").Replace("{requestNumber}", id).Replace("{service}", "Password reset"));

        var auditor = await platform.AsAsync("org.auditor");
        var entries = await auditor.GetFromJsonAsync<JsonArray>("api/audit?entityType=message-template&entityId=it%2FResolved%2Fen&userId=it.manager");
        entries!.Should().Contain(e => e!["changes"]!.AsArray().Any(c => c!["field"]!.GetValue<string>() == "text" && c["after"]!.GetValue<string>() == text));
    }

    [Fact]
    public async Task A_template_with_an_unknown_placeholder_is_refused_with_422_naming_it_and_nothing_changes()
    {
        var manager = await platform.AsAsync("it.manager");
        var before = await manager.GetFromJsonAsync<JsonObject>("api/departments/it/messages");

        var refused = await manager.PutAsJsonAsync("api/departments/it/messages/Acknowledgement/fr", new { text = "Bonjour {clinet}, votre demande {requestNumber}." });

        refused.StatusCode.Should().Be((HttpStatusCode)422);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await JsonAsync(refused);
        problem["code"]!.GetValue<string>().Should().Be("unknown-placeholder");
        problem["errors"]!["text"]![0]!.GetValue<string>().Should().Contain("{clinet}");
        (await manager.GetFromJsonAsync<JsonObject>("api/departments/it/messages"))!.ToJsonString().Should().Be(before!.ToJsonString());
    }

    [Fact]
    public async Task Refusals_answer_problem_details_400_403_404()
    {
        var agent = await platform.AsAsync("it.agent");
        var id = await FileAsync(await platform.AsAsync(FrenchClient));

        (await agent.PutAsJsonAsync("api/departments/it/messages/Resolved/en", new { text = "Done." })).StatusCode.Should().Be(HttpStatusCode.Forbidden, "agents read, managers edit");
        (await PreviewAsync(await platform.AsAsync(FrenchClient), id, "situation=Resolved"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "the client does not answer from the provider's library");
        (await PreviewAsync(await platform.AsAsync("legal.agent"), id, "situation=Resolved"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "another department does not learn the request exists");
        (await PreviewAsync(agent, id, "situation=Gossip")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await PreviewAsync(agent, id, "followUpDate=tomorrow")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await agent.PostAsJsonAsync($"api/requests/{id}/messages", new { })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the situation is required");
        (await agent.GetAsync("api/departments/it/messages/Gossip/en/versions")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await agent.GetAsync("api/departments/it/messages/Resolved/de/versions")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await agent.GetAsync("api/departments/nowhere/messages")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await platform.AsAsync("it.manager")).PutAsJsonAsync("api/departments/it/messages/Resolved/en", new { text = "" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await (await platform.AsAsync("it.requester")).GetAsync("api/departments/it/messages")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
