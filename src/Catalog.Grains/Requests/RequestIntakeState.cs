namespace Catalog.Grains.Requests;

/// <summary>The stored state of one filing key: the request it filed, once filed.</summary>
[GenerateSerializer, Alias("catalog.RequestIntakeState")]
public sealed class RequestIntakeState
{
    /// <summary>The id of the request filed under this key, or null until one is.</summary>
    [Id(0)]
    public string? RequestId { get; set; }
}
