using System.Text.RegularExpressions;
using Catalog.Functional.Tests.Browser;
using Catalog.Functional.Tests.Requests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Surveys;

/// <summary>
/// The survey in Chromium against the real hosts: the offer reaches the requester's open My requests page live, they
/// answer it on the request's page, and the published satisfaction figures change.
/// </summary>
[Collection(SurveyCollection.Name)]
public sealed class SurveyPageTests(SurveyPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task The_client_answers_the_survey_on_the_request_page_and_the_satisfaction_figures_change()
    {
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync("it.manager"), ackHours: 4);
        var (userId, requester) = await SurveyScenario.NewRequesterAsync(platform);

        // The figures first, as someone of a third department reads them: nothing for this new service yet.
        var figures = await pages.OpenAsync("satisfaction.html?provider=it", "legal.agent");
        await Expect(figures.GetByTestId("satisfaction-summary")).Not.ToHaveTextAsync(new Regex("Loading"));
        await Expect(figures.Locator($"[data-testid=satisfaction-by-service] [data-key='{service}']")).ToHaveCountAsync(0);

        // The requester's page is open when the request is resolved: the survey arrives live.
        var page = await pages.OpenAsync("requests.html", userId);
        await Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.GetByTestId("surveys-waiting")).ToBeHiddenAsync();
        var request = await SurveyScenario.ResolvedRequestAsync(platform, requester, service, "Souris sans fil");
        var id = request["id"]!.GetValue<string>();
        await SurveyScenario.OfferAsync(platform, request);

        var waiting = page.GetByTestId("surveys-waiting");
        await Expect(waiting).ToBeVisibleAsync();
        await Expect(waiting.GetByTestId("surveys-waiting-count")).ToHaveTextAsync("1 survey waiting");
        await waiting.Locator($"[data-request-id='{id}'] a").ClickAsync();

        var survey = page.GetByTestId("survey-panel");
        await Expect(survey.GetByTestId("survey-question")).ToContainTextAsync("how satisfied are you");
        await survey.GetByTestId("survey-submit").ClickAsync();
        await Expect(survey.GetByTestId("survey-error")).ToHaveTextAsync("Choose a score from 1 to 5.");
        await survey.GetByTestId("survey-score-4").CheckAsync();
        await survey.GetByTestId("survey-comment-text").FillAsync("Livrée le jour même, merci !");
        await survey.GetByTestId("survey-submit").ClickAsync();

        var answered = survey.GetByTestId("survey-answered");
        await Expect(answered).ToContainTextAsync("Thank you for your answer.");
        await Expect(answered.GetByTestId("survey-score")).ToHaveTextAsync("Your score: 4 out of 5.");
        await Expect(answered.GetByTestId("survey-comment")).ToHaveTextAsync("Livrée le jour même, merci !");
        await Expect(waiting).ToBeHiddenAsync();

        // In French, after the answer: the panel says so in the client's language.
        await page.GetByTestId("lang-fr").ClickAsync();
        await Expect(page.GetByTestId("survey-panel").GetByTestId("survey-score")).ToHaveTextAsync("Votre note : 4 sur 5.");
        await pages.FinishAsync(page, "survey-answered");

        // The published figures now count the answer (legal reads the figures, not hr's comment).
        await figures.ReloadAsync();
        var row = figures.Locator($"[data-testid=satisfaction-by-service] [data-key='{service}']");
        await Expect(row.GetByTestId("satisfaction-mean")).ToHaveTextAsync("4.00");
        await Expect(row.GetByTestId("satisfaction-answered")).ToHaveTextAsync("1");
        await Expect(row.GetByTestId("satisfaction-offered")).ToHaveTextAsync("1");
        await Expect(figures.GetByTestId("satisfaction-comments")).Not.ToContainTextAsync("Livrée le jour même");
        await pages.FinishAsync(figures, "satisfaction-figures");
    }
}
