using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Sla;
using Catalog.Telemetry;

namespace Catalog.Grains.Requests;

/// <summary>
/// Files requests, once per key (<see cref="RequestIntakeKeys"/>): the activation handles one filing at a time,
/// so a retry (even a concurrent one) with the same key gets the first request back. Everything is checked before
/// a number is taken; the number is stored with the key (reserved) before the request grain is asked to file it,
/// so a retry after a crash anywhere in between (this silo lost, say) files under the same id, which the request
/// grain answers with its first filing if it got that far: a key never makes two requests, and nothing is ever
/// half-filed. Filing costs no second write: a reserved id whose request exists answers retries from then on.
/// </summary>
[GrainType(RequestGrainTypes.Intake)]
public sealed class RequestIntakeGrain(
    [PersistentState(RequestGrainTypes.IntakeState, StorageNames.Catalog)] IPersistentState<RequestIntakeState> state)
    : Grain, IRequestIntakeGrain, History.IRequestNumberReservation
{
    private string ClientDepartmentId => RequestIntakeKeys.DepartmentOf(this.GetPrimaryKeyString());

    public async Task<RequestView> FileAsync(FileRequest request)
    {
        if (state.State.RequestId is { } known)
        {
            if (!state.State.Reserved)
            {
                return await GrainFactory.GetRequest(known).GetAsync();
            }

            try
            {
                return await GrainFactory.GetRequest(known).GetAsync();
            }
            catch (CatalogNotFoundException)
            {
                // Reserved but never filed (the filing failed or its silo was lost): file it now, under that id.
            }
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
        var view = await GrainFactory.GetRequest(id).FileAsync(new RequestFiling(request, service, clocks));
        CatalogMetrics.RequestFiled(service.DepartmentId, request.ClientDepartmentId);

        // A key is rarely filed twice, and then only in a quick retry: the stored id answers it after reactivation,
        // so the activation need not hold memory (about 1 KB a request) while the request stays open.
        DeactivateOnIdle();
        return view;
    }

    Task<string> History.IRequestNumberReservation.ReserveAsync(string providerDepartmentId) => ReserveAsync(providerDepartmentId);

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

    // The id this key files under, stored before the request grain sees it. A reservation for another provider
    // (a retry that changed the service) is replaced: its number, never filed, is a gap.
    private async Task<string> ReserveAsync(string providerDepartmentId)
    {
        if (state.State is { Reserved: true, RequestId: { } reserved } && RequestIds.IsOfProvider(reserved, providerDepartmentId))
        {
            return reserved;
        }

        var number = await GrainFactory.GetGrain<IRequestNumberGrain>(providerDepartmentId).NextAsync();
        var id = RequestIds.Format(providerDepartmentId, number);
        var (before, wasReserved) = (state.State.RequestId, state.State.Reserved);
        state.State.RequestId = id;
        state.State.Reserved = true;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // Not stored, so not reserved: a retry takes a number again (this one is a gap) rather than filing under
            // an id a later activation would not know.
            (state.State.RequestId, state.State.Reserved) = (before, wasReserved);
            throw;
        }

        return id;
    }
}
