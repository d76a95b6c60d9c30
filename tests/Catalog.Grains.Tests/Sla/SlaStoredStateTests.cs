using Catalog.Grains.Demo;
using Catalog.Grains.Sla;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Catalog.Grains.Tests.Sla;

/// <summary>The SLA grains' stored state survives the silo's grain storage serializer (the one table storage uses).</summary>
[Collection(ClusterCollection.Name)]
public sealed class SlaStoredStateTests(ClusterFixture fixture)
{
    private readonly IGrainStorageSerializer serializer =
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<IGrainStorageSerializer>();

    [Fact]
    public void Agreement_book_state_round_trips_through_the_storage_serializer()
    {
        // Demo drafts hold compiler-made read-only lists, like drafts built in code.
        var state = new AgreementBookState();
        foreach (var (provider, draft) in DemoAgreements.All)
        {
            var id = AgreementIds.For(provider, draft, state.Agreements);
            state.Agreements[id] = new AgreementHistory
            {
                Versions =
                [
                    AgreementVersions.FromDraft(id, 1, provider, draft, DateTimeOffset.UtcNow),
                    AgreementVersions.FromDraft(id, 2, provider, draft with { ChangeNote = null }, DateTimeOffset.UtcNow),
                ],
                RetiredAt = provider == DemoDepartments.Legal ? DateTimeOffset.UtcNow : null,
            };
        }

        var copy = serializer.Deserialize<AgreementBookState>(serializer.Serialize(state));

        copy.Should().BeEquivalentTo(state);
    }

    [Fact]
    public void Calendar_state_round_trips_through_the_storage_serializer()
    {
        var state = new CalendarState { Settings = CalendarSettingsMapping.Normalize(DemoAgreements.Calendars[0].Calendar) };

        var copy = serializer.Deserialize<CalendarState>(serializer.Serialize(state));

        copy.Should().BeEquivalentTo(state);
    }
}
