namespace Catalog.Requests;

/// <summary>The silo's current instant and how many seconds of it pass per real second.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ClockStatus")]
public sealed record ClockStatus([property: Id(0)] DateTimeOffset Now, [property: Id(1)] double Speed);
