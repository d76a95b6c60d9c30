namespace Catalog.Grains.Surveys;

/// <summary>
/// The grain type and state names of the survey grains. They are part of every grain id and storage key: pinned here
/// so renaming a class never orphans stored state. Never change them.
/// </summary>
internal static class SurveyGrainTypes
{
    /// <summary>See <see cref="SurveyGrain"/>.</summary>
    public const string Survey = "catalog.survey";

    /// <summary>See <see cref="PersonSurveysGrain"/>.</summary>
    public const string PersonSurveys = "catalog.person-surveys";

    /// <summary>See <see cref="SatisfactionGrain"/>.</summary>
    public const string Satisfaction = "catalog.satisfaction";

    /// <summary>The state name of <see cref="SurveyGrain"/>.</summary>
    public const string SurveyState = "survey";

    /// <summary>The state name of <see cref="PersonSurveysGrain"/>.</summary>
    public const string PersonSurveysState = "person-surveys";
}
