using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// Standard messages in Chromium: an agent answers a French-speaking client from the department's library, in
/// French, and the comment appears on the request; a manager edits the library and sees a refusal in place.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MessagesPageTests(CatalogPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>A demo requester of Communications who chose French.</summary>
    private const string FrenchClient = "communications.requester";

    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task An_agent_answers_a_french_speaking_clients_request_from_the_library_and_the_comment_appears_in_french()
    {
        var client = await platform.AsAsync(FrenchClient);
        var filed = await client.PostAsJsonAsync("api/requests", new { serviceId = "it.password-reset", title = "Mot de passe du portail expiré", answers = new Dictionary<string, string>() });
        var id = (await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var page = await pages.OpenAsync($"queue.html#request={id}", "it.agent");
        var panel = page.GetByTestId("request-detail");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Mot de passe du portail expiré");
        var composer = panel.GetByTestId("message-composer");
        await Expect(composer.GetByRole(AriaRole.Heading, new() { Name = "Answer with a standard message" })).ToBeVisibleAsync();

        await composer.GetByLabel("Situation").SelectOptionAsync("Acknowledgement");

        var text = composer.GetByTestId("composer-text");
        await Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"^Bonjour Émilie Pelletier,\\s+Nous avons bien reçu votre demande {id} \\(Réinitialisation"));
        await Expect(composer.GetByTestId("composer-language")).ToHaveTextAsync("Written in French, the client’s language.");
        var written = await text.InputValueAsync();
        written.Should().Contain("décembre").And.Contain("L'équipe des Technologies de l'information");
        var edited = written.Replace("Merci de votre confiance,", "Merci de votre confiance et à bientôt,", StringComparison.Ordinal);
        await text.FillAsync(edited);
        await composer.GetByTestId("composer-send").ClickAsync();

        var comment = panel.Locator("[data-testid='history-item'][data-action='Comment']").Last;
        await Expect(comment.Locator("blockquote")).ToContainTextAsync($"Nous avons bien reçu votre demande {id}");
        await Expect(comment.Locator("blockquote")).ToContainTextAsync("à bientôt");
        await Expect(composer.GetByTestId("composer-text")).ToHaveValueAsync("");

        var view = await client.GetFromJsonAsync<JsonObject>($"api/requests/{id}");
        var last = view!["history"]!.AsArray().Last()!;
        last["action"]!.GetValue<string>().Should().Be("Comment");
        last["by"]!.GetValue<string>().Should().Be("it.agent");
        last["comment"]!.GetValue<string>().Should().Be(edited.Trim());
        await FinishAsync(page);
    }

    [Fact]
    public async Task A_manager_edits_the_library_and_an_unknown_placeholder_is_refused_where_it_was_typed()
    {
        var page = await pages.OpenAsync("messages.html", "it.manager", allowFailedResponses: true);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Standard messages — Information Technology");
        await Expect(page.GetByTestId("nav-messages")).ToHaveAttributeAsync("aria-current", "page");
        var english = page.Locator("[data-testid='template'][data-situation='LateClient'][data-language='en']");
        var french = page.Locator("[data-testid='template'][data-situation='LateClient'][data-language='fr']");
        await Expect(french.GetByTestId("template-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Bonjour \\{clientName\\},"));

        await english.GetByTestId("template-text").FillAsync("Hello {clinet}, you arrived late.");
        await english.GetByTestId("template-save").ClickAsync();
        await Expect(english.GetByTestId("template-error")).ToContainTextAsync("{clinet}");

        var text = "Hello {clientName}, you arrived late for request {requestNumber}; we will finish at a next appointment.";
        await english.GetByTestId("template-text").FillAsync(text);
        await english.GetByTestId("template-save").ClickAsync();
        await Expect(page.GetByTestId("messages-status")).ToContainTextAsync("Late client (English) saved as version 2.");
        await Expect(english.GetByTestId("template-version")).ToHaveTextAsync("Version 2");
        await Expect(english.GetByTestId("template-error")).ToHaveCountAsync(0);

        var agent = await pages.OpenAsync("messages.html", "it.agent");
        await Expect(agent.GetByTestId("messages-read-only")).ToBeVisibleAsync();
        var read = agent.Locator("[data-testid='template'][data-situation='LateClient'][data-language='en'] [data-testid='template-text']");
        await Expect(read).ToHaveValueAsync(text);
        await Expect(read).ToHaveAttributeAsync("readonly", "");
        await Expect(agent.GetByTestId("template-save")).ToHaveCountAsync(0);
        await FinishAsync(page);
    }

    private Task FinishAsync(IPage page, [CallerMemberName] string test = "") => pages.FinishAsync(page, test);
}
