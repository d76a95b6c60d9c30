namespace Catalog.Grains.Requests.Counters;

/// <summary>The stored state of a provider's SLA counters: the counts per client department, and what was recorded lately.</summary>
[GenerateSerializer, Alias("catalog.SlaCountersState")]
public sealed class SlaCountersState
{
    /// <summary>The counts per client department id.</summary>
    [Id(0)]
    public Dictionary<string, SlaPairCounts> Pairs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The outcomes already counted, per request id, for the <see cref="SlaCountersGrain.MaxRememberedRequests"/>
    /// requests that reported most recently: one number each, the request's <see cref="OutcomeKeys"/> in the low
    /// <see cref="OutcomeKeys.Bits"/> bits and, above them, the <see cref="Sequence"/> of its latest report (so the
    /// state stays a flat map of numbers, cheap to write). See <see cref="SlaCountersGrain"/> for why the bound is safe.
    /// </summary>
    [Id(1)]
    public Dictionary<string, long> Recorded { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many reports were counted in all; orders <see cref="Recorded"/> by recency.</summary>
    [Id(2)]
    public long Sequence { get; set; }
}
