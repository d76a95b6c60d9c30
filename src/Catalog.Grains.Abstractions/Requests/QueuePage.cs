namespace Catalog.Requests;

/// <summary>
/// The requests of a queue listing and how many matched in all; <see cref="Next"/> is the cursor of the page after
/// (pass it as <see cref="QueueQuery.After"/>), null on the last page.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.QueuePage")]
public sealed record QueuePage(
    [property: Id(0)] IReadOnlyList<RequestSummary> Items,
    [property: Id(1)] int Total,
    [property: Id(2)] string? Next = null);
