using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Catalogue;

/// <summary>
/// The organisation's catalogue: the summary of every service and the departments, in its own persisted state.
/// Lists, searches and department counts are answered from here alone, never by activating service grains. A new
/// department is recorded in the audit trail, its entry stored with it (<see cref="AuditOutbox"/>); its services'
/// summaries are recorded by the service grains.
/// </summary>
[GrainType(CatalogueGrainTypes.Index)]
public sealed class CatalogueIndexGrain(
    [PersistentState("catalogue-index", StorageNames.Catalog)] IPersistentState<CatalogueIndexState> state,
    IAuditRecorder audit,
    ILogger<CatalogueIndexGrain> logger)
    : Grain, ICatalogueIndexGrain
{
    // Folded search text per service id, computed on first search; not stored.
    private readonly Dictionary<string, string> searchText = new(StringComparer.Ordinal);
    private AuditOutbox? outbox;

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public async Task UpsertAsync(ServiceSummary summary)
    {
        if (state.State.Services.TryGetValue(summary.Id, out var held) && !IsNewer(summary, held))
        {
            return;
        }

        state.State.Services[summary.Id] = summary;
        searchText.Remove(summary.Id);
        await WriteAsync();

        // Entries an earlier call failed to store went out with this write; a service's push must not fail for them.
        await Outbox.TryStoreAsync();
    }

    public Task<CatalogueResult> SearchAsync(CatalogueQuery query)
    {
        var language = CatalogueLanguage.Normalize(query.Language);
        var names = CatalogueLanguage.Comparer(language);
        var viewer = query.ViewerSeesAll ? null : new Viewer("", query.ViewerDepartmentId, DepartmentRole.Requester);
        var items = state.State.Services.Values
            .Where(s => query.IncludeRetired || !s.Retired)
            .Where(s => viewer is null || AccessPolicy.CanSeeService(viewer, s.DepartmentId, s.EligibleDepartments ?? []))
            .Where(s => string.IsNullOrEmpty(query.DepartmentId) || s.DepartmentId == query.DepartmentId)
            .Where(s => string.IsNullOrEmpty(query.Category) || s.Category == query.Category)
            .Where(s => SearchText.Matches(SearchTextOf(s), query.Text))
            .OrderBy(s => s.Name.In(language), names)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult(new CatalogueResult(items, items.Length));
    }

    public Task<IReadOnlyList<Department>> ListDepartmentsAsync()
    {
        var counts = state.State.Services.Values
            .Where(s => !s.Retired)
            .GroupBy(s => s.DepartmentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        IReadOnlyList<Department> departments = state.State.Departments.Values
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new Department(d.Id, d.Name, d.TimeZone, counts.GetValueOrDefault(d.Id)))
            .ToArray();
        return Task.FromResult(departments);
    }

    public async Task<Department> AddDepartmentAsync(DepartmentDraft draft)
    {
        DepartmentDraftValidator.EnsureValid(draft);
        if (state.State.Departments.ContainsKey(draft.Id))
        {
            throw new CatalogConflictException($"The department '{draft.Id}' already exists.");
        }

        state.State.Departments[draft.Id] = draft;
        Outbox.Add(AuditEntityTypes.Department, draft.Id, AuditActions.Created, DepartmentChanges.Created(draft));
        await WriteAsync();
        await Outbox.StoreAsync();
        return new Department(draft.Id, draft.Name, draft.TimeZone, 0);
    }

    /// <summary>
    /// Versions only grow and a service is retired once: a later push never loses to an earlier one. A summary stored
    /// before the index kept eligible departments takes them from the same version when its service pushes again.
    /// </summary>
    private static bool IsNewer(ServiceSummary pushed, ServiceSummary held) =>
        pushed.Version > held.Version
        || (pushed.Version == held.Version
            && ((pushed.Retired && !held.Retired)
                || (pushed.Retired == held.Retired && held.EligibleDepartments is null && pushed.EligibleDepartments is not null)));

    private string SearchTextOf(ServiceSummary s)
    {
        if (!searchText.TryGetValue(s.Id, out var text))
        {
            searchText[s.Id] = text = SearchText.Fold(
                string.Join(' ', s.Id, s.Name.Fr, s.Name.En, s.Description.Fr, s.Description.En));
        }

        return text;
    }

    private async Task WriteAsync()
    {
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
    }
}
