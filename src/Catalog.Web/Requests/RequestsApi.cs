using Catalog.Web.Access;
using Catalog.Domain.Access;
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
/// details by the exception handler. Who files and who acts come from the sign-in, never from the body: a request
/// is seen only by its two departments (and auditors; anyone else gets 404, as if it did not exist), worked by the
/// provider's agents and managers, and answered, withdrawn, confirmed or reopened by the client department.
/// </summary>
public static class RequestsApi
{
    private const string Tag = "Requests";
    private const string IdempotencyHeader = RequestCalls.IdempotencyHeader;

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
            .WithDescription("The requester is the signed-in person and the client department theirs (clientDepartmentId may be left out; another department's is refused with 403). With an Idempotency-Key header, filing again with the same key (per client department) returns the first request instead of creating another. Rate limited per person (429).")
            .RequireRateLimiting(Protection.RateLimits.FilingPolicy)
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
            .WithSummary("Acts on a request: action, reason (WaitOnClient), comment; who acts is the signed-in person.")
            .WithDescription("An action the request's status does not allow answers 409 with the allowed actions; one the caller's side may not take answers 403. The provider's agents and managers may take every action; the client department may comment, resume (answer), cancel, close and reopen. With an Idempotency-Key header, sending the same action again with the same key returns the request as it stands instead of acting twice (the same key for another action answers 409); the key is per person and the last 20 are remembered.")
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
        SignedIn me,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync<FileRequestBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        var client = string.IsNullOrWhiteSpace(body.ClientDepartmentId) ? me.Viewer.DepartmentId : body.ClientDepartmentId;
        SignedIn.Require(client is not null && AccessPolicy.CanFileFor(me.Viewer, client),
            me.Viewer.DepartmentId is null
                ? "You belong to no department, so you cannot file requests: ask your manager to add you to the directory."
                : $"You file requests for your own department ('{me.Viewer.DepartmentId}') only.");
        var filing = new FileRequest(
            body.ServiceId ?? "",
            client!,
            me.UserId,
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
        return TypedResults.Created($"/api/requests/{Uri.EscapeDataString(view.Id)}", RequestCalls.ForViewer(view, me));
    }

    internal static async Task<Ok<RequestView>> GetAsync([FromServices] IGrainFactory grains, string id, SignedIn me) =>
        TypedResults.Ok(RequestCalls.ForViewer(await VisibleAsync(RequestCalls.Request(grains, id), id, me), me));

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> ActAsync(
        [FromServices] IGrainFactory grains, string id, SignedIn me, HttpRequest request, CancellationToken cancellationToken) =>
        ActOnAsync(grains, id, null, me, request, cancellationToken);

    private static Delegate Shortcut(RequestAction action) =>
        ([FromServices] IGrainFactory grains, string id, SignedIn me, HttpRequest request, CancellationToken cancellationToken) =>
            ActOnAsync(grains, id, action, me, request, cancellationToken);

    /// <summary>
    /// The request, when <paramref name="me"/> may see it: to anyone outside its two departments, another
    /// department's request answers 404 exactly like a request that does not exist.
    /// </summary>
    private static async Task<RequestView> VisibleAsync(IRequestGrain grain, string id, SignedIn me)
    {
        var view = await RequestCalls.AgainIfRejectedAsync(grain.GetAsync);
        return AccessPolicy.CanSeeRequest(me.Viewer, view.ProviderDepartmentId, view.ClientDepartmentId)
            ? view
            : throw new CatalogNotFoundException("request", id);
    }

    /// <summary>Acts on a request; <paramref name="route"/> is the shortcut route's action, which the body may not contradict.</summary>
    private static async Task<Results<Ok<RequestView>, ValidationProblem>> ActOnAsync(
        IGrainFactory grains, string id, RequestAction? route, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var grain = RequestCalls.Request(grains, id);
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

        var command = new RequestCommand(action, me.UserId, body.Reason, body.Comment, IdempotencyKey: RequestCalls.IdempotencyKeyOf(request));
        var errors = RequestCommandValidator.Validate(command);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors.ToDictionary(e => e.Key == "idempotencyKey" ? IdempotencyHeader : e.Key, e => e.Value));
        }

        // One grain call: the request checks who may see it and which side may act where its departments are
        // (404 for a request of other departments, exactly like one that does not exist; 403 for a side that may not).
        return TypedResults.Ok(RequestCalls.ForViewer(await RequestCalls.AgainIfRejectedAsync(() => grain.ActAsAsync(me.Viewer, command)), me));
    }
}
