using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Access;

/// <summary>The demo organisation on a platform of its own: the access matrix changes roles, services and agreements.</summary>
public sealed class AccessPlatform : CatalogPlatform
{
    /// <summary>How often live connections are checked against the directory here (30 s in production).</summary>
    public static readonly TimeSpan SessionRecheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long the web tier caches a directory entry here (30 s in production).</summary>
    public static readonly TimeSpan DirectoryCacheLifetime = TimeSpan.FromSeconds(1);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Live:SessionRecheckInterval"] = SessionRecheckInterval.ToString(),
        ["Catalog:Auth:DirectoryCacheLifetime"] = DirectoryCacheLifetime.ToString(),
        // Every matrix call on a survey needs a fresh one offered to hr.requester: no fatigue rule here.
        ["Surveys:MinimumInterval"] = "00:00:00",
    };
}

/// <summary>The tests that share the <see cref="AccessPlatform"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessPlatform>
{
    public const string Name = "access";
}
