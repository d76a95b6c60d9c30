extern alias abstractions;
using abstractions::Catalog.Requests;
using Catalog.Grains.Requests;
using Catalog.Storage.Migration;
using Catalog.Storage.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using GrainStorageNames = abstractions::Catalog.StorageNames;

namespace Catalog.Storage.Tests.Requests;

/// <summary>A request the official provider stored before the upgrade is copied when a silo starts, and loads.</summary>
public sealed class RequestStoreMigrationSiloTests : IAsyncLifetime
{
    private readonly WritePathCluster platform = new();

    public Task InitializeAsync() => platform.InitializeAsync();

    public Task DisposeAsync() => platform.DisposeAsync();

    [Fact]
    public async Task A_request_of_the_official_provider_is_copied_at_silo_start_and_loads_through_its_grain()
    {
        var parties = await platform.PartiesAsync();
        var filed = await platform.FileAsync(parties);
        var services = ((InProcessSiloHandle)platform.Cluster.Primary!).SiloHost!.Services;
        var store = services.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.Requests);
        var state = new GrainState<RequestState>(new RequestState());
        await store.ReadStateAsync("request", GrainId.Create("catalog.request", filed.Id), state);
        // What the previous version left: a request in the official provider's layout, never in the request store.
        var oldId = RequestIds.Format(parties.Provider, 990_001);
        state.State!.Id = oldId;
        state.State.FilingKey = null;
        var serviceId = services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId;
        var payload = services.GetRequiredService<Serializer>().SerializeToArray(state.State);
        await platform.Tables.GetTableClient(platform.GrainStateTable)
            .AddEntityAsync(OfficialGrainStateEntity.Create(serviceId, "catalog.request", oldId, "request", payload));
        await platform.Tables.GetTableClient(platform.RequestTable).DeleteEntityAsync(RequestStoreKeys.MarkerPartition, RequestStateMigration.MarkerRow);

        await platform.Cluster.StartAdditionalSiloAsync(); // its start copies the official rows, before it takes calls

        var view = await platform.Grains.GetRequest(oldId).GetAsync();
        view.Id.Should().Be(oldId);
        view.Title.Should().Be(filed.Title);
        view.FiledAt.Should().Be(filed.FiledAt);
    }
}
