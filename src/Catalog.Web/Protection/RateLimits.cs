using System.Globalization;
using System.Threading.RateLimiting;
using Catalog.Web.Access;
using Microsoft.AspNetCore.RateLimiting;

namespace Catalog.Web.Protection;

/// <summary>
/// The rate-limiting policies: filing per signed-in person, sign-in per client address. A refused call answers
/// 429 problem details with Retry-After.
/// </summary>
public static class RateLimits
{
    /// <summary>Filing requests.</summary>
    public const string FilingPolicy = "filing";

    /// <summary>Signing in.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Registers the policies from <see cref="RateLimitOptions"/>.</summary>
    public static WebApplicationBuilder AddCatalogRateLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new();
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(FilingPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                SignedIn.From(context)?.UserId ?? AddressOf(context),
                _ => PerMinute(limits.FilingPerMinute)));
            o.AddPolicy(SignInPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                AddressOf(context),
                _ => PerMinute(limits.SignInPerMinute)));
            o.OnRejected = async (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter =
                        Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await ApiRequests.WriteProblemAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    "Too many requests.", "Slow down: try again after the time in the Retry-After header.");
            };
        });
        return builder;
    }

    private static TokenBucketRateLimiterOptions PerMinute(int count) => new()
    {
        TokenLimit = Math.Max(1, count),
        TokensPerPeriod = Math.Max(1, count),
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
