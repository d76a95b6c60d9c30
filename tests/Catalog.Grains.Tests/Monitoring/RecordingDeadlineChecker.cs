using System.Collections.Concurrent;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.Monitoring;

namespace Catalog.Grains.Tests.Monitoring;

/// <summary>
/// Stands in for the request grains: records every check a monitor asks for, and runs what a test planned for that
/// request (fail, or call the monitor back as a request grain does).
/// </summary>
public sealed class RecordingDeadlineChecker(CatalogClock clock) : IRequestDeadlineChecker
{
    private readonly ConcurrentQueue<(string RequestId, DateTimeOffset At)> checks = new();
    private readonly ConcurrentDictionary<string, Func<Task>> plans = new(StringComparer.Ordinal);

    /// <summary>When (the silo's clock) <paramref name="requestId"/> was checked, attempts that failed included.</summary>
    public IReadOnlyList<DateTimeOffset> ChecksOf(string requestId) =>
        checks.Where(c => c.RequestId == requestId).Select(c => c.At).ToArray();

    /// <summary>How many times <paramref name="requestId"/> was checked (attempts that failed included).</summary>
    public int CountOf(string requestId) => checks.Count(c => c.RequestId == requestId);

    /// <summary>What checking <paramref name="requestId"/> does from now on.</summary>
    public void Plan(string requestId, Func<Task> plan) => plans[requestId] = plan;

    public async Task CheckAsync(string requestId)
    {
        checks.Enqueue((requestId, clock.GetUtcNow()));
        if (plans.TryGetValue(requestId, out var plan))
        {
            await plan();
        }
    }
}
