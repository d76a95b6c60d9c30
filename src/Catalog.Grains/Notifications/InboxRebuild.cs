using Catalog.Catalogue;
using Catalog.Domain.Notifications;
using Catalog.Notifications;
using Catalog.Requests;

namespace Catalog.Grains.Notifications;

/// <summary>
/// The notices an agent or manager of a department was handed in a window, found again in their department's provider
/// queue (the stored request index): a request filed in it is a <see cref="NotificationKind.NewRequest"/>, a clock the
/// department holds that reached its warning or its target in it is a <see cref="NotificationKind.Warning"/> or a
/// <see cref="NotificationKind.Breach"/>, as <see cref="NotificationRouting"/> routes them. Client-response clocks are
/// left out: those the feed routes to the requester, whose notices are stored at once. Oldest first.
/// </summary>
internal static class InboxRebuild
{
    /// <summary>The id the feed gives a filing's notice: a request's filing is its first event.</summary>
    public static string FiledId(string requestId) => requestId + "/1";

    /// <summary>The notices of <paramref name="rows"/> for <paramref name="departmentId"/>'s people, after <paramref name="since"/> and up to <paramref name="now"/>.</summary>
    public static IReadOnlyList<NotificationNotice> From(IEnumerable<RequestSummary> rows, string departmentId, DateTimeOffset since, DateTimeOffset now)
    {
        var notices = new List<NotificationNotice>();
        bool InWindow(DateTimeOffset at) => at > since && at <= now;
        foreach (var row in rows)
        {
            if (row.ProviderDepartmentId == departmentId && InWindow(row.FiledAt))
            {
                notices.Add(new NotificationNotice(FiledId(row.Id), NotificationKind.NewRequest, departmentId, row.Id, row.Title, row.FiledAt));
            }

            foreach (var clock in row.Clocks ?? [])
            {
                if (clock.Kind == ClockKind.ClientResponse || clock.HolderDepartmentId != departmentId)
                {
                    continue;
                }

                // A running clock's row may be older than its crossings: its instants say when they came.
                var running = clock.State == ClockRunState.Running;
                if (clock.AtRiskAt is { } riskAt && (clock.AtRisk || running) && InWindow(riskAt))
                {
                    notices.Add(Crossing(NotificationKind.Warning, row, departmentId, clock, riskAt));
                }

                var breachedAt = clock.BreachedAt ?? (running ? clock.DueAt : null);
                if (breachedAt is { } at && InWindow(at))
                {
                    notices.Add(Crossing(NotificationKind.Breach, row, departmentId, clock, at));
                }
            }
        }

        return [.. notices.OrderBy(n => n.At).ThenBy(n => n.Id, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="notice"/> says what <paramref name="kept"/> already says (same id, or the same crossing of the same clock).</summary>
    public static bool Repeats(NotificationNotice notice, NotificationNotice kept) =>
        kept.Id == notice.Id
        || (notice.Kind is NotificationKind.Warning or NotificationKind.Breach && kept.Kind == notice.Kind
            && kept.RequestId == notice.RequestId && kept.Clock == notice.Clock);

    private static NotificationNotice Crossing(NotificationKind kind, RequestSummary row, string departmentId, Live.LiveClockReading clock, DateTimeOffset at) =>
        new($"{row.Id}/{kind}-{clock.Kind}", kind, departmentId, row.Id, row.Title, at, clock.Kind, clock.DueAt ?? at);
}
