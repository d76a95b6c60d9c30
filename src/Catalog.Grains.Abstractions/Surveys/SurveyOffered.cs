namespace Catalog.Surveys;

/// <summary>
/// A survey was offered: published on <see cref="SurveyStreamNames"/> for the web tier, which tells the
/// requester's open pages at once (their SignalR user).
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.SurveyOffered")]
public sealed record SurveyOffered([property: Id(0)] string Requester, [property: Id(1)] WaitingSurvey Survey);
