using Orleans.Concurrency;

namespace Catalog.Catalogue;

/// <summary>
/// The organisation's catalogue index (one grain, key <see cref="CatalogueGrainFactoryExtensions.OrganisationKey"/>):
/// the summary of every service and the departments. Lists and searches are answered from here without
/// activating any service grain; service grains push their summary after every write.
/// </summary>
public interface ICatalogueIndexGrain : IGrainWithStringKey
{
    /// <summary>Records a service's current summary. Idempotent; an older version than the one held is ignored.</summary>
    Task UpsertAsync(ServiceSummary summary);

    /// <summary>Searches and filters the summaries, sorted by name in the query's language.</summary>
    [ReadOnly]
    Task<CatalogueResult> SearchAsync(CatalogueQuery query);

    /// <summary>Every department with its count of active services, sorted by id.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Department>> ListDepartmentsAsync();

    /// <summary>
    /// Adds a department. Throws <see cref="Errors.CatalogValidationException"/> for an invalid draft and
    /// <see cref="Errors.CatalogConflictException"/> when the id is taken.
    /// </summary>
    Task<Department> AddDepartmentAsync(DepartmentDraft draft);
}
