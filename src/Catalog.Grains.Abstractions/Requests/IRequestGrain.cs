using Catalog.Domain.Access;
using Orleans.Concurrency;
namespace Catalog.Requests;

/// <summary>One request (key = its readable id, e.g. "IT-000123"). Filed only through <see cref="IRequestIntakeGrain"/>.</summary>
public interface IRequestGrain : IGrainWithStringKey
{
    /// <summary>Stores a new request; called once by the intake. Filing an id twice returns the first filing.</summary>
    Task<RequestView> FileAsync(RequestFiling filing);

    /// <summary>The request with its clocks as of now; CatalogNotFoundException when it was never filed.</summary>
    [ReadOnly]
    Task<RequestView> GetAsync();

    /// <summary>Acts on the request; CatalogConflictException naming the allowed actions when illegal now.</summary>
    Task<RequestView> ActAsync(RequestCommand command);

    /// <summary>
    /// Acts on the request as <paramref name="viewer"/>, checking <see cref="AccessPolicy"/> where the request is:
    /// CatalogNotFoundException when they may not see it (exactly as if it did not exist), CatalogForbiddenException
    /// when their side may not take the action. The command's actor and side are theirs, whatever it says.
    /// </summary>
    Task<RequestView> ActAsAsync(Viewer viewer, RequestCommand command);

    /// <summary>
    /// Re-evaluates the clocks now and records any at-risk or breach that has come due (each at most once, durably,
    /// then published). Called by the SLA monitor when a deadline passes; harmless to call any time.
    /// </summary>
    Task CheckDeadlinesAsync();
}
