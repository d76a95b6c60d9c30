using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// Browser tests share one Chromium and a platform of their own, so the data they see is the untouched demo
/// organisation (the API tests create and retire entries on theirs).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<CatalogPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
