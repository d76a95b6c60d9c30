namespace Catalog.Surveys;

/// <summary>One person's surveys (key = their user id): the fatigue rule and the surveys waiting for their answer.</summary>
public interface IPersonSurveysGrain : IGrainWithStringKey
{
    /// <summary>
    /// Decides whether the survey of <paramref name="survey"/>'s request is offered (resolved at
    /// <paramref name="resolvedAt"/>); an offer is remembered as the person's last and listed as waiting. Asking again
    /// for the same request returns the first decision.
    /// </summary>
    Task<SurveyDecision> DecideAsync(WaitingSurvey survey, DateTimeOffset resolvedAt);

    /// <summary>Takes an answered survey off the waiting list.</summary>
    Task AnsweredAsync(string requestId);

    /// <summary>The surveys waiting for the person's answer, newest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<WaitingSurvey>> WaitingAsync();
}
