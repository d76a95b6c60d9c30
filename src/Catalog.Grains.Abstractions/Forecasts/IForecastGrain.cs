using Orleans.Concurrency;

namespace Catalog.Forecasts;

/// <summary>
/// A provider department's forecasts (key: its department id): the promised date of a new request, the breach
/// probability of each open request, and how good both were. Learns from the stored request facts and the live
/// queue, refreshed as the queue moves; raises a live event on a request whose probability crosses the threshold.
/// </summary>
public interface IForecastGrain : IGrainWithStringKey
{
    /// <summary>When a request of <paramref name="serviceId"/> filed now by <paramref name="clientDepartmentId"/> would be done; null without enough history.</summary>
    Task<PromiseView?> PromiseAsync(string serviceId, string clientDepartmentId);

    /// <summary>The forecasts of the provider's open requests.</summary>
    Task<QueueForecast> QueueAsync();

    /// <summary>The forecast of one of its open requests; null when it is not open in the queue.</summary>
    Task<RequestForecast?> RequestAsync(string requestId);

    /// <summary>Remembers the promise a request recorded at filing (the scorecard counts how often its 90 % date held).</summary>
    [OneWay]
    Task RecordPromiseAsync(string requestId, PromiseView promise);

    /// <summary>How often the promises recorded at filing held, for requests filed in the last <paramref name="days"/> days (1 to 366): the scorecard's figure.</summary>
    Task<PromisesHeld> PromisesHeldAsync(int days);

    /// <summary>The quality of the provider's forecasts over the last <paramref name="days"/> days (1 to 366).</summary>
    Task<ForecastQuality> QualityAsync(int days);
}
