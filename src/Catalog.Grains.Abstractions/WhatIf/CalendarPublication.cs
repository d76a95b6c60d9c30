using Catalog.Sla;

namespace Catalog.WhatIf;

/// <summary>
/// A calendar to publish. Calendars have no versions: every open request counts in its departments' calendars as
/// they are, so publishing one that moves open requests' due instants needs <paramref name="Confirm"/>.
/// </summary>
/// <param name="Calendar">The new calendar.</param>
/// <param name="Confirm">The manager saw the preview and accepts that the open requests it lists change.</param>
[GenerateSerializer, Immutable, Alias("catalog.CalendarPublication")]
public sealed record CalendarPublication(
    [property: Id(0)] CalendarSettings Calendar,
    [property: Id(1)] bool Confirm = false);
