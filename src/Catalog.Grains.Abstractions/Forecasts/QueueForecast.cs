namespace Catalog.Forecasts;

/// <summary>The forecasts of a provider's open requests.</summary>
/// <param name="ProviderDepartmentId">The provider.</param>
/// <param name="Threshold">The probability at and above which a request is flagged (and a live event raised).</param>
/// <param name="BaseRate">The share of the provider's recent clocks that breached.</param>
/// <param name="Samples">Past clocks the forecast learnt from.</param>
/// <param name="AsOf">When it was computed.</param>
/// <param name="Items">One per open request, highest probability first.</param>
[GenerateSerializer, Immutable, Alias("catalog.QueueForecast")]
public sealed record QueueForecast(
    [property: Id(0)] string ProviderDepartmentId,
    [property: Id(1)] double Threshold,
    [property: Id(2)] double BaseRate,
    [property: Id(3)] int Samples,
    [property: Id(4)] DateTimeOffset AsOf,
    [property: Id(5)] IReadOnlyList<RequestForecast> Items);
