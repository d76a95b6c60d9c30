using Catalog.Audit;
using Catalog.Domain.Requests;
using Catalog.Grains.Audit;
using Catalog.Grains.Requests;
using Catalog.Grains.Tests.Requests;
using Catalog.Requests;
using static Catalog.Grains.Tests.Audit.AuditTestData;

namespace Catalog.Grains.Tests.Audit;

/// <summary>A request's change and its audit entry are stored together: a trail failure loses no entry.</summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestAuditOutboxTests(RequestClusterFixture fixture)
{
    private static readonly GrainType RequestGrainType = GrainType.Create(RequestGrainTypes.Request);
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_filing_whose_entry_the_trail_refuses_fails_but_stands_and_its_retry_stores_the_entry_once_as_made()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties);
        var filedAt = fixture.Time.GetUtcNow();
        fixture.AuditFaults.FailNext(e => e.Action == AuditActions.Filed && e.Changes.Contains(new AuditChange("clientDepartmentId", null, parties.Client)));
        ActAsInes();

        var act = () => RequestTestData.FileAsync(grains, filing);

        await act.Should().ThrowAsync<Exception>().WithMessage("*audit trail is down*");
        fixture.Time.MoveTo(filedAt.AddHours(1));
        CallerContext.Set(Someone);
        var view = await RequestTestData.FileAsync(grains, filing);
        view.FiledAt.Should().Be(filedAt, "the first filing was stored");
        await grains.GetRequest(view.Id).ActAsync(new RequestCommand(RequestAction.Start, "agent"));

        var entries = fixture.Audit.For(AuditEntityTypes.Request, view.Id);
        entries.Select(e => e.Action).Should().Equal("Filed", "Start");
        entries[0].Caller.Should().Be(Ines);
        entries[0].At.Should().Be(filedAt);
        entries[1].Caller.Should().Be(Someone);
    }

    [Fact]
    public async Task An_action_whose_entry_the_trail_refuses_fails_but_stands_and_the_next_activation_stores_the_entry_once()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var request = grains.GetRequest(filed.Id);
        var actedAt = fixture.Time.GetUtcNow();
        fixture.AuditFaults.FailNext(e => e.EntityId == filed.Id && e.Action == "Start");
        ActAsInes();

        var act = () => request.ActAsync(new RequestCommand(RequestAction.Start, "agent"));

        await act.Should().ThrowAsync<Exception>().WithMessage("*audit trail is down*");
        fixture.Audit.For(AuditEntityTypes.Request, filed.Id).Select(e => e.Action).Should().Equal("Filed");
        fixture.Time.MoveTo(actedAt.AddHours(1));
        CallerContext.Set(Someone);

        await DeactivateAsync(request);
        (await request.GetAsync()).Status.Should().Be(RequestStatus.InProgress, "the action was stored");
        var entries = fixture.Audit.For(AuditEntityTypes.Request, filed.Id);
        entries.Select(e => e.Action).Should().Equal("Filed", "Start");
        entries[1].Caller.Should().Be(Ines);
        entries[1].At.Should().Be(actedAt);

        // Still pending in storage (no write since): the next activation replays it, and the trail keeps one.
        await DeactivateAsync(request);
        await request.GetAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "On it."));

        entries = fixture.Audit.For(AuditEntityTypes.Request, filed.Id);
        entries.Select(e => e.Action).Should().Equal("Filed", "Start", "Comment");
        entries[1].At.Should().Be(actedAt);
    }

    private async Task DeactivateAsync(IRequestGrain request)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var id = request.GetGrainId();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await management.GetActiveGrains(RequestGrainType)).Contains(id))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the request grain should deactivate when asked");
            await management.DeactivateGrain(id, CancellationToken.None);
            await Task.Delay(50);
        }
    }
}
