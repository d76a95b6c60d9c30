namespace Catalog.Grains.Requests.Counters;

/// <summary>The stored counts of one provider → client department pair.</summary>
[GenerateSerializer, Alias("catalog.SlaPairCounts")]
public sealed class SlaPairCounts
{
    /// <summary>Requests filed.</summary>
    [Id(0)]
    public int Filed { get; set; }

    /// <summary>Clocks that passed their warning threshold.</summary>
    [Id(1)]
    public int AtRisk { get; set; }

    /// <summary>Clocks that passed their target.</summary>
    [Id(2)]
    public int Breached { get; set; }

    /// <summary>Clocks that stopped within their target.</summary>
    [Id(3)]
    public int Met { get; set; }
}
