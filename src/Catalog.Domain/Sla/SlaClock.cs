namespace Catalog.Domain.Sla;

/// <summary>
/// The clocks of a request's SLA. The numbers are those of <c>Catalog.Catalogue.ClockKind</c> in the
/// grain contracts, which casts to and from this enum: never renumber either.
/// </summary>
public enum SlaClock
{
    /// <summary>Runs from filing until the provider first acknowledges, starts, resolves or waits on the client.</summary>
    Acknowledgement = 0,

    /// <summary>Runs from filing until the provider first comments, waits on the client or resolves.</summary>
    FirstAnswer = 1,

    /// <summary>Runs from filing until resolved; a reopen runs it again, adding to the time already spent.</summary>
    Resolution = 2,

    /// <summary>
    /// The reverse clock, held by the client department: runs only while the provider waits on the
    /// client, and each pause starts a fresh one (see <see cref="ClockRules.StartsFresh"/>).
    /// </summary>
    ClientResponse = 3,
}
