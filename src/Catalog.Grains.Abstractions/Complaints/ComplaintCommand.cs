using Catalog.Domain.Complaints;

namespace Catalog.Complaints;

/// <summary>An action on a complaint: <see cref="Text"/> for Answer and Resolve, <see cref="Kind"/> for Resolve.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintCommand")]
public sealed record ComplaintCommand(
    [property: Id(0)] ComplaintAction Action,
    [property: Id(1)] string? Text = null,
    [property: Id(2)] ResolutionKind? Kind = null);
