namespace Catalog.Surveys;

/// <summary>An answer to a survey: a score from 1 to 5 and an optional comment.</summary>
[GenerateSerializer, Immutable, Alias("catalog.SurveyAnswer")]
public sealed record SurveyAnswer([property: Id(0)] int Score, [property: Id(1)] string? Comment);
