using Catalog.Catalogue;
using Catalog.Domain.Catalogue;
using Catalog.Requests;
using Catalog.Domain.Access;
using Catalog.Web.Access;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Live;

/// <summary>
/// The live hub at <see cref="Path"/>: a browser joins the groups it follows and gets their events in batches
/// (<see cref="ILiveClient.Events"/>). Joining returns a snapshot taken after the connection is in the group, so
/// a (re)connecting browser misses nothing: an event may appear in both the snapshot and the stream, never in
/// neither (the summary's UpdatedAt and the event's sequence tell which is newer). Browsers joining at the same
/// time share snapshot loads (<see cref="LiveSnapshots"/>). Bad arguments answer a
/// <see cref="HubException"/> whose message the browser sees. Who may follow what is
/// <see cref="AccessPolicy"/>'s: a department's queues for its own people (and auditors), the organisation's board
/// for auditors, and for everyone else their own department's board.
/// </summary>
public sealed class LiveHub(IGrainFactory grains, LiveSnapshots snapshots, LiveSessions sessions) : Hub<ILiveClient>
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/live";

    /// <summary>Records the connection with the roles it opened with, for <see cref="LiveSessionGuard"/>.</summary>
    public override async Task OnConnectedAsync()
    {
        sessions.Add(new LiveSession(Context, Caller()));
        await base.OnConnectedAsync();
    }

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Remove(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Follows a department's queue: role "provider" (the requests it works on) or "client" (the requests it
    /// filed). Returns the queue as it stands, sorted by what breaches first, with what its rows draw (clock readings
    /// and their calendars' business windows, pause reasons, each side's actions).
    /// </summary>
    public async Task<LiveQueueSnapshot> JoinDepartment(string departmentId, string role)
    {
        var queueRole = await CheckDepartmentAsync(departmentId, role);
        if (!AccessPolicy.CanSeeQueue(Caller(), departmentId))
        {
            throw new HubException($"You may not follow the {LiveGroups.Department(queueRole, departmentId)} queue.");
        }

        // In the group before the snapshot is taken, so nothing falls between them. If the snapshot fails, the
        // connection stays in the group (it may follow it, and may have been in it before this rejoin) and the
        // browser asks again until it gets one.
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Department(queueRole, departmentId), Context.ConnectionAborted);
        return await snapshots.QueueAsync(queueRole, departmentId);
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
    /// Follows the board the caller may see: an auditor the organisation's (every event: the open requests at risk
    /// or breached in every provider department and the SLA figures of every department pair), anyone else their
    /// own department's (the requests it provides or filed, and its pairs' figures).
    /// </summary>
    public async Task<LiveBoardSnapshot> JoinBoard()
    {
        var viewer = Caller();
        var department = AccessPolicy.CanSeeOrganisationBoard(viewer) ? null
            : viewer.DepartmentId ?? throw new HubException("You belong to no department, so there is no board for you to follow.");
        var group = department is null ? LiveGroups.Board : LiveGroups.DepartmentBoard(department);
        // As for a queue: in the group first; a failed snapshot leaves it there and the browser asks again.
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        var board = await snapshots.BoardAsync();
        return department is null ? board : board.For(department);
    }

    /// <summary>Stops following the board.</summary>
    public async Task LeaveBoard()
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Board, Context.ConnectionAborted);
        if (Caller().DepartmentId is { } department)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.DepartmentBoard(department), Context.ConnectionAborted);
        }
    }

    /// <summary>The signed-in caller (the hub requires sign-in, so there always is one).</summary>
    private Viewer Caller() =>
        (Context.User is { } user ? CatalogClaims.ViewerOf(user) : null) ?? throw new HubException("Sign in first.");

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
