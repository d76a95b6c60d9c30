using Catalog.Access;
using Catalog.Domain.Access;
using Catalog.Domain.Notifications;
using Catalog.Grains.Hosting;
using Catalog.Notifications;
using Catalog.Requests;
using Catalog.Surveys;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Catalog.Grains.Notifications;

/// <summary>
/// The feed of what to notify: implicitly subscribed to the request events (<see cref="StreamNames.RequestsNamespace"/>)
/// and the survey offers (<see cref="SurveyStreamNames.Namespace"/>) of the live stream provider, it finds the people
/// each event concerns (<see cref="NotificationRouting"/>; agents and managers from the directory, cached for
/// <see cref="PeopleCacheTime"/>) and hands each their notice with a one-way call: the stream's other consumers (the
/// live board) never wait for notifications, and one person's trouble never holds up the others. A notice that
/// cannot be handed over is logged; the event is not retried. Events older than <see cref="MaxEventAge"/> on Catalog's
/// clock (a replayed history, a backlog after a long outage) notify nobody: news of weeks ago helps no one and would
/// flood every inbox and mailbox at the next opening.
/// </summary>
[GrainType(NotificationGrainTypes.Feed)]
[ImplicitStreamSubscription(StreamNames.RequestsNamespace)]
[ImplicitStreamSubscription(SurveyStreamNames.Namespace)]
public sealed partial class NotificationFeedGrain(CatalogClock clock, ILogger<NotificationFeedGrain> logger) : Grain, INotificationFeedGrain
{
    /// <summary>How old an event may be and still notify.</summary>
    public static readonly TimeSpan MaxEventAge = TimeSpan.FromDays(1);

    /// <summary>How long the agents and managers of a department are reused before the directory is asked again.</summary>
    public static readonly TimeSpan PeopleCacheTime = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, (DateTime At, IReadOnlyList<string> People)> workers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var provider = this.GetStreamProvider(StreamNames.Live);
        var key = this.GetPrimaryKeyString();
        await provider.GetStream<IRequestEvent>(StreamId.Create(StreamNames.RequestsNamespace, key))
            .SubscribeAsync((e, _) => OnRequestEventAsync(e));
        await provider.GetStream<SurveyOffered>(StreamId.Create(SurveyStreamNames.Namespace, key))
            .SubscribeAsync((e, _) => OnSurveyOfferedAsync(e));
    }

    private async Task OnRequestEventAsync(IRequestEvent requestEvent)
    {
        if (IsStale(requestEvent.At) || NotificationRouting.Of(requestEvent) is not { } route)
        {
            return;
        }

        var title = requestEvent switch
        {
            RequestFiled f => f.Summary.Title,
            RequestTransitioned t => t.Summary.Title,
            ClockAtRisk r => r.Summary.Title,
            ClockBreached b => b.Summary.Title,
            _ => "",
        };
        var notice = new NotificationNotice(
            $"{requestEvent.RequestId}/{requestEvent.Sequence}", route.Kind, route.DepartmentId, requestEvent.RequestId, title,
            requestEvent.At, route.Clock, route.DueAt);
        var people = route.Requester is { } requester ? [requester] : await WorkersAsync(route.DepartmentId);
        await Task.WhenAll(people.Select(p => HandAsync(p, notice)));
    }

    private async Task OnSurveyOfferedAsync(SurveyOffered offer)
    {
        var survey = offer.Survey;
        if (IsStale(survey.OfferedAt))
        {
            return;
        }

        var department = (await GrainFactory.GetDirectory().FindAsync(offer.Requester))?.DepartmentId ?? survey.ProviderDepartmentId;
        var notice = new NotificationNotice(
            $"{survey.RequestId}/survey", NotificationKind.Survey, department, survey.RequestId, survey.Title, survey.OfferedAt);
        await HandAsync(offer.Requester, notice);
    }

    private bool IsStale(DateTimeOffset at) => clock.GetUtcNow() - at > MaxEventAge;

    private async Task HandAsync(string userId, NotificationNotice notice)
    {
        try
        {
            await GrainFactory.GetNotifications(userId).NotifyAsync(notice);
        }
        catch (Exception exception)
        {
            LogHandFailed(logger, exception, notice.Kind, notice.RequestId, userId);
        }
    }

    private async Task<IReadOnlyList<string>> WorkersAsync(string departmentId)
    {
        if (workers.TryGetValue(departmentId, out var cached) && DateTime.UtcNow - cached.At < PeopleCacheTime)
        {
            return cached.People;
        }

        try
        {
            var people = await GrainFactory.GetDirectory().ListAsync(departmentId);
            IReadOnlyList<string> ids = [.. people.Where(p => p.Role >= DepartmentRole.Agent).Select(p => p.Id)];
            workers[departmentId] = (DateTime.UtcNow, ids);
            return ids;
        }
        catch (Exception exception)
        {
            LogDirectoryFailed(logger, exception, departmentId);
            return cached.People ?? [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hand the {Kind} notification of {RequestId} to {UserId}")]
    private static partial void LogHandFailed(ILogger logger, Exception exception, NotificationKind kind, string requestId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the agents and managers of {DepartmentId} to notify them")]
    private static partial void LogDirectoryFailed(ILogger logger, Exception exception, string departmentId);
}
