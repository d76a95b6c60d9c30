using Catalog.Domain.Scorecards;
using Catalog.Scorecards;

namespace Catalog.Web.Scorecards;

/// <summary>Stored facts as the scorecard arithmetic reads them (nothing of the request's contents goes along but the "other request" text).</summary>
internal static class FactsMapping
{
    public static ScoredRequest ToScored(RequestFacts facts) => new(
        facts.RequestId,
        facts.ServiceId,
        facts.ProviderDepartmentId,
        facts.ClientDepartmentId,
        facts.FiledAt,
        facts.ResolvedAt,
        facts.Status == Domain.Requests.RequestStatus.Cancelled,
        facts.Clocks.Select(c => new ScoredClock(c.Kind.ToString(), c.Outcome)).ToArray(),
        facts.Holds.Select(h => new HeldSpan(h.DepartmentId, h.From, h.To)).ToArray(),
        facts.Pauses.Select(p => new PauseSpan(p.From, p.To)).ToArray(),
        facts.Transfers,
        facts.QuoteAmount,
        facts.QuoteCurrency,
        facts.OtherRequestText);

    public static ScoredSatisfaction ToScored(SatisfactionFact fact) =>
        new(fact.RequestId, fact.ServiceId, fact.ProviderDepartmentId, fact.ClientDepartmentId, fact.Score, fact.AnsweredAt);

    public static ScoredComplaint ToScored(ComplaintFact fact) =>
        new(fact.ComplaintId, fact.ServiceId, fact.ProviderDepartmentId, fact.ClientDepartmentId, fact.Cause, fact.FiledAt,
            fact.AcknowledgedInTime == false || fact.AnsweredInTime == false ? false : fact.AnsweredInTime);

    /// <summary>Every department the facts need a calendar of: providers and holders.</summary>
    public static IEnumerable<string> Departments(FactsSlice slice, string provider) =>
        slice.Requests.SelectMany(r => r.Holds.Select(h => h.DepartmentId).Append(r.ProviderDepartmentId)).Append(provider);
}
