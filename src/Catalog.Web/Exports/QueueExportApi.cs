using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Catalog.Web.Requests;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Exports;

/// <summary>
/// A department's queue as CSV: the same filters and the same rule as the listing (its own people and auditors
/// only), for spreadsheets and monthly reports.
/// </summary>
public static class QueueExportApi
{
    /// <summary>Maps /api/queues/{role}/{departmentId}/export.</summary>
    public static IEndpointRouteBuilder MapQueueExportApi(this IEndpointRouteBuilder endpoints)
    {
        var queues = endpoints.MapGroup("api/queues").WithTags("Queues");
        queues.MapGet("provider/{departmentId}/export", (IGrainFactory grains, string departmentId, SignedIn me, [AsParameters] QueueParameters parameters) =>
                ExportAsync(grains, QueueRole.Provider, departmentId, me, parameters))
            .WithName("ExportProviderQueue")
            .WithSummary("The requests a department provides, as CSV (same filters as the listing, up to 1000 rows).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        queues.MapGet("client/{departmentId}/export", (IGrainFactory grains, string departmentId, SignedIn me, [AsParameters] QueueParameters parameters) =>
                ExportAsync(grains, QueueRole.Client, departmentId, me, parameters))
            .WithName("ExportClientQueue")
            .WithSummary("The requests a department filed, as CSV (same filters as the listing, up to 1000 rows).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        IGrainFactory grains, QueueRole role, string departmentId, SignedIn me, QueueParameters parameters)
    {
        var (query, errors) = QueuesApi.Parse(role, departmentId, parameters with { Limit = parameters.Limit ?? QueuesApi.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (query is null)
        {
            return InputProblems.Invalid(errors);
        }

        await QueuesApi.EnsureDepartmentAsync(grains, departmentId);
        QueuesApi.RequireQueue(me, departmentId);
        var page = await grains.GetRequestQueries().ListAsync(query);
        var csv = new CsvWriter().Row("id", "service", "provider", "client", "requester", "title", "status", "atRisk", "breached", "clientOverdue", "nextDueAt", "filedAt", "updatedAt");
        foreach (var r in page.Items)
        {
            csv.Row(r.Id, r.ServiceId, r.ProviderDepartmentId, r.ClientDepartmentId, r.Requester, r.Title, r.Status, r.AtRisk, r.Breached, r.ClientOverdue, r.NextDueAt, r.FiledAt, r.UpdatedAt);
        }

        return csv.ToFile($"{departmentId}-{(role == QueueRole.Provider ? "provider" : "client")}-queue.csv");
    }
}
