namespace Catalog.Grains.Tests.Requests;

/// <summary>The tests sharing one <see cref="RequestClusterFixture"/>; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class RequestClusterCollection : ICollectionFixture<RequestClusterFixture>
{
    public const string Name = "RequestCluster";
}
