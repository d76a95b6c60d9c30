using Catalog.Sla;

namespace Catalog.WhatIf;

/// <summary>What one request is asked to move onto: a version of its agreement and the clocks that version sets.</summary>
[GenerateSerializer, Immutable, Alias("catalog.AgreementMigration")]
public sealed record AgreementMigration(
    [property: Id(0)] string AgreementId,
    [property: Id(1)] int Version,
    [property: Id(2)] IReadOnlyList<ClockPolicy> Clocks);
