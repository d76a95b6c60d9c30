namespace Catalog.Functional.Tests.Infrastructure;

/// <summary>Tests that share one running platform with the demo organisation (starting one takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<CatalogPlatform>
{
    public const string Name = "platform";
}
