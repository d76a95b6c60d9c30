using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// One headless Chromium for the browser tests. It is Debian's Chromium (browser downloads are impossible on
/// the build machines): <c>apt-get install -y chromium</c>, or point CATALOG_CHROMIUM at another binary.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Overrides the Chromium executable.</summary>
    public const string ChromiumVariable = "CATALOG_CHROMIUM";

    /// <summary>Where screenshots go; defaults to TestResults/screenshots under the working directory.</summary>
    public const string OutputVariable = "CATALOG_TEST_OUTPUT";

    private IPlaywright? playwright;

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The folder screenshots are written to (created on first use).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable(OutputVariable);
            return string.IsNullOrWhiteSpace(folder)
                ? Path.Combine(Directory.GetCurrentDirectory(), "TestResults", "screenshots")
                : folder;
        }
    }

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {executable}. Run `apt-get install -y chromium` or set {ChromiumVariable}.");
        }

        // The page's first calls wake grains on a cold silo; give assertions room before they fail.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>A fresh browser profile (no storage, no cookies) at 1280×800 in the given locale.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseAddress, string locale) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = ColorScheme.Light,
        });

    /// <summary>Saves a PNG of the page named after the calling test.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, [CallerMemberName] string test = "")
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, test + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Animations = ScreenshotAnimations.Disabled });
        return file;
    }
}
