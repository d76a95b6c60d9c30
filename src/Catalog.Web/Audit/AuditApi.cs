using System.Globalization;
using System.Text.Json;
using Catalog.Audit;
using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Exports;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Audit;

/// <summary>
/// The audit trail over HTTP, for auditors only: who changed what, when and from where. Read-only by design:
/// there is no route that writes, changes or removes an entry (entries are appended by the grains themselves).
/// </summary>
public static class AuditApi
{
    private const string Tag = "Audit";

    /// <summary>Maps /api/audit.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/audit").WithTags(Tag).RequireAuthorization(AccessPolicies.Auditor);
        const string filters =
            "Filters: from and to (ISO 8601 instants), entityType (request, service, department, agreement, calendar, user), " +
            "entityId, userId (who made the change), limit (1 to 1000, default 200). Newest first.";

        api.MapGet("", QueryAsync)
            .WithName("QueryAuditTrail")
            .WithSummary("Searches the audit trail (auditors only).")
            .WithDescription(filters)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("export", ExportAsync)
            .WithName("ExportAuditTrail")
            .WithSummary("The audit trail as CSV (auditors only), with the same filters.")
            .WithDescription(filters)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    internal static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ValidationProblem>> QueryAsync(
        IGrainFactory grains, string? from, string? to, string? entityType, string? entityId, string? userId, string? limit)
    {
        var (query, errors) = await ParseAsync(grains, from, to, entityType, entityId, userId, limit);
        if (query is null)
        {
            return InputProblems.Invalid(errors);
        }

        return TypedResults.Ok(await grains.GetGrain<IAuditTrailGrain>(0).QueryAsync(query));
    }

    internal static async Task<IResult> ExportAsync(
        IGrainFactory grains, string? from, string? to, string? entityType, string? entityId, string? userId, string? limit)
    {
        var (query, errors) = await ParseAsync(grains, from, to, entityType, entityId, userId, limit ?? "1000");
        if (query is null)
        {
            return InputProblems.Invalid(errors);
        }

        var entries = await grains.GetGrain<IAuditTrailGrain>(0).QueryAsync(query);
        var csv = new CsvWriter().Row("at", "entityType", "entityId", "action", "userId", "name", "department", "origin", "userAgent", "changes");
        foreach (var e in entries)
        {
            csv.Row(e.At, e.EntityType, e.EntityId, e.Action, e.Caller.UserId, e.Caller.DisplayName, e.Caller.DepartmentId,
                e.Caller.Origin, e.Caller.UserAgent, JsonSerializer.Serialize(e.Changes));
        }

        return csv.ToFile("audit-trail.csv");
    }

    /// <summary>
    /// The query, or the errors naming each bad parameter. "from" alone searches up to now (the silo's clock), so it
    /// may be at most <see cref="AuditQueryValidator.MaxDays"/> days ago.
    /// </summary>
    private static async Task<(AuditQuery? Query, Dictionary<string, string[]> Errors)> ParseAsync(
        IGrainFactory grains, string? from, string? to, string? entityType, string? entityId, string? userId, string? limit)
    {
        var (query, errors) = Parse(from, to, entityType, entityId, userId, limit);
        if (query is { From: { } start, To: null }
            && start < (await grains.GetGrain<IClockGrain>(0).GetAsync()).Now - AuditQueryValidator.MaxSpan)
        {
            errors["from"] = [$"At most {AuditQueryValidator.MaxDays} days ago without 'to': search a year at a time."];
            return (null, errors);
        }

        return (query, errors);
    }

    private static (AuditQuery? Query, Dictionary<string, string[]> Errors) Parse(
        string? from, string? to, string? entityType, string? entityId, string? userId, string? limit)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fromInstant = Instant("from", from, errors);
        var toInstant = Instant("to", to, errors);
        var size = 200;
        if (!string.IsNullOrWhiteSpace(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > 1000))
        {
            errors["limit"] = ["Must be a whole number from 1 to 1000."];
        }

        if (!string.IsNullOrWhiteSpace(entityType) && !AuditEntityTypes.All.Contains(entityType.Trim()))
        {
            errors["entityType"] = [$"Unknown entity type '{entityType}': use {string.Join(", ", AuditEntityTypes.All)}."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var query = new AuditQuery(fromInstant, toInstant, Blank(entityType), Blank(entityId), Blank(userId)?.ToLowerInvariant(), size);
        foreach (var (field, messages) in AuditQueryValidator.Validate(query))
        {
            errors[field] = messages;
        }

        return (errors.Count > 0 ? null : query, errors);
    }

    private static DateTimeOffset? Instant(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        errors[name] = ["Must be an ISO 8601 instant, such as 2026-11-23T14:00:00Z."];
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
