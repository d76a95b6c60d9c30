using Catalog.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Problems;

/// <summary>
/// Turns the grains' user-facing exceptions into RFC 7807 problem details (400, 403, 404, 409), so a user's
/// mistake never surfaces as a 500, and a cluster or storage that does not answer into a 503 to retry
/// (<see cref="Unavailability"/>). Anything else falls through to the default 500 handler.
/// </summary>
internal sealed class CatalogExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            CatalogValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
                Title = InputProblems.Title,
            },
            CatalogNotFoundException n => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = $"Unknown {n.Kind}.",
                Detail = n.Message,
            },
            CatalogConflictException c => Conflict(c),
            CatalogForbiddenException f => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Not allowed.",
                Detail = f.Message,
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = "The request is malformed.",
                Detail = b.Message,
            },
            _ when Unavailability.IsTransient(exception) => Unavailability.Problem(context),
            // Orleans gives up on a call it could not place in time (a silo being lost): not now, rather than wrong.
            OperationCanceledException when !context.RequestAborted.IsCancellationRequested => Unavailability.Problem(context),
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        context.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = details,
            Exception = exception,
        });
    }

    private static ProblemDetails Conflict(CatalogConflictException c)
    {
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Not possible now.",
            Detail = c.Message,
        };
        if (c.Allowed.Count > 0)
        {
            details.Extensions["allowed"] = c.Allowed;
        }

        return details;
    }
}
