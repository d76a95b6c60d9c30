using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>
/// The SignalR groups of the live hub: <c>provider:{dept}</c> (the requests a department works on),
/// <c>client:{dept}</c> (the requests a department filed), <c>board</c> (the whole organisation, for auditors) and
/// <c>board:{dept}</c> (a department's board: the requests it provides or filed).
/// </summary>
public static class LiveGroups
{
    /// <summary>The organisation-wide board: every event.</summary>
    public const string Board = "board";

    /// <summary>The role name of a provider queue in <see cref="LiveHub.JoinDepartment"/>.</summary>
    public const string ProviderRole = "provider";

    /// <summary>The role name of a client queue in <see cref="LiveHub.JoinDepartment"/>.</summary>
    public const string ClientRole = "client";

    /// <summary>The group of the requests a department provides.</summary>
    public static string Provider(string departmentId) => ProviderRole + ":" + departmentId;

    /// <summary>The group of the requests a department filed.</summary>
    public static string Client(string departmentId) => ClientRole + ":" + departmentId;

    /// <summary>The board of one department: every event of a request it provides or filed.</summary>
    public static string DepartmentBoard(string departmentId) => Board + ":" + departmentId;

    /// <summary>The group of a department's queue in a role.</summary>
    public static string Department(QueueRole role, string departmentId) =>
        role == QueueRole.Provider ? Provider(departmentId) : Client(departmentId);

    /// <summary>"provider" or "client" (exactly, case-insensitively), or null for anything else.</summary>
    public static QueueRole? ParseRole(string? role) =>
        string.Equals(role, ProviderRole, StringComparison.OrdinalIgnoreCase) ? QueueRole.Provider
        : string.Equals(role, ClientRole, StringComparison.OrdinalIgnoreCase) ? QueueRole.Client
        : null;

    /// <summary>Every group an event goes to: its provider's and client's queues and boards, and the organisation's board.</summary>
    public static IEnumerable<string> For(LiveEvent liveEvent)
    {
        yield return Provider(liveEvent.ProviderDepartmentId);
        yield return Client(liveEvent.ClientDepartmentId);
        yield return Board;
        yield return DepartmentBoard(liveEvent.ProviderDepartmentId);
        if (!string.Equals(liveEvent.ProviderDepartmentId, liveEvent.ClientDepartmentId, StringComparison.Ordinal))
        {
            yield return DepartmentBoard(liveEvent.ClientDepartmentId);
        }
    }
}
