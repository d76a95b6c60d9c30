using Catalog.Catalogue;
using Catalog.Domain.Reviews;

namespace Catalog.Web.Reviews;

/// <summary>
/// The annual review of a provider department as pages and spreadsheets read it: the year in the provider's zone,
/// the names of the services it counts, and the figures. The "other request" texts and their keyword groups are
/// there only for the provider's own people and auditors (<paramref name="ShowsOtherRequestTexts"/>): what a client
/// wrote is a request's content; everyone else sees how many such requests there were.
/// </summary>
public sealed record ReviewView(
    string ProviderDepartmentId,
    int Year,
    string TimeZone,
    DateTimeOffset AsOf,
    bool ShowsOtherRequestTexts,
    IReadOnlyDictionary<string, LocalizedText> ServiceNames,
    AnnualReviewFigures Figures);
