namespace Catalog.Catalogue;

/// <summary>One service of the catalogue, keyed by its id ("it.laptop-setup"), with every version it ever had.</summary>
public interface IServiceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates version 1 from a draft. Throws <see cref="Errors.CatalogValidationException"/> for an invalid draft
    /// (nothing is stored) and <see cref="Errors.CatalogConflictException"/> when the service already exists.
    /// </summary>
    Task<ServiceDetails> CreateAsync(ServiceDraft draft);

    /// <summary>
    /// Appends a new version; older versions are kept as they were. Throws <see cref="Errors.CatalogNotFoundException"/>
    /// for an unknown service and <see cref="Errors.CatalogConflictException"/> when the service is retired or the
    /// draft's expected version is not the current one.
    /// </summary>
    Task<ServiceDetails> UpdateAsync(ServiceDraft draft);

    /// <summary>
    /// Retires the service: it leaves the catalogue for new requests, its versions stay readable. Throws
    /// <see cref="Errors.CatalogConflictException"/> when it is already retired.
    /// </summary>
    Task<ServiceDetails> RetireAsync();

    /// <summary>The service with all its versions; throws <see cref="Errors.CatalogNotFoundException"/> if unknown.</summary>
    Task<ServiceDetails> GetAsync();

    /// <summary>One version by number (the one a request was filed under); throws <see cref="Errors.CatalogNotFoundException"/>.</summary>
    Task<ServiceEntry> GetVersionAsync(int version);
}
