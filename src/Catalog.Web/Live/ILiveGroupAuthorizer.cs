using Catalog.Requests;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Live;

/// <summary>
/// Decides who may follow which live group. The seam for per-department authorization (a later issue): replace the
/// registration of <see cref="AllowAllLiveGroupAuthorizer"/> with one that reads <see cref="HubCallerContext.User"/>.
/// </summary>
public interface ILiveGroupAuthorizer
{
    /// <summary>Whether the caller may follow a department's queue in a role.</summary>
    ValueTask<bool> MayJoinDepartmentAsync(HubCallerContext caller, string departmentId, QueueRole role);

    /// <summary>Whether the caller may follow the organisation's board.</summary>
    ValueTask<bool> MayJoinBoardAsync(HubCallerContext caller);
}
