using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Live;

/// <summary>A platform of the live tests' own: requests other tests file never show up in their groups.</summary>
public sealed class LivePlatform : CatalogPlatform;
