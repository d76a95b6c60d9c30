using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The live pages' own platform: the demo organisation with a dozen requests between its departments, on a fake
/// clock that starts on Monday 23 November 2026 at 10:00 in Toronto (mid-morning of a business day), so a test can
/// drive a breach by moving the clock.
/// </summary>
public sealed class LivePagesPlatform : CatalogPlatform, IAsyncLifetime
{
    /// <summary>Monday 2026-11-23 10:00 America/Toronto.</summary>
    public static readonly DateTimeOffset MondayTenAm = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(-5));

    public LivePagesPlatform() => Clock = new FakeTimeProvider(MondayTenAm);

    /// <summary>The requests filed on start, as the pages should show them.</summary>
    internal IReadOnlyList<DemoRequests.Filed> Demo { get; private set; } = [];

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Demo = await DemoRequests.SeedAsync(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

/// <summary>The live pages' tests share one platform and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class LivePagesCollection : ICollectionFixture<LivePagesPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "live pages";
}
