using Azure;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;

namespace Catalog.Web.Problems;

/// <summary>
/// Failures that say "not now" rather than "wrong": no silo answers (a restart, a deployment), a call timed out, or
/// table storage is unreachable or overloaded. They answer 503 with <c>Retry-After</c>, so people and scripts
/// retry instead of reporting a bug; the web tier reconnects by itself when the cluster is back.
/// </summary>
internal static class Unavailability
{
    /// <summary>Seconds a client should wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Whether <paramref name="exception"/>, or what it wraps, is a transient outage.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException
                    or GatewayTooBusyException or TimeoutException:
                    return true;
                case RequestFailedException storage when storage.Status is 0 or 408 or 429 or >= 500:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The 503 problem, with <c>Retry-After</c> set on the response.</summary>
    public static ProblemDetails Problem(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Catalog is briefly unavailable.",
            Detail = $"Part of Catalog (its cluster or its storage) did not answer in time. Try again in {RetryAfterSeconds} seconds; " +
                "a filing sent again with the same Idempotency-Key is never filed twice.",
        };
    }
}
