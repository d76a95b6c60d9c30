namespace Catalog.Surveys;

/// <summary>Finds the survey grains.</summary>
public static class SurveyGrainFactoryExtensions
{
    /// <summary>The survey of a request.</summary>
    public static ISurveyGrain GetSurvey(this IGrainFactory grains, string requestId) => grains.GetGrain<ISurveyGrain>(requestId);

    /// <summary>A person's surveys.</summary>
    public static IPersonSurveysGrain GetPersonSurveys(this IGrainFactory grains, string userId) => grains.GetGrain<IPersonSurveysGrain>(userId);

    /// <summary>The satisfaction figures.</summary>
    public static ISatisfactionGrain GetSatisfaction(this IGrainFactory grains) => grains.GetGrain<ISatisfactionGrain>(0);
}
