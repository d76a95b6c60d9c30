using Catalog.Catalogue;
using Catalog.Domain.WhatIf;

namespace Catalog.WhatIf;

/// <summary>One clock of a request now and under the change considered.</summary>
/// <param name="Kind">Which clock.</param>
/// <param name="Before">Where it stands now.</param>
/// <param name="BeforeDueAt">When it is (or was) due now.</param>
/// <param name="BeforeTarget">Its target now, in business time.</param>
/// <param name="After">Where it would stand.</param>
/// <param name="AfterDueAt">When it would be due.</param>
/// <param name="AfterTarget">Its target under the change.</param>
/// <param name="Changed">Whether its due instant or standing would change.</param>
[GenerateSerializer, Immutable, Alias("catalog.WhatIfClock")]
public sealed record WhatIfClock(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] ClockStanding Before,
    [property: Id(2)] DateTimeOffset? BeforeDueAt,
    [property: Id(3)] TimeSpan BeforeTarget,
    [property: Id(4)] ClockStanding After,
    [property: Id(5)] DateTimeOffset? AfterDueAt,
    [property: Id(6)] TimeSpan AfterTarget,
    [property: Id(7)] bool Changed);
