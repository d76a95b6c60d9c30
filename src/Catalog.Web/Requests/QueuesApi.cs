using Catalog.Web.Access;
using Catalog.Domain.Access;
using System.Globalization;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Catalog.Web.Problems;

namespace Catalog.Web.Requests;

/// <summary>
/// Queues and SLA figures over HTTP: a department's requests as provider or as client, read from the request index
/// (never from request grains), sorted by what breaches first; and a provider's outcomes per client department.
/// Query values are parsed here, so a bad one answers 400 naming the parameter; an unknown department answers 404.
/// </summary>
public static class QueuesApi
{
    /// <summary>The largest page a listing returns.</summary>
    public const int MaxLimit = 1000;

    private const string QueuesTag = "Queues";
    private const string SlaTag = "SLA";

    /// <summary>Maps /api/queues and /api/sla/{provider}/counters.</summary>
    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder endpoints)
    {
        var queues = endpoints.MapGroup("api/queues").WithTags(QueuesTag);
        const string filters =
            "Filters: status (comma-separated names, e.g. Submitted,InProgress), service (id), atRisk, breached and " +
            "awaitingApproval (true or false), counterpart (the other department), limit (1 to 1000, default 200), after (the next " +
            "of the page before: the page after it). Sorted by next due instant (none last), then filing time, then id; total counts " +
            "every match; next is null on the last page.";

        queues.MapGet("provider/{departmentId}", ProviderQueueAsync)
            .WithName("ListProviderQueue")
            .WithSummary("Lists the requests a department provides.")
            .WithDescription(filters)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        queues.MapGet("client/{departmentId}", ClientQueueAsync)
            .WithName("ListClientQueue")
            .WithSummary("Lists the requests a department filed as an internal client.")
            .WithDescription(filters)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGroup("api/sla").WithTags(SlaTag)
            .MapGet("{providerDepartmentId}/counters", CountersAsync)
            .WithName("GetSlaCounters")
            .WithSummary("A provider's SLA outcomes per client department: requests filed, clocks at risk, breached and met.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    internal static Task<Results<Ok<QueuePage>, ValidationProblem>> ProviderQueueAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, [AsParameters] QueueParameters parameters) =>
        ListAsync(grains, QueueRole.Provider, departmentId, me, parameters);

    internal static Task<Results<Ok<QueuePage>, ValidationProblem>> ClientQueueAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, [AsParameters] QueueParameters parameters) =>
        ListAsync(grains, QueueRole.Client, departmentId, me, parameters);

    internal static async Task<Ok<DepartmentPairCounts[]>> CountersAsync([FromServices] IGrainFactory grains, string providerDepartmentId)
    {
        await EnsureDepartmentAsync(grains, providerDepartmentId);
        var counts = await grains.GetSlaCounters(providerDepartmentId).GetAsync();
        return TypedResults.Ok(counts.ToArray());
    }

    /// <summary>
    /// The query <paramref name="parameters"/> turned into a <see cref="QueueQuery"/>, or the errors naming each bad
    /// parameter.
    /// </summary>
    internal static (QueueQuery? Query, Dictionary<string, string[]> Errors) Parse(
        QueueRole role, string departmentId, QueueParameters parameters)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var statuses = ParseStatuses(parameters.Status, errors);
        var atRisk = ParseBoolean("atRisk", parameters.AtRisk, errors);
        var breached = ParseBoolean("breached", parameters.Breached, errors);
        var awaitingApproval = ParseBoolean("awaitingApproval", parameters.AwaitingApproval, errors);
        var limit = 200;
        if (!string.IsNullOrWhiteSpace(parameters.Limit)
            && (!int.TryParse(parameters.Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"Must be a whole number from 1 to {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var query = new QueueQuery(
            role,
            departmentId,
            statuses,
            Blank(parameters.Service),
            atRisk,
            breached,
            Blank(parameters.Counterpart),
            limit,
            awaitingApproval,
            Blank(parameters.After));
        return (query, errors);
    }

    private static async Task<Results<Ok<QueuePage>, ValidationProblem>> ListAsync(
        IGrainFactory grains, QueueRole role, string departmentId, SignedIn me, QueueParameters parameters)
    {
        var (query, errors) = Parse(role, departmentId, parameters);
        if (query is null)
        {
            return InputProblems.Invalid(errors);
        }

        await EnsureDepartmentAsync(grains, departmentId);
        RequireQueue(me, departmentId);
        return TypedResults.Ok(await grains.GetRequestQueries().ListAsync(query));
    }

    /// <summary>A department's queues are its own people's (and auditors'): anyone else gets 403, and no rows.</summary>
    internal static void RequireQueue(SignedIn me, string departmentId) =>
        SignedIn.Require(AccessPolicy.CanSeeQueue(me.Viewer, departmentId),
            $"Only people of '{departmentId}' and auditors may see its requests.");

    internal static async Task EnsureDepartmentAsync(IGrainFactory grains, string departmentId)
    {
        var departments = await grains.GetCatalogueIndex().ListDepartmentsAsync();
        if (!departments.Any(d => string.Equals(d.Id, departmentId, StringComparison.Ordinal)))
        {
            throw new CatalogNotFoundException("department", departmentId);
        }
    }

    private static RequestStatus[]? ParseStatuses(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var statuses = new List<RequestStatus>();
        var unknown = new List<string>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Names only: Enum.TryParse would also take "3" or "-1".
            var status = Enum.GetValues<RequestStatus>()
                .Where(s => string.Equals(s.ToString(), name, StringComparison.OrdinalIgnoreCase))
                .Select(s => (RequestStatus?)s)
                .FirstOrDefault();
            if (status is { } known)
            {
                statuses.Add(known);
            }
            else
            {
                unknown.Add(name);
            }
        }

        if (unknown.Count > 0)
        {
            errors["status"] = [$"Unknown status {string.Join(", ", unknown.Select(u => $"'{u}'"))}: use {string.Join(", ", Enum.GetNames<RequestStatus>())}."];
            return null;
        }

        return statuses.Count > 0 ? [.. statuses.Distinct()] : null;
    }

    private static bool? ParseBoolean(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        errors[name] = ["Must be true or false."];
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
