namespace Catalog.WhatIf;

/// <summary>Moves open requests onto a version of their agreement.</summary>
/// <param name="Version">The version to apply: the agreement's current one.</param>
/// <param name="RequestIds">The open requests to move; null or empty: every open request on an older version.</param>
[GenerateSerializer, Immutable, Alias("catalog.MigrationOrder")]
public sealed record MigrationOrder(
    [property: Id(0)] int Version,
    [property: Id(1)] IReadOnlyList<string>? RequestIds = null);
