using Catalog.Catalogue;
using Catalog.Domain.Scorecards;

namespace Catalog.WhatIf;

/// <summary>How one clock of a request ends when replayed from its filing under its own terms, and under the change.</summary>
[GenerateSerializer, Immutable, Alias("catalog.WhatIfOutcome")]
public sealed record WhatIfOutcome(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] ClockOutcome Now,
    [property: Id(2)] ClockOutcome Draft);
