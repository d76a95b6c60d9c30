using Catalog.Catalogue;
using Catalog.Domain.Complaints;

namespace Catalog.Complaints;

/// <summary>
/// Something that happened to a complaint, on the live stream (namespace <see cref="ComplaintStreams.Namespace"/>):
/// filed, acknowledged, answered, resolved or escalated. It carries what lists show, never the complaint's text.
/// </summary>
/// <param name="Type">"filed", "acknowledged", "answered", "resolved" or "escalated".</param>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="ProviderDepartmentId">Its provider.</param>
/// <param name="ClientDepartmentId">The complainant's department.</param>
/// <param name="FiledBy">The complainant.</param>
/// <param name="ServiceName">The service complained about.</param>
/// <param name="Cause">The cause.</param>
/// <param name="Status">Where it stands after the event.</param>
/// <param name="Level">The level holding it after the event.</param>
/// <param name="At">When it happened (for an escalation: the missed deadline's instant).</param>
/// <param name="By">Who acted ("system" for an escalation).</param>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintEvent")]
public sealed record ComplaintEvent(
    [property: Id(0)] string Type,
    [property: Id(1)] string ComplaintId,
    [property: Id(2)] string ProviderDepartmentId,
    [property: Id(3)] string ClientDepartmentId,
    [property: Id(4)] string FiledBy,
    [property: Id(5)] LocalizedText ServiceName,
    [property: Id(6)] ComplaintCause Cause,
    [property: Id(7)] ComplaintStatus Status,
    [property: Id(8)] ComplaintLevel Level,
    [property: Id(9)] DateTimeOffset At,
    [property: Id(10)] string By);
