using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Domain.Complaints;
using Catalog.Web.Access;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Complaints;

/// <summary>
/// The complaints hub at <see cref="Path"/>: a page calls <see cref="Follow"/> and then gets every complaint event
/// it may see as <see cref="EventMethod"/>(event). Groups: <c>complaints:all</c> (officers, auditors, administrators),
/// <c>complaints:provider:{dept}</c> (the provider's agents, managers and head), <c>complaints:by:{user}</c> (the
/// complainant). Events carry what lists show, never a complaint's text.
/// </summary>
public sealed class ComplaintsHub(IGrainFactory grains) : Hub
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/complaints";

    /// <summary>The client method that receives one event.</summary>
    public const string EventMethod = "complaint";

    /// <summary>The group of every complaint.</summary>
    public const string AllGroup = "complaints:all";

    /// <summary>The group of a provider department's complaints.</summary>
    public static string ProviderGroup(string departmentId) => "complaints:provider:" + departmentId;

    /// <summary>The group of one complainant's complaints.</summary>
    public static string ByGroup(string userId) => "complaints:by:" + userId;

    /// <summary>Follows every complaint the caller may see; returns the groups joined.</summary>
    public async Task<IReadOnlyList<string>> Follow()
    {
        var viewer = SignedIn.From(Context.GetHttpContext()!)?.Viewer ?? throw new HubException("Sign in first.");
        var roles = (await grains.GetComplaintOffice().GetAsync()).ToRoles();
        var groups = new List<string> { ByGroup(viewer.UserId) };
        if (ComplaintAccess.SeesAll(viewer, roles))
        {
            groups.Add(AllGroup);
        }
        else
        {
            if (viewer.DepartmentId is { } own && viewer.Has(DepartmentRole.Agent, own))
            {
                groups.Add(ProviderGroup(own));
            }

            groups.AddRange(roles.Heads.Where(h => h.Value == viewer.UserId).Select(h => ProviderGroup(h.Key)));
        }

        foreach (var group in groups.Distinct(StringComparer.Ordinal))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }

        return groups;
    }
}
