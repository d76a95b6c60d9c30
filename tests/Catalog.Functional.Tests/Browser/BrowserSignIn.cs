using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Catalog.Functional.Tests.Browser;

/// <summary>Signing in through the real sign-in page, as a person would: the demo sign-in's button for them.</summary>
internal static partial class BrowserSignIn
{
    /// <summary>
    /// Opens /signin (returning to <paramref name="returnPath"/>), clicks the button of <paramref name="userId"/>
    /// (e.g. "hr.requester") and waits until the browser is back on the site, signed in.
    /// </summary>
    public static async Task SignInAsync(IPage page, string userId, string returnPath = "/")
    {
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnPath.StartsWith('/') ? returnPath : "/" + returnPath));
        await page.GetByTestId($"signin-{userId}").ClickAsync();
        await page.WaitForURLAsync(url => !SignInPage().IsMatch(url));
    }

    /// <summary>Whether a URL is the sign-in page (or its form's target).</summary>
    public static bool IsSignInPage(string url) => SignInPage().IsMatch(url);

    [GeneratedRegex(@"^https?://[^/]+/signin(/|\?|$)")]
    private static partial Regex SignInPage();
}

/// <summary>
/// What a page reports that should never happen: uncaught exceptions and console errors, which include Content
/// Security Policy violations ("Refused to execute inline script …") and failed loads of the page's own resources.
/// </summary>
internal sealed class PageProblems
{
    private readonly List<string> problems = [];

    public PageProblems(IPage page)
    {
        page.PageError += (_, error) => Add($"uncaught: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(AllowFailedResponses && message.Text.StartsWith("Failed to load resource: the server responded", StringComparison.Ordinal)))
            {
                Add($"console: {message.Text} ({message.Location})");
            }
        };
    }

    /// <summary>For a test that makes the server fail on purpose: the browser's notes of failed responses are expected.</summary>
    public bool AllowFailedResponses { get; set; }

    /// <summary>Everything reported so far.</summary>
    public IReadOnlyList<string> All
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    private void Add(string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }
}
