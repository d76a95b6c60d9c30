using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Grains.Requests;
using Catalog.Requests;
using Catalog.Sla;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Catalog.Grains.Tests.Requests;

/// <summary>The request grains' stored state survives the silo's grain storage serializer (the one table storage uses).</summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestStoredStateTests(RequestClusterFixture fixture)
{
    private readonly IGrainStorageSerializer serializer =
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost!.Services.GetRequiredService<IGrainStorageSerializer>();

    [Fact]
    public async Task Request_state_round_trips_through_the_storage_serializer()
    {
        var parties = await RequestTestData.PartiesAsync(grains: fixture.Grains);
        var service = (await fixture.Grains.GetService(parties.ServiceId).GetAsync()).Current;
        var clocks = await fixture.Grains.GetAgreementBook(parties.Provider).ResolveAsync(service, parties.Client);
        var now = DateTimeOffset.UtcNow;
        var state = new RequestState
        {
            Id = "IT-000001",
            ServiceId = service.Id,
            ServiceVersion = 1,
            ServiceName = service.Name,
            ProviderDepartmentId = parties.Provider,
            ClientDepartmentId = parties.Client,
            Requester = "Rémi",
            Title = "Laptop",
            Answers = new Dictionary<string, string>(StringComparer.Ordinal) { ["costCentre"] = "4410" },
            Status = RequestStatus.WaitingOnClient,
            PauseReason = PauseReason.QuoteAcceptance,
            FiledAt = now,
            UpdatedAt = now,
            AgreementId = clocks.AgreementId,
            AgreementVersion = clocks.AgreementVersion,
            Policies = [.. clocks.Clocks],
            Clocks =
            [
                new RequestState.Clock(ClockKind.Resolution, Target.BusinessDays(5), 0.75, parties.Provider,
                    [new RequestState.Span(now, now.AddHours(1), parties.Provider)], false, now.AddMinutes(45), null, null),
                new RequestState.Clock(ClockKind.ClientResponse, Target.BusinessDays(2), 0.8, parties.Client,
                    [new RequestState.Span(now.AddHours(1), null, parties.Client)], false, null, null, null),
            ],
            History = [new TransitionRecord(RequestAction.WaitOnClient, RequestStatus.InProgress, RequestStatus.WaitingOnClient, now, "agent", PauseReason.QuoteAcceptance, "Quote attached.")],
            Comments = [new RequestState.Comment(now, "agent", "Quote attached.")],
            Sequence = 7,
            // As AuditRecorder prepares it: the changes in a plain array (the storage serializer records runtime types).
            PendingAudit =
            [
                new AuditEntry("0638000000000000000-abcdef-00000001", now, AuditEntityTypes.Request, "IT-000001", "WaitOnClient",
                    new AuditCaller("it.agent", "Agent", "it", "10.0.0.8", "test"), new[] { new AuditChange("status", "InProgress", "WaitingOnClient") }),
            ],
        };

        var copy = serializer.Deserialize<RequestState>(serializer.Serialize(state));

        copy.Should().BeEquivalentTo(state);
    }

    [Fact]
    public void Intake_and_number_states_round_trip_through_the_storage_serializer()
    {
        var intake = new RequestIntakeState { RequestId = "IT-000042" };
        var number = new RequestNumberState { Last = 42 };

        serializer.Deserialize<RequestIntakeState>(serializer.Serialize(intake)).Should().BeEquivalentTo(intake);
        serializer.Deserialize<RequestNumberState>(serializer.Serialize(number)).Should().BeEquivalentTo(number);
    }
}
