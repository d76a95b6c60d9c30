using Catalog.Domain.Surveys;
using Catalog.Surveys;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Surveys;

/// <summary>
/// A person's surveys: applies <see cref="SurveyFatigue"/> with the organisation's
/// <see cref="SurveyOptions.MinimumInterval"/> and keeps the surveys waiting for their answer. One call at a time,
/// so two requests resolved together for one person cannot both slip through the rule.
/// </summary>
[GrainType(SurveyGrainTypes.PersonSurveys)]
public sealed class PersonSurveysGrain(
    [PersistentState(SurveyGrainTypes.PersonSurveysState, StorageNames.Catalog)] IPersistentState<PersonSurveysState> state,
    IOptions<SurveyOptions> options) : Grain, IPersonSurveysGrain
{
    /// <summary>How many decisions are remembered for replays; a request asks again only within seconds.</summary>
    private const int RememberedDecisions = 50;

    /// <summary>How many unanswered surveys are listed; older ones drop off (they can still be answered on their request).</summary>
    private const int ListedWaiting = 50;

    public async Task<SurveyDecision> DecideAsync(WaitingSurvey survey, DateTimeOffset resolvedAt)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var current = state.State;
        foreach (var (requestId, earlier) in current.Decisions)
        {
            if (requestId == survey.RequestId)
            {
                return earlier;
            }
        }

        var fatigue = SurveyFatigue.Decide(current.LastOfferedAt, resolvedAt, options.Value.MinimumInterval);
        var decision = new SurveyDecision(fatigue.Offer, fatigue.Offer ? null : current.LastOfferedRequestId, fatigue.LastOfferedAt, fatigue.NextAllowedAt);
        if (fatigue.Offer)
        {
            current.LastOfferedAt = current.LastOfferedAt is { } last && last > resolvedAt ? last : resolvedAt;
            current.LastOfferedRequestId = survey.RequestId;
            current.Waiting = [.. current.Waiting.TakeLast(ListedWaiting - 1), survey];
        }

        current.Decisions = [.. current.Decisions.TakeLast(RememberedDecisions - 1), KeyValuePair.Create(survey.RequestId, decision)];
        await WriteAsync();
        return decision;
    }

    public async Task AnsweredAsync(string requestId)
    {
        var current = state.State;
        if (current.Waiting.Any(w => w.RequestId == requestId))
        {
            current.Waiting = [.. current.Waiting.Where(w => w.RequestId != requestId)];
            await WriteAsync();
        }
    }

    public Task<IReadOnlyList<WaitingSurvey>> WaitingAsync() =>
        Task.FromResult<IReadOnlyList<WaitingSurvey>>([.. state.State.Waiting.Reverse()]);

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
}
