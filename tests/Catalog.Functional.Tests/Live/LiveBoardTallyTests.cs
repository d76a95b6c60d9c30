using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Functional.Tests.Queues;
using Catalog.Requests;
using Catalog.Web.Live;

namespace Catalog.Functional.Tests.Live;

/// <summary>
/// What each live event changes in the board's figures, as the web host counts it: a filing adds one, a step moves
/// open and at-risk, a breach adds one once, the events of one step carry the change once, a transfer moves the
/// request between pairs, and a request the host never saw says it cannot tell.
/// </summary>
public sealed class LiveBoardTallyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_event_carries_what_it_changes_once()
    {
        var tally = new LiveBoardTally();
        var filed = Row(RequestStatus.Submitted);

        Counts(tally.Move(new RequestFiled("IT-1", "it", "hr", 1, Now, filed))).Should().Equal((1, 1, 0, 0));
        Counts(tally.Move(new ClockAtRisk("IT-1", "it", "hr", 2, Now, ClockKind.Acknowledgement, "it", Now, filed with { AtRisk = true })))
            .Should().Equal((0, 0, 1, 0));

        // One step, two events with the same summary after it: a breach recorded as the request was resolved.
        var resolved = filed with { Status = RequestStatus.Resolved, Breached = true, AtRisk = false };
        Counts(tally.Move(new ClockBreached("IT-1", "it", "hr", 3, Now, ClockKind.Resolution, "it", Now, resolved))).Should().Equal((0, 0, -1, 1));
        Counts(tally.Move(Transitioned(4, RequestStatus.InProgress, resolved))).Should().BeEmpty("the step's first event carried it");

        Counts(tally.Move(Transitioned(5, RequestStatus.Resolved, resolved with { Status = RequestStatus.Closed })))
            .Should().Equal([(0, -1, 0, 0)], "a closed request still counts as filed and breached, no longer open");
    }

    [Fact]
    public void A_transfer_moves_the_request_from_one_pair_to_the_other()
    {
        var tally = new LiveBoardTally();
        var row = Row(RequestStatus.Acknowledged);
        tally.Move(new RequestFiled("IT-1", "it", "hr", 1, Now, row));

        var moved = tally.Move(Transitioned(2, RequestStatus.Acknowledged, row with { ProviderDepartmentId = "facilities" }));

        moved.Should().HaveCount(2);
        moved![0].Should().Be(BoardShare.Of(row) with { Filed = -1, Open = -1, AtRisk = 0, Breached = 0 });
        moved[1].ProviderDepartmentId.Should().Be("facilities");
        Counts([moved[1]]).Should().Equal((1, 1, 0, 0));
    }

    [Fact]
    public void A_request_the_host_never_saw_cannot_tell_its_change_but_its_next_event_can()
    {
        var tally = new LiveBoardTally();
        var row = Row(RequestStatus.InProgress);

        tally.Move(Transitioned(7, RequestStatus.Acknowledged, row)).Should().BeNull();
        Counts(tally.Move(Transitioned(8, RequestStatus.InProgress, row with { Status = RequestStatus.Cancelled }))).Should().Equal((0, -1, 0, 0));
    }

    [Fact]
    public void A_full_tally_starts_again_rather_than_growing()
    {
        var tally = new LiveBoardTally(capacity: 2);
        foreach (var id in new[] { "IT-1", "IT-2", "IT-3" })
        {
            tally.Move(new RequestFiled(id, "it", "hr", 1, Now, Row(RequestStatus.Submitted) with { Id = id }));
        }

        tally.Count.Should().Be(1);
        tally.Move(Transitioned(2, RequestStatus.Submitted, Row(RequestStatus.Acknowledged) with { Id = "IT-1" })).Should().BeNull();
    }

    private static RequestSummary Row(RequestStatus status) => IndexRows.Summary("IT-1", "it", "hr", Now, Now.AddHours(4), status);

    private static RequestTransitioned Transitioned(long sequence, RequestStatus from, RequestSummary after) => new(
        after.Id, after.ProviderDepartmentId, after.ClientDepartmentId, sequence, Now,
        new TransitionRecord(RequestAction.Comment, from, after.Status, Now, "it.agent", null, null, null), after);

    private static (int, int, int, int)[] Counts(IReadOnlyList<BoardShare>? shares) =>
        [.. shares!.Select(s => (s.Filed, s.Open, s.AtRisk, s.Breached))];
}
