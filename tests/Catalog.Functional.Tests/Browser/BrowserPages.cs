using Microsoft.Playwright;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The pages one test opens: each in a fresh browser profile (so each has its own sign-in) in Toronto's time zone,
/// watched for uncaught errors, console errors and CSP violations, and closed when the test ends.
/// </summary>
internal sealed class BrowserPages(BrowserFixture browser, Uri baseAddress) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];
    private readonly List<PageProblems> problems = [];

    /// <summary>A new page, signed in as nobody.</summary>
    public async Task<IPage> NewPageAsync(bool allowFailedResponses = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-CA",
            TimezoneId = "America/Toronto",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = ColorScheme.Light,
        });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        problems.Add(new PageProblems(page) { AllowFailedResponses = allowFailedResponses });
        return page;
    }

    /// <summary>A new page signed in as <paramref name="userId"/> through the sign-in page, then at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path, string userId, bool allowFailedResponses = false)
    {
        var page = await NewPageAsync(allowFailedResponses);
        await BrowserSignIn.SignInAsync(page, userId, path);
        return page;
    }

    /// <summary>Saves a screenshot named <paramref name="name"/> and checks that no page reported a problem.</summary>
    public async Task FinishAsync(IPage page, string name)
    {
        await BrowserFixture.ScreenshotAsync(page, name);
        problems.SelectMany(p => p.All).Should().BeEmpty("the pages must not throw, log errors or break their CSP");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }
}
