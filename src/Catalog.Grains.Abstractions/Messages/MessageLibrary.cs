namespace Catalog.Messages;

/// <summary>A provider department's standard messages: every situation in French and English, and the placeholders they may use.</summary>
[GenerateSerializer, Immutable, Alias("catalog.MessageLibrary")]
public sealed record MessageLibrary(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] IReadOnlyList<MessageTemplate> Templates,
    [property: Id(2)] IReadOnlyList<string> Placeholders);
