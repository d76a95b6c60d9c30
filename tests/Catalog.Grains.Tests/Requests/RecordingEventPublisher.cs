using System.Collections.Concurrent;
using Catalog.Grains.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>A publisher that keeps every event in memory, in the order published, for the tests to read.</summary>
public sealed class RecordingEventPublisher : IRequestEventPublisher
{
    private readonly ConcurrentQueue<IRequestEvent> events = new();

    /// <summary>The events of one request, in the order published.</summary>
    public IReadOnlyList<IRequestEvent> Of(string requestId) => events.Where(e => e.RequestId == requestId).ToArray();

    /// <summary>Events of this provider department are never answered (a stream queue on a silo being lost).</summary>
    public string? HangFor { get; set; }

    public Task PublishAsync(IRequestEvent requestEvent)
    {
        if (requestEvent.ProviderDepartmentId == HangFor)
        {
            return new TaskCompletionSource().Task;
        }

        events.Enqueue(requestEvent);
        return Task.CompletedTask;
    }
}
