using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Catalogue;
using Catalog.Errors;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Catalogue;

/// <summary>
/// One service, versioned: every update appends a version and old ones stay as they were, so a request keeps the
/// terms it was filed under. After every write the grain pushes its summary to the catalogue index (state first,
/// then the index); if the index cannot be reached, a timer keeps retrying while the grain is active. Every change is
/// recorded in the audit trail: its entry is stored with it (<see cref="AuditOutbox"/>), then in the trail.
/// </summary>
[GrainType(CatalogueGrainTypes.Service)]
public sealed partial class ServiceGrain(
    [PersistentState("service", StorageNames.Catalog)] IPersistentState<ServiceState> state,
    CatalogClock clock,
    IAuditRecorder audit,
    ILogger<ServiceGrain> logger) : Grain, IServiceGrain
{
    private static readonly TimeSpan PublishRetry = TimeSpan.FromSeconds(5);
    private IGrainTimer? publishRetry;
    private AuditOutbox? outbox;

    private string Id => this.GetPrimaryKeyString();

    private bool Exists => state.State.Versions.Count > 0;

    private bool Retired => state.State.RetiredAt is not null;

    private ServiceEntry Current => state.State.Versions[^1];

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public async Task<ServiceDetails> CreateAsync(ServiceDraft draft)
    {
        if (Exists)
        {
            // A create retried after a crash between our write and the index push (or the trail) heals them here.
            await PublishAsync();
            await Outbox.StoreAsync();
            throw new CatalogConflictException($"The service '{Id}' already exists.", ["update", "retire"]);
        }

        ServiceDraftValidator.EnsureValidForCreate(Id, draft, await DepartmentIdsAsync());
        state.State.Versions.Add(NewVersion(draft, 1));
        await WriteAndPublishAsync(AuditActions.Created, ServiceChanges.Created(Current));
        return Details();
    }

    public async Task<ServiceDetails> UpdateAsync(ServiceDraft draft)
    {
        EnsureActive();
        ServiceDraftValidator.EnsureValidForUpdate(Id, draft, await DepartmentIdsAsync());
        if (draft.ExpectedVersion is { } expected && expected != Current.Version)
        {
            throw new CatalogConflictException(
                $"The service '{Id}' is at version {Current.Version}, not {expected}: reload it and apply the change again.");
        }

        var previous = Current;
        state.State.Versions.Add(NewVersion(draft, previous.Version + 1));
        await WriteAndPublishAsync(AuditActions.Updated, ServiceChanges.Between(previous, Current));
        return Details();
    }

    public async Task<ServiceDetails> RetireAsync()
    {
        EnsureActive();
        state.State.RetiredAt = clock.GetUtcNow();
        await WriteAndPublishAsync(AuditActions.Retired, ServiceChanges.Retired());
        return Details();
    }

    public Task<ServiceDetails> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(Details());
    }

    public Task<ServiceEntry> GetVersionAsync(int version)
    {
        EnsureExists();
        if (version < 1 || version > state.State.Versions.Count)
        {
            throw new CatalogNotFoundException("service version", $"{Id} v{version}");
        }

        return Task.FromResult(state.State.Versions[version - 1] with { Retired = Retired });
    }

    private ServiceEntry NewVersion(ServiceDraft draft, int version) =>
        ServiceEntries.FromDraft(Id, version, draft, clock.GetUtcNow());

    private ServiceDetails Details()
    {
        var versions = state.State.Versions.Select(v => v with { Retired = Retired }).ToArray();
        return new ServiceDetails(Id, Retired, state.State.RetiredAt, versions[^1], versions);
    }

    private void EnsureExists()
    {
        if (!Exists)
        {
            throw new CatalogNotFoundException("service", Id);
        }
    }

    private void EnsureActive()
    {
        EnsureExists();
        if (Retired)
        {
            throw new CatalogConflictException($"The service '{Id}' is retired.");
        }
    }

    private async Task<IReadOnlyCollection<string>> DepartmentIdsAsync()
    {
        var departments = await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
        return departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes the change with its audit entry, pushes the summary to the index, then stores the entry in the trail.</summary>
    private async Task WriteAndPublishAsync(string action, IReadOnlyList<AuditChange> changes)
    {
        Outbox.Add(AuditEntityTypes.Service, Id, action, changes);
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

        await PublishAsync();
        await Outbox.StoreAsync();
    }

    private async Task PublishAsync()
    {
        try
        {
            await GrainFactory.GetCatalogueIndex().UpsertAsync(Current.ToSummary() with { Retired = Retired });
            publishRetry?.Dispose();
            publishRetry = null;
        }
        catch (Exception exception)
        {
            LogPublishFailed(logger, exception, Id);
            publishRetry ??= this.RegisterGrainTimer(
                _ => PublishAsync(),
                new GrainTimerCreationOptions { DueTime = PublishRetry, Period = PublishRetry, KeepAlive = true });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Service {ServiceId} is stored but the catalogue index missed it; retrying")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string serviceId);
}
