namespace Catalog.WhatIf;

/// <summary>What a migration or a calendar publication did.</summary>
/// <param name="Changed">The requests that were moved (each with a history entry and an audit entry).</param>
/// <param name="Skipped">Requests named that were not moved, with why ("closed", "not on this agreement", "already on vN"…).</param>
[GenerateSerializer, Immutable, Alias("catalog.MigrationResult")]
public sealed record MigrationResult(
    [property: Id(0)] IReadOnlyList<string> Changed,
    [property: Id(1)] IReadOnlyDictionary<string, string> Skipped);
