using Catalog.Audit;
using Catalog.Grains.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Audit;

/// <summary>What filing or acting on a request changed, for the audit trail.</summary>
public static class RequestChanges
{
    /// <summary>The parties and subject of a request just filed.</summary>
    public static AuditChange[] OfFiling(RequestState request) => new AuditChangeList()
        .Set("serviceId", request.ServiceId)
        .Set("clientDepartmentId", request.ClientDepartmentId)
        .Set("providerDepartmentId", request.ProviderDepartmentId)
        .Set("requester", request.Requester)
        .Set("title", request.Title)
        .Set("status", request.Status.ToString())
        .ToList();

    /// <summary>The status an action moved the request through, with its reason, comment and who it says acted.</summary>
    public static AuditChange[] Of(TransitionRecord transition) => new AuditChangeList()
        .Add("status", transition.From.ToString(), transition.To.ToString())
        .Set("reason", transition.Reason?.ToString())
        .Set("comment", transition.Comment)
        .Set("by", transition.By)
        .ToList();
}
