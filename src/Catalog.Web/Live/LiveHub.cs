using Catalog.Catalogue;
using Catalog.Domain.Catalogue;
using Catalog.Requests;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Live;

/// <summary>
/// The live hub at <see cref="Path"/>: a browser joins the groups it follows and gets their events in batches
/// (<see cref="ILiveClient.Events"/>). Joining returns a snapshot taken after the connection is in the group, so
/// a (re)connecting browser misses nothing: an event may appear in both the snapshot and the stream, never in
/// neither (the summary's UpdatedAt and the event's sequence tell which is newer). Browsers joining at the same
/// time share snapshot loads (<see cref="LiveSnapshots"/>). Bad arguments answer a
/// <see cref="HubException"/> whose message the browser sees.
/// </summary>
public sealed class LiveHub(IGrainFactory grains, LiveSnapshots snapshots, ILiveGroupAuthorizer authorizer) : Hub<ILiveClient>
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/live";

    /// <summary>
    /// Follows a department's queue: role "provider" (the requests it works on) or "client" (the requests it
    /// filed). Returns the queue as it stands, sorted by what breaches first.
    /// </summary>
    public async Task<QueuePage> JoinDepartment(string departmentId, string role)
    {
        var queueRole = await CheckDepartmentAsync(departmentId, role);
        if (!await authorizer.MayJoinDepartmentAsync(Context, departmentId, queueRole))
        {
            throw new HubException($"You may not follow the {LiveGroups.Department(queueRole, departmentId)} queue.");
        }

        var group = LiveGroups.Department(queueRole, departmentId);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        try
        {
            return await snapshots.QueueAsync(queueRole, departmentId);
        }
        catch (Exception)
        {
            // No snapshot, no join: the browser retries the whole call.
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Stops following a department's queue.</summary>
    public async Task LeaveDepartment(string departmentId, string role)
    {
        var queueRole = LiveGroups.ParseRole(role) ?? throw UnknownRole(role);
        if (!CatalogueIds.IsDepartmentId(departmentId))
        {
            throw UnknownDepartment(departmentId);
        }

        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Department(queueRole, departmentId), Context.ConnectionAborted);
    }

    /// <summary>
    /// Follows the organisation's board (every event). Returns the open requests at risk or breached in every
    /// provider department and the SLA figures of every department pair.
    /// </summary>
    public async Task<LiveBoardSnapshot> JoinBoard()
    {
        if (!await authorizer.MayJoinBoardAsync(Context))
        {
            throw new HubException("You may not follow the board.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Board, Context.ConnectionAborted);
        try
        {
            return await snapshots.BoardAsync();
        }
        catch (Exception)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Board, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Stops following the board.</summary>
    public Task LeaveBoard() => Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Board, Context.ConnectionAborted);

    /// <summary>The role, once the role and the department are known to be valid.</summary>
    private async Task<QueueRole> CheckDepartmentAsync(string? departmentId, string? role)
    {
        var queueRole = LiveGroups.ParseRole(role) ?? throw UnknownRole(role);
        if (!CatalogueIds.IsDepartmentId(departmentId))
        {
            throw UnknownDepartment(departmentId);
        }

        var departments = await grains.GetCatalogueIndex().ListDepartmentsAsync();
        if (!departments.Any(d => string.Equals(d.Id, departmentId, StringComparison.Ordinal)))
        {
            throw UnknownDepartment(departmentId);
        }

        return queueRole;
    }

    private static HubException UnknownRole(string? role) =>
        new($"Unknown role '{role}': use \"{LiveGroups.ProviderRole}\" (the requests a department works on) or \"{LiveGroups.ClientRole}\" (the requests it filed).");

    private static HubException UnknownDepartment(string? departmentId) =>
        new($"Unknown department '{departmentId}': use the id of a department listed by GET /api/departments, such as \"it\".");
}
