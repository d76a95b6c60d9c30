using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Queues;
using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Queues;

/// <summary>
/// The SLA board's figures over HTTP, counted in the silo over every row of the queues (never a capped listing):
/// an auditor gets the organisation's board (every provider's queue), anyone else their department's (what it
/// provides and what it filed), as the board page shows it.
/// </summary>
public static class BoardApi
{
    private const string Tag = "Board";

    /// <summary>Maps /api/board/figures.</summary>
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("api/board").WithTags(Tag)
            .MapGet("figures", FiguresAsync)
            .WithName("GetBoardFigures")
            .WithSummary("The SLA board: per provider and client pair, requests filed in the period, open, at risk and breached.")
            .WithDescription("days: 7, 30 (default) or all, counted back from the silo's now by filing instant. Compliance is 1 − breached / filed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    internal static async Task<Results<Ok<BoardFigures>, ValidationProblem>> FiguresAsync(
        [FromServices] IGrainFactory grains, SignedIn me, [AsParameters] BoardParameters parameters)
    {
        int? days = parameters.Days?.Trim() switch
        {
            null or "" or "30" => 30,
            "7" => 7,
            "all" => null,
            _ => -1,
        };
        if (days == -1)
        {
            return InputProblems.Invalid([new("days", ["Must be 7, 30 or all."])]);
        }

        var organisation = AccessPolicy.CanSeeOrganisationBoard(me.Viewer);
        var departmentId = organisation ? null : me.Viewer.DepartmentId;
        SignedIn.Require(organisation || departmentId is not null, "Only people of a department and auditors have a board.");

        DateTimeOffset? since = days is { } d ? (await grains.GetGrain<IClockGrain>(0).GetAsync()).Now.AddDays(-d) : null;
        var queries = grains.GetRequestQueries();
        var reads = departmentId is null
            ? (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Select(dep => queries.FiguresAsync(QueueRole.Provider, dep.Id, since))
            : [queries.FiguresAsync(QueueRole.Provider, departmentId, since), queries.FiguresAsync(QueueRole.Client, departmentId, since)];
        var pairs = (await Task.WhenAll(reads))
            .SelectMany(p => p)
            .DistinctBy(p => (p.ProviderDepartmentId, p.ClientDepartmentId))
            .OrderBy(p => p.ProviderDepartmentId, StringComparer.Ordinal)
            .ThenBy(p => p.ClientDepartmentId, StringComparer.Ordinal)
            .ToArray();
        return TypedResults.Ok(new BoardFigures(departmentId, since, pairs));
    }
}
