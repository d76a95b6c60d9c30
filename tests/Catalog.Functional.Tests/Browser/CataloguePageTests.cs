using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Playwright;
using static Catalog.Functional.Tests.Browser.DemoCatalogue;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The catalogue page in Chromium against the running platform and its demo organisation, signed in as HR's requester:
/// the page lists what HR may request, as the API answers HR.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CataloguePageTests(CatalogPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private const string Person = "hr.requester";
    private DemoCatalogue demo = null!;
    private PageProblems problems = null!;
    private IBrowserContext context = null!;
    private IPage page = null!;

    private ILocator Cards => page.GetByTestId("service-card");

    private ILocator Detail => page.GetByTestId("service-detail");

    public async Task InitializeAsync()
    {
        demo = new DemoCatalogue(await platform.AsAsync(Person));
        page = await OpenBrowserAsync("en-CA");
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        // Switching the page's language saves it as the person's choice: forget it, so the next test starts as the demo does.
        await (await platform.AsAsync(Person)).PutAsJsonAsync("api/me/language", new { language = (string?)null });
    }

    [Fact]
    public async Task Catalogue_page_lists_the_demo_departments_with_their_counts_and_every_service()
    {
        var departments = await demo.DepartmentsAsync();
        var services = await demo.ServicesAsync();

        await page.GotoAsync("/");

        await Expect(Cards).ToHaveCountAsync(services.Count);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{services.Count} services");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Catalog");
        await Expect(page.GetByTestId("department-all")).ToHaveAttributeAsync("aria-current", "true");
        departments.Count.Should().BeGreaterThanOrEqualTo(6);
        foreach (var department in departments)
        {
            var item = page.GetByTestId($"department-{Id(department)}");
            await Expect(item).ToContainTextAsync(English(department!["name"]));
            await Expect(item).ToContainTextAsync(department["serviceCount"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        (await CardIdsAsync()).Should().BeEquivalentTo(Ids(services));
        await FinishAsync();
    }

    [Fact]
    public async Task Searching_laptop_narrows_the_list_to_the_matching_services()
    {
        await SearchNarrowsTheListAsync("laptop");
        await FinishAsync();
    }

    [Fact]
    public async Task Searching_the_french_word_ordinateur_finds_the_same_kind_of_service()
    {
        await SearchNarrowsTheListAsync("ordinateur");
        await FinishAsync();
    }

    [Fact]
    public async Task Choosing_a_department_lists_only_its_services_and_puts_it_in_the_address()
    {
        var all = await demo.ServicesAsync();
        var departments = await demo.DepartmentsAsync();
        var department = departments.FirstOrDefault(d => Id(d) == "hr" && d!["serviceCount"]!.GetValue<int>() > 0)
            ?? departments.First(d => d!["serviceCount"]!.GetValue<int>() > 0);
        var id = Id(department);
        var expected = await demo.ServicesAsync("department=" + id);

        await page.GotoAsync("/");
        await Expect(Cards).ToHaveCountAsync(all.Count);
        await page.GetByTestId($"department-{id}").ClickAsync();

        await Expect(Cards).ToHaveCountAsync(expected.Count);
        expected.Count.Should().BeLessThan(all.Count);
        (await CardIdsAsync()).Should().BeEquivalentTo(Ids(expected));
        await Expect(page.GetByTestId($"department-{id}")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(English(department!["name"]));
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]department={Regex.Escape(id)}"));
        foreach (var card in await Cards.AllAsync())
        {
            await Expect(card).ToContainTextAsync(English(department["name"]));
        }

        await FinishAsync();
    }

    [Fact]
    public async Task Opening_a_service_shows_its_turnaround_cost_steps_and_standards_and_Escape_closes_it()
    {
        var details = await LaptopServiceAsync();
        var id = Id(details);
        var entry = details["current"]!;

        await page.GotoAsync("/?q=laptop");
        await CardOf(id).ClickAsync();

        await Expect(Detail).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"#service={Regex.Escape(id)}$"));
        await Expect(Detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(English(entry["name"]));
        await Expect(Detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeFocusedAsync();
        await Expect(Detail.GetByTestId("detail-turnaround")).ToHaveTextAsync(EnglishTarget(entry["turnaround"]));
        await Expect(Detail.GetByTestId("detail-cost")).ToHaveTextAsync(EnglishCost(entry["cost"]));
        await Expect(Detail.GetByTestId("detail-version")).ToHaveTextAsync($"Version {entry["version"]}");

        var steps = entry["steps"]!.AsArray().Select(English).ToArray();
        steps.Should().NotBeEmpty("the laptop service lists the steps the client follows");
        await Expect(Detail.GetByTestId("detail-steps").Locator("ol > li")).ToHaveTextAsync(steps);

        var standards = entry["standards"]!.AsArray();
        standards.Should().NotBeEmpty("every demo service carries its service standards");
        var shown = Detail.GetByTestId("detail-standard");
        await Expect(shown).ToHaveCountAsync(standards.Count);
        for (var i = 0; i < standards.Count; i++)
        {
            await Expect(shown.Nth(i)).ToContainTextAsync(EnglishTarget(standards[i]!["target"]));
        }

        await Expect(Detail.GetByTestId("detail-versions").Locator("li")).ToHaveCountAsync(details["versions"]!.AsArray().Count);
        await FinishAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(Detail).ToBeHiddenAsync();
        await Expect(CardOf(id).Locator(".card-link")).ToBeFocusedAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("#service="));
    }

    [Fact]
    public async Task Switching_to_French_shows_French_labels_and_service_names_and_survives_a_reload()
    {
        var service = (await demo.ServicesAsync())[0]!;
        await page.GotoAsync("/");
        await Expect(Cards).ToHaveCountAsync((await demo.ServicesAsync()).Count);
        await Expect(page.GetByLabel("Search services", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByTestId("lang-fr").ClickAsync();
        await ExpectFrenchAsync(service);

        await page.ReloadAsync();
        await ExpectFrenchAsync(service);
        (await page.EvaluateAsync<string>("() => localStorage.getItem('catalog.lang')")).Should().Be("fr");
        await FinishAsync();
    }

    [Fact]
    public async Task A_French_browser_gets_the_page_and_the_service_details_in_French()
    {
        await context.DisposeAsync();
        page = await OpenBrowserAsync("fr-CA");
        var details = await LaptopServiceAsync();
        var entry = details["current"]!;

        await page.GotoAsync($"/#service={Uri.EscapeDataString(Id(details))}");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr-CA");
        await Expect(page.GetByTestId("lang-fr")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(French(entry["name"]));
        await Expect(Detail.GetByTestId("detail-turnaround")).ToHaveTextAsync(FrenchTarget(entry["turnaround"]));
        await Expect(Detail.GetByRole(AriaRole.Heading, new() { Name = "Étapes à suivre" })).ToBeVisibleAsync();
        await Expect(Detail.GetByRole(AriaRole.Heading, new() { Name = "Normes de service" })).ToBeVisibleAsync();
        await Expect(Detail.GetByTestId("detail-steps").Locator("ol > li").First)
            .ToHaveTextAsync(French(entry["steps"]![0]));
        await FinishAsync();
    }

    [Fact]
    public async Task A_shared_link_restores_the_filters_and_the_open_service_and_the_keyboard_opens_and_closes_it()
    {
        var details = await LaptopServiceAsync();
        var id = Id(details);
        var department = details["current"]!["departmentId"]!.GetValue<string>();

        await page.GotoAsync($"/?department={department}&q=laptop#service={Uri.EscapeDataString(id)}");

        await Expect(page.GetByTestId("search")).ToHaveValueAsync("laptop");
        await Expect(page.GetByTestId($"department-{department}")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(Detail).ToBeVisibleAsync();
        await Expect(Detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(English(details["current"]!["name"]));
        await Expect(CardOf(id).Locator(".card-link")).ToHaveAttributeAsync("aria-current", "true");
        await FinishAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(Detail).ToBeHiddenAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"department={Regex.Escape(department)}&q=laptop$"));

        await CardOf(id).Locator(".card-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(Detail).ToBeVisibleAsync();
        await Expect(Detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_search_without_results_says_so_and_clearing_the_filters_brings_everything_back()
    {
        var all = await demo.ServicesAsync();
        await page.GotoAsync("/?q=zzzqxw");

        await Expect(page.GetByTestId("empty-state")).ToBeVisibleAsync();
        await Expect(Cards).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("0 services match “zzzqxw”");
        await FinishAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await Expect(Cards).ToHaveCountAsync(all.Count);
        await Expect(page.GetByTestId("search")).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task A_failing_catalogue_call_shows_the_problem_title_and_detail_and_Try_again_recovers()
    {
        var all = await demo.ServicesAsync();
        var failing = new Regex("/api/catalogue(\\?.*)?$");
        await page.RouteAsync(failing, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503,
            ContentType = "application/problem+json",
            Body = """{"title":"Service Unavailable","detail":"The catalogue is restarting.","status":503}""",
        }));

        problems.AllowFailedResponses = true;
        await page.GotoAsync("/");

        await Expect(page.GetByTestId("message")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("message-title")).ToHaveTextAsync("Service Unavailable");
        await Expect(page.GetByTestId("message-detail")).ToHaveTextAsync("The catalogue is restarting.");
        await Expect(Cards).ToHaveCountAsync(0);
        await FinishAsync();

        await page.UnrouteAsync(failing);
        await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(Cards).ToHaveCountAsync(all.Count);
        await Expect(page.GetByTestId("message")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_link_to_an_unknown_service_shows_the_problem_the_API_returned_in_the_panel()
    {
        var response = await (await platform.AsAsync(Person)).GetAsync("api/catalogue/it.no-such-service");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        problems.AllowFailedResponses = true;
        await page.GotoAsync("/#service=it.no-such-service");

        await Expect(Detail).ToBeVisibleAsync();
        await Expect(Detail.GetByTestId("detail-message")).ToContainTextAsync(problem["title"]!.GetValue<string>());
        await Expect(Cards).Not.ToHaveCountAsync(0);
        await FinishAsync();

        await Detail.GetByTestId("detail-close").ClickAsync();
        await Expect(Detail).ToBeHiddenAsync();
    }

    private async Task<IPage> OpenBrowserAsync(string locale)
    {
        context = await browser.NewContextAsync(platform.BaseAddress, locale);
        var opened = await context.NewPageAsync();
        problems = new PageProblems(opened);
        await BrowserSignIn.SignInAsync(opened, Person);
        return opened;
    }

    private async Task SearchNarrowsTheListAsync(string term)
    {
        var all = await demo.ServicesAsync();
        var expected = await demo.ServicesAsync("q=" + Uri.EscapeDataString(term));
        expected.Should().NotBeEmpty("the demo organisation has a service about “{0}”", term);
        expected.Count.Should().BeLessThan(all.Count);

        await page.GotoAsync("/");
        await Expect(Cards).ToHaveCountAsync(all.Count);
        await page.GetByLabel("Search services", new() { Exact = true }).FillAsync(term);

        await Expect(Cards).ToHaveCountAsync(expected.Count);
        (await CardIdsAsync()).Should().BeEquivalentTo(Ids(expected));
        await Expect(page.GetByTestId("result-count")).ToContainTextAsync($"“{term}”");
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]q={Regex.Escape(term)}"));
    }

    private async Task ExpectFrenchAsync(JsonNode service)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr-CA");
        await Expect(page.GetByTestId("lang-fr")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByLabel("Rechercher un service", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Catégorie", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("department-all")).ToContainTextAsync("Tous les départements");
        await Expect(page.GetByRole(AriaRole.Navigation)).ToContainTextAsync("Départements");
        var card = CardOf(Id(service));
        await Expect(card.GetByRole(AriaRole.Link)).ToHaveTextAsync(French(service["name"]));
        await Expect(card.GetByTestId("card-turnaround")).ToHaveTextAsync(FrenchTarget(service["turnaround"]));
    }

    /// <summary>The demo's laptop service (found by the same search a user makes), with steps and standards.</summary>
    private async Task<JsonObject> LaptopServiceAsync()
    {
        foreach (var summary in await demo.ServicesAsync("q=laptop"))
        {
            var details = await demo.DetailsAsync(Id(summary));
            if (details["current"]!["steps"]!.AsArray().Count > 0 && details["current"]!["standards"]!.AsArray().Count > 0)
            {
                return details;
            }
        }

        throw new InvalidOperationException("The demo organisation has no laptop service with steps and standards.");
    }

    private ILocator CardOf(string id) => page.Locator($"[data-testid='service-card'][data-service-id='{id}']");

    private async Task<List<string>> CardIdsAsync() =>
        [.. (await Cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.serviceId)"))];

    private async Task FinishAsync([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        await BrowserFixture.ScreenshotAsync(page, test);
        problems.All.Should().BeEmpty("the page must not throw, log errors or break its CSP");
    }
}
