using Catalog.Domain.Access;
using Orleans.Concurrency;
namespace Catalog.Requests;

/// <summary>
/// One request (key = its readable id, e.g. "IT-000123"). Filed only through <see cref="IRequestIntakeGrain"/>. Every
/// change is made as a person (<see cref="Viewer"/>), checked where the request is: CatalogNotFoundException when they
/// may not see it (exactly as if it did not exist), CatalogForbiddenException when their side may not take the step,
/// CatalogConflictException when the request's state does not allow it now, CatalogValidationException naming the
/// field when what they sent is wrong. The actor recorded is always the viewer.
/// </summary>
public interface IRequestGrain : IGrainWithStringKey
{
    /// <summary>Stores a new request; called once by the intake. Filing an id twice returns the first filing.</summary>
    Task<RequestView> FileAsync(RequestFiling filing);

    /// <summary>The request with its clocks as of now; CatalogNotFoundException when it was never filed.</summary>
    [ReadOnly]
    Task<RequestView> GetAsync();

    /// <summary>Acts on the request as <paramref name="viewer"/> (a lifecycle action or a comment).</summary>
    Task<RequestView> ActAsAsync(Viewer viewer, RequestCommand command);

    /// <summary>An agent of the provider writes a quote (at or above the department's threshold, a manager approves it first).</summary>
    Task<RequestView> ProposeQuoteAsync(Viewer viewer, QuoteProposal proposal);

    /// <summary>The client accepts or declines the current quote.</summary>
    Task<RequestView> AnswerQuoteAsync(Viewer viewer, QuoteAnswer answer);

    /// <summary>An agent asks for an accommodation (a waiver, a discount, an exception).</summary>
    Task<RequestView> AskAccommodationAsync(Viewer viewer, AccommodationAsk ask);

    /// <summary>A manager of the provider, or the substitute a manager named, approves or rejects an approval.</summary>
    Task<RequestView> DecideApprovalAsync(Viewer viewer, ApprovalDecision decision);

    /// <summary>An agent hands the request to another agent or department.</summary>
    Task<RequestView> TransferAsync(Viewer viewer, TransferOrder order);

    /// <summary>
    /// Re-evaluates the clocks now and records any at-risk or breach that has come due (each at most once, durably,
    /// then published). Called by the SLA monitor when a deadline passes; harmless to call any time.
    /// </summary>
    Task CheckDeadlinesAsync();
}
