using Catalog.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>The stored state of a person's surveys.</summary>
[GenerateSerializer, Alias("catalog.PersonSurveysState")]
public sealed class PersonSurveysState
{
    /// <summary>When the person's last survey was offered (the fatigue rule counts from it).</summary>
    [Id(0)]
    public DateTimeOffset? LastOfferedAt { get; set; }

    /// <summary>The request of that survey.</summary>
    [Id(1)]
    public string? LastOfferedRequestId { get; set; }

    /// <summary>The last decisions, by request id, so asking again answers the same (oldest first, bounded).</summary>
    [Id(2)]
    public KeyValuePair<string, SurveyDecision>[] Decisions { get; set; } = [];

    /// <summary>The surveys offered and not answered, oldest first (bounded).</summary>
    [Id(3)]
    public WaitingSurvey[] Waiting { get; set; } = [];
}
