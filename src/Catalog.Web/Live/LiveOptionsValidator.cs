using Microsoft.Extensions.Options;

namespace Catalog.Web.Live;

/// <summary>Checks <see cref="LiveOptions"/> at start-up.</summary>
internal sealed class LiveOptionsValidator : IValidateOptions<LiveOptions>
{
    public ValidateOptionsResult Validate(string? name, LiveOptions options)
    {
        var failures = new List<string>();
        if (options.FlushInterval <= TimeSpan.Zero || options.FlushInterval > TimeSpan.FromSeconds(10))
        {
            failures.Add($"{nameof(LiveOptions.FlushInterval)} must be above zero and at most 10 seconds.");
        }

        if (options.MaxBatchSize is < 1 or > 10_000)
        {
            failures.Add($"{nameof(LiveOptions.MaxBatchSize)} must be between 1 and 10,000.");
        }

        if (options.BufferCapacity < options.MaxBatchSize)
        {
            failures.Add($"{nameof(LiveOptions.BufferCapacity)} must be at least {nameof(LiveOptions.MaxBatchSize)}.");
        }

        if (options.SubscribeRetryDelay <= TimeSpan.Zero || options.MaxSubscribeRetryDelay < options.SubscribeRetryDelay)
        {
            failures.Add($"{nameof(LiveOptions.SubscribeRetryDelay)} must be above zero and at most {nameof(LiveOptions.MaxSubscribeRetryDelay)}.");
        }

        if (options.SessionRecheckInterval < TimeSpan.FromMilliseconds(100) || options.SessionRecheckInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{nameof(LiveOptions.SessionRecheckInterval)} must be between 100 ms and one hour.");
        }

        if (options.ClusterCheckInterval < TimeSpan.FromMilliseconds(100) || options.ClusterCheckInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{nameof(LiveOptions.ClusterCheckInterval)} must be between 100 ms and 5 minutes.");
        }

        if (options.ResyncDelays is null || options.ResyncDelays.Any(d => d < TimeSpan.Zero || d > TimeSpan.FromHours(1)))
        {
            failures.Add($"{nameof(LiveOptions.ResyncDelays)} must each be between zero and one hour.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
