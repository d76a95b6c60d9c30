using Catalog.Complaints;
using Catalog.Requests;
using Microsoft.AspNetCore.SignalR;
using Orleans.Streams;

namespace Catalog.Web.Complaints;

/// <summary>
/// Passes complaint events from the Orleans live stream (namespace <see cref="ComplaintStreams.Namespace"/>) to the
/// complaints hub's groups. Complaints are rare next to request events, so each goes out as it comes (no batching).
/// On start it resumes this client's existing subscription rather than adding one, and retries while no silo answers.
/// </summary>
public sealed partial class ComplaintEventRelay(
    IClusterClient client,
    IHubContext<ComplaintsHub> hub,
    ILogger<ComplaintEventRelay> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        StreamSubscriptionHandle<ComplaintEvent>? subscription = null;
        while (subscription is null && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                subscription = await SubscribeAsync();
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogSubscribeFailed(logger, exception);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task<StreamSubscriptionHandle<ComplaintEvent>> SubscribeAsync()
    {
        var stream = client.GetStreamProvider(StreamNames.Live)
            .GetStream<ComplaintEvent>(StreamId.Create(ComplaintStreams.Namespace, ComplaintStreams.OrganisationKey));
        var existing = await stream.GetAllSubscriptionHandles();
        foreach (var extra in existing.Skip(1))
        {
            await extra.UnsubscribeAsync();
        }

        return existing.Count > 0
            ? await existing[0].ResumeAsync(OnEventAsync)
            : await stream.SubscribeAsync(OnEventAsync);
    }

    private async Task OnEventAsync(ComplaintEvent complaintEvent, StreamSequenceToken? token)
    {
        try
        {
            string[] groups =
            [
                ComplaintsHub.AllGroup,
                ComplaintsHub.ProviderGroup(complaintEvent.ProviderDepartmentId),
                ComplaintsHub.ByGroup(complaintEvent.FiledBy),
            ];
            await hub.Clients.Groups(groups).SendAsync(ComplaintsHub.EventMethod, complaintEvent);
        }
        catch (Exception exception)
        {
            // A page that missed an event sees the change on its next load.
            LogSendFailed(logger, exception, complaintEvent.ComplaintId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the complaint events; retrying")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the live event of complaint {ComplaintId}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string complaintId);
}
