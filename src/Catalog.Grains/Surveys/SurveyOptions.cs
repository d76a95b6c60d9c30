using Catalog.Domain.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>The organisation's survey settings, bound from the <see cref="Section"/> section and checked at silo start.</summary>
public sealed class SurveyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Surveys";

    /// <summary>
    /// The least time between two surveys offered to one person (survey fatigue): a request resolved sooner gets none.
    /// Default seven days; zero offers a survey at every request's first resolve; at most 366 days.
    /// </summary>
    public TimeSpan MinimumInterval { get; set; } = SurveyFatigue.DefaultMinimumInterval;
}
