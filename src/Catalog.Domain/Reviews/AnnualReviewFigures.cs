using Catalog.Domain.Scorecards;

namespace Catalog.Domain.Reviews;

/// <summary>
/// The annual review of one provider department: does the catalogue match the needs? Requests count in the year
/// they were filed (in the provider's zone); surveys in the year answered; complaints in the year filed.
/// </summary>
/// <param name="DemandByService">Every catalogue entry (the unused ones included), most requested first.</param>
/// <param name="DemandByClient">Requests per client department, most first.</param>
/// <param name="UnusedServices">Entries nobody filed a request for (the "Other request" entry excepted).</param>
/// <param name="OtherRequests">Requests filed on the "Other request" entry.</param>
/// <param name="OtherRequestGroups">Their texts grouped by shared keywords, largest group first.</param>
/// <param name="MostMissed">Services with at least one clock breached, lowest share met first.</param>
public sealed record AnnualReviewFigures(
    int Year,
    int Filed,
    IReadOnlyList<ServiceReview> DemandByService,
    IReadOnlyList<CountByKey> DemandByClient,
    IReadOnlyList<string> UnusedServices,
    int OtherRequests,
    IReadOnlyList<OtherRequestGroup> OtherRequestGroups,
    IReadOnlyList<ServiceReview> MostMissed,
    IReadOnlyList<CostLine> CostByClient,
    IReadOnlyList<CostTotal> CostTotals,
    ComplaintFigures Complaints,
    SatisfactionFigures Satisfaction,
    IReadOnlyList<MonthReview> Months);
