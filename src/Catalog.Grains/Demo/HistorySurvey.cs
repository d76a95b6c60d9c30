namespace Catalog.Grains.Demo;

/// <summary>The client's answer to the survey of a resolved history request (when it was offered one).</summary>
internal sealed record HistorySurvey(DateTimeOffset At, int Score, string? Comment);
