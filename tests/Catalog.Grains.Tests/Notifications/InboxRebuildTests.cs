using Catalog.Catalogue;
using Catalog.Domain.Notifications;
using Catalog.Domain.Requests;
using Catalog.Grains.Notifications;
using Catalog.Live;
using Catalog.Notifications;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Notifications;

public sealed class InboxRebuildTests
{
    private static readonly DateTimeOffset Since = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Since.AddMinutes(10);

    [Fact]
    public void A_request_filed_in_the_window_is_a_new_request_with_the_feed_s_id_and_one_filed_before_is_not()
    {
        var notices = InboxRebuild.From([Row("IT-1", Since.AddMinutes(-1)), Row("IT-2", Since.AddMinutes(3))], "it", Since, Now);

        notices.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new NotificationNotice("IT-2/1", NotificationKind.NewRequest, "it", "IT-2", "Title IT-2", Since.AddMinutes(3)));
    }

    [Fact]
    public void Crossings_of_the_department_s_clocks_in_the_window_are_warnings_and_breaches_the_requester_s_clocks_are_not()
    {
        var filed = Since.AddDays(-1);
        var rows = new[]
        {
            Row("IT-3", filed, Clock(ClockKind.Acknowledgement, "it", atRiskAt: Since.AddMinutes(2), dueAt: Since.AddMinutes(5))),
            Row("IT-4", filed, Clock(ClockKind.Resolution, "it", atRiskAt: Since.AddMinutes(-30), dueAt: Now.AddHours(1))),
            Row("IT-5", filed, Clock(ClockKind.ClientResponse, "it", atRiskAt: Since.AddMinutes(2), dueAt: Since.AddMinutes(5))),
            Row("IT-6", filed, Clock(ClockKind.Acknowledgement, "hr", atRiskAt: Since.AddMinutes(2), dueAt: Since.AddMinutes(5))),
        };

        var notices = InboxRebuild.From(rows, "it", Since, Now);

        notices.Select(n => (n.Kind, n.RequestId, n.Clock, n.At)).Should().Equal(
            (NotificationKind.Warning, "IT-3", ClockKind.Acknowledgement, Since.AddMinutes(2)),
            (NotificationKind.Breach, "IT-3", ClockKind.Acknowledgement, Since.AddMinutes(5)));
    }

    [Fact]
    public void A_rebuilt_crossing_repeats_one_listed_for_the_same_request_and_clock_whatever_its_id()
    {
        var listed = new NotificationNotice("IT-3/4", NotificationKind.Breach, "it", "IT-3", "T", Since, ClockKind.Acknowledgement, Since);
        var rebuilt = listed with { Id = "IT-3/Breach-Acknowledgement" };

        InboxRebuild.Repeats(rebuilt, listed).Should().BeTrue();
        InboxRebuild.Repeats(rebuilt with { Clock = ClockKind.Resolution }, listed).Should().BeFalse();
        InboxRebuild.Repeats(rebuilt with { Kind = NotificationKind.Warning }, listed).Should().BeFalse();
    }

    private static LiveClockReading Clock(ClockKind kind, string holder, DateTimeOffset atRiskAt, DateTimeOffset dueAt) =>
        new(kind, ClockRunState.Running, holder, holder, Target.BusinessHours(4), TimeSpan.FromHours(1), dueAt, atRiskAt, false, false, null);

    private static RequestSummary Row(string id, DateTimeOffset filedAt, params LiveClockReading[] clocks) =>
        new(id, "it.laptop", new LocalizedText("Portable", "Laptop"), "it", "hr", "hr.requester", "Title " + id, RequestStatus.Submitted,
            false, false, null, filedAt, filedAt, Clocks: clocks);
}
