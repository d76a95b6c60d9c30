namespace Catalog.Requests;

/// <summary>The requests of a queue listing and how many matched in all.</summary>
[GenerateSerializer, Immutable, Alias("catalog.QueuePage")]
public sealed record QueuePage([property: Id(0)] IReadOnlyList<RequestSummary> Items, [property: Id(1)] int Total);
