using Catalog.Domain.Access;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// Tests act on a request by naming who acts, as the grain's callers once did: the requester (or a command marked
/// ByClient) acts as a requester of the client department, anyone else as an agent of the provider.
/// </summary>
internal static class RequestGrainActing
{
    /// <summary>Acts as the person the command names.</summary>
    public static async Task<RequestView> ActAsync(this IRequestGrain grain, RequestCommand command)
    {
        var view = await grain.GetAsync();
        var asClient = command.ByClient || string.Equals(command.By.Trim(), view.Requester, StringComparison.OrdinalIgnoreCase);
        var viewer = asClient
            ? new Viewer(command.By, view.ClientDepartmentId, DepartmentRole.Requester)
            : new Viewer(command.By, view.ProviderDepartmentId, DepartmentRole.Agent);
        return await grain.ActAsAsync(viewer, command);
    }
}
