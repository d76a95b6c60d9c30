using Catalog.Audit;

namespace Catalog.Web.Access;

/// <summary>
/// Tells the grains who is calling and from where (<see cref="CallerContext"/>), for the audit trail: every grain
/// call the request's handler makes carries it.
/// </summary>
internal sealed class CallerContextMiddleware(RequestDelegate next)
{
    private const int MaxUserAgent = 200;

    public Task InvokeAsync(HttpContext context)
    {
        if (SignedIn.From(context) is { } signedIn)
        {
            var userAgent = context.Request.Headers.UserAgent.ToString();
            CallerContext.Set(new AuditCaller(
                signedIn.UserId,
                signedIn.Name,
                signedIn.Viewer.DepartmentId,
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                userAgent.Length > MaxUserAgent ? userAgent[..MaxUserAgent] : userAgent));
        }

        return next(context);
    }
}
