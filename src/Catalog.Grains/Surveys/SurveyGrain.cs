using Catalog.Audit;
using Catalog.Domain.Access;
using Catalog.Domain.Surveys;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Surveys;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Surveys;

/// <summary>
/// A request's satisfaction survey. Its first resolve decides, through the requester's
/// <see cref="IPersonSurveysGrain"/> (the fatigue rule): offered, or skipped with why. Later resolves change nothing
/// (<see cref="SurveyLifecycle"/>). Each decision and the answer are audited on the request (outbox: stored with the
/// state), then written to the answers table the figures are computed from (retried on activation when that write
/// failed), and an offer is published for the requester's open pages.
/// </summary>
[GrainType(SurveyGrainTypes.Survey)]
public sealed partial class SurveyGrain(
    [PersistentState(SurveyGrainTypes.SurveyState, StorageNames.Catalog)] IPersistentState<SurveyState> state,
    ISurveyAnswerStore answers,
    SurveyEventPublisher events,
    IAuditRecorder audit,
    CatalogClock clock,
    ILogger<SurveyGrain> logger) : Grain, ISurveyGrain, ISurveyHistoryGrain
{
    private AuditOutbox? outbox;

    private string RequestId => this.GetPrimaryKeyString();

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Outbox.TryStoreAsync();
        if (state.State.StorePending)
        {
            try
            {
                await StoreFactAsync();
            }
            catch (Exception exception)
            {
                LogStoreFailed(logger, exception, RequestId);
            }
        }
    }

    public async Task<SurveyView> OfferAsync(SurveyOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (!string.Equals(offer.RequestId, RequestId, StringComparison.Ordinal))
        {
            throw new CatalogValidationException("requestId", $"This survey belongs to request '{RequestId}'.");
        }

        var current = state.State;
        if (!SurveyLifecycle.DecidesOnResolve(current.Status))
        {
            // A resolve after a reopening, or a retry: one survey per request.
            if (current.StorePending)
            {
                await StoreFactAsync();
            }

            return View();
        }

        var waiting = new WaitingSurvey(offer.RequestId, offer.Title, offer.ServiceId, offer.ServiceName, offer.ProviderDepartmentId, offer.ResolvedAt);
        var decision = await GrainFactory.GetPersonSurveys(offer.Requester).DecideAsync(waiting, offer.ResolvedAt);
        current.Offer = offer;
        current.DecidedAt = clock.GetUtcNow();
        if (decision.Offer)
        {
            current.Status = SurveyStatus.Offered;
            current.StorePending = true;
            Outbox.Add(AuditEntityTypes.Request, RequestId, SurveyAuditActions.Offered, SurveyChanges.Offered(offer));
        }
        else
        {
            current.Status = SurveyStatus.Skipped;
            current.SkipReason = SurveySkipReason.RecentSurvey;
            current.Decision = decision;
            Outbox.Add(AuditEntityTypes.Request, RequestId, SurveyAuditActions.Skipped, SurveyChanges.Skipped(offer, decision));
        }

        await WriteAsync();
        await Outbox.StoreAsync();
        if (decision.Offer)
        {
            await StoreFactAsync();
            await PublishAsync(new SurveyOffered(offer.Requester, waiting));
        }

        return View();
    }

    public Task<SurveyView> GetAsync() => Task.FromResult(View());

    public Task<SurveyView> AnswerAsync(Viewer viewer, SurveyAnswer answer) => AnswerAsync(viewer, answer, clock.GetUtcNow(), audited: true);

    public Task<SurveyView> AnswerAtAsync(Viewer viewer, SurveyAnswer answer, DateTimeOffset at)
    {
        if (state.State.Status == SurveyStatus.Answered)
        {
            return Task.FromResult(View());
        }

        if (at > clock.GetUtcNow() || (state.State.Offer is { } offer && at < offer.ResolvedAt))
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, "A past answer falls between the survey's offer and now.");
        }

        return AnswerAsync(viewer, answer, at, audited: false);
    }

    private async Task<SurveyView> AnswerAsync(Viewer viewer, SurveyAnswer answer, DateTimeOffset now, bool audited)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var current = state.State;
        if (current.Offer is { } offer && !SurveyAccess.CanAnswer(viewer, offer.Requester))
        {
            throw new CatalogForbiddenException("Only the person who filed the request may answer its survey.");
        }

        if (SurveyLifecycle.AnswerRefusal(current.Status) is { } refusal)
        {
            throw new CatalogConflictException(refusal);
        }

        var errors = SurveyAnswerRules.Validate(answer?.Score, answer?.Comment);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }

        var comment = string.IsNullOrWhiteSpace(answer!.Comment) ? null : answer.Comment.Trim();
        current.Answer = answer with { Comment = comment };
        current.AnsweredAt = now;
        current.Status = SurveyStatus.Answered;
        current.StorePending = true;
        if (audited)
        {
            Outbox.Add(AuditEntityTypes.Request, RequestId, SurveyAuditActions.Answered, SurveyChanges.Answered(current.Answer));
        }

        await WriteAsync();
        await Outbox.StoreAsync();
        await StoreFactAsync();
        await GrainFactory.GetPersonSurveys(current.Offer!.Requester).AnsweredAsync(RequestId);
        return View();
    }

    private SurveyView View()
    {
        var current = state.State;
        var offer = current.Offer;
        return new SurveyView(
            RequestId,
            current.Status,
            current.SkipReason,
            SurveyView.StandardQuestion,
            offer?.Title,
            offer?.ServiceId,
            offer?.ServiceName,
            offer?.ProviderDepartmentId,
            offer?.ClientDepartmentId,
            offer?.Requester,
            offer?.ResolvedBy,
            current.DecidedAt,
            current.Answer?.Score,
            current.Answer?.Comment,
            current.AnsweredAt,
            current.Decision?.NextAllowedAt);
    }

    /// <summary>Writes the survey's record to the answers table, then marks it stored.</summary>
    private async Task StoreFactAsync()
    {
        var current = state.State;
        if (current.Offer is not { } offer || current.Status is not (SurveyStatus.Offered or SurveyStatus.Answered))
        {
            return;
        }

        await answers.UpsertAsync(new SatisfactionFact(
            offer.RequestId,
            offer.ServiceId,
            offer.ProviderDepartmentId,
            offer.ClientDepartmentId,
            offer.ProviderDepartmentId,
            offer.ResolvedBy,
            offer.ResolvedAt,
            current.Answer?.Score,
            current.AnsweredAt,
            current.Answer?.Comment,
            offer.Requester));
        current.StorePending = false;

        // No write just for the flag: it leaves storage with the next write, and a stale true only repeats an upsert.
    }

    private async Task PublishAsync(SurveyOffered offered)
    {
        try
        {
            await events.PublishAsync(offered);
        }
        catch (Exception exception)
        {
            // The offer stands: the requester's pages list it on their next load.
            LogPublishFailed(logger, exception, RequestId);
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The survey of request {RequestId} could not be written to the answers table; retried on its next call or activation")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The survey offer of request {RequestId} could not be published live")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string requestId);
}
