using Catalog.Domain.Requests;

namespace Catalog.WhatIf;

/// <summary>One request read under a <see cref="WhatIfScenario"/>.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ProviderDepartmentId">Who works it.</param>
/// <param name="ClientDepartmentId">Who asked.</param>
/// <param name="FiledAt">When it was filed.</param>
/// <param name="AgreementId">The agreement its clocks came from.</param>
/// <param name="AgreementVersion">The version of it the request runs.</param>
/// <param name="Applies">Whether the change concerns it (its agreement, or a calendar one of its clocks counts in).</param>
/// <param name="Clocks">Its clocks now and under the change, in order (empty when the change does not concern it).</param>
/// <param name="Outcomes">Its clocks replayed from filing now and under the change (for compliance).</param>
[GenerateSerializer, Immutable, Alias("catalog.RequestWhatIf")]
public sealed record RequestWhatIf(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Title,
    [property: Id(2)] RequestStatus Status,
    [property: Id(3)] string ProviderDepartmentId,
    [property: Id(4)] string ClientDepartmentId,
    [property: Id(5)] DateTimeOffset FiledAt,
    [property: Id(6)] string? AgreementId,
    [property: Id(7)] int? AgreementVersion,
    [property: Id(8)] bool Applies,
    [property: Id(9)] IReadOnlyList<WhatIfClock> Clocks,
    [property: Id(10)] IReadOnlyList<WhatIfOutcome> Outcomes)
{
    /// <summary>Still open: neither closed nor cancelled (a resolved request may be reopened).</summary>
    public bool Open => Status is not (RequestStatus.Closed or RequestStatus.Cancelled);

    /// <summary>Whether any clock's due instant or standing would change.</summary>
    public bool Changes => Clocks.Any(c => c.Changed);
}
