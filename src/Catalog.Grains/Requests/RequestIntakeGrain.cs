using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Sla;

namespace Catalog.Grains.Requests;

/// <summary>
/// Files requests, once per key "{clientDepartment}/{idempotencyKey}": the activation handles one filing at a time,
/// so a retry (even a concurrent one) with the same key gets the first request back. Everything is checked before
/// a number is taken, and the key remembers its request only once the request grain has stored it: nothing is ever
/// half-filed. If filing fails after the number was taken, a retry on this activation files under the same number.
/// </summary>
[GrainType(RequestGrainTypes.Intake)]
public sealed class RequestIntakeGrain(
    [PersistentState(RequestGrainTypes.IntakeState, StorageNames.Catalog)] IPersistentState<RequestIntakeState> state)
    : Grain, IRequestIntakeGrain
{
    // A number taken for this key whose filing has not been confirmed yet (not stored: a lost number is a gap).
    private (string Provider, string RequestId)? numbered;

    private string ClientDepartmentId => this.GetPrimaryKeyString().Split('/', 2)[0];

    public async Task<RequestView> FileAsync(FileRequest request)
    {
        if (state.State.RequestId is { } filed)
        {
            return await GrainFactory.GetRequest(filed).GetAsync();
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

        var id = await NumberAsync(service.DepartmentId);
        var view = await GrainFactory.GetRequest(id).FileAsync(new RequestFiling(request, service, clocks));
        await RememberAsync(id);

        // A key is rarely filed twice, and then only in a quick retry: the stored id answers it after reactivation,
        // so the activation need not hold memory (about 1 KB a request) while the request stays open.
        DeactivateOnIdle();
        return view;
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

    private async Task<string> NumberAsync(string providerDepartmentId)
    {
        if (numbered is { } taken && taken.Provider == providerDepartmentId)
        {
            return taken.RequestId;
        }

        var number = await GrainFactory.GetGrain<IRequestNumberGrain>(providerDepartmentId).NextAsync();
        var id = RequestIds.Format(providerDepartmentId, number);
        numbered = (providerDepartmentId, id);
        return id;
    }

    private async Task RememberAsync(string requestId)
    {
        state.State.RequestId = requestId;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The request is filed but this key does not remember it yet: a retry files the same id again, which
            // the request grain answers with the first filing, and tries to remember it again.
            state.State.RequestId = null;
            throw;
        }

        numbered = null;
    }
}
