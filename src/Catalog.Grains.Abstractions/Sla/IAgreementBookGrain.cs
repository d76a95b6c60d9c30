using Orleans.Concurrency;
using Catalog.Catalogue;

namespace Catalog.Sla;

/// <summary>
/// A provider department's service-level agreements with its client departments (key = provider department id).
/// </summary>
public interface IAgreementBookGrain : IGrainWithStringKey
{
    /// <summary>Every agreement's current version, retired ones included.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Agreement>> ListAsync();

    /// <summary>Every version of one agreement, oldest first; throws CatalogNotFoundException when unknown.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Agreement>> GetVersionsAsync(string agreementId);

    /// <summary>Creates an agreement; throws CatalogValidationException naming the fields when invalid.</summary>
    Task<Agreement> CreateAsync(AgreementDraft draft);

    /// <summary>Adds a version; 409 when <see cref="AgreementDraft.ExpectedVersion"/> is stale or it is retired.</summary>
    Task<Agreement> UpdateAsync(string agreementId, AgreementDraft draft);

    /// <summary>Retires an agreement: new requests no longer use it.</summary>
    Task<Agreement> RetireAsync(string agreementId);

    /// <summary>
    /// The clocks a request for this service version, filed by this client department, runs: the most specific
    /// agreement's targets (service+client, category+client, all+client, then the same for any client), then the
    /// service's standards (turnaround = resolution), then the defaults.
    /// </summary>
    [ReadOnly]
    Task<ResolvedClocks> ResolveAsync(ServiceEntry service, string clientDepartmentId);
}
