using Catalog.Catalogue;
using Catalog.Grains.Catalogue;
using Catalog.Grains.Demo;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Catalog.Grains.Tests.Catalogue;

/// <summary>The catalogue's stored state survives the silo's grain storage serializer (the one table storage uses).</summary>
[Collection(ClusterCollection.Name)]
public sealed class StoredStateTests(ClusterFixture fixture)
{
    private readonly IGrainStorageSerializer serializer =
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<IGrainStorageSerializer>();

    [Fact]
    public void Service_state_round_trips_through_the_storage_serializer()
    {
        // Demo drafts hold compiler-made read-only lists, like drafts built in code.
        var entries = DemoCatalogue.Services.Select((d, i) => ServiceEntries.FromDraft(d.Id!, i + 1, d, DateTimeOffset.UtcNow));
        var state = new ServiceState { Versions = [.. entries], RetiredAt = DateTimeOffset.UtcNow };

        var copy = serializer.Deserialize<ServiceState>(serializer.Serialize(state));

        copy.Should().BeEquivalentTo(state);
    }

    [Fact]
    public void Index_state_round_trips_through_the_storage_serializer()
    {
        var state = new CatalogueIndexState();
        foreach (var department in DemoCatalogue.Departments)
        {
            state.Departments[department.Id] = department;
        }

        foreach (var d in DemoCatalogue.Services)
        {
            state.Services[d.Id!] = new ServiceSummary(d.Id!, 1, d.DepartmentId, d.Category, d.Name, d.Description, d.Turnaround, d.Cost, false);
        }

        var copy = serializer.Deserialize<CatalogueIndexState>(serializer.Serialize(state));

        copy.Should().BeEquivalentTo(state);
    }
}
