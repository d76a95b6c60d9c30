namespace Catalog.Surveys;

/// <summary>The stream of survey offers (on the <c>live</c> stream provider). Part of stored subscriptions: never rename.</summary>
public static class SurveyStreamNames
{
    /// <summary>The namespace of survey events.</summary>
    public const string Namespace = "surveys";

    /// <summary>The one stream of the organisation's survey offers.</summary>
    public const string OrganisationKey = "all";
}
