using Catalog.Domain.Access;
using Orleans.Concurrency;

namespace Catalog.Complaints;

/// <summary>
/// One provider department's complaints desk (key = department id): its complaints, their escalation clocks and its
/// complaint standard. Every change is audited; escalations happen by themselves (a durable reminder and a timer),
/// recorded at the instant the missed deadline fell. Access is checked here with <see cref="Domain.Complaints.ComplaintAccess"/>.
/// </summary>
public interface IComplaintDeskGrain : IGrainWithStringKey
{
    /// <summary>
    /// Files a complaint by <paramref name="viewer"/>, who must belong to the filing's client department (the web tier
    /// checked they may see what it names); 400 for a bad cause or text.
    /// </summary>
    Task<ComplaintView> FileAsync(Viewer viewer, ComplaintFiling filing);

    /// <summary>A complaint <paramref name="viewer"/> may see (404 otherwise, as for one that does not exist).</summary>
    Task<ComplaintView> GetAsync(Viewer viewer, string complaintId);

    /// <summary>The complaints of this desk <paramref name="viewer"/> may see, newest first; only unresolved ones when <paramref name="openOnly"/>.</summary>
    Task<IReadOnlyList<ComplaintView>> ListAsync(Viewer viewer, bool openOnly);

    /// <summary>
    /// Acknowledges, answers or resolves a complaint as <paramref name="viewer"/>: 404 when they may not see it, 403 when
    /// they do not hold its level, 409 when its status does not allow the action, 400 for a missing text or kind.
    /// </summary>
    Task<ComplaintView> ActAsync(Viewer viewer, string complaintId, ComplaintCommand command);

    /// <summary>The department's complaint standard (the default until a manager sets one).</summary>
    [ReadOnly]
    Task<ComplaintStandardSettings> GetStandardAsync();

    /// <summary>Changes the department's complaint standard (managers of it, catalogue administrators); applies to complaints filed after.</summary>
    Task<ComplaintStandardSettings> SetStandardAsync(Viewer viewer, ComplaintStandardSettings standard);

    /// <summary>
    /// The facts of every complaint filed in [<paramref name="from"/>, <paramref name="to"/>), for reports elsewhere
    /// (scorecards, the annual review). No access check: callers publish figures, not contents.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<ComplaintFact>> FactsAsync(DateTimeOffset from, DateTimeOffset to);

    /// <summary>Applies the escalations due by now (the desk's own timer and reminder call it; harmless to call any time).</summary>
    Task CheckEscalationsAsync();
}
