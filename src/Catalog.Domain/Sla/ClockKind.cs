// The namespace is the one this enum had in the grain contracts, where standards, agreements and stored requests
// name it: only its assembly changed when the domain's own copy  was folded into it.
namespace Catalog.Catalogue;

/// <summary>
/// The clocks of a service-level agreement: each service standard sets the target of one, and each request runs
/// them (<see cref="Catalog.Domain.Sla.ClockRules"/>). Stored as numbers: never renumber.
/// </summary>
public enum ClockKind
{
    /// <summary>The request is acknowledged (accusé de réception): runs from filing until the provider first acknowledges, starts, resolves or waits on the client.</summary>
    Acknowledgement = 0,

    /// <summary>The client gets a first answer, or the follow-up and the date of the final answer: runs from filing until the provider first comments, waits on the client or resolves.</summary>
    FirstAnswer = 1,

    /// <summary>The request is done: runs from filing until resolved; a reopen runs it again, adding to the time already spent.</summary>
    Resolution = 2,

    /// <summary>
    /// The reverse clock: while the provider waits on the client, the client department has this long to answer,
    /// so a pause cannot hide work forever. Each pause starts a fresh one (<see cref="Catalog.Domain.Sla.ClockRules.StartsFresh"/>). Held by the client department; set by agreements, not by standards.
    /// </summary>
    ClientResponse = 3,
}
