namespace Catalog.Catalogue;

/// <summary>The clocks of a service-level agreement: each service standard sets the target of one.</summary>
[GenerateSerializer, Alias("catalog.ClockKind")]
public enum ClockKind
{
    /// <summary>The request is acknowledged (accusé de réception).</summary>
    Acknowledgement = 0,

    /// <summary>The client gets a first answer, or the follow-up and the date of the final answer.</summary>
    FirstAnswer = 1,

    /// <summary>The request is done.</summary>
    Resolution = 2,

    /// <summary>
    /// The reverse clock: while the provider waits on the client, the client department has this long to answer,
    /// so a pause cannot hide work forever. Held by the client department; set by agreements, not by standards.
    /// </summary>
    ClientResponse = 3,
}
