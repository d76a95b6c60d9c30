namespace Catalog.Scorecards;

/// <summary>The stored facts a <see cref="FactsQuery"/> matched.</summary>
[GenerateSerializer, Immutable, Alias("catalog.FactsSlice")]
public sealed record FactsSlice(
    [property: Id(0)] IReadOnlyList<RequestFacts> Requests,
    [property: Id(1)] IReadOnlyList<SatisfactionFact> Surveys,
    [property: Id(2)] IReadOnlyList<ComplaintFact> Complaints);
