using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Live;

/// <summary>Sends flush messages through the live hub: one <see cref="ILiveClient.Events"/> call per group.</summary>
internal sealed class HubLiveBatchSender(IHubContext<LiveHub, ILiveClient> hub) : ILiveBatchSender
{
    public Task SendAsync(string group, IReadOnlyList<LiveEvent> events, CancellationToken cancellationToken) =>
        hub.Clients.Group(group).Events(events);
}
