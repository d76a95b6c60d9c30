namespace Catalog.Grains.Requests;

/// <summary>The stored state of a provider department's request numbering.</summary>
[GenerateSerializer, Alias("catalog.RequestNumberState")]
public sealed class RequestNumberState
{
    /// <summary>The last number handed out; 0 before the first.</summary>
    [Id(0)]
    public long Last { get; set; }
}
