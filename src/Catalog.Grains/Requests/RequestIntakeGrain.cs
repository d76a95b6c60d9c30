using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Sla;
using Catalog.Storage.Requests;
using Orleans.Storage;
using Catalog.Telemetry;

namespace Catalog.Grains.Requests;

/// <summary>
/// Files requests, once per key (<see cref="RequestIntakeKeys"/>), keeping nothing in storage: it checks the filing,
/// takes a number and asks the request grain to file under it with the key. The request store inserts the key's row
/// in the same transaction as the request (docs/requests-write-path.md), so a key files at most one request whatever
/// happens: a retry after a crash finds both stored or neither, and a second filing with the key (a retry, a
/// concurrent duplicate on another silo) is refused whole; the intake then answers with the request the key filed
/// first, and the number it took is a gap (like a filing that fails after taking its number). Keys stored by the
/// intake of earlier versions are turned into key rows once, by the store's start-up copy; none is read here.
/// </summary>
// A key is rarely filed twice, and then only in a quick retry: the store's key row answers it after the activation
// went away, so it stays no longer than the shortest collection age (a deactivation asked at the end of a filing
// would bounce the duplicates queued behind it).
[GrainType(RequestGrainTypes.Intake)]
[CollectionAgeLimit(Minutes = 2)]
public sealed class RequestIntakeGrain(IRequestFilingKeys filingKeys) : Grain, IRequestIntakeGrain, History.IRequestNumberReservation
{
    // The request this activation filed or found for its key: repeats while it lives cost no storage at all.
    private string? filed;

    // The id a history replay files this key under (History.IRequestNumberReservation).
    private string? reserved;

    private string ClientDepartmentId => RequestIntakeKeys.DepartmentOf(this.GetPrimaryKeyString());

    public async Task<RequestView> FileAsync(FileRequest request)
    {
        if (filed is { } known)
        {
            return await GrainFactory.GetRequest(known).GetAsync();
        }

        FileRequestValidator.EnsureValid(request);
        if (request.ClientDepartmentId != ClientDepartmentId)
        {
            throw new CatalogValidationException(
                "clientDepartmentId", $"Does not match the department '{ClientDepartmentId}' this filing key belongs to.");
        }

        var service = await ActiveServiceAsync(request.ServiceId);
        await EnsureClientMayRequestAsync(service, request.ClientDepartmentId);
        var clocks = await GrainFactory.GetAgreementBook(service.DepartmentId).ResolveAsync(service, request.ClientDepartmentId);

        var id = await ReserveAsync(service.DepartmentId);
        RequestView view;
        try
        {
            view = await GrainFactory.GetRequest(id).FileAsync(new RequestFiling(request, service, clocks));
            CatalogMetrics.RequestFiled(service.DepartmentId, request.ClientDepartmentId);
        }
        catch (InconsistentStateException) when (request.IdempotencyKey is not null)
        {
            // The store refused the filing whole: this key filed a request first (a retry, or a duplicate sent at the
            // same time). Answer with that one; the number taken above is a gap.
            var first = await filingKeys.FindAsync(id, this.GetPrimaryKeyString())
                ?? throw new CatalogConflictException("The request could not be filed; try again.");
            view = await GrainFactory.GetRequest(first).GetAsync();
        }

        filed = view.Id;
        return view;
    }

    // A history replayed files each request under the id its key filed first (one read of the key's row, on this
    // path only); a key not filed yet keeps the number it took for as long as the activation lives.
    async Task<string> History.IRequestNumberReservation.ReserveAsync(string providerDepartmentId)
    {
        if (reserved is { } known && RequestIds.IsOfProvider(known, providerDepartmentId))
        {
            return known;
        }

        reserved = await filingKeys.FindAsync(RequestIds.Format(providerDepartmentId, 1), this.GetPrimaryKeyString())
            ?? await ReserveAsync(providerDepartmentId);
        return reserved;
    }

    private async Task<ServiceEntry> ActiveServiceAsync(string serviceId)
    {
        if (!Domain.Catalogue.CatalogueIds.IsServiceId(serviceId))
        {
            throw new CatalogNotFoundException("service", serviceId);
        }

        var service = await GrainFactory.GetService(serviceId).GetAsync();
        if (service.Retired)
        {
            throw new CatalogConflictException($"The service '{serviceId}' is retired: it takes no new requests.");
        }

        return service.Current;
    }

    private async Task EnsureClientMayRequestAsync(ServiceEntry service, string clientDepartmentId)
    {
        var departments = await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
        if (!departments.Any(d => d.Id == clientDepartmentId))
        {
            throw new CatalogValidationException("clientDepartmentId", $"Unknown department '{clientDepartmentId}'.");
        }

        if (service.EligibleDepartments.Count > 0 && !service.EligibleDepartments.Contains(clientDepartmentId))
        {
            // To a department it is not offered to, the service does not exist (the catalogue hides it the same way);
            // its own provider sees it, so is told why it may not file it.
            if (!string.Equals(service.DepartmentId, clientDepartmentId, StringComparison.Ordinal))
            {
                throw new CatalogNotFoundException("service", service.Id);
            }

            throw new CatalogValidationException(
                "clientDepartmentId",
                $"The department '{clientDepartmentId}' may not request '{service.Id}': it is offered to {string.Join(", ", service.EligibleDepartments)} only.");
        }
    }

    // A number of the provider's, not stored here: a filing that never stores it leaves a gap.
    private async Task<string> ReserveAsync(string providerDepartmentId)
    {
        var number = await GrainFactory.GetGrain<IRequestNumberGrain>(providerDepartmentId).NextAsync();
        return RequestIds.Format(providerDepartmentId, number);
    }
}
