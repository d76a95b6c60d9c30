namespace Catalog.Grains.Tests.Catalogue;

/// <summary>A cluster of its own whose silo seeds the demo organisation on start.</summary>
public sealed class DemoClusterFixture()
    : ClusterFixture(new Dictionary<string, string?> { ["Catalog:SeedDemoData"] = "true" });
