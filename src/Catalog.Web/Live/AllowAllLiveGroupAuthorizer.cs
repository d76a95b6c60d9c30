using Catalog.Requests;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Live;

/// <summary>Lets everyone follow every group: the default until departments get authorization.</summary>
public sealed class AllowAllLiveGroupAuthorizer : ILiveGroupAuthorizer
{
    public ValueTask<bool> MayJoinDepartmentAsync(HubCallerContext caller, string departmentId, QueueRole role) => ValueTask.FromResult(true);

    public ValueTask<bool> MayJoinBoardAsync(HubCallerContext caller) => ValueTask.FromResult(true);
}
