using Catalog.Functional.Tests.Browser;

namespace Catalog.Functional.Tests.Live;

/// <summary>The live tests share one platform with the demo organisation, and a Chromium for the page script.</summary>
[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LivePlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "live";
}
