using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Requests;

/// <summary>
/// Requests over HTTP: filing (idempotent with an Idempotency-Key header), reading with live clocks, and acting on
/// them. Bodies are checked before any grain is called (400 naming the field); unknown requests and services (404)
/// and illegal transitions (409 with the allowed actions) come from the grains as exceptions, turned into problem
/// details by the exception handler.
/// </summary>
public static class RequestsApi
{
    private const string Tag = "Requests";
    private const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The shortcut routes: POST /api/requests/{id}/{verb} does the action.</summary>
    private static readonly (string Verb, RequestAction Action, string Name, string Summary)[] Shortcuts =
    [
        ("acknowledge", RequestAction.Acknowledge, "AcknowledgeRequest", "Acknowledges receipt: stops the acknowledgement clock."),
        ("start", RequestAction.Start, "StartRequest", "Starts the work."),
        ("wait", RequestAction.WaitOnClient, "WaitOnClient", "Waits on the client (reason required): pauses the provider's clocks and starts the client-response clock."),
        ("resume", RequestAction.Resume, "ResumeRequest", "The client answered: the provider's clocks run again."),
        ("resolve", RequestAction.Resolve, "ResolveRequest", "Resolves the request: stops the resolution clock."),
        ("close", RequestAction.Close, "CloseRequest", "Closes a resolved request."),
        ("cancel", RequestAction.Cancel, "CancelRequest", "Withdraws the request: every clock stops."),
        ("reopen", RequestAction.Reopen, "ReopenRequest", "Reopens a resolved or closed request: the resolution clock runs again."),
        ("comments", RequestAction.Comment, "CommentOnRequest", "Adds a comment (comment required); the provider's first comment is its first answer."),
    ];

    /// <summary>Maps /api/requests.</summary>
    public static IEndpointRouteBuilder MapRequestsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/requests").WithTags(Tag);

        api.MapPost("", FileAsync)
            .WithName("FileRequest")
            .WithSummary("Files a request for a catalogue service; 201 with the request and its clocks.")
            .WithDescription("With an Idempotency-Key header, filing again with the same key (per client department) returns the first request instead of creating another.")
            .Accepts<FileRequestBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("{id}", GetAsync)
            .WithName("GetRequest")
            .WithSummary("Gets a request with its history, allowed actions and clocks as of now.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("{id}/actions", ActAsync)
            .WithName("ActOnRequest")
            .WithSummary("Acts on a request: action, by, reason (WaitOnClient), comment.")
            .WithDescription("An action the request's status does not allow answers 409 with the allowed actions.")
            .Accepts<RequestActionBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        foreach (var (verb, action, name, summary) in Shortcuts)
        {
            api.MapPost($"{{id}}/{verb}", Shortcut(action))
                .WithName(name)
                .WithSummary(summary)
                .Accepts<RequestActionBody>("application/json")
                .Produces<RequestView>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }

        return endpoints;
    }

    internal static async Task<Results<Created<RequestView>, ValidationProblem>> FileAsync(
        [FromServices] IGrainFactory grains,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync<FileRequestBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        var filing = new FileRequest(
            body.ServiceId ?? "",
            body.ClientDepartmentId ?? "",
            body.Requester ?? "",
            body.Title ?? "",
            body.Answers ?? [],
            idempotencyKey);
        var errors = FileRequestValidator.Validate(filing);
        if (errors.Count > 0)
        {
            // The key travels in a header: name it as the client sent it.
            return InputProblems.Invalid(errors.ToDictionary(e => e.Key == "idempotencyKey" ? IdempotencyHeader : e.Key, e => e.Value));
        }

        var view = await grains.GetRequestIntake(filing.ClientDepartmentId, idempotencyKey).FileAsync(filing);
        return TypedResults.Created($"/api/requests/{Uri.EscapeDataString(view.Id)}", view);
    }

    internal static async Task<Ok<RequestView>> GetAsync([FromServices] IGrainFactory grains, string id) =>
        TypedResults.Ok(await Request(grains, id).GetAsync());

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> ActAsync(
        [FromServices] IGrainFactory grains, string id, HttpRequest request, CancellationToken cancellationToken) =>
        ActOnAsync(grains, id, null, request, cancellationToken);

    private static Delegate Shortcut(RequestAction action) =>
        ([FromServices] IGrainFactory grains, string id, HttpRequest request, CancellationToken cancellationToken) =>
            ActOnAsync(grains, id, action, request, cancellationToken);

    /// <summary>Acts on a request; <paramref name="route"/> is the shortcut route's action, which the body may not contradict.</summary>
    private static async Task<Results<Ok<RequestView>, ValidationProblem>> ActOnAsync(
        IGrainFactory grains, string id, RequestAction? route, HttpRequest request, CancellationToken cancellationToken)
    {
        var grain = Request(grains, id);
        var (body, bodyErrors) = await JsonBody.ReadAsync<RequestActionBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        if ((body.Action ?? route) is not { } action)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["action"] = [$"Required: one of {string.Join(", ", Enum.GetNames<RequestAction>())}."] });
        }

        if (route is not null && body.Action is not null && body.Action != route)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["action"] = [$"This route does {route}; leave the action out or use /actions."] });
        }

        var command = new RequestCommand(action, body.By ?? "", body.Reason, body.Comment, body.ByClient ?? false);
        var errors = RequestCommandValidator.Validate(command);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        return TypedResults.Ok(await grain.ActAsync(command));
    }

    /// <summary>The request grain; a malformed id cannot exist, so it answers 404 without activating a grain.</summary>
    private static IRequestGrain Request(IGrainFactory grains, string id) =>
        RequestIds.IsRequestId(id) ? grains.GetRequest(id) : throw new CatalogNotFoundException("request", id);

}
