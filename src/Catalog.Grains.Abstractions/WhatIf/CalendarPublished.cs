using Catalog.Sla;

namespace Catalog.WhatIf;

/// <summary>A calendar published, and the open requests re-timed in it (each with a history and an audit entry).</summary>
[GenerateSerializer, Immutable, Alias("catalog.CalendarPublished")]
public sealed record CalendarPublished(
    [property: Id(0)] CalendarSettings Calendar,
    [property: Id(1)] IReadOnlyList<string> Retimed);
