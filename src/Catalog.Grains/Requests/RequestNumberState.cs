namespace Catalog.Grains.Requests;

/// <summary>The stored state of a provider department's request numbering.</summary>
[GenerateSerializer, Alias("catalog.RequestNumberState")]
public sealed class RequestNumberState
{
    /// <summary>
    /// The last number reserved (the end of the latest block); 0 before the first. Numbers up to it may have been
    /// handed out. (Before blocks, each number was stored as it was handed out: the same meaning.)
    /// </summary>
    [Id(0)]
    public long Last { get; set; }
}
