using Catalog.Domain.Catalogue;
using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Requests;

/// <summary>
/// What a step endpoint needs (bound with [AsParameters]) and the one way it runs: read the body (400 naming the
/// field), check the Idempotency-Key header, call the request grain as the signed-in person (again if Orleans
/// rejected the call unrun), and answer the request as the caller may see it.
/// </summary>
public sealed class RequestStepCall
{
    /// <summary>The grains.</summary>
    [FromServices]
    public required IGrainFactory Grains { get; init; }

    /// <summary>The request id from the route.</summary>
    public required string Id { get; init; }

    /// <summary>Who calls.</summary>
    public required SignedIn Me { get; init; }

    /// <summary>The HTTP request (body and headers).</summary>
    public required HttpRequest Http { get; init; }

    /// <summary>Runs a step that takes a JSON body (<paramref name="whenEmpty"/>: the body of an empty request, when it may be empty).</summary>
    public async Task<Results<Ok<RequestView>, ValidationProblem>> RunAsync<TBody>(
        CancellationToken cancellationToken, Func<IRequestGrain, TBody, string?, Task<RequestView>> step, Func<TBody>? whenEmpty = null)
        where TBody : class
    {
        var grain = RequestCalls.Request(Grains, Id);
        TBody? body;
        if (whenEmpty is not null && Http.ContentLength == 0)
        {
            body = whenEmpty();
        }
        else
        {
            var (read, errors) = await JsonBody.ReadAsync<TBody>(Http, cancellationToken);
            if (read is null)
            {
                return InputProblems.Invalid(errors!);
            }

            body = read;
        }

        if (KeyProblem() is { } problem)
        {
            return problem;
        }

        var key = RequestCalls.IdempotencyKeyOf(Http);
        return TypedResults.Ok(RequestCalls.ForViewer(await RequestCalls.AgainIfRejectedAsync(() => step(grain, body!, key)), Me));
    }

    /// <summary>Runs a step without a body.</summary>
    public async Task<Results<Ok<RequestView>, ValidationProblem>> RunAsync(
        CancellationToken cancellationToken, Func<IRequestGrain, string?, Task<RequestView>> step)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var grain = RequestCalls.Request(Grains, Id);
        if (KeyProblem() is { } problem)
        {
            return problem;
        }

        var key = RequestCalls.IdempotencyKeyOf(Http);
        return TypedResults.Ok(RequestCalls.ForViewer(await RequestCalls.AgainIfRejectedAsync(() => step(grain, key)), Me));
    }

    private ValidationProblem? KeyProblem() =>
        RequestCalls.IdempotencyKeyOf(Http) is { } key && (key.Length is 0 or > FileRequestValidator.MaxIdempotencyKey || key.Any(char.IsControl))
            ? InputProblems.Invalid(new Dictionary<string, string[]>
            {
                [RequestCalls.IdempotencyHeader] = [$"Between 1 and {FileRequestValidator.MaxIdempotencyKey} printable characters."],
            })
            : null;
}
