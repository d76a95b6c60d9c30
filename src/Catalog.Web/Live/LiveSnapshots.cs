using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>
/// The snapshots the hub returns on join, read from the request index (never from request grains) and shared
/// between browsers joining at the same time (<see cref="SnapshotCoalescer{TKey, TValue}"/>).
/// </summary>
public sealed class LiveSnapshots(IGrainFactory grains, LiveReadings readings)
{
    private static readonly RequestStatus[] OpenStatuses = [.. Enum.GetValues<RequestStatus>().Where(RequestLifecycle.IsOpen)];

    private readonly SnapshotCoalescer<(QueueRole Role, string DepartmentId), LiveQueueSnapshot> queues = new();
    private readonly SnapshotCoalescer<string, LiveBoardSnapshot> board = new();

    /// <summary>A department's queue in a role, sorted by what breaches first, its clocks read on the silo's clock.</summary>
    public Task<LiveQueueSnapshot> QueueAsync(QueueRole role, string departmentId) =>
        queues.GetAsync((role, departmentId), key => LoadQueueAsync(key.Role, key.DepartmentId));

    /// <summary>The open requests at risk or breached in every provider department, and every pair's SLA figures.</summary>
    public Task<LiveBoardSnapshot> BoardAsync() => board.GetAsync(LiveGroups.Board, _ => LoadBoardAsync());

    private async Task<LiveQueueSnapshot> LoadQueueAsync(QueueRole role, string departmentId)
    {
        var listing = grains.GetRequestQueries().ListAsync(new QueueQuery(role, departmentId));
        var clock = await grains.GetGrain<IClockGrain>(0).GetAsync();
        var page = await listing;
        var (items, windows) = await readings.ReadAsync(page.Items, clock.Now);
        return new LiveQueueSnapshot(items, page.Total, clock.Now, windows);
    }

    private async Task<LiveBoardSnapshot> LoadBoardAsync()
    {
        var departments = await grains.GetCatalogueIndex().ListDepartmentsAsync();
        var perDepartment = await Task.WhenAll(departments.Select(d => BoardOfAsync(d.Id)));
        var requests = perDepartment
            .SelectMany(d => d.Requests)
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .OrderBy(r => r.NextDueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        return new LiveBoardSnapshot(requests, [.. perDepartment.SelectMany(d => d.Counters)], perDepartment.Any(d => d.Truncated));
    }

    private async Task<LiveBoardSnapshot> BoardOfAsync(string departmentId)
    {
        var queries = grains.GetRequestQueries();
        var atRisk = queries.ListAsync(new QueueQuery(QueueRole.Provider, departmentId, OpenStatuses, AtRisk: true));
        var breached = queries.ListAsync(new QueueQuery(QueueRole.Provider, departmentId, OpenStatuses, Breached: true));
        var counters = grains.GetSlaCounters(departmentId).GetAsync();
        var (risky, late) = (await atRisk, await breached);
        return new LiveBoardSnapshot(
            [.. risky.Items, .. late.Items],
            await counters,
            risky.Total > risky.Items.Count || late.Total > late.Items.Count);
    }
}
