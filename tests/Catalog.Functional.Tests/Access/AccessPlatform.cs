using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Access;

/// <summary>The demo organisation on a platform of its own: the access matrix changes roles, services and agreements.</summary>
public sealed class AccessPlatform : CatalogPlatform;

/// <summary>The tests that share the <see cref="AccessPlatform"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessPlatform>
{
    public const string Name = "access";
}
