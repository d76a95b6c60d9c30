using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Sla;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Sla;

/// <summary>
/// A provider department's agreements, versioned like catalogue entries: an update appends a version, old versions
/// stay readable, a retired agreement no longer applies and cannot change. At most one agreement in force per
/// client and scope, so the precedence of <see cref="AgreementResolver"/> is never ambiguous; an agreement's
/// client and scope are part of its identity and never change. Every change is recorded in the audit trail, its entry
/// stored with it (<see cref="AuditOutbox"/>).
/// </summary>
[GrainType(SlaGrainTypes.AgreementBook)]
public sealed class AgreementBookGrain(
    [PersistentState(SlaGrainTypes.AgreementsState, StorageNames.Catalog)] IPersistentState<AgreementBookState> state,
    CatalogClock clock,
    IAuditRecorder audit,
    ILogger<AgreementBookGrain> logger) : Grain, IAgreementBookGrain
{
    // The current versions in force, rebuilt after every change; ResolveAsync reads only this.
    private Agreement[]? inForce;
    private bool providerExists;
    private AuditOutbox? outbox;

    private string ProviderId => this.GetPrimaryKeyString();

    private Dictionary<string, AgreementHistory> Agreements => state.State.Agreements;

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public async Task<IReadOnlyList<Agreement>> ListAsync()
    {
        await EnsureProviderAsync();
        return Agreements.Values
            .Select(h => h.Current)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();
    }

    public async Task<IReadOnlyList<Agreement>> GetVersionsAsync(string agreementId)
    {
        await EnsureProviderAsync();
        return History(agreementId).Projected();
    }

    public async Task<Agreement> CreateAsync(AgreementDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var departments = await DepartmentIdsAsync();
        AgreementDraftValidator.EnsureValid(ProviderId, draft, departments, await ScopeServiceAsync(draft));
        if (Agreements.Values.FirstOrDefault(h => !h.Retired && AgreementVersions.Covers(h.Current, draft)) is { } existing)
        {
            throw new CatalogConflictException(
                $"The agreement '{existing.Current.Id}' already covers this client and scope: update it, or retire it first.",
                ["update", "retire"]);
        }

        var id = AgreementIds.For(ProviderId, draft, Agreements);
        var history = new AgreementHistory { Versions = [AgreementVersions.FromDraft(id, 1, ProviderId, draft, clock.GetUtcNow())] };
        Agreements[id] = history;
        await WriteAsync(id, AuditActions.Created, AgreementChanges.Created(history.Current));
        return history.Current;
    }

    public async Task<Agreement> UpdateAsync(string agreementId, AgreementDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var departments = await DepartmentIdsAsync();
        var history = Active(agreementId);
        var current = history.Current;
        AgreementDraftValidator.EnsureValid(ProviderId, draft, departments, await ScopeServiceAsync(draft), current);
        if (draft.ExpectedVersion is { } expected && expected != current.Version)
        {
            throw new CatalogConflictException(
                $"The agreement '{agreementId}' is at version {current.Version}, not {expected}: reload it and apply the change again.");
        }

        history.Versions = [.. history.Versions, AgreementVersions.FromDraft(agreementId, current.Version + 1, ProviderId, draft, clock.GetUtcNow())];
        await WriteAsync(agreementId, AuditActions.Updated, AgreementChanges.Between(current, history.Current));
        return history.Current;
    }

    public async Task<Agreement> RetireAsync(string agreementId)
    {
        await EnsureProviderAsync();
        var history = Active(agreementId);
        history.RetiredAt = clock.GetUtcNow();
        await WriteAsync(agreementId, AuditActions.Retired, AgreementChanges.Retired());
        return history.Current;
    }

    public Task<ResolvedClocks> ResolveAsync(ServiceEntry service, string clientDepartmentId)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.DepartmentId != ProviderId)
        {
            throw new CatalogValidationException(
                "serviceId", $"'{service.Id}' is a service of '{service.DepartmentId}', not of '{ProviderId}'.");
        }

        inForce ??= [.. Agreements.Values.Where(h => !h.Retired).Select(h => h.Current)];
        return Task.FromResult(AgreementResolver.Resolve(inForce, service, clientDepartmentId));
    }

    private AgreementHistory History(string agreementId) =>
        agreementId is not null && Agreements.TryGetValue(agreementId, out var history)
            ? history
            : throw new CatalogNotFoundException("agreement", $"{ProviderId}/{agreementId}");

    private AgreementHistory Active(string agreementId)
    {
        var history = History(agreementId);
        return history.Retired
            ? throw new CatalogConflictException($"The agreement '{agreementId}' is retired: create another one instead.")
            : history;
    }

    /// <summary>Throws <see cref="CatalogNotFoundException"/> when the provider is not a department.</summary>
    private async Task EnsureProviderAsync()
    {
        // Departments are never removed: a book holding agreements belongs to one.
        if (!providerExists && Agreements.Count == 0)
        {
            await DepartmentIdsAsync();
        }
    }

    /// <summary>The organisation's department ids; throws <see cref="CatalogNotFoundException"/> when the provider is not one.</summary>
    private async Task<IReadOnlyCollection<string>> DepartmentIdsAsync()
    {
        var departments = (await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync())
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        if (!providerExists && !departments.Contains(ProviderId))
        {
            throw new CatalogNotFoundException("department", ProviderId);
        }

        // Departments are never removed: once found, the provider stays known for this activation.
        providerExists = true;
        return departments;
    }

    /// <summary>The service a draft scopes, when it names one of this provider's; null otherwise or when unknown.</summary>
    private async Task<ServiceDetails?> ScopeServiceAsync(AgreementDraft draft)
    {
        if (!AgreementDraftValidator.ScopesOwnService(ProviderId, draft))
        {
            return null;
        }

        try
        {
            return await GrainFactory.GetService(draft.ScopeValue!).GetAsync();
        }
        catch (CatalogNotFoundException)
        {
            // Reported by the validator as "Unknown service" on scopeValue.
            return null;
        }
    }

    /// <summary>Writes a change to an agreement with its audit entry, then stores the entry in the trail.</summary>
    private async Task WriteAsync(string agreementId, string action, IReadOnlyList<AuditChange> changes)
    {
        inForce = null;
        Outbox.Add(AuditEntityTypes.Agreement, agreementId, action, changes);
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }

        await Outbox.StoreAsync();
    }
}
