namespace Catalog.Queues;

/// <summary>
/// The board's figures of one provider and client department pair: requests filed over the period, those still open,
/// those open with a clock at risk, and those that breached (open or not). Compliance is 1 − breached / filed.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.PairFigures")]
public sealed record PairFigures(
    [property: Id(0)] string ProviderDepartmentId,
    [property: Id(1)] string ClientDepartmentId,
    [property: Id(2)] int Filed,
    [property: Id(3)] int Open,
    [property: Id(4)] int AtRisk,
    [property: Id(5)] int Breached);
