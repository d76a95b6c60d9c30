using Catalog.Domain.Access;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Web.Access;

namespace Catalog.Web.Requests;

/// <summary>What every request endpoint does the same way: find the grain, call it, trim the view to the caller.</summary>
internal static class RequestCalls
{
    /// <summary>The header that makes a change safe to retry.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>How many times a call Orleans rejected unrun is made (see <see cref="AgainIfRejectedAsync"/>).</summary>
    private const int RejectedAttempts = 5;

    /// <summary>The request's Idempotency-Key header: absent is null, present but empty is "" (refused as invalid).</summary>
    public static string? IdempotencyKeyOf(HttpRequest request) =>
        request.Headers.TryGetValue(IdempotencyHeader, out var values) ? values.ToString().Trim() : null;

    /// <summary>The view with only the actions the viewer's side may take, so pages offer nothing that would be refused.</summary>
    public static RequestView ForViewer(RequestView view, SignedIn me) => view with
    {
        AllowedActions = AccessPolicy.ActionsFor(AccessPolicy.SideIn(me.Viewer, view.ProviderDepartmentId, view.ClientDepartmentId), view.AllowedActions),
    };

    /// <summary>
    /// Calls the request grain, again when Orleans turned the call away unrun: calls arriving while an activation
    /// closes, or while a silo is being lost, are rejected (which would answer 503). A rejected call never ran, so
    /// repeating it is safe.
    /// </summary>
    public static async Task<T> AgainIfRejectedAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (OrleansMessageRejectionException) when (attempt < RejectedAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 25) * attempt);
            }
        }
    }

    /// <summary>The request grain; a malformed id cannot exist, so it answers 404 without activating a grain.</summary>
    public static IRequestGrain Request(IGrainFactory grains, string id) =>
        RequestIds.IsRequestId(id) ? grains.GetRequest(id) : throw new CatalogNotFoundException("request", id);
}
