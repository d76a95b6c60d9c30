using Catalog.Grains.Requests.History;

namespace Catalog.Grains.Demo;

/// <summary>
/// One request of the demo's past: who filed what and when, the steps people took on it (in time order), and what
/// its client did after (a survey answer, a complaint).
/// </summary>
internal sealed record HistoryRequest(
    int Number,
    string ClientDepartmentId,
    string ServiceId,
    string Title,
    DateTimeOffset FiledAt,
    IReadOnlyList<HistoryStep> Steps,
    HistorySurvey? Survey,
    HistoryComplaint? Complaint)
{
    /// <summary>The filing's idempotency key (per client department): a replay files it under the same id.</summary>
    public string Key => $"history-{Number}";

    /// <summary>The key of its step <paramref name="index"/> (from 1).</summary>
    public string StepKey(int index) => $"history-{Number}-{index}";

    /// <summary>The instant of its last step, or its filing.</summary>
    public DateTimeOffset LastAt => Steps.Count > 0 ? Steps[^1].At : FiledAt;
}
