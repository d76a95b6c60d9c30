using Catalog.Domain.Messages;

namespace Catalog.Messages;

/// <summary>One standard message of a department's library: a situation in one language.</summary>
/// <param name="Situation">The situation it answers.</param>
/// <param name="Language">"fr" or "en".</param>
/// <param name="Text">The text, with <c>{placeholders}</c>.</param>
/// <param name="Version">1 for the first text the department saved, +1 per change; 0 for the standard text nobody changed yet.</param>
/// <param name="UpdatedAt">When this version was saved (null for the standard text).</param>
/// <param name="UpdatedBy">Who saved it (null for the standard text).</param>
[GenerateSerializer, Immutable, Alias("catalog.MessageTemplate")]
public sealed record MessageTemplate(
    [property: Id(0)] MessageSituation Situation,
    [property: Id(1)] string Language,
    [property: Id(2)] string Text,
    [property: Id(3)] int Version,
    [property: Id(4)] DateTimeOffset? UpdatedAt = null,
    [property: Id(5)] string? UpdatedBy = null);
