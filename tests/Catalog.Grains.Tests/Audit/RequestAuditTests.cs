using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Grains.Tests.Requests;
using Catalog.Requests;
using static Catalog.Grains.Tests.Audit.AuditTestData;

namespace Catalog.Grains.Tests.Audit;

[Collection(RequestClusterCollection.Name)]
public sealed class RequestAuditTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Filing_records_the_service_the_parties_and_the_title_once_and_a_retried_filing_records_nothing()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties);
        ActAsInes();

        var view = await RequestTestData.FileAsync(grains, filing);
        var again = await RequestTestData.FileAsync(grains, filing);
        await grains.GetRequest(view.Id).FileAsync(new RequestFiling(filing, await CurrentServiceAsync(parties), default!));

        again.Id.Should().Be(view.Id);
        var entry = fixture.Audit.For(AuditEntityTypes.Request, view.Id).Should().ContainSingle().Subject;
        entry.Action.Should().Be("Filed");
        entry.Caller.Should().Be(Ines);
        entry.At.Should().Be(view.FiledAt);
        entry.Changes.Should().Equal(
            new AuditChange("serviceId", null, parties.ServiceId),
            new AuditChange("clientDepartmentId", null, parties.Client),
            new AuditChange("providerDepartmentId", null, parties.Provider),
            new AuditChange("requester", null, "Rémi Client"),
            new AuditChange("title", null, "Laptop for a new hire"),
            new AuditChange("status", null, "Submitted"));
    }

    [Fact]
    public async Task Every_action_records_the_status_before_and_after_with_its_reason_and_cut_comment()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var view = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var request = grains.GetRequest(view.Id);
        var longComment = new string('x', 500);
        ActAsInes();

        await request.ActAsync(new RequestCommand(RequestAction.Start, "agent"));
        await request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "agent", PauseReason.QuoteAcceptance, "Quote attached."));
        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: longComment));

        var entries = fixture.Audit.For(AuditEntityTypes.Request, view.Id);
        entries.Select(e => e.Action).Should().Equal("Filed", "Start", "WaitOnClient", "Comment");
        entries[0].Caller.Should().Be(AuditCaller.Catalog);
        entries.Skip(1).Should().OnlyContain(e => e.Caller == Ines);
        entries[1].Changes.Should().Equal(
            new AuditChange("status", "Submitted", "InProgress"),
            new AuditChange("by", null, "agent"));
        entries[2].Changes.Should().Equal(
            new AuditChange("status", "InProgress", "WaitingOnClient"),
            new AuditChange("reason", null, "QuoteAcceptance"),
            new AuditChange("comment", null, "Quote attached."),
            new AuditChange("by", null, "agent"));
        var comment = entries[3].Changes.Should().ContainSingle(c => c.Field == "comment").Subject;
        comment.After.Should().HaveLength(200).And.StartWith(new string('x', 199)).And.EndWith("…");
        entries[3].Changes.Should().NotContain(c => c.Field == "status", "a comment leaves the status as it was");
    }

    [Fact]
    public async Task At_risk_and_breach_marks_are_not_recorded()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var view = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var request = grains.GetRequest(view.Id);

        fixture.Time.MoveTo(view.FiledAt.AddDays(30));
        await request.CheckDeadlinesAsync();

        (await request.GetAsync()).Clock(ClockKind.Acknowledgement).Breached.Should().BeTrue();
        fixture.Audit.For(AuditEntityTypes.Request, view.Id).Select(e => e.Action).Should().Equal("Filed");
    }

    private async Task<ServiceEntry> CurrentServiceAsync(RequestParties parties) =>
        (await grains.GetService(parties.ServiceId).GetAsync()).Current;
}
