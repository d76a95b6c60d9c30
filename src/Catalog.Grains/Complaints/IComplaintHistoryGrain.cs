using Catalog.Complaints;
using Catalog.Domain.Access;

namespace Catalog.Grains.Complaints;

/// <summary>
/// A complaint's past, replayed at its own instants through the desk's rules (the demo's past weeks), as
/// <see cref="Requests.History.IRequestHistoryGrain"/> does for requests. Only the silo reaches it: it is not in the
/// contracts the web tier references, and its steps are not in the audit trail (which records what people did in
/// Catalog). The desk applies the escalations due before each step at their own instants, so a complaint answered
/// late meets the level it had reached by then.
/// </summary>
public interface IComplaintHistoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Files <paramref name="filing"/> as <paramref name="filer"/> at <paramref name="filedAt"/>, then takes
    /// <paramref name="steps"/> in time order, all in one turn (the desk's escalation timer cannot slip in between).
    /// A complaint already filed by the same person at the same instant about the same request is answered as it
    /// stands, so a replay files nothing twice. No instant may be after Catalog's now.
    /// </summary>
    Task<ComplaintView> ReplayAsync(Viewer filer, ComplaintFiling filing, DateTimeOffset filedAt, IReadOnlyList<ComplaintHistoryStep> steps);
}
