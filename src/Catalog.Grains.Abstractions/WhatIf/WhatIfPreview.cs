namespace Catalog.WhatIf;

/// <summary>What a change of agreement or calendar would do, before it is published.</summary>
/// <param name="AsOf">The instant of the preview (Catalog's clock).</param>
/// <param name="QuarterFrom">The start of the quarter replayed: the 91 days before <paramref name="AsOf"/>.</param>
/// <param name="OpenExamined">How many open requests the change concerns.</param>
/// <param name="Changes">The open requests whose due instants or standing would change, with every clock before and after.</param>
/// <param name="QuarterRequests">How many requests filed in the quarter were replayed.</param>
/// <param name="Compliance">Per clock, the quarter's compliance under the terms in force and under the change.</param>
[GenerateSerializer, Immutable, Alias("catalog.WhatIfPreview")]
public sealed record WhatIfPreview(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] DateTimeOffset QuarterFrom,
    [property: Id(2)] int OpenExamined,
    [property: Id(3)] IReadOnlyList<RequestWhatIf> Changes,
    [property: Id(4)] int QuarterRequests,
    [property: Id(5)] IReadOnlyList<ComplianceComparison> Compliance);
